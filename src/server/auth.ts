/**
 * API keys: `Authorization: ApiKey <key>` (as OpenSanctions' hosted API) or `Bearer <key>`,
 * or `?api_key=` where a client cannot set headers (OpenRefine). Each route says who may call
 * it (`config.access`); a missing or unknown key is 401, a key of the wrong role 403. Lookups
 * are remembered for a short while, so a busy client does not cost a store query per request.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ApiKeyRecord, Store } from '../store/types.js';
import { ROLES_FOR, type Access } from './context.js';
import { HttpError } from './errors.js';

/** Lookups remembered at most; past this the memory starts again (a flood of wrong keys cannot grow it). */
const MAX_CACHED_KEYS = 10_000;
const AUTH_SCHEME = /^(ApiKey|Bearer)\s+(\S+)\s*$/i;
const CHALLENGE = { 'WWW-Authenticate': 'ApiKey, Bearer' };

export class KeyCache {
  private readonly entries = new Map<string, { until: number; record: Promise<ApiKeyRecord | null> }>();

  constructor(private readonly store: Store, private readonly ttlMs: number) {}

  /** The live key this secret belongs to, or null; from memory when looked up lately. */
  lookup(secret: string): Promise<ApiKeyRecord | null> {
    const hash = createHash('sha256').update(secret).digest('hex');
    const now = Date.now();
    const hit = this.entries.get(hash);
    if (hit && hit.until > now) return hit.record;
    if (this.entries.size >= MAX_CACHED_KEYS) this.entries.clear();
    const record = this.store.findApiKey(secret);
    this.entries.set(hash, { until: now + this.ttlMs, record });
    // A failed lookup is not remembered: the next request asks the store again.
    record.catch(() => this.entries.delete(hash));
    return record;
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

/** The key a request carries, or null; a malformed Authorization header is refused. */
function secretOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const m = AUTH_SCHEME.exec(header);
    if (!m) throw new HttpError(401, 'Invalid Authorization header: send "ApiKey <key>" or "Bearer <key>".', CHALLENGE);
    return m[2];
  }
  const param = (request.query as Record<string, unknown> | undefined)?.api_key;
  return typeof param === 'string' && param.length > 0 ? param : null;
}

export const authPlugin = fp(async (app: FastifyInstance) => {
  const { store, settings } = app.ghirbal;
  const keys = new KeyCache(store, settings.keyCacheMs);
  if (settings.noAuth) app.log.warn('AUTHENTICATION IS OFF (--no-auth): anyone who can reach this server may screen without an API key');
  app.decorateRequest('apiKey', null);

  app.addHook('onRequest', async (request) => {
    const access: Access = request.routeOptions.config?.access ?? 'public';
    if (access === 'public') return;
    const secret = secretOf(request);
    const key = secret === null ? null : await keys.lookup(secret);
    if (secret !== null && key === null) throw new HttpError(401, 'Invalid API key.', CHALLENGE);
    request.apiKey = key;
    if (access === 'update') {
      const token = (request.query as Record<string, unknown>).token;
      const tokenOk = typeof token === 'string' && token.trim() !== '' && settings.updateToken !== undefined && sameSecret(token, settings.updateToken);
      if (tokenOk || key?.role === 'admin') return;
      throw new HttpError(403, key ? 'This route needs an admin key or the update token.' : 'Invalid token.');
    }
    if (!key) {
      if (settings.noAuth && access === 'screen') return;
      throw new HttpError(401, 'Missing API key: send "Authorization: ApiKey <key>".', CHALLENGE);
    }
    if (!ROLES_FOR[access].includes(key.role)) {
      throw new HttpError(403, `This API key's role (${key.role}) may not call this route: it needs ${access === 'admin' ? 'admin' : 'screen or admin'}.`);
    }
  });
}, { name: 'ghirbal-auth' });
