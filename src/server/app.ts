/**
 * The HTTP server: one Fastify app, one plugin per concern (errors, limits, auth, audit,
 * metrics, OpenAPI, the workbench's static files) and one module of routes per area. Routes declare their JSON schemas:
 * requests are validated from them and the OpenAPI document is generated from them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import formbody from '@fastify/formbody';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { ServingIndex } from '../screening/serving-index.js';
import type { Store } from '../store/types.js';
import { AuditLog, auditPlugin } from './audit.js';
import { authPlugin } from './auth.js';
import type { ServerSettings } from './context.js';
import { errorsPlugin } from './errors.js';
import { queryLimitPlugin, rateLimitPlugin } from './limits.js';
import { metricsPlugin } from './metrics.js';
import { requestLogPlugin } from './request-log.js';
import { openApiRoutesPlugin, registerOpenApi } from './openapi.js';
import { articleRoutes } from './routes/article.js';
import { entityRoutes } from './routes/entities.js';
import { jobRoutes } from './routes/jobs.js';
import { alertRoutes } from './routes/alerts.js';
import { matchRoutes } from './routes/match.js';
import { reconcileSuggestRoutes } from './routes/reconcile-suggest.js';
import { reconcileRoutes } from './routes/reconcile.js';
import { searchRoutes } from './routes/search.js';
import { systemRoutes } from './routes/system.js';
import { v1Routes } from './routes/v1.js';
import { meRoutes } from './routes/me.js';
import { entityHistoryRoutes } from './routes/entity-history.js';
import { webPlugin } from './web.js';

export const DEFAULT_SETTINGS: ServerSettings = {
  noAuth: false,
  updateToken: undefined,
  // A full batch of 100 detailed queries is well under this.
  bodyLimit: 2 * 1024 * 1024,
  maxQueryLength: 8192,
  // Generous: it stops a runaway client, not a busy one (a batch screening runs thousands a second).
  ratePerSecond: 5000,
  rateBurst: 10000,
  keyCacheMs: 30_000,
  // An append holds the thread (~50 µs a record): small batches keep that short, and records
  // written within a few milliseconds die young instead of outliving collections to old space.
  auditBatch: 25,
  auditFlushMs: 250,
};

/** Entity ids are longer than Fastify's default limit for a path parameter allows. */
const MAX_PARAM_LENGTH = 1000;

export interface AppOptions extends Partial<ServerSettings> {
  store: Store;
  /** The index to answer from; a new one (not yet built) by default. */
  serving?: ServingIndex;
  logger?: FastifyServerOptions['logger'];
  /** The built workbench (default: dist/web of this package). */
  webRoot?: string;
}

/**
 * Query strings as yente's clients write them: a repeated key is a list, and `key[]` is the
 * same key (the reference writes list parameters so).
 */
export function parseQueryString(qs: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [raw, value] of new URLSearchParams(qs)) {
    const key = raw.endsWith('[]') ? raw.slice(0, -2) : raw;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

function packageVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '0.0.0';
  }
  return '0.0.0';
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const given = Object.fromEntries(Object.entries(opts).filter(([k, v]) => v !== undefined && k in DEFAULT_SETTINGS));
  const settings: ServerSettings = { ...DEFAULT_SETTINGS, ...given };
  const app = Fastify({
    logger: opts.logger ?? false,
    // requestLogPlugin writes one line per request instead.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: settings.bodyLimit,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH, querystringParser: parseQueryString },
    // A property value may be a string or a list: union types are part of the contract.
    ajv: { customOptions: { allowUnionTypes: true } },
  });
  // Response schemas document the answers; answers are written as built, never trimmed to a schema.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  const serving = opts.serving ?? new ServingIndex(opts.store);
  app.decorate('ghirbal', {
    store: opts.store,
    serving,
    audit: new AuditLog(opts.store, settings.auditBatch, settings.auditFlushMs, app.log),
    settings,
  });
  await app.register(errorsPlugin, { bodyLimit: settings.bodyLimit });
  await app.register(formbody, { bodyLimit: settings.bodyLimit });
  await registerOpenApi(app, packageVersion());
  await app.register(queryLimitPlugin);
  await app.register(authPlugin);
  await app.register(rateLimitPlugin);
  await app.register(auditPlugin);
  await app.register(metricsPlugin);
  await app.register(requestLogPlugin);
  await app.register(openApiRoutesPlugin);
  for (const routes of [systemRoutes, matchRoutes, searchRoutes, entityRoutes, reconcileRoutes, reconcileSuggestRoutes, v1Routes, articleRoutes, jobRoutes, alertRoutes, meRoutes, entityHistoryRoutes]) {
    await app.register(routes);
  }
  await app.register(webPlugin, { root: opts.webRoot });
  return app;
}
