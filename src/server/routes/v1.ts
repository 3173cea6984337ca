/**
 * The native API under /v1: screening with options per query (threshold, limit, datasets,
 * ids to leave out), the dataset versions and what changed between two, and the audit log.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveAlgorithm } from '../../screening/algorithms.js';
import { resolveScope, type Scope } from '../../screening/collections.js';
import { diffPage } from '../../screening/diff-page.js';
import { cleanQuery, QueryError, resultFilter, screenedVersions, screenOn } from '../../screening/screen.js';
import type { Snapshot } from '../../screening/serving-index.js';
import type { DatasetVersion } from '../../store/types.js';
import { auditEntry } from '../audit.js';
import { snapshotOf } from '../context.js';
import { HttpError } from '../errors.js';
import { entityJson, scoredJson } from '../format.js';
import { entityExample, errorResponse, MAX_BATCH, MAX_EXCLUDED_IDS, MAX_LIMIT, scoredEntityResponse, stringList } from '../schemas.js';

interface ScreenItem {
  id?: string | null;
  schema: string;
  properties: Record<string, unknown>;
  threshold?: number;
  limit?: number;
  datasets?: string[];
  exclude_ids?: string[];
  algorithm?: string;
}

interface ScreenBody {
  queries: ScreenItem[];
  threshold?: number;
  limit?: number;
  datasets?: string[];
  algorithm?: string;
}

const options = {
  threshold: { type: 'number', minimum: 0, maximum: 1 },
  limit: { type: 'integer', minimum: 0, maximum: MAX_LIMIT },
  datasets: { ...stringList, description: 'Datasets or collections to screen against (default: default)' },
  algorithm: { type: 'string' },
} as const;

const screenBody = {
  type: 'object',
  required: ['queries'],
  properties: {
    ...options,
    queries: {
      type: 'array',
      maxItems: MAX_BATCH,
      items: {
        type: 'object',
        required: entityExample.required,
        properties: { ...entityExample.properties, ...options, exclude_ids: { ...stringList, maxItems: MAX_EXCLUDED_IDS } },
      },
    },
  },
} as const;

/** The scope of several datasets and collections, as one. */
function unionScope(snapshot: Snapshot, names: readonly string[]): Scope {
  const datasets = new Set<string>();
  for (const name of names) {
    const scope = resolveScope(name, snapshot.loaded);
    if (!scope) throw new HttpError(400, `No such dataset: ${name}`);
    for (const d of scope.datasets) datasets.add(d);
  }
  return { name: names.join('+'), title: names.join(', '), datasets: [...datasets], everything: datasets.size === snapshot.loaded.length, collection: true };
}

function versionJson(v: DatasetVersion): object {
  return {
    dataset: v.dataset, seq: v.seq, label: `${v.dataset}@${v.seq}`, current: v.current, imported_at: v.importedAt,
    published_at: v.publishedAt, format: v.format, content_hash: v.contentHash, files: v.files,
    entity_count: v.entityCount, schema_counts: v.schemaCounts, issue_count: v.issueCount,
  };
}

const seqParam = { type: 'integer', minimum: 1 } as const;
/** Entries of each list of a diff page at most: a page is for reading, an export takes the whole diff. */
const MAX_DIFF_PAGE = 1000;
const ISO_TIME = '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$';

