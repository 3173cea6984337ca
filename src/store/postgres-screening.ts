/**
 * Subjects, alerts, decisions, jobs and webhooks in PostgreSQL, for many processes at once.
 * A write that appends to the audit log locks the log's head row first, as every appender
 * does, so writers take turns in one order and never deadlock; deliveries are claimed with
 * FOR UPDATE SKIP LOCKED, so several servers share the queue without sending one twice.
 */
import type pg from 'pg';
import { AUDIT_COLUMNS, auditRowValues, sealBatch, toAuditHead, type AuditHeadRow } from './audit-chain.js';
import { isoNow } from './rows.js';
import {
  ALERT_COLUMNS, ALERT_WRITE_COLUMNS, DELIVERY_SELECT, JOB_COLUMNS, SUBJECT_COLUMNS, WEBHOOK_COLUMNS,
  alertValues, checkAlertWrite, checkDecision, checkDistinctIds, newJobId, newRows, newWebhookId, subjectWrite,
  toAlert, toDelivery, toJob, toSubject, toWebhook,
  type AlertRow, type DeliveryRow, type JobDbRow, type SubjectRow,
} from './rows-screening.js';
import type { AuditEntryInput } from './types.js';
import type {
  Alert, AlertFilter, AlertHooks, AlertWrite, Decision, Delivery, DeliveryOutcome, DeliveryStatus, Job, JobInput, JobRow, JobRowInput,
  ScreeningStore, Subject, SubjectInput, SubjectsWritten, Webhook,
} from './types-screening.js';

type Transaction = <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>;

const PAGE = 1000;

const params = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');

const N = ALERT_WRITE_COLUMNS.length;
const ALERT_UPSERT = `INSERT INTO alerts (${ALERT_WRITE_COLUMNS.join(', ')}, decision, created_at, updated_at)
  VALUES (${params(N)}, NULL, $${N + 1}, $${N + 2})
  ON CONFLICT (subject_id, entity_id) DO UPDATE SET
    ${ALERT_WRITE_COLUMNS.slice(2).map((c) => `${c} = excluded.${c}`).join(', ')},
    decision = CASE WHEN excluded.status = 'open' THEN NULL ELSE alerts.decision END,
    updated_at = excluded.updated_at
  RETURNING ${ALERT_COLUMNS}`;

const AUDIT_INSERT = `INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (${params(AUDIT_COLUMNS.split(',').length)})`;

export class PostgresScreening implements ScreeningStore {
  constructor(private readonly pool: pg.Pool, private readonly transaction: Transaction) {}

  async putSubjects(subjects: SubjectInput[]): Promise<SubjectsWritten> {
    checkDistinctIds(subjects);
    return this.transaction(async (c) => {
      const now = isoNow();
      const { rows } = await c.query<SubjectRow>(`SELECT ${SUBJECT_COLUMNS} FROM subjects WHERE id = ANY($1::text[]) FOR UPDATE`, [subjects.map((s) => s.id)]);
      const existing = new Map(rows.map((r) => [r.id, toSubject(r)]));
      const out: SubjectsWritten = { added: [], changed: [], unchanged: 0 };
      const rewritten: Subject[] = [];
      for (const s of subjects) {
        const before = existing.get(s.id);
        const { kind, after } = subjectWrite(s, before, now);
        if (kind === 'added') out.added.push(after);
        else if (kind === 'changed') out.changed.push({ before: before!, after });
        else out.unchanged++;
        if (kind === 'changed' || kind === 'rekeyed') rewritten.push(after);
      }
      const arrays = (list: Subject[]) => [list.map((s) => s.id), list.map((s) => s.schema), list.map((s) => JSON.stringify(s.properties)),
        list.map((s) => s.fingerprint), list.map((s) => s.keys)];
      if (out.added.length > 0) {
        await c.query(`INSERT INTO subjects (${SUBJECT_COLUMNS}) SELECT u.*, $6, $6 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u`,
          [...arrays(out.added), now]);
      }
      if (rewritten.length > 0) {
        await c.query(`UPDATE subjects s SET schema = u.schema, properties = u.properties, fingerprint = u.fingerprint, keys = u.keys,
            updated_at = CASE WHEN s.fingerprint = u.fingerprint THEN s.updated_at ELSE $6 END
          FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, schema, properties, fingerprint, keys) WHERE s.id = u.id`,
        [...arrays(rewritten), now]);
      }
      return out;
    });
  }

  async subject(id: string): Promise<Subject | null> {
    const { rows } = await this.pool.query<SubjectRow>(`SELECT ${SUBJECT_COLUMNS} FROM subjects WHERE id = $1`, [id]);
    return rows.length ? toSubject(rows[0]) : null;
  }

