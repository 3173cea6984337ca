/**
 * Subjects, alerts, decisions, jobs and webhooks in SQLite. Every write is one immediate
 * transaction on the writer, taken in turn with this store's imports and audit appends; a
 * decision, a reopening or an alert raised is appended to the audit log in the same
 * transaction, so the log never misses one nor names one that was not written.
 */
import type Database from 'better-sqlite3';
import { AUDIT_COLUMNS, auditRowValues, sealBatch, toAuditHead, type AuditHeadRow } from './audit-chain.js';
import { isoNow } from './rows.js';
import {
  ALERT_COLUMNS, ALERT_WRITE_COLUMNS, DELIVERY_SELECT, JOB_COLUMNS, SUBJECT_COLUMNS, WEBHOOK_COLUMNS,
  alertValues, checkAlertWrite, checkDecision, checkDistinctIds, newJobId, newRows, newWebhookId, subjectValues, subjectWrite,
  toAlert, toDelivery, toJob, toSubject, toWebhook,
  type AlertRow, type DeliveryRow, type JobDbRow, type SubjectRow,
} from './rows-screening.js';
import { writeImmediate, type SqliteConnections } from './sqlite-keys-audit.js';
import type { AuditEntryInput } from './types.js';
import type {
  Alert, AlertFilter, AlertHooks, AlertWrite, Decision, Delivery, DeliveryOutcome, DeliveryStatus, Job, JobInput, JobRow, JobRowInput,
  ScreeningStore, Subject, SubjectInput, SubjectsWritten, Webhook,
} from './types-screening.js';

const PAGE = 1000;

const ALERT_UPSERT = `INSERT INTO alerts (${ALERT_WRITE_COLUMNS.join(', ')}, decision, created_at, updated_at)
  VALUES (${ALERT_WRITE_COLUMNS.map(() => '?').join(', ')}, NULL, ?, ?)
  ON CONFLICT (subject_id, entity_id) DO UPDATE SET
    ${ALERT_WRITE_COLUMNS.slice(2).map((c) => `${c} = excluded.${c}`).join(', ')},
    decision = CASE WHEN excluded.status = 'open' THEN NULL ELSE alerts.decision END,
    updated_at = excluded.updated_at
  RETURNING ${ALERT_COLUMNS}`;

const AUDIT_INSERT = `INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (${AUDIT_COLUMNS.split(',').map(() => '?').join(', ')})`;

export class SqliteScreening implements ScreeningStore {
  constructor(private readonly c: SqliteConnections) {}

