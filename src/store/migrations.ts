/**
 * The schema as numbered migrations, one list per dialect, applied in order and recorded in
 * `ghirbal_migrations`. A later feature (audit log, subjects, alerts, decisions, jobs) appends
 * a migration with the next number to both lists; a published migration is never edited.
 */
import { GENESIS_HASH } from './audit-chain.js';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/**
 * Entities are stored once per distinct content in `entity_blobs`; a version holds one row per
 * entity id pointing at its blob, so a list re-imported daily costs a row per entity, not a
 * copy of every entity. `fingerprint` lets a diff skip entities that say the same thing.
 */
export const SQLITE_MIGRATIONS: Migration[] = [
  {
    id: 1,
    name: 'datasets, versions, entities',
    sql: `
      CREATE TABLE datasets (
        name TEXT PRIMARY KEY,
        current_version_id INTEGER REFERENCES versions(id)
      );
      CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        dataset TEXT NOT NULL REFERENCES datasets(name),
        seq INTEGER NOT NULL,
        format TEXT NOT NULL,
        files TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        published_at TEXT,
        imported_at TEXT NOT NULL,
        entity_count INTEGER NOT NULL DEFAULT 0,
        issue_count INTEGER NOT NULL,
        issues TEXT NOT NULL,
        UNIQUE (dataset, seq)
      );
      CREATE TABLE entity_blobs (
        hash TEXT PRIMARY KEY,
        json TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE version_entities (
        version_id INTEGER NOT NULL REFERENCES versions(id),
        entity_id TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        blob_hash TEXT NOT NULL REFERENCES entity_blobs(hash),
        PRIMARY KEY (version_id, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX version_entities_by_entity ON version_entities (entity_id);
    `,
  },
  {
    id: 2,
    name: 'entity counts per schema',
    sql: `ALTER TABLE versions ADD COLUMN schema_counts TEXT NOT NULL DEFAULT '{}';`,
  },
  /**
   * Keys keep only the secret's hash. The audit log's JSON fields are canonical JSON text, not
   * a JSON type that would rewrite them: the hash is over exactly what is stored. The triggers
   * stop a mistaken UPDATE or DELETE; a deliberate one is for the hash chain to find.
   */
  {
    id: 3,
    name: 'api keys, audit log',
    sql: `
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('screen', 'admin')),
        label TEXT,
        secret_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        key_id TEXT,
        channel TEXT NOT NULL,
        query TEXT NOT NULL,
        algorithm TEXT NOT NULL,
        algorithm_version TEXT NOT NULL,
        threshold REAL NOT NULL,
        dataset_versions TEXT NOT NULL,
        results TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE INDEX audit_log_by_time ON audit_log (at);
      CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        count INTEGER NOT NULL,
        last_hash TEXT NOT NULL,
        last_at TEXT
      );
      INSERT INTO audit_head (id, count, last_hash) VALUES (1, 0, '${GENESIS_HASH}');
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
    `,
  },
  /**
   * Screening: watched subjects (with the lookup keys of their names, opaque to the store) and
   * the version of each dataset they were last screened against; alerts, one per (subject, entity), with the decisions taken on them; batch jobs and
   * their result rows (a resumed batch continues after the last row stored); webhooks and their
   * delivery queue (a dead delivery stays, for the dead-letter list). JSON fields are text.
   */
  {
    id: 4,
    name: 'subjects, alerts, decisions, jobs, webhooks',
    sql: `
      CREATE TABLE subjects (
        id TEXT PRIMARY KEY,
        schema TEXT NOT NULL,
        properties TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        keys TEXT,
        added_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE monitored_versions (
        dataset TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        screened_at TEXT NOT NULL
      );
      CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        subject_id TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        resolution TEXT CHECK (resolution IN ('true_match', 'false_positive', 'delisted', 'subject_removed')),
        reason TEXT NOT NULL,
        changes TEXT NOT NULL,
        hit TEXT NOT NULL,
        subject_properties TEXT NOT NULL,
        entity_properties TEXT NOT NULL,
        subject_fingerprint TEXT NOT NULL,
        entity_fingerprint TEXT NOT NULL,
        algorithm TEXT NOT NULL,
        algorithm_version TEXT NOT NULL,
        threshold REAL NOT NULL,
        dataset_versions TEXT NOT NULL,
        decision TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (subject_id, entity_id)
      );
      CREATE INDEX alerts_by_entity ON alerts (entity_id);
      CREATE INDEX alerts_by_status ON alerts (status, id);
      CREATE TABLE alert_decisions (
        id INTEGER PRIMARY KEY,
        alert_id INTEGER NOT NULL REFERENCES alerts(id),
        decision TEXT NOT NULL
      );
      CREATE INDEX alert_decisions_by_alert ON alert_decisions (alert_id, id);
      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        params TEXT NOT NULL,
        total INTEGER,
        owner TEXT,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
        done INTEGER NOT NULL DEFAULT 0,
        alerts INTEGER NOT NULL DEFAULT 0,
        errors INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT
      );
      CREATE INDEX jobs_by_key ON jobs (key, status);
      CREATE TABLE job_rows (
        job_id TEXT NOT NULL REFERENCES jobs(id),
        seq INTEGER NOT NULL,
        alert INTEGER NOT NULL,
        error INTEGER NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (job_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE webhooks (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        secret TEXT NOT NULL,
        created_at TEXT NOT NULL,
        removed_at TEXT
      );
      CREATE TABLE webhook_deliveries (
        id INTEGER PRIMARY KEY,
        webhook_id TEXT NOT NULL REFERENCES webhooks(id),
        event TEXT NOT NULL,
        alert_id INTEGER,
        body TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL,
        delivered_at TEXT
      );
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
    `,
  },
];

