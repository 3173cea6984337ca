/**
 * API keys and the audit log in SQLite. Writes take the one write lock SQLite has; while
 * another process holds it (an import), they wait without blocking the thread, so a server
 * keeps answering meanwhile.
 */
import type Database from 'better-sqlite3';
import { setTimeout as pause } from 'node:timers/promises';
import { API_KEY_COLUMNS, lookupHash, newApiKey, sameSecretHash, toApiKey, type ApiKeyRow } from './api-keys.js';
import {
  AUDIT_COLUMNS, auditBound, auditRowValues, sealBatch, toAuditHead, toAuditRecord, verifyChain,
  type AuditHeadRow, type AuditRow,
} from './audit-chain.js';
import { isoNow } from './rows.js';
import type { ApiKeyRecord, AuditEntryInput, AuditRecord, AuditVerification, KeyRole } from './types.js';

/** What the store lends: its connections, its statement cache and its one-writer queue. */
export interface SqliteConnections {
  writer: Database.Database;
  reader: Database.Database;
  statement(db: Database.Database, sql: string): Database.Statement;
  /** fn runs when no import or migration of this store holds the writer. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** fn reads one unchanging state of the database for as long as it takes. */
  readSnapshot<T>(fn: (db: Database.Database) => Promise<T>): Promise<T>;
  /** How long a write waits for another process's lock before it fails. */
  busyTimeoutMs: number;
}

const PAGE = 1000;

const HEAD_SELECT = 'SELECT count, last_hash, last_at FROM audit_head WHERE id = 1';
const AUDIT_INSERT = `INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (${AUDIT_COLUMNS.split(',').map(() => '?').join(', ')})`;
const AUDIT_RANGE = `SELECT ${AUDIT_COLUMNS} FROM audit_log
  WHERE seq > @after AND (@from IS NULL OR at >= @from) AND (@to IS NULL OR at < @to) ORDER BY seq LIMIT ${PAGE}`;

export class SqliteKeysAndAudit {
  constructor(private readonly c: SqliteConnections) {}

  createApiKey(role: KeyRole, label?: string): Promise<{ record: ApiKeyRecord; key: string }> {
    return this.write(() => {
      const insert = this.c.statement(this.c.writer,
        `INSERT OR IGNORE INTO api_keys (${API_KEY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`);
      for (;;) {
        const { record, key, secretHash } = newApiKey(role, label);
        const { changes } = insert.run(record.id, record.role, record.label, record.createdAt, record.revokedAt, secretHash);
        if (changes === 1) return { record, key };
      }
    });
  }

  async findApiKey(key: string): Promise<ApiKeyRecord | null> {
    const hash = lookupHash(key);
    if (hash === null) return null;
    const row = this.c.statement(this.c.reader,
      `SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE secret_hash = ? AND revoked_at IS NULL`).get(hash) as ApiKeyRow | undefined;
    return row && sameSecretHash(row.secret_hash, hash) ? toApiKey(row) : null;
  }

  async listApiKeys(): Promise<ApiKeyRecord[]> {
    const rows = this.c.statement(this.c.reader, `SELECT ${API_KEY_COLUMNS} FROM api_keys ORDER BY created_at, id`).all();
    return (rows as ApiKeyRow[]).map(toApiKey);
  }

  revokeApiKey(id: string): Promise<boolean> {
    return this.write(() => this.c.statement(this.c.writer,
      'UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(isoNow(), id).changes === 1);
  }

  async appendAudit(entries: AuditEntryInput[]): Promise<AuditRecord[]> {
    if (entries.length === 0) return [];
    return this.write(() => {
      const w = this.c.writer;
      const head = toAuditHead(this.c.statement(w, HEAD_SELECT).get() as AuditHeadRow | undefined);
      const sealed = sealBatch(head, entries);
      const insert = this.c.statement(w, AUDIT_INSERT);
      for (const r of sealed.rows) insert.run(...auditRowValues(r));
      this.c.statement(w, 'UPDATE audit_head SET count = ?, last_hash = ?, last_at = ? WHERE id = 1')
        .run(sealed.head.count, sealed.head.lastHash, sealed.head.lastAt);
      return sealed.rows.map(toAuditRecord);
    });
  }

  /** Keyset pages on the shared reader: records never change, so no snapshot is needed. */
  async *auditRecords(range: { from?: string; to?: string } = {}): AsyncIterable<AuditRecord> {
    const bounds = { from: auditBound('from', range.from), to: auditBound('to', range.to) };
    for (let after = 0; ;) {
      const rows = this.c.statement(this.c.reader, AUDIT_RANGE).all({ ...bounds, after }) as AuditRow[];
      for (const r of rows) yield toAuditRecord(r);
      if (rows.length < PAGE) return;
      after = Number(rows[rows.length - 1].seq);
    }
  }

  /** The head and the records from one snapshot: an append meanwhile is not mistaken for tampering. */
  verifyAudit(): Promise<AuditVerification> {
    return this.c.readSnapshot(async (db) => {
      const head = db.prepare(HEAD_SELECT).get() as AuditHeadRow | undefined;
      return verifyChain(head === undefined ? null : toAuditHead(head), chainPages(db));
    });
  }

  private write<T>(fn: () => T): Promise<T> {
    return writeImmediate(this.c, fn);
  }
}

/**
 * Every record in seq order, whatever its seq: the first page starts at the lowest one there
 * is, so a record renumbered below 1 is still seen.
 */
function* chainPages(db: Database.Database): Generator<AuditRow> {
  const first = db.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log ORDER BY seq LIMIT ${PAGE}`);
  const next = db.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ${PAGE}`);
  for (let rows = first.all() as AuditRow[]; rows.length > 0; rows = next.all(rows[rows.length - 1].seq) as AuditRow[]) {
    yield* rows;
    if (rows.length < PAGE) return;
  }
}

/**
 * fn in an immediate transaction on the writer. SQLite's own busy wait would hold the whole
 * thread for as long as another process imports; here the wait is a pause between tries.
 */
export function writeImmediate<T>(c: SqliteConnections, fn: () => T): Promise<T> {
  return c.exclusive(async () => {
    const w = c.writer;
    const tx = w.transaction(fn);
    const deadline = Date.now() + c.busyTimeoutMs;
    w.pragma('busy_timeout = 0');
    try {
      for (let wait = 2; ; wait = Math.min(wait * 2, 100)) {
        try {
          return tx.immediate();
        } catch (err) {
          if (!String((err as { code?: unknown }).code).startsWith('SQLITE_BUSY') || Date.now() > deadline) throw err;
          await pause(wait);
        }
      }
    } finally {
      w.pragma(`busy_timeout = ${c.busyTimeoutMs}`);
    }
  });
}
