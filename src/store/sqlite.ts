/**
 * The default Store: one SQLite file in WAL mode. An import is one write transaction held
 * open while the source streams in; a crash or kill before COMMIT leaves only WAL frames
 * that SQLite discards on the next open.
 */
import Database from 'better-sqlite3';
import type { Entity } from '../model/entity.js';
import { computeDiff, type DiffRows } from './diff.js';
import { runImport, type ImportTx, type NewVersion } from './ingest.js';
import { MIGRATIONS_TABLE_SQL, SQLITE_MIGRATIONS, pendingMigrations } from './migrations.js';
import {
  DATASETS_SELECT, VERSION_COLUMNS, VERSION_FROM, VERSION_SELECT,
  isoNow, missingVersion, toSummary, toVersion, type StoredEntity, type VersionRow,
} from './rows.js';
import { CHECKPOINT_EVERY_MS, WalCheckpointer } from './sqlite-checkpointer.js';
import { SqliteKeysAndAudit, type SqliteConnections } from './sqlite-keys-audit.js';
import { SqliteScreening } from './sqlite-screening.js';
import type {
  ApiKeyRecord, AuditEntryInput, AuditRecord, AuditVerification, DatasetSummary, DatasetVersion, ImportResult,
  KeyRole, Store, VersionDiff, VersionIssue, VersionMeta,
} from './types.js';

/** Another process importing holds the write lock for the whole import; wait for it. */
const BUSY_TIMEOUT_MS = 60_000;

const BLOB_JOIN = 'JOIN entity_blobs b ON b.hash = ve.blob_hash';

export class SqliteStore implements Store {
  private readonly writer: Database.Database;
  /**
   * Reads use their own connection so they see committed versions only, never the import
   * this store has in flight (WAL lets it read meanwhile); each stream opens one more, see
   * stream(). A `:memory:` database cannot be opened twice: there every read shares the
   * writer, sees an import in flight, and an open stream makes an import fail as busy.
   */
  private readonly reader: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** Imports, migrations and key and audit writes of this store, one at a time: they share the writer's transaction. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly keysAndAudit: SqliteKeysAndAudit;
  readonly screening: SqliteScreening;

  constructor(private readonly path: string) {
    this.writer = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    this.writer.pragma('journal_mode = WAL');
    this.writer.pragma('foreign_keys = ON');
    this.reader = path === ':memory:' ? this.writer : new Database(path, { timeout: BUSY_TIMEOUT_MS });
    const connections: SqliteConnections = {
      writer: this.writer,
      reader: this.reader,
      statement: (db, sql) => this.statement(db, sql),
      exclusive: (fn) => this.exclusive(fn),
      readSnapshot: (fn) => this.readSnapshot(fn),
      busyTimeoutMs: BUSY_TIMEOUT_MS,
    };
    this.keysAndAudit = new SqliteKeysAndAudit(connections);
    this.screening = new SqliteScreening(connections);
  }

  async migrate(): Promise<void> {
    await this.exclusive(async () => {
      const apply = this.writer.transaction(() => {
        this.writer.exec(MIGRATIONS_TABLE_SQL);
        const applied = this.writer.prepare('SELECT id FROM ghirbal_migrations').pluck().all() as number[];
        for (const m of pendingMigrations(SQLITE_MIGRATIONS, applied)) {
          this.writer.exec(m.sql);
          this.writer
            .prepare('INSERT INTO ghirbal_migrations (id, name, applied_at) VALUES (?, ?, ?)')
            .run(m.id, m.name, isoNow());
        }
      });
      apply.immediate();
    });
  }

  /** Checkpoints the WAL on a thread of its own, once a server asks (sqlite-checkpointer.ts). */
  checkpointer: WalCheckpointer | null = null;

  checkpointOffThread(everyMs = CHECKPOINT_EVERY_MS): void {
    if (this.checkpointer || this.path === ':memory:') return;
    this.writer.pragma('wal_autocheckpoint = 0');
    this.checkpointer = new WalCheckpointer(this.path, BUSY_TIMEOUT_MS, everyMs);
  }

  async close(): Promise<void> {
    await this.queue;
    await this.checkpointer?.close();
    this.checkpointer = null;
    if (this.reader !== this.writer) this.reader.close();
    this.writer.close();
  }

