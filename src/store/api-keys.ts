/**
 * API keys as both backends keep them: a random secret shown once, stored only as its
 * sha256, and a short public id that logs and audit records may name.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isoNow } from './rows.js';
import type { ApiKeyRecord, KeyRole } from './types.js';

const KEY_ROLES: readonly KeyRole[] = ['screen', 'admin'];

const SECRET_PREFIX = 'ghk_';
/** 256 bits: far beyond guessing, so a fast hash (no salt, no stretching) is enough to store it. */
const SECRET_BYTES = 32;
/** The only shape createApiKey() hands out; anything else cannot be a key and needs no lookup. */
const SECRET_SHAPE = new RegExp(`^${SECRET_PREFIX}[A-Za-z0-9_-]{${Math.ceil((SECRET_BYTES * 4) / 3)}}$`);

export interface NewApiKey {
  record: ApiKeyRecord;
  key: string;
  secretHash: string;
}

/** A fresh key: a new id and secret each call (a caller retries on the rare id collision). */
export function newApiKey(role: KeyRole, label?: string): NewApiKey {
  if (!KEY_ROLES.includes(role)) throw new Error(`Unknown key role "${role}": use ${KEY_ROLES.join(' or ')}`);
  const key = SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64url');
  return {
    record: {
      id: `key_${randomBytes(4).toString('hex')}`,
      role,
      label: label?.trim() || null,
      createdAt: isoNow(),
      revokedAt: null,
    },
    key,
    secretHash: secretHash(key),
  };
}

/** The hash a key is stored and looked up by, or null for a string no key could be. */
export function lookupHash(key: string): string | null {
  return typeof key === 'string' && SECRET_SHAPE.test(key) ? secretHash(key) : null;
}

/**
 * The lookup found the row by this hash already; comparing again in constant time keeps the
 * answer from depending on how an index compares strings.
 */
export function sameSecretHash(stored: string, presented: string): boolean {
  const a = Buffer.from(stored, 'hex');
  const b = Buffer.from(presented, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

function secretHash(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface ApiKeyRow {
  id: string;
  role: KeyRole;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
  secret_hash: string;
}

/** The columns ApiKeyRow names, in both dialects. */
export const API_KEY_COLUMNS = 'id, role, label, created_at, revoked_at, secret_hash';

export function toApiKey(row: ApiKeyRow): ApiKeyRecord {
  return { id: row.id, role: row.role, label: row.label, createdAt: row.created_at, revokedAt: row.revoked_at };
}