  async *subjects(opts: { ids?: readonly string[] } = {}): AsyncIterable<Subject> {
    for (let after = ''; ;) {
      const { rows } = await this.pool.query<SubjectRow>(
        `SELECT ${SUBJECT_COLUMNS} FROM subjects WHERE id > $1 AND ($2::text[] IS NULL OR id = ANY($2::text[])) ORDER BY id LIMIT ${PAGE}`,
        [after, opts.ids ?? null],
      );
      for (const r of rows) yield toSubject(r);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }

  async countSubjects(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM subjects');
    return rows[0].n;
  }

  removeSubjects(ids: readonly string[]): Promise<string[]> {
    return this.transaction(async (c) => {
      const { rows } = await c.query<{ id: string }>('DELETE FROM subjects WHERE id = ANY($1::text[]) RETURNING id', [ids]);
      const removed = rows.map((r) => r.id);
      await c.query(`UPDATE alerts SET status = 'closed', resolution = 'subject_removed', reason = 'subject_removed', updated_at = $2
        WHERE subject_id = ANY($1::text[]) AND status = 'open'`, [removed, isoNow()]);
      return ids.filter((id) => removed.includes(id));
    });
  }

  async monitoredVersions(): Promise<Record<string, number>> {
    const { rows } = await this.pool.query<{ dataset: string; seq: number }>('SELECT dataset, seq FROM monitored_versions ORDER BY dataset');
    return Object.fromEntries(rows.map((r) => [r.dataset, r.seq]));
  }

  async setMonitoredVersions(versions: Record<string, number>): Promise<void> {
    await this.pool.query(`INSERT INTO monitored_versions (dataset, seq, screened_at) SELECT d, s, $3 FROM unnest($1::text[], $2::int[]) AS u(d, s)
      ON CONFLICT (dataset) DO UPDATE SET seq = excluded.seq, screened_at = excluded.screened_at`,
    [Object.keys(versions), Object.values(versions), isoNow()]);
  }

  async alert(id: number): Promise<Alert | null> {
    const { rows } = await this.pool.query<AlertRow>(`SELECT ${ALERT_COLUMNS} FROM alerts WHERE id = $1`, [id]);
    return rows.length ? toAlert(rows[0]) : null;
  }

  async alerts(f: AlertFilter = {}): Promise<Alert[]> {
    const { rows } = await this.pool.query<AlertRow>(`SELECT ${ALERT_COLUMNS} FROM alerts
      WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR subject_id = $2)
        AND ($3::text[] IS NULL OR entity_id = ANY($3::text[])) AND ($4::bigint IS NULL OR id > $4)
      ORDER BY CASE WHEN $4::bigint IS NULL THEN -id ELSE id END LIMIT $5`,
    [f.status ?? null, f.subjectId ?? null, f.entityIds ?? null, f.afterId ?? null, f.limit ?? null]);
    return rows.map(toAlert);
  }

  async alertsForPairs(pairs: readonly { subjectId: string; entityId: string }[]): Promise<Alert[]> {
    if (pairs.length === 0) return [];
    const { rows } = await this.pool.query<AlertRow>(`SELECT ${ALERT_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')}
      FROM alerts a JOIN unnest($1::text[], $2::text[]) AS p(s, e) ON a.subject_id = p.s AND a.entity_id = p.e ORDER BY a.id`,
    [pairs.map((p) => p.subjectId), pairs.map((p) => p.entityId)]);
    return rows.map(toAlert);
  }

  async writeAlerts(writes: readonly AlertWrite[], hooks: AlertHooks = {}): Promise<Alert[]> {
    writes.forEach(checkAlertWrite);
    if (writes.length === 0) return [];
    return this.transaction(async (c) => {
      const head = await lockAuditHead(c);
      const now = isoNow();
      const audit: AuditEntryInput[] = [];
      const written: Alert[] = [];
      for (const w of writes) {
        const { rows } = await c.query<AlertRow>(ALERT_UPSERT, [...alertValues(w), now, now]);
        const alert = toAlert(rows[0]);
        const entry = hooks.audit?.(alert);
        if (entry) audit.push(entry);
        const note = hooks.notify?.(alert);
        if (note) await enqueue(c, alert.id, note.event, JSON.stringify(note.payload), now);
        written.push(alert);
      }
      await appendAudit(c, head, audit);
      return written;
    });
  }

  async decideAlert(id: number, decision: Decision, audit: (alert: Alert) => AuditEntryInput): Promise<Alert | null> {
    checkDecision(decision);
    return this.transaction(async (c) => {
      const head = await lockAuditHead(c);
      const json = JSON.stringify(decision);
      const { rows } = await c.query<AlertRow>(`UPDATE alerts SET status = 'closed', resolution = $1, decision = $2, updated_at = $3 WHERE id = $4
        RETURNING ${ALERT_COLUMNS}`, [decision.resolution, json, isoNow(), id]);
      if (rows.length === 0) return null;
      await c.query('INSERT INTO alert_decisions (alert_id, decision) VALUES ($1, $2)', [id, json]);
      const alert = toAlert(rows[0]);
      await appendAudit(c, head, [audit(alert)]);
      return alert;
    });
  }

  async alertDecisions(id: number): Promise<Decision[]> {
    const { rows } = await this.pool.query<{ decision: string }>('SELECT decision FROM alert_decisions WHERE alert_id = $1 ORDER BY id', [id]);
    return rows.map((r) => JSON.parse(r.decision));
  }

  async createJob(input: JobInput): Promise<Job> {
    const now = isoNow();
    const { rows } = await this.pool.query<JobDbRow>(`INSERT INTO jobs (id, kind, key, params, total, owner, status, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, 'running', $7, $7) RETURNING ${JOB_COLUMNS}`,
    [newJobId(), input.kind, input.key, JSON.stringify(input.params), input.total, input.owner, now]);
    return toJob(rows[0]);
  }

  async job(id: string): Promise<Job | null> {
    const { rows } = await this.pool.query<JobDbRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = $1`, [id]);
    return rows.length ? toJob(rows[0]) : null;
  }

  async resumableJob(key: string): Promise<Job | null> {
    const { rows } = await this.pool.query<JobDbRow>(
      `SELECT ${JOB_COLUMNS} FROM jobs WHERE key = $1 AND status = 'running' ORDER BY created_at DESC, id LIMIT 1`, [key]);
    return rows.length ? toJob(rows[0]) : null;
  }

  async jobs(opts: { owner?: string | null; limit?: number } = {}): Promise<Job[]> {
    const { rows } = await this.pool.query<JobDbRow>(`SELECT ${JOB_COLUMNS} FROM jobs
      WHERE $1 OR owner IS NOT DISTINCT FROM $2 ORDER BY created_at DESC, id LIMIT $3`,
    [opts.owner === undefined, opts.owner ?? null, opts.limit ?? 100]);
    return rows.map(toJob);
  }

  appendJobRows(id: string, rows: readonly JobRowInput[]): Promise<Job> {
    return this.transaction(async (c) => {
      const head = rows.some((r) => r.audit) ? await lockAuditHead(c) : undefined;
      const found = await c.query<JobDbRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = $1 FOR UPDATE`, [id]);
      if (found.rows.length === 0) throw new Error(`No such job: ${id}`);
      const job = toJob(found.rows[0]);
      const fresh = newRows(job, rows);
      if (fresh.length > 0) {
        await c.query(`INSERT INTO job_rows (job_id, seq, alert, error, record) SELECT $1, * FROM unnest($2::int[], $3::bool[], $4::bool[], $5::text[])`,
          [id, fresh.map((r) => r.seq), fresh.map((r) => r.alert), fresh.map((r) => r.error), fresh.map((r) => JSON.stringify(r.record))]);
      }
      const audit = fresh.flatMap((r) => (r.audit ? [r.audit] : []));
      if (audit.length > 0) await appendAudit(c, head, audit);
      const last = fresh.length ? fresh[fresh.length - 1].seq : job.done;
      const updated = await c.query<JobDbRow>(`UPDATE jobs SET done = $1, alerts = alerts + $2, errors = errors + $3, updated_at = $4 WHERE id = $5
        RETURNING ${JOB_COLUMNS}`, [last, fresh.filter((r) => r.alert).length, fresh.filter((r) => r.error).length, isoNow(), id]);
      return toJob(updated.rows[0]);
    });
  }

  async *jobRows(id: string): AsyncIterable<JobRow> {
    for (let after = 0; ;) {
      const { rows } = await this.pool.query<{ seq: number; alert: boolean; error: boolean; record: string }>(
        `SELECT seq, alert, error, record FROM job_rows WHERE job_id = $1 AND seq > $2 ORDER BY seq LIMIT ${PAGE}`, [id, after]);
      for (const r of rows) yield { seq: r.seq, alert: r.alert, error: r.error, record: JSON.parse(r.record) };
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].seq;
    }
  }

  async finishJob(id: string, status: 'done' | 'failed', error?: string): Promise<Job> {
    const now = isoNow();
    const { rows } = await this.pool.query<JobDbRow>(`UPDATE jobs SET status = $1, error = $2, updated_at = $3, finished_at = $3 WHERE id = $4
      RETURNING ${JOB_COLUMNS}`, [status, error ?? null, now, id]);
    if (rows.length === 0) throw new Error(`No such job: ${id}`);
    return toJob(rows[0]);
  }

  async addWebhook(url: string, secret: string): Promise<Webhook> {
    const { rows } = await this.pool.query(`INSERT INTO webhooks (id, url, secret, created_at) VALUES ($1, $2, $3, $4) RETURNING ${WEBHOOK_COLUMNS}`,
      [newWebhookId(), url, secret, isoNow()]);
    return toWebhook(rows[0]);
  }

  async webhooks(): Promise<Webhook[]> {
    const { rows } = await this.pool.query(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE removed_at IS NULL ORDER BY created_at, id`);
    return rows.map(toWebhook);
  }

  removeWebhook(id: string): Promise<boolean> {
    return this.transaction(async (c) => {
      const { rowCount } = await c.query('UPDATE webhooks SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL', [isoNow(), id]);
      if (rowCount === 0) return false;
      await c.query(`UPDATE webhook_deliveries SET status = 'dead', next_attempt_at = NULL, last_error = 'webhook removed'
        WHERE webhook_id = $1 AND status = 'pending'`, [id]);
      return true;
    });
  }

  claimDeliveries(now: string, leaseUntil: string, limit: number): Promise<Delivery[]> {
    return this.transaction(async (c) => {
      const claimed = await c.query<{ id: string }>(`UPDATE webhook_deliveries SET next_attempt_at = $2 WHERE id IN (
          SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= $1
          ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING id`, [now, leaseUntil, limit]);
      if (claimed.rows.length === 0) return [];
      const { rows } = await c.query<DeliveryRow>(`${DELIVERY_SELECT} WHERE d.id = ANY($1::bigint[]) ORDER BY d.id`, [claimed.rows.map((r) => r.id)]);
      return rows.map(toDelivery);
    });
  }

  async recordDelivery(id: number, outcome: DeliveryOutcome): Promise<void> {
    if (outcome.ok) {
      await this.pool.query(`UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, next_attempt_at = NULL,
        last_error = NULL, delivered_at = $1 WHERE id = $2`, [isoNow(), id]);
      return;
    }
    const retryAt = outcome.retryAt ?? null;
    await this.pool.query('UPDATE webhook_deliveries SET status = $1, attempts = attempts + 1, next_attempt_at = $2, last_error = $3 WHERE id = $4',
      [retryAt === null ? 'dead' : 'pending', retryAt, outcome.error ?? 'failed', id]);
  }

  async deliveries(filter: { status?: DeliveryStatus; limit?: number } = {}): Promise<Delivery[]> {
    const { rows } = await this.pool.query<DeliveryRow>(`${DELIVERY_SELECT} WHERE ($1::text IS NULL OR d.status = $1) ORDER BY d.id LIMIT $2`,
      [filter.status ?? null, filter.limit ?? 1000]);
    return rows.map(toDelivery);
  }

  async nextDeliveryAt(): Promise<string | null> {
    const { rows } = await this.pool.query<{ at: string | null }>("SELECT min(next_attempt_at) AS at FROM webhook_deliveries WHERE status = 'pending'");
    return rows[0].at;
  }

  async retryDelivery(id: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(`UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = $1
      WHERE id = $2 AND status = 'dead'`, [new Date().toISOString(), id]);
    return rowCount === 1;
  }
}

/** One delivery per live webhook, due at once. */
async function enqueue(c: pg.PoolClient, alertId: number, event: string, body: string, now: string): Promise<void> {
  await c.query(`INSERT INTO webhook_deliveries (webhook_id, event, alert_id, body, status, next_attempt_at, created_at)
    SELECT id, $1, $2, $3, 'pending', $4, $5 FROM webhooks WHERE removed_at IS NULL`, [event, alertId, body, new Date().toISOString(), now]);
}

async function lockAuditHead(c: pg.PoolClient): Promise<AuditHeadRow> {
  const { rows } = await c.query<AuditHeadRow>('SELECT count, last_hash, last_at FROM audit_head WHERE id = 1 FOR UPDATE');
  return rows[0];
}

/** Inside the caller's transaction, under the head's lock taken at its start. */
async function appendAudit(c: pg.PoolClient, headRow: AuditHeadRow | undefined, entries: AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const sealed = sealBatch(toAuditHead(headRow), entries);
  for (const r of sealed.rows) await c.query(AUDIT_INSERT, auditRowValues(r));
  await c.query('UPDATE audit_head SET count = $1, last_hash = $2, last_at = $3 WHERE id = 1', [sealed.head.count, sealed.head.lastHash, sealed.head.lastAt]);
}
