/** `GET /search/{dataset}`: yente's text search with facets, filters and paging. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isSchema } from '../../model/schema.js';
import { DEFAULT_FACETS, FACETS } from '../../screening/facets.js';
import { searchEntities } from '../../screening/search.js';
import { scopeFor, snapshotOf } from '../context.js';
import { HttpError } from '../errors.js';
import { entityJson } from '../format.js';
import { datasetParams, entityResponse, errorResponse, MAX_LIMIT, MAX_OFFSET, stringList, totalSpec, TS_PATTERN } from '../schemas.js';

interface SearchQuerystring {
  q: string;
  schema: string;
  countries?: string[];
  topics?: string[];
  datasets?: string[];
  include_dataset?: string[];
  exclude_dataset?: string[];
  exclude_schema?: string[];
  changed_since?: string;
  filter?: string[];
  filter_op: 'OR' | 'AND';
  limit: number;
  offset: number;
  sort?: string[];
  target?: boolean;
  fuzzy: boolean;
  simple: boolean;
  facets: string[];
}

const querystring = {
  type: 'object',
  properties: {
    q: { type: 'string', default: '', description: 'Words to find (all of them) in names, identifiers and addresses; `word*` for a prefix; empty for everything' },
    schema: { type: 'string', default: 'Thing', description: 'Entities of this schema or one extending it' },
    countries: stringList,
    topics: stringList,
    datasets: stringList,
    include_dataset: stringList,
    exclude_dataset: stringList,
    exclude_schema: stringList,
    changed_since: { type: 'string', pattern: TS_PATTERN },
    filter: { ...stringList, description: '`field:value` (fields: the facets, id, target, properties.<name>)' },
    filter_op: { type: 'string', enum: ['OR', 'AND'], default: 'OR' },
    limit: { type: 'integer', default: 10, minimum: 0, maximum: MAX_LIMIT },
    offset: { type: 'integer', default: 0, minimum: 0, maximum: MAX_OFFSET },
    sort: { ...stringList, description: '`field:asc|desc` (caption, id, schema, first_seen, last_seen, last_change, _score)' },
    target: { type: 'boolean' },
    fuzzy: { type: 'boolean', default: false },
    simple: { type: 'boolean', default: false },
    facets: { type: 'array', items: { type: 'string', enum: Object.keys(FACETS) }, default: [...DEFAULT_FACETS] },
    api_key: { type: 'string' },
  },
} as const;

const facetResponse = {
  type: 'object',
  properties: {
    label: { type: 'string' },
    values: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, label: { type: 'string' }, count: { type: 'integer' } } } },
  },
} as const;

export async function searchRoutes(app: FastifyInstance): Promise<void> {
  app.get('/search/:dataset', {
    config: { access: 'screen' },
    schema: {
      summary: 'Simple entity search',
      description: 'Text search for user-facing search boxes; screening should use /match.',
      tags: ['Matching'],
      params: datasetParams,
      querystring,
      response: {
        200: {
          type: 'object',
          properties: {
            limit: { type: 'integer' }, offset: { type: 'integer' }, total: totalSpec,
            results: { type: 'array', items: entityResponse },
            facets: { type: 'object', additionalProperties: facetResponse },
          },
        },
        '4xx': errorResponse,
        503: errorResponse,
      },
    },
  }, async (request: FastifyRequest<{ Params: { dataset: string }; Querystring: SearchQuerystring }>) => {
    const snapshot = snapshotOf(app.ghirbal);
    const scope = scopeFor(snapshot, request.params.dataset);
    const q = request.query;
    if (!isSchema(q.schema)) throw new HttpError(400, 'Invalid schema');
    const found = searchEntities(snapshot, {
      q: q.q, schema: q.schema, scope,
      filters: { countries: q.countries ?? [], topics: q.topics ?? [], datasets: q.datasets ?? [] },
      fieldFilters: q.filter, filterOp: q.filter_op,
      includeDatasets: q.include_dataset, excludeDatasets: q.exclude_dataset, excludeSchemata: q.exclude_schema,
      changedSince: q.changed_since, target: q.target, fuzzy: q.fuzzy, sort: q.sort, facets: q.facets,
      limit: q.limit, offset: q.offset,
    });
    return {
      limit: q.limit,
      offset: q.offset,
      total: { value: found.total, relation: 'eq' },
      results: found.results.map(entityJson),
      facets: found.facets,
    };
  });
}
