/**
 * What every route may reach: the store, the serving index, the audit log, the settings;
 * who is calling (the API key); and what each route allows (`config.access`).
 */
import type { ApiKeyRecord, KeyRole, Store } from '../store/types.js';
import type { ServingIndex, Snapshot } from '../screening/serving-index.js';
import { scopeOf } from '../screening/serving-index.js';
import type { Scope } from '../screening/collections.js';
import { HttpError } from './errors.js';
import type { AuditLog } from './audit.js';

/**
 * Who may call a route: anyone (`public`), a key of role `screen` or `admin` (`screen`), an
 * `admin` key (`admin`), or an admin key or the update token (`update`, as yente's /updatez).
 */
export type Access = 'public' | 'screen' | 'admin' | 'update';

export interface ServerSettings {
  /** Anonymous callers may screen (a key still names who called, when one is sent). */
  noAuth: boolean;
  /** yente's `/updatez?token=`; without one, only an admin key may ask for an update. */
  updateToken?: string;
  bodyLimit: number;
  maxQueryLength: number;
  /** Requests per second per key (or per address when anonymous), and the burst allowed; 0 for none. */
  ratePerSecond: number;
  rateBurst: number;
  /** How long a key lookup is remembered, in ms. */
  keyCacheMs: number;
  auditBatch: number;
  auditFlushMs: number;
}

export interface ServerContext {
  store: Store;
  serving: ServingIndex;
  audit: AuditLog;
  settings: ServerSettings;
}

declare module 'fastify' {
  interface FastifyInstance {
    ghirbal: ServerContext;
  }
  interface FastifyRequest {
    apiKey: ApiKeyRecord | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export const ROLES_FOR: Readonly<Record<Exclude<Access, 'public' | 'update'>, readonly KeyRole[]>> = {
  screen: ['screen', 'admin'],
  admin: ['admin'],
};

/** The snapshot to answer from; 503 until the first index is built. */
export function snapshotOf(ctx: ServerContext): Snapshot {
  const snapshot = ctx.serving.snapshot;
  if (!snapshot) throw new HttpError(503, 'Index not ready.');
  return snapshot;
}

/** The dataset or collection the path names; 404 as yente says it. */
export function scopeFor(snapshot: Snapshot, name: string): Scope {
  const scope = scopeOf(snapshot, name);
  if (!scope) throw new HttpError(404, 'No such dataset.');
  return scope;
}
