/**
 * Subjects, alerts, jobs and webhooks as rows, shared by both backends: the columns each
 * statement names, the mapping of a row back to its object, and the values an insert takes.
 * JSON fields are stored as text in both dialects, so a row reads back the same from either.
 */
import { createHash, randomBytes } from 'node:crypto';
import { canonicalJson } from './audit-chain.js';
import type {
  Alert, AlertWrite, Decision, Delivery, DeliveryStatus, Job, JobRowInput, JobStatus, Subject, SubjectInput, Webhook,
} from './types-screening.js';

/** sha256 over the schema and the properties, values in order as given (they are cleaned already). */
export function subjectFingerprint(s: SubjectInput): string {
  return createHash('sha256').update(canonicalJson([s.schema, s.properties])).digest('hex');
}

export function newJobId(): string {
  return `job_${randomBytes(8).toString('hex')}`;
}

export function newWebhookId(): string {
  return `wh_${randomBytes(4).toString('hex')}`;
}

export const SUBJECT_COLUMNS = 'id, schema, properties, fingerprint, keys, added_at, updated_at';

export interface SubjectRow {
  id: string;
  schema: string;
  properties: string;
  fingerprint: string;
  keys: string | null;
  added_at: string;
  updated_at: string;
}

export function toSubject(r: SubjectRow): Subject {
  return {
    id: r.id, schema: r.schema, properties: JSON.parse(r.properties), keys: r.keys, fingerprint: r.fingerprint,
    addedAt: r.added_at, updatedAt: r.updated_at,
  };
}

export function subjectValues(s: Subject): unknown[] {
  return [s.id, s.schema, JSON.stringify(s.properties), s.fingerprint, s.keys, s.addedAt, s.updatedAt];
}

/** How a write changes a stored subject: added, changed fields, new keys only, or nothing. */
export function subjectWrite(given: SubjectInput, stored: Subject | undefined, now: string): { kind: 'added' | 'changed' | 'rekeyed' | 'unchanged'; after: Subject } {
  const fingerprint = subjectFingerprint(given);
  const keys = given.keys ?? stored?.keys ?? null;
  const after: Subject = { id: given.id, schema: given.schema, properties: given.properties, keys, fingerprint, addedAt: stored?.addedAt ?? now, updatedAt: now };
  if (!stored) return { kind: 'added', after };
  if (stored.fingerprint !== fingerprint) return { kind: 'changed', after };
  return { kind: keys === stored.keys ? 'unchanged' : 'rekeyed', after: { ...after, updatedAt: stored.updatedAt } };
}

/** The columns an alert write sets, in the order alertValues() gives them. */
export const ALERT_WRITE_COLUMNS = [
  'subject_id', 'entity_id', 'status', 'resolution', 'reason', 'changes', 'hit', 'subject_properties', 'entity_properties',
  'subject_fingerprint', 'entity_fingerprint', 'algorithm', 'algorithm_version', 'threshold', 'dataset_versions',
] as const;

export const ALERT_COLUMNS = `id, ${ALERT_WRITE_COLUMNS.join(', ')}, decision, created_at, updated_at`;

export interface AlertRow {
  /** bigint comes back from PostgreSQL as a string. */
  id: number | string;
  subject_id: string;
  entity_id: string;
  status: Alert['status'];
  resolution: Alert['resolution'];
  reason: string;
  changes: string;
  hit: string;
  subject_properties: string;
  entity_properties: string;
  subject_fingerprint: string;
  entity_fingerprint: string;
  algorithm: string;
  algorithm_version: string;
  threshold: number;
  dataset_versions: string;
  decision: string | null;
  created_at: string;
  updated_at: string;
}

export function alertValues(w: AlertWrite): unknown[] {
  return [
    w.subjectId, w.entityId, w.status, w.resolution, w.reason, JSON.stringify(w.changes), JSON.stringify(w.hit),
    JSON.stringify(w.subjectProperties), JSON.stringify(w.entityProperties), w.subjectFingerprint, w.entityFingerprint,
    w.algorithm, w.algorithmVersion, w.threshold, JSON.stringify(w.datasetVersions),
  ];
}