/** Same tables as SQLite; ids compare by code point (COLLATE "C") so both order alike. */
export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    id: 1,
    name: 'datasets, versions, entities',
    sql: `
      CREATE TABLE datasets (
        name text PRIMARY KEY,
        current_version_id integer
      );
      CREATE TABLE versions (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        dataset text NOT NULL REFERENCES datasets(name),
        seq integer NOT NULL,
        format text NOT NULL,
        files jsonb NOT NULL,
        content_hash text NOT NULL,
        published_at text,
        imported_at text NOT NULL,
        entity_count integer NOT NULL DEFAULT 0,
        issue_count integer NOT NULL,
        issues jsonb NOT NULL,
        UNIQUE (dataset, seq)
      );
      ALTER TABLE datasets ADD FOREIGN KEY (current_version_id) REFERENCES versions(id);
      CREATE TABLE entity_blobs (
        hash text PRIMARY KEY,
        json text NOT NULL
      );
      CREATE TABLE version_entities (
        version_id integer NOT NULL REFERENCES versions(id),
        entity_id text COLLATE "C" NOT NULL,
        fingerprint text NOT NULL,
        blob_hash text NOT NULL REFERENCES entity_blobs(hash),
        PRIMARY KEY (version_id, entity_id)
      );
      CREATE INDEX version_entities_by_entity ON version_entities (entity_id);
    `,
  },
  {
    id: 2,
    name: 'entity counts per schema',
    sql: `ALTER TABLE versions ADD COLUMN schema_counts jsonb NOT NULL DEFAULT '{}';`,
  },
  {
    id: 3,
    name: 'api keys, audit log',
    sql: `
      CREATE TABLE api_keys (
        id text PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('screen', 'admin')),
        label text,
        secret_hash text NOT NULL UNIQUE,
        created_at text NOT NULL,
        revoked_at text
      );
      CREATE TABLE audit_log (
        seq bigint PRIMARY KEY,
        at text COLLATE "C" NOT NULL,
        key_id text,
        channel text NOT NULL,
        query text NOT NULL,
        algorithm text NOT NULL,
        algorithm_version text NOT NULL,
        threshold double precision NOT NULL,
        dataset_versions text NOT NULL,
        results text NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL
      );
      CREATE INDEX audit_log_by_time ON audit_log (at);
      CREATE TABLE audit_head (
        id integer PRIMARY KEY CHECK (id = 1),
        count bigint NOT NULL,
        last_hash text NOT NULL,
        last_at text
      );
      INSERT INTO audit_head (id, count, last_hash) VALUES (1, 0, '${GENESIS_HASH}');
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN RAISE EXCEPTION 'audit records are append-only'; END $$;
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
    `,
  },
  {
    id: 4,
    name: 'subjects, alerts, decisions, jobs, webhooks',
    sql: `
      CREATE TABLE subjects (
        id text COLLATE "C" PRIMARY KEY,
        schema text NOT NULL,
        properties text NOT NULL,
        fingerprint text NOT NULL,
        keys text,
        added_at text NOT NULL,
        updated_at text NOT NULL
      );
      CREATE TABLE monitored_versions (
        dataset text PRIMARY KEY,
        seq integer NOT NULL,
        screened_at text NOT NULL
      );
      CREATE TABLE alerts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        subject_id text COLLATE "C" NOT NULL,
        entity_id text COLLATE "C" NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        resolution text CHECK (resolution IN ('true_match', 'false_positive', 'delisted', 'subject_removed')),
        reason text NOT NULL,
        changes text NOT NULL,
        hit text NOT NULL,
        subject_properties text NOT NULL,
        entity_properties text NOT NULL,
        subject_fingerprint text NOT NULL,
        entity_fingerprint text NOT NULL,
        algorithm text NOT NULL,
        algorithm_version text NOT NULL,
        threshold double precision NOT NULL,
        dataset_versions text NOT NULL,
        decision text,
        created_at text NOT NULL,
        updated_at text NOT NULL,
        UNIQUE (subject_id, entity_id)
      );
      CREATE INDEX alerts_by_entity ON alerts (entity_id);
      CREATE INDEX alerts_by_status ON alerts (status, id);
      CREATE TABLE alert_decisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        alert_id bigint NOT NULL REFERENCES alerts(id),
        decision text NOT NULL
      );
      CREATE INDEX alert_decisions_by_alert ON alert_decisions (alert_id, id);
      CREATE TABLE jobs (
        id text PRIMARY KEY,
        kind text NOT NULL,
        key text NOT NULL,
        params text NOT NULL,
        total integer,
        owner text,
        status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
        done integer NOT NULL DEFAULT 0,
        alerts integer NOT NULL DEFAULT 0,
        errors integer NOT NULL DEFAULT 0,
        error text,
        created_at text NOT NULL,
        updated_at text NOT NULL,
        finished_at text
      );
      CREATE INDEX jobs_by_key ON jobs (key, status);
      CREATE TABLE job_rows (
        job_id text NOT NULL REFERENCES jobs(id),
        seq integer NOT NULL,
        alert boolean NOT NULL,
        error boolean NOT NULL,
        record text NOT NULL,
        PRIMARY KEY (job_id, seq)
      );
      CREATE TABLE webhooks (
        id text PRIMARY KEY,
        url text NOT NULL,
        secret text NOT NULL,
        created_at text NOT NULL,
        removed_at text
      );
      CREATE TABLE webhook_deliveries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        webhook_id text NOT NULL REFERENCES webhooks(id),
        event text NOT NULL,
        alert_id bigint,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at text COLLATE "C",
        last_error text,
        created_at text NOT NULL,
        delivered_at text
      );
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
    `,
  },
];

/** The migrations not yet applied, in order; refuses a database written by a newer Ghirbal. */
export function pendingMigrations(all: Migration[], applied: number[]): Migration[] {
  const known = new Set(all.map((m) => m.id));
  const unknown = applied.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(`Database has migrations this version of Ghirbal does not know (${unknown.join(', ')}): upgrade Ghirbal`);
  }
  const done = new Set(applied);
  return all.filter((m) => !done.has(m.id)).sort((a, b) => a.id - b.id);
}

export const MIGRATIONS_TABLE_SQL = `
  CREATE TABLE IF NOT EXISTS ghirbal_migrations (
    id integer PRIMARY KEY,
    name text NOT NULL,
    applied_at text NOT NULL
  )`;
