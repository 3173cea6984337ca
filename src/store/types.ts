/**
 * The Store: datasets, their immutable versions and the entities in each. Two
 * implementations (SQLite, PostgreSQL) pass one contract suite (test/store/contract.ts).
 */
import type { Entity } from '../model/entity.js';
import type { ScreeningStore } from './types-screening.js';

export type * from './types-screening.js';

export interface SourceFileInfo {
  /** File name as given (no directory), e.g. "sdn.csv". */
  name: string;
  /** sha256 of the file's bytes. */
  sha256: string;
  bytes: number;
}

/** A problem the parser reported but got past (a malformed row…), kept with the version. */
export interface VersionIssue {
  file: string;
  line?: number;
  /** The record's own key (ent_num, reference number…) and the field, where known. */
  record?: string;
  field?: string;
  message: string;
}

export interface VersionMeta {
  dataset: string;
  /** Format that read the files, e.g. "ofac-csv". */
  format: string;
  files: SourceFileInfo[];
  /** sha256 over the files' hashes in name order: identical content, identical hash. */
  contentHash: string;
  /** Publication date stated inside the file, ISO, when the format states one. */
  publishedAt?: string | null;
  issues?: VersionIssue[];
}

export interface DatasetVersion extends Required<Omit<VersionMeta, 'issues'>> {
  /** Monotonic per store: v1, v2… */
  id: number;
  /** Version label shown to users: `${dataset}@${n}` with n counting per dataset. */
  seq: number;
  importedAt: string;
  entityCount: number;
  /** Entities per schema: how many Persons, Vessels… as against Sanction records and links. */
  schemaCounts: Record<string, number>;
  issueCount: number;
  current: boolean;
}

export interface DatasetSummary {
  name: string;
  current: DatasetVersion | null;
  versionCount: number;
}

export interface ImportResult {
  status: 'created' | 'unchanged';
  version: DatasetVersion;
}

export interface PropertyChange {
  /**
   * A property name, or `$schema` / `$datasets` when the entity's schema or dataset list
   * changed: those are not properties, and the `$` keeps them apart from any property name.
   */
  prop: string;
  old: string[];
  new: string[];
}

export interface EntityChange {
  id: string;
  caption: string;
  schema: string;
  changes: PropertyChange[];
}

export interface VersionDiff {
  dataset: string;
  from: DatasetVersion | null;
  to: DatasetVersion;
  added: Entity[];
  removed: Entity[];
  changed: EntityChange[];
}

export interface Store {
  /** Create or upgrade the schema; idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * For a store written to while it answers requests (a server): its housekeeping moves off
   * the caller's thread (SQLite: WAL checkpoints on a thread of their own, so no commit waits
   * for one). A store with none leaves this out.
   */
  checkpointOffThread?(): void;

  /**
   * Import one dataset version in one transaction. If the dataset's latest version has the
   * same contentHash, nothing is written and status is "unchanged" (the entities are not
   * consumed). If the iterable throws, nothing is written and the error propagates: the
   * previous version stays current.
   */
  importVersion(meta: VersionMeta, entities: AsyncIterable<Entity> | Iterable<Entity>): Promise<ImportResult>;

  datasets(): Promise<DatasetSummary[]>;
  versions(dataset: string): Promise<DatasetVersion[]>;
  /** A dataset's version by its per-dataset sequence number, or the current one. */
  version(dataset: string, seq?: number): Promise<DatasetVersion | null>;
  /** The parser's issues kept with a version (current when seq is omitted); null if no such version. */
  versionIssues(dataset: string, seq?: number): Promise<VersionIssue[] | null>;

  /** The entity as in the current version of whichever dataset holds it (first found). */
  entity(id: string): Promise<Entity | null>;
  /** Every version of every dataset that held this id, oldest first: its history. */
  entityHistory(id: string): Promise<{ version: DatasetVersion; entity: Entity }[]>;
  /**
   * Entities of one version (current when seq is omitted), in id order (by code point), streamed.
   * Throws when there is no such version.
   */
  entities(dataset: string, seq?: number): AsyncIterable<Entity>;
  /**
   * Entities of the current version of every dataset, by dataset name then id. An id held by
   * two datasets comes once from each.
   */
  allCurrentEntities(): AsyncIterable<Entity>;

  /**
   * What changed between two versions of a dataset (defaults: the current one and the one before
   * `to`). From no version (before the first) everything is added. Throws for unknown versions.
   */
  diff(dataset: string, fromSeq?: number, toSeq?: number): Promise<VersionDiff>;

  /** A new API key; the secret is returned once and kept only as a hash. */
  createApiKey(role: KeyRole, label?: string): Promise<{ record: ApiKeyRecord; key: string }>;
  /** The live (not revoked) key this secret belongs to, compared in constant time; null otherwise. */
  findApiKey(key: string): Promise<ApiKeyRecord | null>;
  listApiKeys(): Promise<ApiKeyRecord[]>;
  /** false when there is no such live key. */
  revokeApiKey(id: string): Promise<boolean>;

  /**
   * Append screenings to the hash-chained audit log, in order, in one transaction; returns them
   * as stored. A malformed entry fails the whole batch with an error naming it and its field.
   * On SQLite an append waits (without blocking the thread) while an import holds the one write lock.
   */
  appendAudit(entries: AuditEntryInput[]): Promise<AuditRecord[]>;
  /**
   * Audit records with `from <= at < to` (ISO; either bound optional), oldest first, streamed.
   * A date-time without a zone is UTC; a bound that is not ISO throws, naming it.
   */
  auditRecords(range?: { from?: string; to?: string }): AsyncIterable<AuditRecord>;
  /** Re-hash the whole chain: detects any edited, inserted or deleted record. */
  verifyAudit(): Promise<AuditVerification>;

  /** Subjects, alerts and decisions, batch jobs, webhooks. */
  readonly screening: ScreeningStore;
}

/** Who may call what: `screen` runs screenings; `admin` also updates data and manages keys. */
export type KeyRole = 'screen' | 'admin';

export interface ApiKeyRecord {
  /** Public id, safe to log and to name in audit records (never the secret). */
  id: string;
  role: KeyRole;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

/** One screening as the audit trail keeps it: enough to reproduce and defend it. */
export interface AuditEntryInput {
  /** The API key's id, or null for the CLI or a server started with --no-auth. */
  keyId: string | null;
  /** Where it came from: "POST /match/default", "cli match"… */
  channel: string;
  /** The query as cleaned (the form that was scored). */
  query: unknown;
  algorithm: string;
  algorithmVersion: string;
  threshold: number;
  /** dataset name → version sequence number screened against. */
  datasetVersions: Record<string, number>;
  results: { id: string; score: number }[];
}

export interface AuditRecord extends AuditEntryInput {
  /** 1, 2, 3… with no gaps. */
  seq: number;
  /** ISO timestamp (UTC) when the record was written. */
  at: string;
  /** Hash of the record before (64 zeros for the first). */
  prevHash: string;
  /** sha256 over prevHash and the record's canonical JSON: editing or deleting any record breaks the chain. */
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Records found to fit the chain: all of them when ok, those before firstBad otherwise. */
  checked: number;
  /** The first record that does not fit the chain, and why. */
  firstBad?: { seq: number; reason: string };
  /**
   * When ok, the hash of the last record. Kept somewhere else (a ticket, an email), it shows
   * later that the log was not rewritten whole, which no check inside the database can.
   */
  lastHash?: string;
}
