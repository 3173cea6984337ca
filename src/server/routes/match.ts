/** `POST /match/{dataset}`: yente's query-by-example screening, a batch of up to 100 queries. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveAlgorithm, YENTE_CONFIG_KEYS } from '../../screening/algorithms.js';
import { cleanQuery, QueryError, resultFilter, screenedVersions, screenOn, type CleanQuery, type ResultFilters } from '../../screening/screen.js';
import { auditEntry } from '../audit.js';
import { scopeFor, snapshotOf } from '../context.js';
import { HttpError } from '../errors.js';
import { featureDocsText, scoredText } from '../format.js';
import {
  datasetParams, entityExample, errorResponse, MAX_BATCH, MAX_EXCLUDED_IDS, MAX_LIMIT, scoredEntityResponse, stringList, totalSpec, TS_PATTERN,
} from '../schemas.js';

interface MatchQuerystring {
  limit: number;
  threshold?: number;
  cutoff?: number;
  algorithm?: string;
  include_dataset?: string[];
  exclude_dataset?: string[];
  exclude_schema?: string[];
  topics?: string[];
  changed_since?: string;
  exclude_entity_ids?: string[];
}

interface MatchBody {
  queries: Record<string, { id?: string | null; schema: string; properties: Record<string, unknown> } | null>;
  weights?: Record<string, number>;
  config?: Record<string, unknown>;
}

const MATCH_DEFAULT_LIMIT = 5;

const querystring = {
  type: 'object',
  properties: {
    limit: { type: 'integer', default: MATCH_DEFAULT_LIMIT, minimum: 0, maximum: MAX_LIMIT, description: 'Results per query' },
    threshold: { type: 'number', description: "Score from which a result is a match (default: the algorithm's calibrated threshold)" },
    cutoff: { type: 'number', deprecated: true, description: 'Results scoring this or less are left out, unless matches (default: the threshold)' },
    algorithm: { type: 'string', description: 'ghirbal-v1 (default, also best), ofac; yente names are answered by the default' },
    include_dataset: stringList,
    exclude_dataset: stringList,
    exclude_schema: stringList,
    topics: { ...stringList, description: 'Only entities with any of these topics' },
    changed_since: { type: 'string', pattern: TS_PATTERN },
    exclude_entity_ids: { ...stringList, maxItems: MAX_EXCLUDED_IDS, description: 'Ids (or referents) never returned, for the whole batch' },
    api_key: { type: 'string' },
  },
} as const;

const body = {
  type: 'object',
  required: ['queries'],
  properties: {
    queries: { type: 'object', additionalProperties: { ...entityExample, type: ['object', 'null'] } },
    weights: { type: 'object', additionalProperties: { type: 'number' } },
    config: { type: 'object' },
  },
} as const;

function filtersOf(q: MatchQuerystring): ResultFilters {
  return {
    includeDatasets: q.include_dataset,
    excludeDatasets: q.exclude_dataset,
    excludeSchemata: q.exclude_schema,
    excludeEntityIds: q.exclude_entity_ids,
    topics: q.topics,
    changedSince: q.changed_since,
  };
}

/** Each non-null query of the batch, cleaned; 400 as yente says it for the first that cannot be. */
function cleanBatch(queries: MatchBody['queries']): [string, CleanQuery][] {
  const out: [string, CleanQuery][] = [];
  for (const [key, example] of Object.entries(queries)) {
    if (example === null) continue;
    try {
      out.push([key, cleanQuery(example)]);
    } catch (err) {
      if (err instanceof QueryError) throw new HttpError(400, `Cannot parse example entity: ${err.message}`);
      throw err;
    }
  }
  return out;
}

export async function matchRoutes(app: FastifyInstance): Promise<void> {
  app.post('/match/:dataset', {
    config: { access: 'screen' },
    schema: {
      summary: 'Query by example matcher',
      description: 'Screen a batch of example entities (up to 100) against a dataset or collection; results best first.',
      tags: ['Matching'],
      params: datasetParams,
      querystring,
      body,
      response: {
        200: {
          type: 'object',
          properties: {
            responses: {
              type: 'object',
              additionalProperties: {
                type: 'object',
                properties: { status: { type: 'integer' }, results: { type: 'array', items: scoredEntityResponse }, total: totalSpec, query: entityExample },
              },
            },
            matcher: { type: 'object' },
            limit: { type: 'integer' },
          },
        },
        '4xx': errorResponse,
        503: errorResponse,
      },
    },
  }, async (request: FastifyRequest<{ Params: { dataset: string }; Querystring: MatchQuerystring; Body: MatchBody }>, reply) => {
    const ctx = app.ghirbal;
    const snapshot = snapshotOf(ctx);
    const scope = scopeFor(snapshot, request.params.dataset);
    const q = request.query;
    const algorithm = resolveAlgorithm(q.algorithm);
    if (!algorithm) throw new HttpError(400, 'Invalid algorithm');
    for (const key of Object.keys(request.body.config ?? {})) {
      if (!YENTE_CONFIG_KEYS.has(key)) throw new HttpError(400, `Invalid configuration parameter: ${key} for algorithm ${algorithm.name}`);
    }
    if (Object.keys(request.body.queries).length > MAX_BATCH) throw new HttpError(400, `Too many queries in one batch (limit: ${MAX_BATCH})`);
    const batch = cleanBatch(request.body.queries);
    if (batch.length === 0) throw new HttpError(400, 'No queries provided.');

    const threshold = q.threshold ?? algorithm.defaultThreshold;
    const options = { algorithm, threshold, limit: q.limit, cutoff: Math.min(q.cutoff ?? threshold, threshold) };
    const filters = filtersOf(q);
    const accept = resultFilter(snapshot, scope, filters);
    const versions = screenedVersions(snapshot, scope, filters);
    const channel = `POST /match/${scope.name}`;
    const audit = [];
    const screenings = await Promise.all(batch.map(([, query]) => screenOn(ctx.serving, snapshot, query, options, accept)));
    // Written out as text: the results' scored fields come written from the matcher threads.
    let responses = '';
    for (let i = 0; i < batch.length; i++) {
      const [key, query] = batch[i];
      const screened = screenings[i];
      audit.push(auditEntry(request, channel, screened, algorithm, threshold, versions));
      const results = screened.results.map((r) => scoredText(r, snapshot.catalog)).join(',');
      const total = `{"value":${screened.matches},"relation":"${screened.exact ? 'eq' : 'gte'}"}`;
      const echo = JSON.stringify({ id: query.id ?? null, schema: query.schema, properties: query.properties });
      responses += `${i === 0 ? '' : ','}${JSON.stringify(key)}:{"status":200,"results":[${results}],"total":${total},"query":${echo}}`;
    }
    ctx.audit.record(audit);
    reply.header('x-batch-size', String(batch.length));
    reply.type('application/json; charset=utf-8');
    return `{"responses":{${responses}},"matcher":${featureDocsText(algorithm)},"limit":${q.limit}}`;
  });
}