  async putSubjects(subjects: SubjectInput[]): Promise<SubjectsWritten> {
    checkDistinctIds(subjects);
    return this.write(() => {
      const now = isoNow();
      const find = this.w(`SELECT ${SUBJECT_COLUMNS} FROM subjects WHERE id = ?`);
      const insert = this.w(`INSERT INTO subjects (${SUBJECT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
      const update = this.w('UPDATE subjects SET schema = ?, properties = ?, fingerprint = ?, keys = ?, updated_at = ? WHERE id = ?');
      const out: SubjectsWritten = { added: [], changed: [], unchanged: 0 };
      for (const s of subjects) {
        const row = find.get(s.id) as SubjectRow | undefined;
        const before = row ? toSubject(row) : undefined;
        const { kind, after } = subjectWrite(s, before, now);
        if (kind === 'added') insert.run(...subjectValues(after));
        else if (kind !== 'unchanged') update.run(after.schema, JSON.stringify(after.properties), after.fingerprint, after.keys, after.updatedAt, s.id);
        if (kind === 'added') out.added.push(after);
        else if (kind === 'changed') out.changed.push({ before: before!, after });
        else out.unchanged++;
      }
      return out;
    });
  }

  async subject(id: string): Promise<Subject | null> {
    const row = this.r(`SELECT ${SUBJECT_COLUMNS} FROM subjects WHERE id = ?`).get(id) as SubjectRow | undefined;
    return row ? toSubject(row) : null;
  }

  async *subjects(opts: { ids?: readonly string[] } = {}): AsyncIterable<Subject> {
    const only = opts.ids ? JSON.stringify(opts.ids) : null;
    const page = this.r(`SELECT ${SUBJECT_COLUMNS} FROM subjects
      WHERE id > ? AND (? IS NULL OR id IN (SELECT value FROM json_each(?))) ORDER BY id LIMIT ${PAGE}`);
    for (let after = ''; ;) {
      const rows = page.all(after, only, only) as SubjectRow[];
      for (const r of rows) yield toSubject(r);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }

  async countSubjects(): Promise<number> {
    return this.r('SELECT count(*) FROM subjects').pluck().get() as number;
  }

  removeSubjects(ids: readonly string[]): Promise<string[]> {
    return this.write(() => {
      const now = isoNow();
      const removed: string[] = [];
      const del = this.w('DELETE FROM subjects WHERE id = ?');
      const close = this.w(`UPDATE alerts SET status = 'closed', resolution = 'subject_removed', reason = 'subject_removed', updated_at = ?
        WHERE subject_id = ? AND status = 'open'`);
      for (const id of ids) {
        if (del.run(id).changes === 0) continue;
        close.run(now, id);
        removed.push(id);
      }
      return removed;
    });
  }

  async monitoredVersions(): Promise<Record<string, number>> {
    const rows = this.r('SELECT dataset, seq FROM monitored_versions ORDER BY dataset').all() as { dataset: string; seq: number }[];
    return Object.fromEntries(rows.map((r) => [r.dataset, r.seq]));
  }

  setMonitoredVersions(versions: Record<string, number>): Promise<void> {
    return this.write(() => {
      const upsert = this.w(`INSERT INTO monitored_versions (dataset, seq, screened_at) VALUES (?, ?, ?)
        ON CONFLICT (dataset) DO UPDATE SET seq = excluded.seq, screened_at = excluded.screened_at`);
      const now = isoNow();
      for (const [dataset, seq] of Object.entries(versions)) upsert.run(dataset, seq, now);
    });
  }

  async alert(id: number): Promise<Alert | null> {
    const row = this.r(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE id = ?`).get(id) as AlertRow | undefined;
    return row ? toAlert(row) : null;
  }

  async alerts(f: AlertFilter = {}): Promise<Alert[]> {
    const entities = f.entityIds ? JSON.stringify(f.entityIds) : null;
    const rows = this.r(`SELECT ${ALERT_COLUMNS} FROM alerts
      WHERE (@status IS NULL OR status = @status) AND (@subject IS NULL OR subject_id = @subject)
        AND (@entities IS NULL OR entity_id IN (SELECT value FROM json_each(@entities)))
        AND (@after IS NULL OR id > @after)
      ORDER BY CASE WHEN @after IS NULL THEN -id ELSE id END LIMIT @limit`).all({
      status: f.status ?? null, subject: f.subjectId ?? null, entities, after: f.afterId ?? null, limit: f.limit ?? -1,
    }) as AlertRow[];
    return rows.map(toAlert);
  }

  async alertsForPairs(pairs: readonly { subjectId: string; entityId: string }[]): Promise<Alert[]> {
    const find = this.r(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE subject_id = ? AND entity_id = ?`);
    return pairs.flatMap((p) => {
      const row = find.get(p.subjectId, p.entityId) as AlertRow | undefined;
      return row ? [toAlert(row)] : [];
    });
  }

  async writeAlerts(writes: readonly AlertWrite[], hooks: AlertHooks = {}): Promise<Alert[]> {
    writes.forEach(checkAlertWrite);
    if (writes.length === 0) return [];
    return this.write(() => {
      const now = isoNow();
      const upsert = this.w(ALERT_UPSERT);
      const audit: AuditEntryInput[] = [];
      const written = writes.map((w) => {
        const alert = toAlert(upsert.get(...alertValues(w), now, now) as AlertRow);
        const entry = hooks.audit?.(alert);
        if (entry) audit.push(entry);
        const note = hooks.notify?.(alert);
        if (note) this.enqueue(alert.id, note.event, JSON.stringify(note.payload), now);
        return alert;
      });
      this.appendAudit(audit);
      return written;
    });
  }

  async decideAlert(id: number, decision: Decision, audit: (alert: Alert) => AuditEntryInput): Promise<Alert | null> {
    checkDecision(decision);
    return this.write(() => {
      const json = JSON.stringify(decision);
      const row = this.w(`UPDATE alerts SET status = 'closed', resolution = ?, decision = ?, updated_at = ? WHERE id = ?
        RETURNING ${ALERT_COLUMNS}`).get(decision.resolution, json, isoNow(), id) as AlertRow | undefined;
      if (!row) return null;
      this.w('INSERT INTO alert_decisions (alert_id, decision) VALUES (?, ?)').run(id, json);
      const alert = toAlert(row);
      this.appendAudit([audit(alert)]);
      return alert;
    });
  }

  async alertDecisions(id: number): Promise<Decision[]> {
    const rows = this.r('SELECT decision FROM alert_decisions WHERE alert_id = ? ORDER BY id').pluck().all(id) as string[];
    return rows.map((r) => JSON.parse(r));
  }

  createJob(input: JobInput): Promise<Job> {
    return this.write(() => {
      const now = isoNow();
      const row = this.w(`INSERT INTO jobs (id, kind, key, params, total, owner, status, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?) RETURNING ${JOB_COLUMNS}`)
        .get(newJobId(), input.kind, input.key, JSON.stringify(input.params), input.total, input.owner, now, now);
      return toJob(row as JobDbRow);
    });
  }

  async job(id: string): Promise<Job | null> {
    const row = this.r(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = ?`).get(id) as JobDbRow | undefined;
    return row ? toJob(row) : null;
  }

  async resumableJob(key: string): Promise<Job | null> {
    const row = this.r(`SELECT ${JOB_COLUMNS} FROM jobs WHERE key = ? AND status = 'running' ORDER BY created_at DESC, id LIMIT 1`)
      .get(key) as JobDbRow | undefined;
    return row ? toJob(row) : null;
  }

  async jobs(opts: { owner?: string | null; limit?: number } = {}): Promise<Job[]> {
    const rows = this.r(`SELECT ${JOB_COLUMNS} FROM jobs WHERE (@all OR owner IS @owner) ORDER BY created_at DESC, id LIMIT @limit`)
      .all({ all: opts.owner === undefined ? 1 : 0, owner: opts.owner ?? null, limit: opts.limit ?? 100 }) as JobDbRow[];
    return rows.map(toJob);
  }

  appendJobRows(id: string, rows: readonly JobRowInput[]): Promise<Job> {
    return this.write(() => {
      const job = this.w(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = ?`).get(id) as JobDbRow | undefined;
      if (!job) throw new Error(`No such job: ${id}`);
      const fresh = newRows(toJob(job), rows);
      const insert = this.w('INSERT INTO job_rows (job_id, seq, alert, error, record) VALUES (?, ?, ?, ?, ?)');
      for (const r of fresh) insert.run(id, r.seq, r.alert ? 1 : 0, r.error ? 1 : 0, JSON.stringify(r.record));
      this.appendAudit(fresh.flatMap((r) => (r.audit ? [r.audit] : [])));
      const last = fresh.length ? fresh[fresh.length - 1].seq : job.done;
      const updated = this.w(`UPDATE jobs SET done = ?, alerts = alerts + ?, errors = errors + ?, updated_at = ? WHERE id = ?
        RETURNING ${JOB_COLUMNS}`).get(last, fresh.filter((r) => r.alert).length, fresh.filter((r) => r.error).length, isoNow(), id);
      return toJob(updated as JobDbRow);
    });
  }

  async *jobRows(id: string): AsyncIterable<JobRow> {
    const page = this.r(`SELECT seq, alert, error, record FROM job_rows WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ${PAGE}`);
    for (let after = 0; ;) {
      const rows = page.all(id, after) as { seq: number; alert: number; error: number; record: string }[];
      for (const r of rows) yield { seq: r.seq, alert: r.alert === 1, error: r.error === 1, record: JSON.parse(r.record) };
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].seq;
    }
  }

  finishJob(id: string, status: 'done' | 'failed', error?: string): Promise<Job> {
    return this.write(() => {
      const now = isoNow();
      const row = this.w(`UPDATE jobs SET status = ?, error = ?, updated_at = ?, finished_at = ? WHERE id = ? RETURNING ${JOB_COLUMNS}`)
        .get(status, error ?? null, now, now, id) as JobDbRow | undefined;
      if (!row) throw new Error(`No such job: ${id}`);
      return toJob(row);
    });
  }

  addWebhook(url: string, secret: string): Promise<Webhook> {
    return this.write(() => {
      const row = this.w(`INSERT INTO webhooks (id, url, secret, created_at) VALUES (?, ?, ?, ?) RETURNING ${WEBHOOK_COLUMNS}`)
        .get(newWebhookId(), url, secret, isoNow());
      return toWebhook(row as Webhook & { created_at: string });
    });
  }

  async webhooks(): Promise<Webhook[]> {
    const rows = this.r(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE removed_at IS NULL ORDER BY created_at, id`).all();
    return (rows as (Webhook & { created_at: string })[]).map(toWebhook);
  }

  removeWebhook(id: string): Promise<boolean> {
    return this.write(() => {
      const now = isoNow();
      if (this.w('UPDATE webhooks SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(now, id).changes === 0) return false;
      this.w(`UPDATE webhook_deliveries SET status = 'dead', next_attempt_at = NULL, last_error = 'webhook removed'
        WHERE webhook_id = ? AND status = 'pending'`).run(id);
      return true;
    });
  }

  claimDeliveries(now: string, leaseUntil: string, limit: number): Promise<Delivery[]> {
    return this.write(() => {
      const rows = this.w(`${DELIVERY_SELECT} WHERE d.status = 'pending' AND d.next_attempt_at <= ?
        ORDER BY d.next_attempt_at, d.id LIMIT ?`).all(now, limit) as DeliveryRow[];
      const lease = this.w('UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?');
      for (const r of rows) lease.run(leaseUntil, r.id);
      return rows.map((r) => toDelivery({ ...r, next_attempt_at: leaseUntil }));
    });
  }

  recordDelivery(id: number, outcome: DeliveryOutcome): Promise<void> {
    return this.write(() => {
      if (outcome.ok) {
        this.w(`UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, next_attempt_at = NULL,
          last_error = NULL, delivered_at = ? WHERE id = ?`).run(isoNow(), id);
      } else {
        const retryAt = outcome.retryAt ?? null;
        this.w(`UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?`)
          .run(retryAt === null ? 'dead' : 'pending', retryAt, outcome.error ?? 'failed', id);
      }
    });
  }

  async deliveries(filter: { status?: DeliveryStatus; limit?: number } = {}): Promise<Delivery[]> {
    const rows = this.r(`${DELIVERY_SELECT} WHERE (@status IS NULL OR d.status = @status) ORDER BY d.id LIMIT @limit`)
      .all({ status: filter.status ?? null, limit: filter.limit ?? 1000 }) as DeliveryRow[];
    return rows.map(toDelivery);
  }

  async nextDeliveryAt(): Promise<string | null> {
    return (this.r("SELECT min(next_attempt_at) FROM webhook_deliveries WHERE status = 'pending'").pluck().get() as string | null) ?? null;
  }

  retryDelivery(id: number): Promise<boolean> {
    return this.write(() => this.w(`UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ?
      WHERE id = ? AND status = 'dead'`).run(new Date().toISOString(), id).changes === 1);
  }

  /** One delivery per live webhook, due at once. */
  private enqueue(alertId: number, event: string, body: string, now: string): void {
    this.w(`INSERT INTO webhook_deliveries (webhook_id, event, alert_id, body, status, next_attempt_at, created_at)
      SELECT id, ?, ?, ?, 'pending', ?, ? FROM webhooks WHERE removed_at IS NULL`).run(event, alertId, body, new Date().toISOString(), now);
  }

  /** Inside the caller's transaction, as SqliteKeysAndAudit appends. */
  private appendAudit(entries: AuditEntryInput[]): void {
    if (entries.length === 0) return;
    const head = toAuditHead(this.w('SELECT count, last_hash, last_at FROM audit_head WHERE id = 1').get() as AuditHeadRow | undefined);
    const sealed = sealBatch(head, entries);
    const insert = this.w(AUDIT_INSERT);
    for (const r of sealed.rows) insert.run(...auditRowValues(r));
    this.w('UPDATE audit_head SET count = ?, last_hash = ?, last_at = ? WHERE id = 1').run(sealed.head.count, sealed.head.lastHash, sealed.head.lastAt);
  }

  private w(sql: string): Database.Statement {
    return this.c.statement(this.c.writer, sql);
  }

  private r(sql: string): Database.Statement {
    return this.c.statement(this.c.reader, sql);
  }

  private write<T>(fn: () => T): Promise<T> {
    return writeImmediate(this.c, fn);
  }
}

