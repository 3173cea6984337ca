/**
 * Limits that keep one client from hurting the rest: the length of a query string (before
 * anything else is read) and a request rate per API key (per address when anonymous), as a
 * token bucket. Each refusal is a 4xx in yente's error shape with the reason.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from './errors.js';

/** Buckets kept at most; past this they start again full (only a flood of addresses gets here). */
const MAX_BUCKETS = 100_000;

export class TokenBucket {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perSecond: number, private readonly burst: number) {}

  /** Take one token for this caller; the seconds to wait when there is none, else 0. */
  take(caller: string, now = Date.now()): number {
    let b = this.buckets.get(caller);
    if (!b) {
      if (this.buckets.size >= MAX_BUCKETS) this.buckets.clear();
      b = { tokens: this.burst, at: now };
      this.buckets.set(caller, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond));
  }
}

/** Refuses a query string longer than the limit with 414, before the route runs. */
export const queryLimitPlugin = fp(async (app: FastifyInstance) => {
  const max = app.ghirbal.settings.maxQueryLength;
  app.addHook('onRequest', (request, _reply, done) => {
    const at = request.url.indexOf('?');
    done(at >= 0 && request.url.length - at - 1 > max ? new HttpError(414, `Query string too long (limit: ${max} characters)`) : undefined);
  });
}, { name: 'ghirbal-query-limit' });

/** Registered after auth: the caller is known by then. */
export const rateLimitPlugin = fp(async (app: FastifyInstance) => {
  const { ratePerSecond, rateBurst } = app.ghirbal.settings;
  if (ratePerSecond <= 0) return;
  const bucket = new TokenBucket(ratePerSecond, Math.max(1, rateBurst));
  const limitHeader = String(ratePerSecond);
  app.addHook('onRequest', (request, reply, done) => {
    if ((request.routeOptions.config?.access ?? 'public') === 'public') return done();
    const caller = request.apiKey ? `key:${request.apiKey.id}` : `ip:${request.ip}`;
    const wait = bucket.take(caller);
    if (wait > 0) {
      return done(new HttpError(429, `Rate limit exceeded: ${ratePerSecond} requests per second (bursts of ${rateBurst}) for each ${request.apiKey ? 'API key' : 'address'}; retry in ${wait} s.`, { 'Retry-After': String(wait) }));
    }
    reply.header('X-RateLimit-Limit', limitHeader);
    done();
  });
}, { name: 'ghirbal-rate-limit' });
