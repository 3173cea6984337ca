/** Service routes: health, readiness, forced update, the catalog of datasets, the algorithms. */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ALGORITHMS, DEFAULT_ALGORITHM } from '../../screening/algorithms.js';
import { COLLECTIONS, datasetTitle } from '../../screening/collections.js';
import type { DatasetSummary } from '../../store/types.js';
import type { Snapshot } from '../../screening/serving-index.js';
import { HttpError } from '../errors.js';
import { featureDocs } from '../format.js';
import { errorResponse, statusResponse } from '../schemas.js';

const systemTags = ['System information'];

/** yente's catalog: every dataset and collection, the version indexed, and whether it is still current. */
function catalogOf(summaries: readonly DatasetSummary[], snapshot: Snapshot | null): object {
  const indexed = new Map((snapshot?.versions ?? []).map((v) => [v.dataset, v]));
  const datasets: object[] = [];
  const current: string[] = [];
  const outdated: string[] = [];
  for (const s of summaries) {
    if (!s.current) continue;
    const v = indexed.get(s.name);
    const isCurrent = v !== undefined && v.id === s.current.id;
    (isCurrent ? current : outdated).push(s.name);
    datasets.push({
      name: s.name, title: datasetTitle(s.name), summary: null, url: null, load: true, entities_url: null, type: 'source',
      version: String(s.current.seq), index_version: v ? String(v.seq) : null, index_current: isCurrent,
      children: [], entity_count: s.current.entityCount, published_at: s.current.publishedAt ?? null, imported_at: s.current.importedAt,
    });
  }
  for (const c of COLLECTIONS) {
    const members = snapshot ? c.members(snapshot.loaded) : [];
    datasets.push({
      name: c.name, title: c.title, summary: null, url: null, load: true, entities_url: null, type: 'collection',
      version: snapshot?.label ?? null, index_version: snapshot?.label ?? null,
      index_current: snapshot !== null && members.every((m) => current.includes(m)), children: members,
    });
  }
  return { datasets, current, outdated, index_stale: outdated.length > 0 || snapshot === null };
}

export async function systemRoutes(app: FastifyInstance): Promise<void> {
  app.get('/healthz', {
    config: { access: 'public' },
    schema: { summary: 'Health check', tags: systemTags, response: { 200: statusResponse } },
  }, async () => ({ status: 'ok' }));

  app.get('/readyz', {
    config: { access: 'public' },
    schema: { summary: 'Index readiness check: 503 until the index is built', tags: systemTags, response: { 200: statusResponse, 503: errorResponse } },
  }, async () => {
    if (!app.ghirbal.serving.ready) throw new HttpError(503, 'Index not ready.');
    return { status: 'ok' };
  });

  app.post('/updatez', {
    config: { access: 'update' },
    schema: {
      summary: 'Rebuild the index from the store\'s current versions (swapped in whole)',
      description: 'Needs the update token (`token`) or an admin key. With `sync=true`, answers once the new index answers.',
      tags: systemTags,
      querystring: { type: 'object', properties: { token: { type: 'string' }, sync: { type: 'boolean', default: false }, api_key: { type: 'string' } } },
      response: { 200: statusResponse, '4xx': errorResponse },
    },
  }, async (request: FastifyRequest<{ Querystring: { sync: boolean } }>) => {
    const rebuilt = app.ghirbal.serving.rebuild();
    if (request.query.sync) await rebuilt;
    else rebuilt.catch((err) => app.log.error({ err }, 'index rebuild failed; the previous index still answers'));
    return { status: 'ok' };
  });

  app.get('/catalog', {
    config: { access: 'screen' },
    schema: {
      summary: 'Datasets and collections, the versions indexed, and whether the index is current',
      tags: ['Data access'],
      response: { 200: { type: 'object', properties: { datasets: { type: 'array' }, current: { type: 'array' }, outdated: { type: 'array' }, index_stale: { type: 'boolean' } } }, '4xx': errorResponse },
    },
  }, async (request, reply) => {
    const { store, serving } = app.ghirbal;
    const body = JSON.stringify(catalogOf(await store.datasets(), serving.snapshot));
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
    reply.header('ETag', etag).header('Cache-Control', 'no-cache');
    const wanted = request.headers['if-none-match'];
    if (wanted && wanted.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get('/algorithms', {
    config: { access: 'screen' },
    schema: {
      summary: 'Scoring algorithms, their features and calibrated thresholds',
      tags: ['Matching'],
      response: { 200: { type: 'object', properties: { algorithms: { type: 'array' }, default: { type: 'string' }, best: { type: 'string' } } }, '4xx': errorResponse },
    },
  }, async () => ({
    algorithms: ALGORITHMS.map((a) => ({
      name: a.name, version: a.version, description: a.description, default_threshold: a.defaultThreshold, features: featureDocs(a),
    })),
    default: DEFAULT_ALGORITHM,
    best: DEFAULT_ALGORITHM,
  }));
}
