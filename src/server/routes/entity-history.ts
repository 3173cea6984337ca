/**
 * `GET /v1/entities/{entity_id}/history`: for each dataset that ever listed the entity (or an id
 * merged into it), every version with what it said then: listed, added, changed (which
 * fields), unchanged, removed, absent. Read from the store, so an entity no longer listed
 * still has its history.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { entityHistory, type VersionEntry } from '../../screening/entity-history.js';
import { HttpError } from '../errors.js';
import { errorResponse, stringList } from '../schemas.js';

/** Ids merged into one entity are few; a bound keeps one request from asking the store without end. */
const MAX_REFERENTS = 50;

const change = { type: 'object', properties: { prop: { type: 'string' }, old: stringList, new: stringList } } as const;
const historyResponse = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    datasets: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          dataset: { type: 'string' },
          versions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                seq: { type: 'integer' }, label: { type: 'string' }, current: { type: 'boolean' },
                imported_at: { type: 'string' }, published_at: { type: ['string', 'null'] },
                status: { type: 'string', enum: ['listed', 'added', 'unchanged', 'changed', 'removed', 'absent'] },
                changes: { type: 'array', items: change },
              },
            },
          },
        },
      },
    },
  },
} as const;

function entryJson(e: VersionEntry): object {
  const v = e.version;
  return {
    seq: v.seq, label: `${v.dataset}@${v.seq}`, current: v.current, imported_at: v.importedAt, published_at: v.publishedAt,
    status: e.status, changes: e.changes,
  };
}

export async function entityHistoryRoutes(app: FastifyInstance): Promise<void> {
  app.get('/v1/entities/:entity_id/history', {
    config: { access: 'screen' },
    schema: {
      summary: 'An entity across the versions of each list that held it',
      tags: ['Native'],
      params: { type: 'object', properties: { entity_id: { type: 'string' } }, required: ['entity_id'] },
      querystring: { type: 'object', properties: { api_key: { type: 'string' } } },
      response: { 200: historyResponse, '4xx': errorResponse },
    },
  }, async (request: FastifyRequest<{ Params: { entity_id: string } }>) => {
    const { store, serving } = app.ghirbal;
    const id = request.params.entity_id;
    // The index knows which ids were merged into this one; without it, the id alone.
    const catalog = serving.snapshot?.catalog;
    const canonical = catalog?.canonicalId(id);
    const entity = canonical === undefined ? undefined : catalog?.get(canonical);
    const ids = [entity?.id ?? id, ...(entity?.referents ?? []).slice(0, MAX_REFERENTS)];
    const timelines = await entityHistory(store, [...new Set(ids)]);
    if (timelines.length === 0) throw new HttpError(404, 'No such entity!');
    return { id: ids[0], datasets: timelines.map((t) => ({ dataset: t.dataset, versions: t.versions.map(entryJson) })) };
  });
}
