/**
 * How versions and entities look as rows, shared by both backends: the SQL that reads a
 * version, the mapping of its row, and the stored form of an entity.
 */
import { createHash } from 'node:crypto';
import { entityFingerprint, type Entity } from '../model/entity.js';
import type { DatasetSummary, DatasetVersion, SourceFileInfo } from './types.js';

/** A version row's columns, the same in both dialects, over `versions v JOIN datasets d`. */
export const VERSION_COLUMNS = `
  v.id, v.dataset, v.seq, v.format, v.files, v.content_hash, v.published_at,
  v.imported_at, v.entity_count, v.schema_counts, v.issue_count, (d.current_version_id = v.id) AS is_current`;

export const VERSION_FROM = 'FROM versions v JOIN datasets d ON d.name = v.dataset';

/** Callers add WHERE and ORDER BY. */
export const VERSION_SELECT = `SELECT ${VERSION_COLUMNS} ${VERSION_FROM}`;

/** Each dataset with its current version and version count, read in one statement (one snapshot). */
export const DATASETS_SELECT = `
  SELECT ${VERSION_COLUMNS},
    (SELECT CAST(count(*) AS integer) FROM versions x WHERE x.dataset = d.name) AS version_count
  ${VERSION_FROM} WHERE v.id = d.current_version_id ORDER BY d.name`;

export interface VersionRow {
  id: number;
  dataset: string;
  seq: number;
  format: string;
  /** JSON text in SQLite, already parsed from jsonb in PostgreSQL. */
  files: string | SourceFileInfo[];
  content_hash: string;
  published_at: string | null;
  imported_at: string;
  entity_count: number;
  /** JSON text in SQLite, parsed jsonb in PostgreSQL. */
  schema_counts: string | Record<string, number>;
  issue_count: number;
  /** 0/1 in SQLite, boolean in PostgreSQL, null while the dataset has no current version. */
  is_current: number | boolean | null;
}

export function toVersion(row: VersionRow): DatasetVersion {
  return {
    id: row.id,
    dataset: row.dataset,
    seq: row.seq,
    format: row.format,
    files: parseJson<SourceFileInfo[]>(row.files),
    contentHash: row.content_hash,
    publishedAt: row.published_at,
    importedAt: row.imported_at,
    entityCount: row.entity_count,
    schemaCounts: parseJson<Record<string, number>>(row.schema_counts),
    issueCount: row.issue_count,
    current: Boolean(row.is_current),
  };
}

export function toSummary(row: VersionRow & { version_count: number }): DatasetSummary {
  return { name: row.dataset, current: toVersion(row), versionCount: row.version_count };
}

export function parseJson<T>(value: string | T): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** ISO 8601 in UTC to the second: what users see and what sorts as text. */
export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function missingVersion(dataset: string, seq?: number): Error {
  return new Error(seq === undefined ? `Dataset ${dataset} has no current version` : `No version ${dataset}@${seq}`);
}

/** An entity as stored: its JSON is kept once per distinct content (`hash`) across versions. */
export interface StoredEntity {
  id: string;
  /** sha256 of entityFingerprint: equal when the entity says the same thing. */
  fingerprint: string;
  /** sha256 of `json`: the content address of the blob. */
  hash: string;
  json: string;
}

export function storedEntity(e: Entity): StoredEntity {
  const json = JSON.stringify(canonical(e));
  return { id: e.id, fingerprint: sha256(entityFingerprint(e)), hash: sha256(json), json };
}

/**
 * Fixed key order, so the same entity from two imports has the same bytes and shares one
 * blob whatever order its source built it in. Value order within a property is kept: the
 * first value is the one captions are made from.
 */
function canonical(e: Entity): Entity {
  const properties: Record<string, string[]> = {};
  for (const k of Object.keys(e.properties).sort()) properties[k] = e.properties[k];
  const out: Entity = {
    id: e.id,
    schema: e.schema,
    properties,
    datasets: e.datasets,
    referents: e.referents,
    caption: e.caption,
    target: e.target,
  };
  if (e.first_seen !== undefined) out.first_seen = e.first_seen;
  if (e.last_seen !== undefined) out.last_seen = e.last_seen;
  if (e.last_change !== undefined) out.last_change = e.last_change;
  return out;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
