/**
 * The Store for many processes: PostgreSQL through a pool, tables in one schema. An import
 * is one transaction on one pooled connection; the dataset's row lock orders concurrent
 * importers, so two processes never hand out the same seq.
 */
import pg from 'pg';
import type { Entity } from '../model/entity.js';
import { computeDiff, type DiffRows } from './diff.js';
import { runImport, type ImportTx, type NewVersion } from './ingest.js';
import { MIGRATIONS_TABLE_SQL, POSTGRES_MIGRATIONS, pendingMigrations } from './migrations.js';
import {
  DATASETS_SELECT, VERSION_COLUMNS, VERSION_FROM, VERSION_SELECT,
  isoNow, missingVersion, toSummary, toVersion, type StoredEntity, type VersionRow,
} from './rows.js';
import { PostgresKeysAndAudit } from './postgres-keys-audit.js';
import { PostgresScreening } from './postgres-screening.js';
import type {
  ApiKeyRecord, AuditEntryInput, AuditRecord, AuditVerification, DatasetSummary, DatasetVersion, ImportResult,
  KeyRole, Store, VersionDiff, VersionIssue, VersionMeta,
} from './types.js';

export interface PostgresOptions {
  /** Schema holding the tables, created by migrate(); default `public`. */
  schema?: string;
}

/** Rows per query when streaming: keyset pages, so memory stays flat and no OFFSET rescans. */
const PAGE = 1000;

const BLOB_JOIN = 'JOIN entity_blobs b ON b.hash = ve.blob_hash';

type Queryable = pg.Pool | pg.PoolClient;

export class PostgresStore implements Store {
  private readonly pool: pg.Pool;
  private readonly keysAndAudit: PostgresKeysAndAudit;
  readonly screening: PostgresScreening;