  importVersion(meta: VersionMeta, entities: AsyncIterable<Entity> | Iterable<Entity>): Promise<ImportResult> {
    return this.exclusive(async () => {
      // IMMEDIATE takes the write lock now, so another process cannot slip a version in
      // between reading the current version and writing the next seq.
      this.writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await runImport(this.importTx(), meta, entities);
        this.writer.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.writer.inTransaction) this.writer.exec('ROLLBACK');
        throw err;
      }
    });
  }

  async datasets(): Promise<DatasetSummary[]> {
    return (this.all(this.reader, DATASETS_SELECT) as (VersionRow & { version_count: number })[]).map(toSummary);
  }

  async versions(dataset: string): Promise<DatasetVersion[]> {
    return this.versionsWhere(this.reader, 'v.dataset = ? ORDER BY v.seq', dataset);
  }

  async version(dataset: string, seq?: number): Promise<DatasetVersion | null> {
    return this.findVersion(this.reader, dataset, seq);
  }

  async versionIssues(dataset: string, seq?: number): Promise<VersionIssue[] | null> {
    const version = this.findVersion(this.reader, dataset, seq);
    if (!version) return null;
    return JSON.parse(this.get(this.reader, 'SELECT issues FROM versions WHERE id = ?', version.id) as string);
  }

  async entity(id: string): Promise<Entity | null> {
    const json = this.get(
      this.reader,
      `SELECT b.json FROM datasets d
       JOIN version_entities ve ON ve.version_id = d.current_version_id AND ve.entity_id = ?
       ${BLOB_JOIN} ORDER BY d.name LIMIT 1`,
      id,
    ) as string | undefined;
    return json === undefined ? null : JSON.parse(json);
  }

  async entityHistory(id: string): Promise<{ version: DatasetVersion; entity: Entity }[]> {
    const rows = this.all(
      this.reader,
      `SELECT ${VERSION_COLUMNS}, b.json ${VERSION_FROM}
       JOIN version_entities ve ON ve.version_id = v.id ${BLOB_JOIN}
       WHERE ve.entity_id = ? ORDER BY v.id`,
      id,
    ) as (VersionRow & { json: string })[];
    return rows.map((r) => ({ version: toVersion(r), entity: JSON.parse(r.json) }));
  }

  async *entities(dataset: string, seq?: number): AsyncIterable<Entity> {
    const version = this.findVersion(this.reader, dataset, seq);
    if (!version) throw missingVersion(dataset, seq);
    yield* this.stream(
      `SELECT b.json FROM version_entities ve ${BLOB_JOIN} WHERE ve.version_id = ? ORDER BY ve.entity_id`,
      version.id,
    );
  }

  async *allCurrentEntities(): AsyncIterable<Entity> {
    yield* this.stream(
      `SELECT b.json FROM datasets d JOIN version_entities ve ON ve.version_id = d.current_version_id
       ${BLOB_JOIN} ORDER BY d.name, ve.entity_id`,
    );
  }

  diff(dataset: string, fromSeq?: number, toSeq?: number): Promise<VersionDiff> {
    return computeDiff(this, dataset, fromSeq, toSeq, async (fromId, toId) => this.diffRows(fromId, toId));
  }

  createApiKey(role: KeyRole, label?: string): Promise<{ record: ApiKeyRecord; key: string }> {
    return this.keysAndAudit.createApiKey(role, label);
  }

  findApiKey(key: string): Promise<ApiKeyRecord | null> {
    return this.keysAndAudit.findApiKey(key);
  }

  listApiKeys(): Promise<ApiKeyRecord[]> {
    return this.keysAndAudit.listApiKeys();
  }

  revokeApiKey(id: string): Promise<boolean> {
    return this.keysAndAudit.revokeApiKey(id);
  }

  appendAudit(entries: AuditEntryInput[]): Promise<AuditRecord[]> {
    return this.keysAndAudit.appendAudit(entries);
  }

  auditRecords(range?: { from?: string; to?: string }): AsyncIterable<AuditRecord> {
    return this.keysAndAudit.auditRecords(range);
  }

  verifyAudit(): Promise<AuditVerification> {
    return this.keysAndAudit.verifyAudit();
  }

  private diffRows(fromId: number | null, toId: number): DiffRows {
    const onlyIn = (a: number | null, b: number | null): Entity[] =>
      this.jsonRows(
        `SELECT b.json FROM version_entities ve ${BLOB_JOIN}
         WHERE ve.version_id = ? AND NOT EXISTS
           (SELECT 1 FROM version_entities o WHERE o.version_id = ? AND o.entity_id = ve.entity_id)
         ORDER BY ve.entity_id`,
        a, b,
      );
    const changed = this.all(
      this.reader,
      `SELECT fb.json AS old, tb.json AS new FROM version_entities f
       JOIN version_entities t ON t.version_id = ? AND t.entity_id = f.entity_id AND t.fingerprint <> f.fingerprint
       JOIN entity_blobs fb ON fb.hash = f.blob_hash JOIN entity_blobs tb ON tb.hash = t.blob_hash
       WHERE f.version_id = ? ORDER BY f.entity_id`,
      toId, fromId,
    ) as { old: string; new: string }[];
    return {
      added: onlyIn(toId, fromId),
      removed: onlyIn(fromId, toId),
      changed: changed.map((r) => [JSON.parse(r.old), JSON.parse(r.new)]),
    };
  }

  /** The import's statements, all on the writer inside its open transaction. */
  private importTx(): ImportTx {
    const w = this.writer;
    return {
      lockDataset: async (dataset) => {
        this.statement(w, 'INSERT OR IGNORE INTO datasets (name) VALUES (?)').run(dataset);
        const lastSeq = this.get(w, 'SELECT coalesce(max(seq), 0) FROM versions WHERE dataset = ?', dataset) as number;
        return { current: this.findVersion(w, dataset), lastSeq };
      },
      insertVersion: async (v: NewVersion) => {
        const { lastInsertRowid } = this.statement(
          w,
          `INSERT INTO versions (dataset, seq, format, files, content_hash, published_at, imported_at,
             entity_count, issue_count, issues) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(v.dataset, v.seq, v.format, JSON.stringify(v.files), v.contentHash, v.publishedAt,
          v.importedAt, v.entityCount, v.issueCount, JSON.stringify(v.issues));
        return Number(lastInsertRowid);
      },
      writtenEntities: async (versionId, ids) => {
        const sql = `SELECT b.json FROM version_entities ve ${BLOB_JOIN} WHERE ve.version_id = ? AND ve.entity_id = ?`;
        return ids.flatMap((id) => {
          const json = this.get(w, sql, versionId, id) as string | undefined;
          return json === undefined ? [] : [JSON.parse(json) as Entity];
        });
      },
      writeEntities: async (versionId, rows) => this.writeRows(versionId, rows),
      publish: async (versionId, dataset, f) => {
        this.statement(w, 'UPDATE versions SET entity_count = ?, schema_counts = ?, published_at = ?, issue_count = ?, issues = ? WHERE id = ?')
          .run(f.entityCount, JSON.stringify(f.schemaCounts), f.publishedAt, f.issues.length, JSON.stringify(f.issues), versionId);
        this.statement(w, 'UPDATE datasets SET current_version_id = ? WHERE name = ?').run(versionId, dataset);
      },
    };
  }

  private writeRows(versionId: number, rows: StoredEntity[]): void {
    const blob = this.statement(this.writer, 'INSERT OR IGNORE INTO entity_blobs (hash, json) VALUES (?, ?)');
    const row = this.statement(
      this.writer,
      `INSERT INTO version_entities (version_id, entity_id, fingerprint, blob_hash) VALUES (?, ?, ?, ?)
       ON CONFLICT (version_id, entity_id) DO UPDATE SET fingerprint = excluded.fingerprint, blob_hash = excluded.blob_hash`,
    );
    for (const r of rows) {
      blob.run(r.hash, r.json);
      row.run(versionId, r.id, r.fingerprint, r.hash);
    }
  }

  private findVersion(db: Database.Database, dataset: string, seq?: number): DatasetVersion | null {
    const found = seq === undefined
      ? this.versionsWhere(db, 'd.name = ? AND v.id = d.current_version_id', dataset)
      : this.versionsWhere(db, 'v.dataset = ? AND v.seq = ?', dataset, seq);
    return found[0] ?? null;
  }

  private versionsWhere(db: Database.Database, where: string, ...params: unknown[]): DatasetVersion[] {
    return (this.all(db, `${VERSION_SELECT} WHERE ${where}`, ...params) as VersionRow[]).map(toVersion);
  }

  /**
   * A connection of its own per stream. Its open statement holds one WAL snapshot for as long
   * as the reader takes, so the stream is consistent; on the shared reader that snapshot would
   * hold back every other read, which would miss versions committed meanwhile.
   */
  private async *stream(sql: string, ...params: unknown[]): AsyncGenerator<Entity> {
    const db = this.reader === this.writer
      ? this.writer
      : new Database(this.path, { readonly: true, timeout: BUSY_TIMEOUT_MS });
    try {
      for (const json of db.prepare(sql).pluck().iterate(...params)) yield JSON.parse(json as string);
    } finally {
      if (db !== this.writer) db.close();
    }
  }

  /**
   * fn reads one state of the database however long it takes: in a read transaction on a
   * connection of its own, or for `:memory:` on the writer with this store's writes held back.
   */
  private async readSnapshot<T>(fn: (db: Database.Database) => Promise<T>): Promise<T> {
    if (this.reader === this.writer) return this.exclusive(() => fn(this.writer));
    const db = new Database(this.path, { readonly: true, timeout: BUSY_TIMEOUT_MS });
    try {
      db.exec('BEGIN');
      return await fn(db);
    } finally {
      db.close();
    }
  }

  private jsonRows(sql: string, ...params: unknown[]): Entity[] {
    return (this.statement(this.reader, sql).pluck().all(...params) as string[]).map((j) => JSON.parse(j));
  }

  private all(db: Database.Database, sql: string, ...params: unknown[]): unknown[] {
    return this.statement(db, sql).pluck(false).all(...params);
  }

  /** First column of the first row. */
  private get(db: Database.Database, sql: string, ...params: unknown[]): unknown {
    return this.statement(db, sql).pluck().get(...params);
  }

  private statement(db: Database.Database, sql: string): Database.Statement {
    const key = `${db === this.writer ? 'w' : 'r'}${sql}`;
    let stmt = this.statements.get(key);
    if (!stmt) this.statements.set(key, (stmt = db.prepare(sql)));
    return stmt;
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

export async function openSqliteStore(path: string): Promise<SqliteStore> {
  const store = new SqliteStore(path);
  await store.migrate();
  return store;
}
