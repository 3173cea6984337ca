/**
 * `GET /entities/{id}` (nested by default; 308 to the canonical id for a referent; 404) and
 * `GET /entities/{id}/adjacent[/{property}]` (what surrounds it, paged per property).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Entity } from '../../model/entity.js';
import { adjacentEntities, isAdjacentProp, nestedEntity, type NestedEntity } from '../../screening/nested.js';
import type { Snapshot } from '../../screening/serving-index.js';
import { snapshotOf } from '../context.js';
import { HttpError } from '../errors.js';
import { entityJson } from '../format.js';
import { entityResponse, errorResponse, MAX_LIMIT, MAX_OFFSET, totalSpec } from '../schemas.js';

const idParams = { type: 'object', properties: { entity_id: { type: 'string' } }, required: ['entity_id'] } as const;
const propParams = {
  type: 'object',
  properties: { entity_id: { type: 'string' }, property_name: { type: 'string' } },
  required: ['entity_id', 'property_name'],
} as const;
const pageQuery = {
  type: 'object',
  properties: {
    limit: { type: 'integer', default: 10, minimum: 0, maximum: MAX_LIMIT },
    offset: { type: 'integer', default: 0, minimum: 0, maximum: MAX_OFFSET },
    api_key: { type: 'string' },
  },
} as const;
const adjacentPage = {
  type: 'object',
  properties: { results: { type: 'array', items: entityResponse }, total: totalSpec, limit: { type: 'integer' }, offset: { type: 'integer' } },
} as const;
const redirects = { 308: { type: 'null', description: 'The id was merged into another entity: Location names it' } } as const;

interface Page {
  limit: number;
  offset: number;
}

/** The entity of the id; a referent is redirected (308) to its entity's URL, keeping the rest of the path and the query. */
function entityOr(snapshot: Snapshot, request: FastifyRequest, reply: FastifyReply, id: string, rest = ''): Entity | null {
  const found = snapshot.catalog.lookup(id);
  if (found === null) throw new HttpError(404, 'No such entity!');
  if ('entity' in found) return found.entity;
  const at = request.url.indexOf('?');
  const query = at >= 0 ? request.url.slice(at) : '';
  void reply.code(308).header('Location', `/entities/${encodeURIComponent(found.redirect)}${rest}${query}`).send();
  return null;
}

function page(entities: readonly NestedEntity[], p: Page): object {
  return {
    results: entities.slice(p.offset, p.offset + p.limit).map(entityJson),
    total: { value: entities.length, relation: 'eq' },
    limit: p.limit,
    offset: p.offset,
  };
}

export async function entityRoutes(app: FastifyInstance): Promise<void> {
  app.get('/entities/:entity_id', {
    config: { access: 'screen' },
    schema: {
      summary: 'Fetch an entity',
      description: 'One entity with data from every dataset listing it; with nested=true (the default), adjacent entities (sanctions, documents, addresses, owners, family) in its properties.',
      tags: ['Data access'],
      params: idParams,
      querystring: { type: 'object', properties: { nested: { type: 'boolean', default: true }, api_key: { type: 'string' } } },
      response: { 200: entityResponse, ...redirects, '4xx': errorResponse, 503: errorResponse },
    },
  }, async (request: FastifyRequest<{ Params: { entity_id: string }; Querystring: { nested: boolean } }>, reply) => {
    const snapshot = snapshotOf(app.ghirbal);
    const entity = entityOr(snapshot, request, reply, request.params.entity_id);
    if (!entity) return reply;
    return entityJson(request.query.nested ? nestedEntity(snapshot.catalog, entity) : entity);
  });

  app.get('/entities/:entity_id/adjacent', {
    config: { access: 'screen' },
    schema: {
      summary: 'Entities adjacent to an entity, by property',
      tags: ['Data access'],
      params: idParams,
      querystring: pageQuery,
      response: {
        200: { type: 'object', properties: { entity: entityResponse, adjacent: { type: 'object', additionalProperties: adjacentPage } } },
        ...redirects, '4xx': errorResponse, 503: errorResponse,
      },
    },
  }, async (request: FastifyRequest<{ Params: { entity_id: string }; Querystring: Page }>, reply) => {
    const snapshot = snapshotOf(app.ghirbal);
    const entity = entityOr(snapshot, request, reply, request.params.entity_id, '/adjacent');
    if (!entity) return reply;
    const adjacent: Record<string, object> = {};
    for (const [prop, entities] of adjacentEntities(snapshot.catalog, entity)) adjacent[prop] = page(entities, request.query);
    return { entity: entityJson(entity), adjacent };
  });

  app.get('/entities/:entity_id/adjacent/:property_name', {
    config: { access: 'screen' },
    schema: {
      summary: 'Entities adjacent to an entity through one property',
      tags: ['Data access'],
      params: propParams,
      querystring: pageQuery,
      response: { 200: adjacentPage, ...redirects, '4xx': errorResponse, 503: errorResponse },
    },
  }, async (request: FastifyRequest<{ Params: { entity_id: string; property_name: string }; Querystring: Page }>, reply) => {
    const snapshot = snapshotOf(app.ghirbal);
    const { entity_id: id, property_name: prop } = request.params;
    const entity = entityOr(snapshot, request, reply, id, `/adjacent/${encodeURIComponent(prop)}`);
    if (!entity) return reply;
    const adjacent = adjacentEntities(snapshot.catalog, entity);
    if (!isAdjacentProp(entity, prop, adjacent)) throw new HttpError(404, 'No such property.');
    return page(adjacent.get(prop) ?? [], request.query);
  });
}