  constructor(url: string, private readonly schema = 'public') {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Not a plain schema name: ${schema}`);
    this.pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });
    // An idle pooled connection the server closed (restart, pg_terminate_backend) is dropped
    // by the pool and replaced on demand; without a listener the error would kill the process.
    this.pool.on('error', () => undefined);
    this.keysAndAudit = new PostgresKeysAndAudit(this.pool, (fn) => this.transaction(fn));
    this.screening = new PostgresScreening(this.pool, (fn) => this.transaction(fn));
  }

  async migrate(): Promise<void> {
    await this.transaction(async (c) => {
      // Two processes starting at once must not both apply migration n.
      await c.query("SELECT pg_advisory_xact_lock(hashtext('ghirbal_migrations.' || $1))", [this.schema]);
      const exists = await c.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [this.schema]);
      if (exists.rowCount === 0) await c.query(`CREATE SCHEMA "${this.schema}"`);
      await c.query(MIGRATIONS_TABLE_SQL);
      const applied = (await c.query<{ id: number }>('SELECT id FROM ghirbal_migrations')).rows.map((r) => r.id);
      for (const m of pendingMigrations(POSTGRES_MIGRATIONS, applied)) {
        await c.query(m.sql);
        await c.query('INSERT INTO ghirbal_migrations (id, name, applied_at) VALUES ($1, $2, $3)', [m.id, m.name, isoNow()]);
      }
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async importVersion(meta: VersionMeta, entities: AsyncIterable<Entity> | Iterable<Entity>): Promise<ImportResult> {
    const result = await this.transaction((c) => runImport(this.importTx(c), meta, entities));
    // Until autovacuum gets to it, the planner would guess a version has a hundred rows and
    // sort every later row for each page of a stream: fifty thousand entities took seconds.
    if (result.status === 'created') await this.pool.query('ANALYZE version_entities, entity_blobs');
    return result;
  }

  async datasets(): Promise<DatasetSummary[]> {
    const { rows } = await this.pool.query<VersionRow & { version_count: number }>(DATASETS_SELECT);
    return rows.map(toSummary);
  }

  versions(dataset: string): Promise<DatasetVersion[]> {
    return this.versionsWhere(this.pool, 'v.dataset = $1 ORDER BY v.seq', [dataset]);
  }

  version(dataset: string, seq?: number): Promise<DatasetVersion | null> {
    return this.findVersion(this.pool, dataset, seq);
  }

  async versionIssues(dataset: string, seq?: number): Promise<VersionIssue[] | null> {
    const version = await this.version(dataset, seq);
    if (!version) return null;
    const { rows } = await this.pool.query<{ issues: VersionIssue[] }>('SELECT issues FROM versions WHERE id = $1', [version.id]);
    return rows[0].issues;
  }

  async entity(id: string): Promise<Entity | null> {
    const { rows } = await this.pool.query<{ json: string }>(
      `SELECT b.json FROM datasets d
       JOIN version_entities ve ON ve.version_id = d.current_version_id AND ve.entity_id = $1
       ${BLOB_JOIN} ORDER BY d.name LIMIT 1`,
      [id],
    );
    return rows.length === 0 ? null : JSON.parse(rows[0].json);
  }

  async entityHistory(id: string): Promise<{ version: DatasetVersion; entity: Entity }[]> {
    const { rows } = await this.pool.query<VersionRow & { json: string }>(
      `SELECT ${VERSION_COLUMNS}, b.json ${VERSION_FROM}
       JOIN version_entities ve ON ve.version_id = v.id ${BLOB_JOIN}
       WHERE ve.entity_id = $1 ORDER BY v.id`,
      [id],
    );
    return rows.map((r) => ({ version: toVersion(r), entity: JSON.parse(r.json) }));
  }

  async *entities(dataset: string, seq?: number): AsyncIterable<Entity> {
    const version = await this.version(dataset, seq);
    if (!version) throw missingVersion(dataset, seq);
    yield* this.versionEntities(version.id);
  }

  /** Each dataset's current version as it was when its turn came: versions never change. */
  async *allCurrentEntities(): AsyncIterable<Entity> {
    for (const v of await this.versionsWhere(this.pool, 'v.id = d.current_version_id ORDER BY d.name')) {
      yield* this.versionEntities(v.id);
    }
  }

  diff(dataset: string, fromSeq?: number, toSeq?: number): Promise<VersionDiff> {
    return computeDiff(this, dataset, fromSeq, toSeq, (fromId, toId) => this.diffRows(fromId, toId));
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

  private async *versionEntities(versionId: number): AsyncGenerator<Entity> {
    let after = '';
    for (;;) {
      const { rows } = await this.pool.query<{ entity_id: string; json: string }>(
        `SELECT ve.entity_id, b.json FROM version_entities ve ${BLOB_JOIN}
         WHERE ve.version_id = $1 AND ve.entity_id > $2 ORDER BY ve.entity_id LIMIT ${PAGE}`,
        [versionId, after],
      );
      for (const r of rows) yield JSON.parse(r.json);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].entity_id;
    }
  }

  private async diffRows(fromId: number | null, toId: number): Promise<DiffRows> {
    const onlyIn = async (a: number | null, b: number | null): Promise<Entity[]> => {
      const { rows } = await this.pool.query<{ json: string }>(
        `SELECT b.json FROM version_entities ve ${BLOB_JOIN}
         WHERE ve.version_id = $1 AND NOT EXISTS
           (SELECT 1 FROM version_entities o WHERE o.version_id = $2 AND o.entity_id = ve.entity_id)
         ORDER BY ve.entity_id`,
        [a, b],
      );
      return rows.map((r) => JSON.parse(r.json));
    };
    const changed = await this.pool.query<{ old: string; new: string }>(
      `SELECT fb.json AS old, tb.json AS new FROM version_entities f
       JOIN version_entities t ON t.version_id = $1 AND t.entity_id = f.entity_id AND t.fingerprint <> f.fingerprint
       JOIN entity_blobs fb ON fb.hash = f.blob_hash JOIN entity_blobs tb ON tb.hash = t.blob_hash
       WHERE f.version_id = $2 ORDER BY f.entity_id`,
      [toId, fromId],
    );
    return {
      added: await onlyIn(toId, fromId),
      removed: await onlyIn(fromId, toId),
      changed: changed.rows.map((r) => [JSON.parse(r.old), JSON.parse(r.new)]),
    };
  }

  /** The import's statements, all on the connection that holds its transaction. */
  private importTx(c: pg.PoolClient): ImportTx {
    return {
      lockDataset: async (dataset) => {
        await c.query('INSERT INTO datasets (name) VALUES ($1) ON CONFLICT DO NOTHING', [dataset]);
        await c.query('SELECT 1 FROM datasets WHERE name = $1 FOR UPDATE', [dataset]);
        const last = await c.query<{ n: number }>(
          'SELECT coalesce(max(seq), 0) AS n FROM versions WHERE dataset = $1',
          [dataset],
        );
        return { current: await this.findVersion(c, dataset), lastSeq: last.rows[0].n };
      },
      insertVersion: async (v: NewVersion) => {
        const { rows } = await c.query<{ id: number }>(
          `INSERT INTO versions (dataset, seq, format, files, content_hash, published_at, imported_at,
             entity_count, issue_count, issues) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [v.dataset, v.seq, v.format, JSON.stringify(v.files), v.contentHash, v.publishedAt,
            v.importedAt, v.entityCount, v.issueCount, JSON.stringify(v.issues)],
        );
        return rows[0].id;
      },
      writtenEntities: async (versionId, ids) => {
        const { rows } = await c.query<{ json: string }>(
          `SELECT b.json FROM version_entities ve ${BLOB_JOIN} WHERE ve.version_id = $1 AND ve.entity_id = ANY($2::text[])`,
          [versionId, ids],
        );
        return rows.map((r) => JSON.parse(r.json));
      },
      writeEntities: (versionId, rows) => writeRows(c, versionId, rows),
      publish: async (versionId, dataset, f) => {
        await c.query(
          'UPDATE versions SET entity_count = $1, schema_counts = $2, published_at = $3, issue_count = $4, issues = $5 WHERE id = $6',
          [f.entityCount, JSON.stringify(f.schemaCounts), f.publishedAt, f.issues.length, JSON.stringify(f.issues), versionId],
        );
        await c.query('UPDATE datasets SET current_version_id = $1 WHERE name = $2', [versionId, dataset]);
      },
    };
  }

  private async findVersion(db: Queryable, dataset: string, seq?: number): Promise<DatasetVersion | null> {
    const found = seq === undefined
      ? await this.versionsWhere(db, 'd.name = $1 AND v.id = d.current_version_id', [dataset])
      : await this.versionsWhere(db, 'v.dataset = $1 AND v.seq = $2', [dataset, seq]);
    return found[0] ?? null;
  }

  private async versionsWhere(db: Queryable, where: string, params: unknown[] = []): Promise<DatasetVersion[]> {
    const { rows } = await db.query<VersionRow>(`${VERSION_SELECT} WHERE ${where}`, params);
    return rows.map(toVersion);
  }

  /**
   * Runs fn in a transaction on one pooled connection. A connection that broke (the server
   * ended it) is noted from its error event and destroyed instead of returned to the pool.
   */
  private async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    let broken: Error | undefined;
    const onError = (err: Error): void => { broken ??= err; };
    c.on('error', onError);
    try {
      await c.query('BEGIN');
      const result = await fn(c);
      await c.query('COMMIT');
      return result;
    } catch (err) {
      // Once the connection broke, later queries fail with "not queryable": report why it broke.
      const lost = broken;
      broken ??= await c.query('ROLLBACK').then(() => undefined, (e: Error) => e);
      throw lost ?? err;
    } finally {
      // A broken client may still report errors while it closes: keep listening.
      if (!broken) c.off('error', onError);
      c.release(broken);
    }
  }
}

/** One multi-row statement per table per batch: arrays unnested server-side. */
async function writeRows(c: pg.PoolClient, versionId: number, rows: StoredEntity[]): Promise<void> {
  await c.query(
    'INSERT INTO entity_blobs (hash, json) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING',
    [rows.map((r) => r.hash), rows.map((r) => r.json)],
  );
  await c.query(
    `INSERT INTO version_entities (version_id, entity_id, fingerprint, blob_hash)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[])
     ON CONFLICT (version_id, entity_id) DO UPDATE SET fingerprint = excluded.fingerprint, blob_hash = excluded.blob_hash`,
    [versionId, rows.map((r) => r.id), rows.map((r) => r.fingerprint), rows.map((r) => r.hash)],
  );
}

export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const store = new PostgresStore(url, options.schema);
  await store.migrate();
  return store;
}
