/**
 * OpenRefine's reconciliation API 0.2 at `/reconcile/{dataset}`, as yente serves it: the
 * service manifest on GET; on POST (or GET, as the specification allows) a `queries` batch
 * scored by the same screening as /match (every scored candidate, no cutoff), or an `extend`
 * request for property values of reconciled ids.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { countryName } from '../../model/countries.js';
import { getProperty, getSchema } from '../../model/schema.js';
import { resolveAlgorithm } from '../../screening/algorithms.js';
import type { Scope } from '../../screening/collections.js';
import { cleanQuery, QueryError, resultFilter, screenedVersions, screenQuery } from '../../screening/screen.js';
import type { Snapshot } from '../../screening/serving-index.js';
import { auditEntry } from '../audit.js';
import { scopeFor, snapshotOf } from '../context.js';
import { HttpError } from '../errors.js';
import { freebaseType, MATCHABLE_SCHEMATA, propertyLabel, propertyName } from '../freebase.js';
import { datasetParams, errorResponse, MAX_BATCH, MAX_LIMIT, TS_PATTERN } from '../schemas.js';

/** A reconciliation query without a type is screened as a legal entity (people and organisations alike). */
const DEFAULT_TYPE = 'LegalEntity';
const DEFAULT_RECONCILE_LIMIT = 5;

type Fields = { queries?: unknown; extend?: unknown };
type ReconcileRequest = FastifyRequest<{ Params: { dataset: string }; Querystring: Fields & { algorithm?: string; changed_since?: string }; Body: Fields | undefined }>;

