/**
 * The reconciliation service's helpers for OpenRefine's dialogs: suggestions of entities (as
 * typed), types and properties, the properties a type can be extended with, and a small
 * preview card of an entity.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getSchema, getProperty, isSchema } from '../../model/schema.js';
import { searchEntities } from '../../screening/search.js';
import { scopeFor, snapshotOf } from '../context.js';
import { HttpError } from '../errors.js';
import { freebaseType, matchesPrefix, MATCHABLE_SCHEMATA, propertyLabel, valueProperties } from '../freebase.js';
import { datasetParams, errorResponse, MAX_LIMIT } from '../schemas.js';

/** Types and properties suggested at most, as yente. */
const SUGGESTIONS = 5;
const OK = { code: '/api/status/ok', status: '200 OK' };
const prefixQuery = {
  type: 'object',
  required: ['prefix'],
  properties: {
    prefix: { type: 'string', minLength: 1 },
    limit: { type: 'integer', default: 10, minimum: 0, maximum: MAX_LIMIT },
    api_key: { type: 'string' },
  },
} as const;
const tags = ['Reconciliation'];
const errors = { '4xx': errorResponse, 503: errorResponse };

type PrefixRequest = FastifyRequest<{ Params: { dataset: string }; Querystring: { prefix: string; limit: number } }>;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function reconcileSuggestRoutes(app: FastifyInstance): Promise<void> {
  app.get('/reconcile/:dataset/suggest/entity', {
    config: { access: 'screen' },
    schema: { summary: 'Suggest entities by the start of their names', tags, params: datasetParams, querystring: prefixQuery, response: errors },
  }, async (request: PrefixRequest) => {
    const snapshot = snapshotOf(app.ghirbal);
    const scope = scopeFor(snapshot, request.params.dataset);
    const found = searchEntities(snapshot, {
      q: request.query.prefix, prefix: true, schema: 'Thing', matchableOnly: true, scope, limit: request.query.limit, offset: 0,
    });
    return {
      ...OK,
      prefix: request.query.prefix,
      result: found.results.map((e) => ({ id: e.id, name: e.caption, type: [freebaseType(e.schema)], description: getSchema(e.schema).label })),
    };
  });

  app.get('/reconcile/:dataset/suggest/type', {
    config: { access: 'screen' },
    schema: { summary: 'Suggest types (schemata)', tags, params: datasetParams, querystring: prefixQuery, response: errors },
  }, async (request: PrefixRequest) => {
    scopeFor(snapshotOf(app.ghirbal), request.params.dataset);
    const prefix = request.query.prefix;
    const result = MATCHABLE_SCHEMATA.filter((s) => matchesPrefix(prefix, s, getSchema(s).label)).map(freebaseType).slice(0, SUGGESTIONS);
    return { ...OK, prefix, result };
  });

  app.get('/reconcile/:dataset/suggest/property', {
    config: { access: 'screen' },
    schema: { summary: 'Suggest properties', tags, params: datasetParams, querystring: prefixQuery, response: errors },
  }, async (request: PrefixRequest) => {
    scopeFor(snapshotOf(app.ghirbal), request.params.dataset);
    const prefix = request.query.prefix;
    const seen = new Set<string>();
    const result: { id: string; name: string; description: string }[] = [];
    for (const schema of MATCHABLE_SCHEMATA) {
      for (const p of valueProperties(schema)) {
        if (seen.has(p.id) || !matchesPrefix(prefix, p.id, p.name)) continue;
        seen.add(p.id);
        result.push({ id: p.id, name: p.name, description: `${p.name} (${getProperty(schema, p.id)?.type})` });
      }
    }
    return { ...OK, prefix, result: result.slice(0, SUGGESTIONS) };
  });

  app.get('/reconcile/:dataset/extend/property', {
    config: { access: 'screen' },
    schema: {
      summary: 'Properties a type can be extended with',
      tags,
      params: datasetParams,
      querystring: { type: 'object', properties: { type: { type: 'string', default: 'LegalEntity' }, limit: { type: 'integer', default: 0, minimum: 0 }, api_key: { type: 'string' } } },
      response: errors,
    },
  }, async (request: FastifyRequest<{ Params: { dataset: string }; Querystring: { type: string; limit: number } }>) => {
    scopeFor(snapshotOf(app.ghirbal), request.params.dataset);
    const { type, limit } = request.query;
    if (!isSchema(type)) throw new HttpError(400, `Invalid type: ${type}`);
    let properties = valueProperties(type).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (limit > 0) properties = properties.slice(0, limit);
    return { limit, type, properties };
  });

  app.get('/reconcile/:dataset/preview/:entity_id', {
    config: { access: 'screen' },
    schema: {
      summary: 'A small HTML card of an entity, for OpenRefine\'s preview',
      tags,
      params: { type: 'object', properties: { dataset: { type: 'string' }, entity_id: { type: 'string' } }, required: ['dataset', 'entity_id'] },
      querystring: { type: 'object', properties: { api_key: { type: 'string' } } },
      response: errors,
    },
  }, async (request: FastifyRequest<{ Params: { dataset: string; entity_id: string } }>, reply) => {
    const snapshot = snapshotOf(app.ghirbal);
    const id = snapshot.catalog.canonicalId(request.params.entity_id);
    const e = id ? snapshot.catalog.get(id) : undefined;
    if (!e) throw new HttpError(404, 'No such entity!');
    const rows = Object.entries(e.properties)
      .filter(([p]) => getProperty(e.schema, p)?.type !== 'entity')
      .slice(0, 12)
      .map(([p, v]) => `<tr><th>${escapeHtml(propertyLabel(p))}</th><td>${escapeHtml(v.slice(0, 5).join('; '))}</td></tr>`);
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(e.caption)}</title>
<style>body{font:13px sans-serif;margin:8px}th{text-align:left;padding-right:8px;vertical-align:top}</style></head>
<body><h3>${escapeHtml(e.caption)}</h3><p>${escapeHtml(getSchema(e.schema).label)} · ${escapeHtml(e.datasets.join(', '))}</p>
<table>${rows.join('')}</table></body></html>`;
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
