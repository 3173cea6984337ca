/**
 * API keys and the audit log in PostgreSQL. Many processes append at once: each append locks
 * the head row first, so they take turns and the chain never forks.
 */
import type pg from 'pg';
import { API_KEY_COLUMNS, lookupHash, newApiKey, sameSecretHash, toApiKey, type ApiKeyRow } from './api-keys.js';
import {
  AUDIT_COLUMNS, auditBound, auditRowValues, sealBatch, toAuditHead, toAuditRecord, verifyChain,
  type AuditHeadRow, type AuditRow,
} from './audit-chain.js';
import { isoNow } from './rows.js';
import type { ApiKeyRecord, AuditEntryInput, AuditRecord, AuditVerification, KeyRole } from './types.js';

type Transaction = <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>;

const PAGE = 1000;

const HEAD_SELECT = 'SELECT count, last_hash, last_at FROM audit_head WHERE id = 1';

/** Column types for unnest, in AUDIT_COLUMNS order: a whole batch in one statement. */
const AUDIT_ARRAY_TYPES = ['bigint', 'text', 'text', 'text', 'text', 'text', 'text', 'float8', 'text', 'text', 'text', 'text'];
const AUDIT_INSERT = `INSERT INTO audit_log (${AUDIT_COLUMNS})
  SELECT * FROM unnest(${AUDIT_ARRAY_TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;

export class PostgresKeysAndAudit {
  constructor(private readonly pool: pg.Pool, private readonly transaction: Transaction) {}

  async createApiKey(role: KeyRole, label?: string): Promise<{ record: ApiKeyRecord; key: string }> {
    for (;;) {
      const { record, key, secretHash } = newApiKey(role, label);
      const { rowCount } = await this.pool.query(
        `INSERT INTO api_keys (${API_KEY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
        [record.id, record.role, record.label, record.createdAt, record.revokedAt, secretHash],
      );
      if (rowCount === 1) return { record, key };
    }
  }

  async findApiKey(key: string): Promise<ApiKeyRecord | null> {
    const hash = lookupHash(key);
    if (hash === null) return null;
    const { rows } = await this.pool.query<ApiKeyRow>(
      `SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE secret_hash = $1 AND revoked_at IS NULL`,
      [hash],
    );
    return rows.length === 1 && sameSecretHash(rows[0].secret_hash, hash) ? toApiKey(rows[0]) : null;
  }

  async listApiKeys(): Promise<ApiKeyRecord[]> {
    const { rows } = await this.pool.query<ApiKeyRow>(`SELECT ${API_KEY_COLUMNS} FROM api_keys ORDER BY created_at, id`);
    return rows.map(toApiKey);
  }

  async revokeApiKey(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
      [isoNow(), id],
    );
    return rowCount === 1;
  }

  async appendAudit(entries: AuditEntryInput[]): Promise<AuditRecord[]> {
    if (entries.length === 0) return [];
    return this.transaction(async (c) => {
      const { rows } = await c.query<AuditHeadRow>(`${HEAD_SELECT} FOR UPDATE`);
      const sealed = sealBatch(toAuditHead(rows[0]), entries);
      const values = sealed.rows.map(auditRowValues);
      await c.query(AUDIT_INSERT, AUDIT_ARRAY_TYPES.map((_, i) => values.map((v) => v[i])));
      await c.query(
        'UPDATE audit_head SET count = $1, last_hash = $2, last_at = $3 WHERE id = 1',
        [sealed.head.count, sealed.head.lastHash, sealed.head.lastAt],
      );
      return sealed.rows.map(toAuditRecord);
    });
  }

  /** Keyset pages on the pool: records never change, so no snapshot is needed. */
  async *auditRecords(range: { from?: string; to?: string } = {}): AsyncIterable<AuditRecord> {
    const from = auditBound('from', range.from);
    const to = auditBound('to', range.to);
    for (let after = 0; ;) {
      const { rows } = await this.pool.query<AuditRow>(
        `SELECT ${AUDIT_COLUMNS} FROM audit_log
         WHERE seq > $1 AND ($2::text IS NULL OR at >= $2) AND ($3::text IS NULL OR at < $3)
         ORDER BY seq LIMIT ${PAGE}`,
        [after, from, to],
      );
      for (const r of rows) yield toAuditRecord(r);
      if (rows.length < PAGE) return;
      after = Number(rows[rows.length - 1].seq);
    }
  }

  /** The head and the records from one snapshot: an append meanwhile is not mistaken for tampering. */
  verifyAudit(): Promise<AuditVerification> {
    return this.transaction(async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const { rows } = await c.query<AuditHeadRow>(HEAD_SELECT);
      return verifyChain(rows.length === 0 ? null : toAuditHead(rows[0]), chainPages(c));
    });
  }
}

/**
 * Every record in seq order, whatever its seq: the first page starts at the lowest one there
 * is, so a record renumbered below 1 is still seen.
 */
async function* chainPages(c: pg.PoolClient): AsyncGenerator<AuditRow> {
  const select = `SELECT ${AUDIT_COLUMNS} FROM audit_log`;
  let { rows } = await c.query<AuditRow>(`${select} ORDER BY seq LIMIT ${PAGE}`);
  for (;;) {
    yield* rows;
    if (rows.length < PAGE) return;
    ({ rows } = await c.query<AuditRow>(`${select} WHERE seq > $1 ORDER BY seq LIMIT ${PAGE}`, [rows[rows.length - 1].seq]));
  }
}