export function toAlert(r: AlertRow): Alert {
  return {
    id: Number(r.id),
    subjectId: r.subject_id,
    entityId: r.entity_id,
    status: r.status,
    resolution: r.resolution,
    reason: r.reason,
    changes: JSON.parse(r.changes),
    hit: JSON.parse(r.hit),
    subjectProperties: JSON.parse(r.subject_properties),
    entityProperties: JSON.parse(r.entity_properties),
    subjectFingerprint: r.subject_fingerprint,
    entityFingerprint: r.entity_fingerprint,
    algorithm: r.algorithm,
    algorithmVersion: r.algorithm_version,
    threshold: r.threshold,
    datasetVersions: JSON.parse(r.dataset_versions),
    decision: r.decision === null ? null : (JSON.parse(r.decision) as Decision),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A write's status and resolution must agree: an open alert has none, a closed one has one. */
export function checkAlertWrite(w: AlertWrite): void {
  if ((w.status === 'open') !== (w.resolution === null)) {
    throw new Error(`Alert ${w.subjectId} × ${w.entityId}: status ${w.status} with resolution ${w.resolution}`);
  }
}

/** One write names each subject once: which of two versions would win is not for the store to guess. */
export function checkDistinctIds(subjects: readonly SubjectInput[]): void {
  const seen = new Set<string>();
  for (const s of subjects) {
    if (seen.has(s.id)) throw new Error(`Subject ${s.id} is given twice in one write`);
    seen.add(s.id);
  }
}

const DECISIONS: readonly string[] = ['true_match', 'false_positive'];

export function checkDecision(d: Decision): void {
  if (!DECISIONS.includes(d.resolution)) throw new Error(`A decision is true_match or false_positive, got ${JSON.stringify(d.resolution)}`);
  if (typeof d.reason !== 'string' || d.reason.trim() === '') throw new Error('A decision needs a reason');
  if (typeof d.by !== 'string' || d.by.trim() === '') throw new Error('A decision needs who took it');
}

export const JOB_COLUMNS = 'id, kind, key, params, total, owner, status, done, alerts, errors, error, created_at, updated_at, finished_at';

export interface JobDbRow {
  id: string;
  kind: string;
  key: string;
  params: string;
  total: number | null;
  owner: string | null;
  status: JobStatus;
  done: number;
  alerts: number;
  errors: number;
  error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export function toJob(r: JobDbRow): Job {
  return {
    id: r.id, kind: r.kind, key: r.key, params: JSON.parse(r.params), total: r.total, owner: r.owner, status: r.status,
    done: Number(r.done), alerts: Number(r.alerts), errors: Number(r.errors), error: r.error,
    createdAt: r.created_at, updatedAt: r.updated_at, finishedAt: r.finished_at,
  };
}

export const WEBHOOK_COLUMNS = 'id, url, secret, created_at';

export function toWebhook(r: { id: string; url: string; secret: string; created_at: string }): Webhook {
  return { id: r.id, url: r.url, secret: r.secret, createdAt: r.created_at };
}

/** Deliveries with their webhook's address and secret, over `webhook_deliveries d JOIN webhooks w`. */
export const DELIVERY_SELECT = `SELECT d.id, d.webhook_id, w.url, w.secret, d.event, d.alert_id, d.body, d.status, d.attempts,
  d.next_attempt_at, d.last_error, d.created_at, d.delivered_at
  FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id`;

export interface DeliveryRow {
  id: number | string;
  webhook_id: string;
  url: string;
  secret: string;
  event: string;
  alert_id: number | string | null;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export function toDelivery(r: DeliveryRow): Delivery {
  return {
    id: Number(r.id), webhookId: r.webhook_id, url: r.url, secret: r.secret, event: r.event,
    alertId: r.alert_id === null ? null : Number(r.alert_id), body: r.body, status: r.status, attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at, lastError: r.last_error, createdAt: r.created_at, deliveredAt: r.delivered_at,
  };
}

/** The rows after the job's last stored one; they must carry on from it without a gap. */
export function newRows(job: Job, rows: readonly JobRowInput[]): JobRowInput[] {
  const fresh = rows.filter((r) => r.seq > job.done);
  fresh.forEach((r, i) => {
    if (r.seq !== job.done + i + 1) throw new Error(`Job ${job.id}: row ${r.seq} does not follow row ${job.done + i} (rows 1..${job.done} are stored)`);
  });
  return fresh;
}
