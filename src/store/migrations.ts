/**
 * The schema as numbered migrations, one list per dialect, applied in order and recorded in
 * `ghirbal_migrations`. A later feature (audit log, subjects, alerts, decisions, jobs) appends
 * a migration with the next number to both lists; a published migration is never edited.
 */

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
