/**
 * What the store keeps for screening beyond the lists: watched subjects, the alerts they
 * raise and the analysts' decisions on them, batch jobs (so a batch resumes after a crash),
 * and webhooks with their delivery queue. Part of the Store (`store.screening`), run through
 * the same contract suite by both backends (test/store/contract-screening.ts).
 */
import type { AuditEntryInput } from './types.js';

/** A customer, supplier or vessel to watch: its own id and the fields it is screened on, cleaned. */
export interface SubjectInput {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /**
   * What screening keeps with a subject to find it again quickly (the lookup keys of its
   * names); opaque to the store, and not part of the fingerprint.
   */
  keys?: string | null;
}

export interface Subject extends SubjectInput {
  keys: string | null;
  /** sha256 over schema and properties: equal fields, equal fingerprint. */
  fingerprint: string;
  addedAt: string;
  updatedAt: string;
}

export interface SubjectsWritten {
  added: Subject[];
  /** Subjects whose screened fields changed, as they were and as they are now. */
  changed: { before: Subject; after: Subject }[];
  unchanged: number;
}

export type AlertStatus = 'open' | 'closed';
/**
 * Why an alert is closed: an analyst's decision, or the system's (`delisted`: no current list
 * holds the entity any more; `subject_removed`: the subject is no longer watched).
 */
export type AlertResolution = 'true_match' | 'false_positive' | 'delisted' | 'subject_removed';

/** The hit an alert is about, in the shape of a /match result. */
export interface AlertHit {
  id: string;
  caption: string;
  schema: string;
  score: number;
  match: boolean;
  datasets: string[];
  explanations: Record<string, unknown>;
}

/** One field that changed since the alert was last decided or raised. */
export interface FieldChange {
  /** The subject's screened fields, or the listed entity's matchable properties. */
  side: 'subject' | 'entity';
  prop: string;
  old: string[];
  new: string[];
}

/** An alert's state as the screening side writes it, keyed by (subjectId, entityId). */
export interface AlertWrite {
  subjectId: string;
  entityId: string;
  status: AlertStatus;
  resolution: AlertResolution | null;
  /** What (re)opened it or last changed it: `new_hit`, `entity_changed`, `subject_changed`, `reopened`, `delisted`… */
  reason: string;
  changes: FieldChange[];
  hit: AlertHit;
  /** The subject's screened fields and the entity's matchable properties, as screened. */
  subjectProperties: Record<string, string[]>;
  entityProperties: Record<string, string[]>;
  subjectFingerprint: string;
  entityFingerprint: string;
  algorithm: string;
  algorithmVersion: string;
  threshold: number;
  datasetVersions: Record<string, number>;
}

export interface Decision {
  resolution: 'true_match' | 'false_positive';
  reason: string;
  /** Who decided: a person's name, or the API key's id. */
  by: string;
  /** The API key that sent the decision, or null (the command line). */
  keyId: string | null;
  at: string;
}

export interface Alert extends AlertWrite {
  id: number;
  createdAt: string;
  updatedAt: string;
  /** The last decision, while it stands (cleared when the alert reopens). */
  decision: Decision | null;
}

export interface AlertFilter {
  status?: AlertStatus;
  subjectId?: string;
  entityIds?: readonly string[];
  /** Alerts with a larger id, for paging. */
  afterId?: number;
  limit?: number;
}

/**
 * Called inside the write's transaction for each alert written: an audit entry to append with
 * it, and a payload for the webhooks (each active webhook gets one delivery), or null for none.
 */
export interface AlertHooks {
  audit?(alert: Alert): AuditEntryInput | null;
  notify?(alert: Alert): { event: string; payload: unknown } | null;
}

export type JobStatus = 'running' | 'done' | 'failed';

export interface JobInput {
  kind: string;
  /** Equal for the same input and options: an unfinished job with the same key is resumed. */
  key: string;
  params: unknown;
  total: number | null;
  /** The API key that started it, or null (the command line). */
  owner: string | null;
}