export async function v1Routes(app: FastifyInstance): Promise<void> {
  app.post('/v1/screen', {
    config: { access: 'screen' },
    schema: {
      summary: 'Screen queries, each with its own options',
      description: 'Each query may set threshold, limit, datasets, exclude_ids and algorithm; unset ones take the batch\'s, then the defaults.',
      tags: ['Native'],
      body: screenBody,
      response: {
        200: {
          type: 'object',
          properties: {
            results: { type: 'array', items: { type: 'object', properties: { id: {}, query: entityExample, results: { type: 'array', items: scoredEntityResponse } } } },
            index: { type: 'object' },
          },
        },
        '4xx': errorResponse,
        503: errorResponse,
      },
    },
  }, async (request: FastifyRequest<{ Body: ScreenBody }>) => {
    const ctx = app.ghirbal;
    const snapshot = snapshotOf(ctx);
    const b = request.body;
    if (b.queries.length === 0) throw new HttpError(400, 'No queries provided.');
    const answers = await Promise.all(b.queries.map(async (item, i) => {
      const algorithm = resolveAlgorithm(item.algorithm ?? b.algorithm);
      if (!algorithm) throw new HttpError(400, `Query ${i + 1}: Invalid algorithm`);
      const scope = unionScope(snapshot, item.datasets ?? b.datasets ?? ['default']);
      const filters = { excludeEntityIds: item.exclude_ids };
      const threshold = item.threshold ?? b.threshold ?? algorithm.defaultThreshold;
      let query;
      try {
        query = cleanQuery(item);
      } catch (err) {
        if (err instanceof QueryError) throw new HttpError(400, `Query ${i + 1}: ${err.message}`);
        throw err;
      }
      const screened = await screenOn(ctx.serving, snapshot, query, { algorithm, threshold, limit: item.limit ?? b.limit ?? 5 }, resultFilter(snapshot, scope, filters));
      const versions = screenedVersions(snapshot, scope, filters);
      const answer = {
        id: query.id ?? null,
        query,
        algorithm: { name: algorithm.name, version: algorithm.version },
        threshold,
        dataset_versions: versions,
        total: { value: screened.matches, relation: screened.exact ? 'eq' : 'gte' },
        results: screened.results.map((r) => scoredJson(r, snapshot.catalog)),
      };
      return { answer, audit: auditEntry(request, 'POST /v1/screen', screened, algorithm, threshold, versions) };
    }));
    // Recorded in the order asked, whichever thread answered first.
    ctx.audit.record(answers.map((a) => a.audit));
    const results = answers.map((a) => a.answer);
    return { results, index: { label: snapshot.label, generation: snapshot.generation, built_at: snapshot.builtAt } };
  });

  app.get('/v1/datasets', {
    config: { access: 'screen' },
    schema: { summary: 'Datasets: the current version of each, and the version the index answers from', tags: ['Native'], response: { '4xx': errorResponse } },
  }, async () => {
    const indexed = new Map((app.ghirbal.serving.snapshot?.versions ?? []).map((v) => [v.dataset, v.seq]));
    const summaries = await app.ghirbal.store.datasets();
    return {
      datasets: summaries.map((s) => ({
        name: s.name, version_count: s.versionCount, current: s.current ? versionJson(s.current) : null, indexed_seq: indexed.get(s.name) ?? null,
      })),
    };
  });

  app.get('/v1/datasets/:name/versions', {
    config: { access: 'screen' },
    schema: {
      summary: 'Every version of a dataset, oldest first',
      tags: ['Native'],
      params: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      response: { '4xx': errorResponse },
    },
  }, async (request: FastifyRequest<{ Params: { name: string } }>) => {
    const versions = await app.ghirbal.store.versions(request.params.name);
    if (versions.length === 0) throw new HttpError(404, 'No such dataset.');
    return { dataset: request.params.name, versions: versions.map(versionJson) };
  });

  app.get('/v1/datasets/:name/diff', {
    config: { access: 'screen' },
    schema: {
      summary: 'What changed between two versions of a dataset (default: the current one and the one before)',
      tags: ['Native'],
      params: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      description: 'counts are of the whole diff (of the parties alone with parties=true); offset and limit page each of added, removed and changed.',
      querystring: {
        type: 'object',
        properties: {
          from: seqParam,
          to: seqParam,
          parties: { type: 'boolean', description: 'Only persons, organisations, vessels and aircraft, not the sanctions, identifications and links that hang off them' },
          offset: { type: 'integer', minimum: 0, default: 0 },
          limit: { type: 'integer', minimum: 1, maximum: MAX_DIFF_PAGE, description: 'Entries of each list (default: all)' },
          api_key: { type: 'string' },
        },
      },
      response: { '4xx': errorResponse },
    },
  }, async (request: FastifyRequest<{ Params: { name: string }; Querystring: { from?: number; to?: number; parties?: boolean; offset?: number; limit?: number } }>) => {
    const { store } = app.ghirbal;
    const { name } = request.params;
    const { from, to, parties, offset, limit } = request.query;
    for (const seq of [from, to]) {
      if (seq !== undefined && !(await store.version(name, seq))) throw new HttpError(404, `No such version: ${name}@${seq}`);
    }
    if ((await store.versions(name)).length === 0) throw new HttpError(404, 'No such dataset.');
    const d = await store.diff(name, from, to);
    const page = diffPage(d, { parties, offset, limit });
    return {
      dataset: d.dataset,
      from: d.from ? versionJson(d.from) : null,
      to: versionJson(d.to),
      counts: page.counts,
      added: page.added.map(entityJson),
      removed: page.removed.map(entityJson),
      changed: page.changed,
    };
  });

  app.get('/v1/audit', {
    config: { access: 'admin' },
    schema: {
      summary: 'Audit records with from <= at < to, oldest first',
      tags: ['Native'],
      querystring: {
        type: 'object',
        properties: {
          from: { type: 'string', pattern: ISO_TIME, description: 'ISO date or time (UTC)' },
          to: { type: 'string', pattern: ISO_TIME },
          limit: { type: 'integer', default: 1000, minimum: 1, maximum: 10000 },
          api_key: { type: 'string' },
        },
      },
      response: { '4xx': errorResponse },
    },
  }, async (request: FastifyRequest<{ Querystring: { from?: string; to?: string; limit: number } }>) => {
    const { from, to, limit } = request.query;
    await app.ghirbal.audit.flush();
    const records = [];
    let truncated = false;
    for await (const r of app.ghirbal.store.auditRecords({ from, to })) {
      if (records.length === limit) {
        truncated = true;
        break;
      }
      records.push(r);
    }
    return { records, truncated };
  });
}
