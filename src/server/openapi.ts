/**
 * The OpenAPI document, generated from the routes' own schemas (@fastify/swagger), at
 * `/openapi.json`, and a docs page at `/docs` rendered from it on the server: no script and
 * nothing fetched from elsewhere.
 */
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const DESCRIPTION = `Screens people, companies, vessels and aircraft against the official sanctions lists.
yente-compatible: /match, /search, /entities, /reconcile, /catalog, /algorithms answer as OpenSanctions' yente does,
so its clients and OpenRefine work by changing the base URL. Native routes live under /v1.
Authenticate with "Authorization: ApiKey <key>" (or "Bearer <key>").`;

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Ghirbal', description: DESCRIPTION, version },
      components: {
        securitySchemes: { ApiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: '"ApiKey <key>" or "Bearer <key>"' } },
      },
      security: [{ ApiKey: [] }],
    },
  });
}

function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: { type?: unknown; default?: unknown }; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

function operationHtml(method: string, path: string, op: Operation): string {
  const params = (op.parameters ?? []).map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td>`
    + `<td>${escapeHtml(JSON.stringify(p.schema?.type ?? ''))}${p.schema?.default !== undefined ? ` = ${escapeHtml(JSON.stringify(p.schema.default))}` : ''}</td>`
    + `<td>${p.required ? 'required' : ''}</td><td>${escapeHtml(p.description)}</td></tr>`).join('');
  const body = Object.values(op.requestBody?.content ?? {})[0]?.schema;
  const responses = Object.keys(op.responses ?? {}).join(', ');
  return `<section><h3><span class="m">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary)}</p>${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
${params ? `<table><tr><th>parameter</th><th>in</th><th>type</th><th></th><th></th></tr>${params}</table>` : ''}
${body ? `<details><summary>request body</summary><pre>${escapeHtml(JSON.stringify(body, null, 2))}</pre></details>` : ''}
<p class="r">responses: ${escapeHtml(responses)}</p></section>`;
}

export function docsHtml(spec: { info?: { title?: string; description?: string; version?: string }; paths?: Record<string, Record<string, Operation>> }): string {
  const sections = Object.entries(spec.paths ?? {}).flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => operationHtml(m, path, op)));
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(spec.info?.title)} API</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ddd;padding:.4rem 0}.m{background:#246;color:#fff;padding:0 .4rem;border-radius:3px;font-size:12px}
table{border-collapse:collapse;font-size:13px}td,th{padding:2px 8px;text-align:left;vertical-align:top}pre{font-size:12px;background:#f6f6f6;padding:.5rem;overflow:auto}.r{color:#666}</style>
</head><body><h1>${escapeHtml(spec.info?.title)} API <small>${escapeHtml(spec.info?.version)}</small></h1>
<p>${escapeHtml(spec.info?.description).replace(/\n/g, '<br>')}</p><p>Machine-readable: <a href="/openapi.json">/openapi.json</a></p>
${sections.join('\n')}</body></html>`;
}

export const openApiRoutesPlugin = fp(async (app: FastifyInstance) => {
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  app.get('/docs', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    return reply.type('text/html; charset=utf-8').send(docsHtml(app.swagger() as Parameters<typeof docsHtml>[0]));
  });
}, { name: 'ghirbal-openapi-routes' });