function parseField(value: unknown, field: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch (err) {
    throw new HttpError(400, `Cannot decode ${field}: ${(err as Error).message}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function valueStrings(v: unknown): string[] {
  if (v == null) return [];
  if (Array.isArray(v)) return v.flatMap(valueStrings);
  if (isObject(v)) return valueStrings(v.id ?? v.name);
  return typeof v === 'string' || typeof v === 'number' ? [String(v)] : [];
}

/** One query item → an example to screen and its limit; 400 naming the key for what cannot be read. */
function exampleOf(key: string, item: unknown): { example: { schema: string; properties: Record<string, string[]> }; limit: number } {
  if (!isObject(item)) throw new HttpError(400, `Query ${key}: expected an object`);
  const type = Array.isArray(item.type) ? item.type[0] : item.type;
  const typeId = isObject(type) ? type.id : type;
  const schema = typeof typeId === 'string' && typeId !== '' && typeId !== 'Thing' ? typeId : DEFAULT_TYPE;
  const limit = item.limit === undefined ? DEFAULT_RECONCILE_LIMIT : Number(item.limit);
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT) throw new HttpError(400, `Query ${key}: limit must be a whole number from 0 to ${MAX_LIMIT}`);
  const properties: Record<string, string[]> = {};
  if (item.query !== undefined && item.query !== null) properties.name = valueStrings(item.query);
  if (item.properties !== undefined && !Array.isArray(item.properties)) throw new HttpError(400, `Query ${key}: properties must be a list of {pid, v}`);
  for (const p of (item.properties as unknown[] | undefined) ?? []) {
    if (!isObject(p) || typeof p.pid !== 'string') throw new HttpError(400, `Query ${key}: each property needs a pid`);
    const name = propertyName(p.pid);
    (properties[name] ??= []).push(...valueStrings(p.v));
  }
  return { example: { schema, properties }, limit };
}

function reconcileQueries(app: FastifyInstance, request: ReconcileRequest, snapshot: Snapshot, scope: Scope, data: unknown): Record<string, object> {
  if (!isObject(data)) throw new HttpError(400, 'queries: expected an object of query items');
  const keys = Object.keys(data);
  if (keys.length > MAX_BATCH) throw new HttpError(400, `Too many queries in one batch (limit: ${MAX_BATCH})`);
  const algorithm = resolveAlgorithm(request.query.algorithm);
  if (!algorithm) throw new HttpError(400, 'Invalid algorithm');
  const filters = { changedSince: request.query.changed_since };
  const accept = resultFilter(snapshot, scope, filters);
  const versions = screenedVersions(snapshot, scope, filters);
  const threshold = algorithm.defaultThreshold;
  const out: Record<string, object> = {};
  const audit = [];
  for (const key of keys) {
    const { example, limit } = exampleOf(key, data[key]);
    let query;
    try {
      query = cleanQuery(example);
    } catch (err) {
      if (err instanceof QueryError) throw new HttpError(400, err.message);
      throw err;
    }
    const screened = screenQuery(snapshot.match, query, { algorithm, threshold, limit }, accept);
    audit.push(auditEntry(request, `${request.method} /reconcile/${scope.name}`, screened, algorithm, threshold, versions));
    out[key] = {
      result: screened.results.map((r) => ({
        id: r.id, name: r.caption, description: getSchema(r.schema).label, type: [freebaseType(r.schema)], score: r.score, match: r.match,
      })),
    };
  }
  app.ghirbal.audit.record(audit);
  return out;
}

/** A value as a person reads it (a country's name) or as stored. */
function rendered(schema: string, prop: string, value: string, snapshot: Snapshot): string {
  const type = getProperty(schema, prop)?.type;
  if (type === 'country') return countryName(value) ?? value;
  if (type === 'entity') return snapshot.catalog.get(value)?.caption ?? value;
  return value;
}

function extendRows(snapshot: Snapshot, data: unknown): object {
  if (!isObject(data) || !Array.isArray(data.ids) || !Array.isArray(data.properties)) throw new HttpError(400, 'extend: expected {"ids": [...], "properties": [{"id": ...}]}');
  if (data.ids.length > MAX_BATCH) throw new HttpError(400, `Too many queries in one batch (limit: ${MAX_BATCH})`);
  const props = data.properties.filter(isObject).filter((p) => typeof p.id === 'string') as { id: string; settings?: { limit?: unknown; render?: unknown } }[];
  const meta = new Map<string, { id: string; name: string }>();
  const rows: Record<string, Record<string, { str: string }[]>> = {};
  for (const id of data.ids.map(String)) {
    rows[id] = {};
    const found = snapshot.catalog.lookup(id);
    if (found && 'redirect' in found) throw new HttpError(400, 'Please specify the canonical entity ID, not a referent');
    if (!found) continue;
    const e = found.entity;
    for (const p of props) {
      const name = propertyName(p.id);
      if (!getProperty(e.schema, name)) continue;
      if (!meta.has(p.id)) meta.set(p.id, { id: name, name: propertyLabel(name) });
      const limit = Number(p.settings?.limit ?? 0);
      let values = e.properties[name] ?? [];
      if (Number.isInteger(limit) && limit > 0) values = values.slice(0, limit);
      const raw = p.settings?.render === 'raw';
      rows[id][p.id] = values.map((v) => ({ str: raw ? v : rendered(e.schema, name, v, snapshot) }));
    }
  }
  return { meta: [...meta.values()], rows };
}

function manifest(request: ReconcileRequest, snapshot: Snapshot, scope: Scope): object {
  const origin = `${request.protocol}://${request.host}`;
  const base = `${origin}/reconcile/${encodeURIComponent(scope.name)}`;
  const at = request.url.indexOf('?');
  const query = at >= 0 ? request.url.slice(at) : '';
  const present = new Set(snapshot.match.schemas);
  return {
    versions: ['0.2'],
    name: `${scope.title} (Ghirbal)`,
    identifierSpace: `${origin}/entities/`,
    schemaSpace: `${origin}/reconcile/schema/`,
    documentation: `${origin}/docs`,
    view: { url: `${origin}/entities/{{id}}` },
    preview: { url: `${base}/preview/{{id}}${query}`, width: 430, height: 300 },
    batchSize: 10,
    suggest: {
      entity: { service_url: base, service_path: `/suggest/entity${query}` },
      type: { service_url: base, service_path: `/suggest/type${query}` },
      property: { service_url: base, service_path: `/suggest/property${query}` },
    },
    extend: {
      propose_properties: { service_url: base, service_path: `/extend/property${query}` },
      property_settings: [
        { name: 'limit', label: 'Limit', type: 'number', default: 0, help_text: 'Values to return per row at most (0 for all).' },
        {
          name: 'render', label: 'Value rendering', type: 'select', default: 'caption',
          choices: [{ id: 'caption', name: 'User-readable value' }, { id: 'raw', name: 'Machine-readable value' }],
          help_text: "Readable values (e.g. 'Russia') instead of raw ones ('ru').",
        },
      ],
    },
    defaultTypes: MATCHABLE_SCHEMATA.filter((s) => present.has(s)).map(freebaseType),
  };
}

const fields = {
  queries: { type: 'string', description: 'JSON: {"q0": {"query": "...", "type": "Person", "limit": 5, "properties": [{"pid": "birthDate", "v": "1950"}]}}' },
  extend: { type: 'string', description: 'JSON: {"ids": [...], "properties": [{"id": "birthDate"}]}' },
} as const;
const querystring = {
  type: 'object',
  properties: { ...fields, algorithm: { type: 'string' }, changed_since: { type: 'string', pattern: TS_PATTERN }, api_key: { type: 'string' } },
} as const;

export async function reconcileRoutes(app: FastifyInstance): Promise<void> {
  const answer = async (request: ReconcileRequest, reply: import('fastify').FastifyReply) => {
    const snapshot = snapshotOf(app.ghirbal);
    const scope = scopeFor(snapshot, request.params.dataset);
    const given: Fields = { ...request.query, ...(isObject(request.body) ? request.body : {}) };
    if (given.extend !== undefined && given.extend !== '') {
      const result = extendRows(snapshot, parseField(given.extend, 'extend')) as { rows: object };
      reply.header('x-batch-size', String(Object.keys(result.rows).length));
      return result;
    }
    if (given.queries !== undefined && given.queries !== '') {
      const result = reconcileQueries(app, request, snapshot, scope, parseField(given.queries, 'queries'));
      reply.header('x-batch-size', String(Object.keys(result).length));
      return result;
    }
    if (request.method === 'POST') throw new HttpError(400, 'Send a "queries" or "extend" field.');
    return manifest(request, snapshot, scope);
  };
  const schema = (summary: string, method: 'GET' | 'POST') => ({
    summary,
    tags: ['Reconciliation'],
    params: datasetParams,
    querystring,
    ...(method === 'POST' ? { body: { type: ['object', 'null'], properties: { queries: {}, extend: {} } } } : {}),
    response: { 200: { type: 'object' }, '4xx': errorResponse, 503: errorResponse },
  });
  app.get('/reconcile/:dataset', { config: { access: 'screen' }, schema: schema('Reconciliation service manifest (or queries, as the specification allows on GET)', 'GET') }, answer);
  app.post('/reconcile/:dataset', { config: { access: 'screen' }, schema: schema('Reconciliation queries or data extension (form fields or JSON)', 'POST') }, answer);
}