export interface Job extends JobInput {
  id: string;
  status: JobStatus;
  /** Rows whose results are stored: rows 1..done. */
  done: number;
  alerts: number;
  errors: number;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface JobRow {
  /** 1, 2, 3… in input order. */
  seq: number;
  alert: boolean;
  error: boolean;
  record: unknown;
}

/** A row as a batch stores it, with the audit record of its screening (none for a row that could not be screened). */
export interface JobRowInput extends JobRow {
  audit?: AuditEntryInput | null;
}

export interface Webhook {
  id: string;
  url: string;
  /** Signs each body (HMAC-SHA256); kept to sign with, never shown after it is added. */
  secret: string;
  createdAt: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

export interface Delivery {
  id: number;
  webhookId: string;
  url: string;
  secret: string;
  event: string;
  alertId: number | null;
  /** The JSON body, exactly as signed and sent on every attempt. */
  body: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface DeliveryOutcome {
  ok: boolean;
  error?: string;
  /** When to try again after a failure; null: this was the last try (the delivery goes dead). */
  retryAt?: string | null;
}

export interface ScreeningStore {
  /**
   * Add subjects or update them in place by id, in one transaction. A subject whose fields are
   * unchanged but whose keys are given anew has its keys replaced (and counts as unchanged).
   */
  putSubjects(subjects: SubjectInput[]): Promise<SubjectsWritten>;
  subject(id: string): Promise<Subject | null>;
  /** Subjects in id order (by code point), streamed; `ids` narrows them to those. */
  subjects(opts?: { ids?: readonly string[] }): AsyncIterable<Subject>;
  countSubjects(): Promise<number>;
  /** The ids that were there and are gone now; their open alerts close as `subject_removed`. */
  removeSubjects(ids: readonly string[]): Promise<string[]>;

  /** Dataset → the version subjects were last screened against. */
  monitoredVersions(): Promise<Record<string, number>>;
  /** Record these datasets' versions as screened (others keep theirs). */
  setMonitoredVersions(versions: Record<string, number>): Promise<void>;

  alert(id: number): Promise<Alert | null>;
  /** Newest first unless `afterId` pages forward (then in id order). */
  alerts(filter?: AlertFilter): Promise<Alert[]>;
  /** The alerts for these (subject, entity) pairs that exist. */
  alertsForPairs(pairs: readonly { subjectId: string; entityId: string }[]): Promise<Alert[]>;
  /** Insert or update by (subjectId, entityId), with their audit entries and deliveries, in one transaction. */
  writeAlerts(writes: readonly AlertWrite[], hooks?: AlertHooks): Promise<Alert[]>;
  /**
   * Close an alert with an analyst's decision and append `audit(alert as decided)` in the same
   * transaction; the decision is also kept in the alert's history. Null when there is no such alert.
   */
  decideAlert(id: number, decision: Decision, audit: (alert: Alert) => AuditEntryInput): Promise<Alert | null>;
  /** Every decision taken on an alert, oldest first. */
  alertDecisions(id: number): Promise<Decision[]>;

  createJob(input: JobInput): Promise<Job>;
  job(id: string): Promise<Job | null>;
  /** The newest job with this key that is still running (a crash leaves it so). */
  resumableJob(key: string): Promise<Job | null>;
  jobs(opts?: { owner?: string | null; limit?: number }): Promise<Job[]>;
  /**
   * Store rows after the job's `done`, append their audit records and move `done` to the last, in
   * one transaction: a crash leaves all of them or none. Rows at or below `done` are ignored (a
   * resumed run re-sending them), and so are their audit records.
   */
  appendJobRows(id: string, rows: readonly JobRowInput[]): Promise<Job>;
  /** Rows in seq order, streamed. */
  jobRows(id: string): AsyncIterable<JobRow>;
  finishJob(id: string, status: 'done' | 'failed', error?: string): Promise<Job>;

  addWebhook(url: string, secret: string): Promise<Webhook>;
  webhooks(): Promise<Webhook[]>;
  removeWebhook(id: string): Promise<boolean>;
  /**
   * Up to `limit` pending deliveries due at `now`, leased until `leaseUntil` (another process
   * does not take them meanwhile; a crashed one's come due again when the lease ends).
   */
  claimDeliveries(now: string, leaseUntil: string, limit: number): Promise<Delivery[]>;
  recordDelivery(id: number, outcome: DeliveryOutcome): Promise<void>;
  deliveries(filter?: { status?: DeliveryStatus; limit?: number }): Promise<Delivery[]>;
  /** When the next pending delivery is due, or null when none is pending. */
  nextDeliveryAt(): Promise<string | null>;
  /** A dead delivery back to pending, due now; false when there is no such dead delivery. */
  retryDelivery(id: number): Promise<boolean>;
}
