/**
 * Subjects, alerts and decisions, batch jobs and webhooks: the part of the Store contract
 * screening relies on, run by sqlite.test.ts and postgres.test.ts for each backend.
 */
import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import type { AlertWrite, AuditEntryInput, Decision, JobRowInput, Store, SubjectInput } from '../../src/store/types.js';
import type { OpenedStore } from './contract.js';
import { collect } from './fixtures.js';

function customer(id: string, name: string, birthDate?: string): SubjectInput {
  return { id, schema: 'Person', properties: { name: [name], ...(birthDate ? { birthDate: [birthDate] } : {}) } };
}

/** Customer c-7 hit by the listed eu-fsf-lavrov, as a re-screen writes it. */
function hitOn(subjectId: string, entityId: string, over: Partial<AlertWrite> = {}): AlertWrite {
  return {
    subjectId, entityId, status: 'open', resolution: null, reason: 'new_hit', changes: [],
    hit: { id: entityId, caption: 'LAVROV, Sergei Viktorovich', schema: 'Person', score: 0.93, match: true, datasets: ['eu-fsf'], explanations: {} },
    subjectProperties: { name: ['Sergei Lavrov'] }, entityProperties: { name: ['LAVROV, Sergei Viktorovich'] },
    subjectFingerprint: 's1', entityFingerprint: 'e1',
    algorithm: 'ghirbal-v1', algorithmVersion: '1', threshold: 0.75, datasetVersions: { 'eu-fsf': 1 },
    ...over,
  };
}

function decision(resolution: Decision['resolution'], reason: string): Decision {
  return { resolution, reason, by: 'a.analyst', keyId: null, at: '2026-01-05T10:00:00Z' };
}

function decisionAudit(alertId: number, d: Decision): AuditEntryInput {
  return {
    keyId: d.keyId, channel: 'decision', query: { alert: alertId, decision: d.resolution, reason: d.reason, by: d.by },
    algorithm: 'ghirbal-v1', algorithmVersion: '1', threshold: 0.75, datasetVersions: { 'eu-fsf': 1 }, results: [{ id: 'eu-fsf-lavrov', score: 0.93 }],
  };
}

/** Rows from..to of a batch; every tenth is a hit, audited with its screening. */
function rows(from: number, to: number): JobRowInput[] {
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const seq = from + i;
    const audit = seq % 10 === 0 ? { ...decisionAudit(seq, decision('true_match', 'n/a')), channel: 'batch' } : null;
    return { seq, alert: seq % 10 === 0, error: seq % 25 === 0, record: { row: seq }, audit };
  });
}

export function screeningContract(open: () => Promise<OpenedStore>): void {
  async function fresh(t: TestContext): Promise<Store> {
    const opened = await open();
    t.after(opened.cleanup);
    return opened.store;
  }

  describe('subjects', () => {
    test('adding subjects again tells the new, the changed (before and after) and the unchanged apart', async (t) => {
      const { screening } = await fresh(t);
      const first = await screening.putSubjects([customer('c-2', 'Olga Petrova'), customer('c-1', 'Ivan Sokolov', '1970-01-02')]);
      assert.deepEqual(first.added.map((s) => s.id), ['c-2', 'c-1']);
      const again = await screening.putSubjects([customer('c-1', 'Ivan Sokolov', '1970-01-02'), customer('c-2', 'Olga Petrova', '1981'), customer('c-3', 'Yuri Popov')]);
      assert.deepEqual(again.added.map((s) => s.id), ['c-3']);
      assert.equal(again.unchanged, 1);
      assert.equal(again.changed.length, 1);
      assert.deepEqual(again.changed[0].before.properties, { name: ['Olga Petrova'] });
      assert.deepEqual(again.changed[0].after.properties, { name: ['Olga Petrova'], birthDate: ['1981'] });
      assert.notEqual(again.changed[0].before.fingerprint, again.changed[0].after.fingerprint);
      assert.equal(await screening.countSubjects(), 3);
      assert.deepEqual((await screening.subject('c-2'))?.properties, { name: ['Olga Petrova'], birthDate: ['1981'] });
      assert.equal(await screening.subject('c-9'), null);
    });

    test("a subject's keys are kept with it, replaced when given anew, and not part of what changed", async (t) => {
      const { screening } = await fresh(t);
      await screening.putSubjects([{ ...customer('c-1', 'Ivan Sokolov'), keys: 'k1:AAAA' }]);
      const rekeyed = await screening.putSubjects([{ ...customer('c-1', 'Ivan Sokolov'), keys: 'k2:BBBB' }]);
      assert.deepEqual([rekeyed.unchanged, rekeyed.changed.length], [1, 0]);
      assert.equal((await screening.subject('c-1'))?.keys, 'k2:BBBB');
      await screening.putSubjects([customer('c-1', 'Ivan Sokolov')]);
      assert.equal((await collect(screening.subjects()))[0].keys, 'k2:BBBB');
      const changed = await screening.putSubjects([{ ...customer('c-1', 'Ivan Sokolov', '1970'), keys: 'k2:CCCC' }]);
      assert.deepEqual([changed.changed[0].before.keys, changed.changed[0].after.keys], ['k2:BBBB', 'k2:CCCC']);
    });

    test('subjects stream in id order, all of them or the ones asked for', async (t) => {
      const { screening } = await fresh(t);
      const many = Array.from({ length: 2500 }, (_, i) => customer(`c-${String(2499 - i).padStart(5, '0')}`, `Person ${i}`));
      await screening.putSubjects(many);
      const all = await collect(screening.subjects());
      assert.equal(all.length, 2500);
      assert.deepEqual(all.slice(0, 2).map((s) => s.id), ['c-00000', 'c-00001']);
      assert.deepEqual((await collect(screening.subjects({ ids: ['c-01200', 'c-00007', 'c-missing'] }))).map((s) => s.id), ['c-00007', 'c-01200']);
    });

    test('one write may not name a subject twice', async (t) => {
      const { screening } = await fresh(t);
      await assert.rejects(screening.putSubjects([customer('c-1', 'A B'), customer('c-1', 'C D')]), /c-1 is given twice/);
      assert.equal(await screening.countSubjects(), 0);
    });

    test('removing a subject closes its open alerts and keeps its decided ones as they were', async (t) => {
      const { screening } = await fresh(t);
      await screening.putSubjects([customer('c-1', 'Sergei Lavrov'), customer('c-2', 'Sergey Lavrov')]);
      const [open, decided] = await screening.writeAlerts([hitOn('c-1', 'eu-fsf-lavrov'), hitOn('c-1', 'eu-fsf-shoigu')]);
      await screening.decideAlert(decided.id, decision('false_positive', 'different person'), (a) => decisionAudit(a.id, a.decision!));
      assert.deepEqual(await screening.removeSubjects(['c-1', 'c-404']), ['c-1']);
      assert.equal(await screening.countSubjects(), 1);
      const after = await screening.alert(open.id);
      assert.deepEqual([after?.status, after?.resolution], ['closed', 'subject_removed']);
      assert.equal((await screening.alert(decided.id))?.resolution, 'false_positive');
    });

    test('the versions subjects were screened against are kept per dataset', async (t) => {
      const { screening } = await fresh(t);
      assert.deepEqual(await screening.monitoredVersions(), {});
      await screening.setMonitoredVersions({ 'eu-fsf': 1, 'un-sc': 4 });
      await screening.setMonitoredVersions({ 'eu-fsf': 2 });
      assert.deepEqual(await screening.monitoredVersions(), { 'eu-fsf': 2, 'un-sc': 4 });
    });
  });

  describe('alerts and decisions', () => {
    test('one alert per subject and entity: a second write updates it in place', async (t) => {
      const { screening } = await fresh(t);
      const [a] = await screening.writeAlerts([hitOn('c-1', 'eu-fsf-lavrov')]);
      assert.deepEqual([a.status, a.resolution, a.decision, a.hit.score], ['open', null, null, 0.93]);
      const [b] = await screening.writeAlerts([hitOn('c-1', 'eu-fsf-lavrov', { reason: 'entity_changed', entityFingerprint: 'e2' })]);
      assert.equal(b.id, a.id);
      assert.deepEqual([b.reason, b.entityFingerprint, b.createdAt], ['entity_changed', 'e2', a.createdAt]);
      assert.deepEqual((await screening.alertsForPairs([{ subjectId: 'c-1', entityId: 'eu-fsf-lavrov' }, { subjectId: 'c-2', entityId: 'eu-fsf-lavrov' }])).map((x) => x.id), [a.id]);
    });

    test('a decision closes the alert, is kept in its history and in the audit log, in one transaction', async (t) => {
      const store = await fresh(t);
      const { screening } = store;
      const [a] = await screening.writeAlerts([hitOn('c-1', 'eu-fsf-lavrov')]);
      const decided = await screening.decideAlert(a.id, decision('false_positive', 'born 1981, not 1950'), (x) => decisionAudit(x.id, x.decision!));
      assert.deepEqual([decided?.status, decided?.resolution, decided?.decision?.reason], ['closed', 'false_positive', 'born 1981, not 1950']);
      await screening.decideAlert(a.id, decision('true_match', 'passport matches after all'), (x) => decisionAudit(x.id, x.decision!));
      assert.deepEqual((await screening.alertDecisions(a.id)).map((d) => d.resolution), ['false_positive', 'true_match']);
      const audit = await collect(store.auditRecords());
      assert.deepEqual(audit.map((r) => [r.channel, (r.query as { decision: string }).decision]), [['decision', 'false_positive'], ['decision', 'true_match']]);
      assert.equal((await store.verifyAudit()).ok, true);
      assert.equal(await screening.decideAlert(9999, decision('true_match', 'x'), (x) => decisionAudit(x.id, x.decision!)), null);
      await assert.rejects(screening.decideAlert(a.id, decision('false_positive', ' '), (x) => decisionAudit(x.id, x.decision!)), /reason/);
      assert.equal((await collect(store.auditRecords())).length, 2);
    });

    test('reopening clears the standing decision but not the history', async (t) => {
      const { screening } = await fresh(t);
      const [a] = await screening.writeAlerts([hitOn('c-1', 'eu-fsf-lavrov')]);
      await screening.decideAlert(a.id, decision('false_positive', 'other person'), (x) => decisionAudit(x.id, x.decision!));
      const change = { side: 'entity' as const, prop: 'birthDate', old: ['1950'], new: ['1981'] };
      const [reopened] = await screening.writeAlerts([hitOn('c-1', 'eu-fsf-lavrov', { reason: 'reopened', changes: [change] })]);
      assert.deepEqual([reopened.status, reopened.decision, reopened.changes], ['open', null, [change]]);
      assert.equal((await screening.alertDecisions(a.id)).length, 1);
    });

    test('alerts are listed newest first, by status and entity, and paged forward by id', async (t) => {
      const { screening } = await fresh(t);
      const written = await screening.writeAlerts(['a', 'b', 'c', 'd'].map((e) => hitOn('c-1', `ent-${e}`)));
      await screening.decideAlert(written[1].id, decision('true_match', 'confirmed'), (x) => decisionAudit(x.id, x.decision!));
      assert.deepEqual((await screening.alerts()).map((a) => a.entityId), ['ent-d', 'ent-c', 'ent-b', 'ent-a']);
      assert.deepEqual((await screening.alerts({ status: 'open' })).map((a) => a.entityId), ['ent-d', 'ent-c', 'ent-a']);
      assert.deepEqual((await screening.alerts({ entityIds: ['ent-a', 'ent-c'] })).map((a) => a.entityId), ['ent-c', 'ent-a']);
      assert.deepEqual((await screening.alerts({ afterId: written[0].id, limit: 2 })).map((a) => a.entityId), ['ent-b', 'ent-c']);
      assert.deepEqual((await screening.alerts({ subjectId: 'c-2' })), []);
    });

    test('alerts raised are audited and sent to each live webhook with them; a hook that fails writes nothing', async (t) => {
      const store = await fresh(t);
      const { screening } = store;
      const hook = await screening.addWebhook('http://127.0.0.1:9/a', 's3cret');
      await screening.addWebhook('http://127.0.0.1:9/b', 'other');
      const gone = await screening.addWebhook('http://127.0.0.1:9/c', 'gone');
      await screening.removeWebhook(gone.id);
      const hooks = {
        audit: (a: { id: number; entityId: string }) => ({ ...decisionAudit(a.id, decision('true_match', 'n/a')), channel: 'monitor' }),
        notify: (a: { id: number; entityId: string }) => ({ event: 'alert.new', payload: { alert: a.id, entity: a.entityId } }),
      };
      const [a] = await screening.writeAlerts([hitOn('c-1', 'eu-fsf-lavrov')], hooks);
      const pending = await screening.deliveries({ status: 'pending' });
      assert.deepEqual(pending.map((d) => [d.url, d.event, d.alertId, JSON.parse(d.body)]).sort(), [
        ['http://127.0.0.1:9/a', 'alert.new', a.id, { alert: a.id, entity: 'eu-fsf-lavrov' }],
        ['http://127.0.0.1:9/b', 'alert.new', a.id, { alert: a.id, entity: 'eu-fsf-lavrov' }],
      ]);
      assert.equal(pending.find((d) => d.webhookId === hook.id)?.secret, 's3cret');
      assert.deepEqual((await collect(store.auditRecords())).map((r) => r.channel), ['monitor']);

      await assert.rejects(screening.writeAlerts([hitOn('c-2', 'eu-fsf-lavrov')], { ...hooks, audit: () => { throw new Error('hook failed'); } }), /hook failed/);
      assert.deepEqual(await screening.alerts({ subjectId: 'c-2' }), []);
      assert.equal((await screening.deliveries()).length, 2);
      assert.equal((await collect(store.auditRecords())).length, 1);
    });

    test('an alert open with a resolution, or closed without one, is refused', async (t) => {
      const { screening } = await fresh(t);
      await assert.rejects(screening.writeAlerts([hitOn('c-1', 'e', { resolution: 'delisted' })]), /status open with resolution delisted/);
      await assert.rejects(screening.writeAlerts([hitOn('c-1', 'e', { status: 'closed' })]), /status closed with resolution null/);
    });
  });

  describe('jobs', () => {
    test('rows are stored after the last one, in order, with their audit records; a resumed run re-sending rows stores them once', async (t) => {
      const store = await fresh(t);
      const { screening } = store;
      const job = await screening.createJob({ kind: 'batch', key: 'k1', params: { file: 'customers.csv' }, total: 2300, owner: null });
      assert.deepEqual([job.status, job.done, job.total, job.params], ['running', 0, 2300, { file: 'customers.csv' }]);
      await screening.appendJobRows(job.id, rows(1, 1200));
      const again = await screening.appendJobRows(job.id, rows(1101, 2300));
      assert.deepEqual([again.done, again.alerts, again.errors], [2300, 230, 92]);
      const stored = await collect(screening.jobRows(job.id));
      assert.deepEqual(stored.map((r) => r.seq), Array.from({ length: 2300 }, (_, i) => i + 1));
      assert.deepEqual(stored[9], { seq: 10, alert: true, error: false, record: { row: 10 } });
      await assert.rejects(screening.appendJobRows(job.id, rows(2302, 2303)), /row 2302 does not follow row 2300/);
      const audited = await collect(store.auditRecords());
      assert.equal(audited.length, 230);
      assert.deepEqual(audited.slice(0, 2).map((r) => (r.query as { alert: number }).alert), [10, 20]);
      assert.equal((await store.verifyAudit()).ok, true);
    });

    test('an unfinished job is found by its key until it is finished', async (t) => {
      const { screening } = await fresh(t);
      const a = await screening.createJob({ kind: 'batch', key: 'same-file', params: {}, total: null, owner: 'key_1' });
      await screening.createJob({ kind: 'batch', key: 'other-file', params: {}, total: null, owner: null });
      assert.equal((await screening.resumableJob('same-file'))?.id, a.id);
      const done = await screening.finishJob(a.id, 'done');
      assert.equal(done.status, 'done');
      assert.ok(done.finishedAt);
      assert.equal(await screening.resumableJob('same-file'), null);
      const failed = await screening.finishJob((await screening.createJob({ kind: 'batch', key: 'x', params: {}, total: 1, owner: null })).id, 'failed', 'input vanished');
      assert.deepEqual([failed.status, failed.error], ['failed', 'input vanished']);
      assert.deepEqual((await screening.jobs({ owner: 'key_1' })).map((j) => j.id), [a.id]);
      assert.equal((await screening.jobs()).length, 3);
      assert.equal(await screening.job('job_missing'), null);
    });
  });

  describe('webhook deliveries', () => {
    async function oneDelivery(store: Store): Promise<number> {
      await store.screening.addWebhook('http://127.0.0.1:9/hook', 'secret');
      const [a] = await store.screening.writeAlerts([hitOn('c-1', 'eu-fsf-lavrov')], { notify: (x) => ({ event: 'alert.new', payload: { id: x.id } }) });
      const [d] = await store.screening.deliveries();
      assert.equal(d.alertId, a.id);
      return d.id;
    }

    test('a claimed delivery is leased: nobody else takes it until the lease ends', async (t) => {
      const store = await fresh(t);
      const id = await oneDelivery(store);
      const now = new Date(Date.now() + 1000).toISOString();
      const lease = new Date(Date.now() + 60_000).toISOString();
      assert.deepEqual((await store.screening.claimDeliveries(now, lease, 10)).map((d) => d.id), [id]);
      assert.deepEqual(await store.screening.claimDeliveries(now, lease, 10), []);
      assert.equal(await store.screening.nextDeliveryAt(), lease);
      const afterLease = new Date(Date.now() + 61_000).toISOString();
      assert.deepEqual((await store.screening.claimDeliveries(afterLease, afterLease, 10)).map((d) => d.id), [id]);
    });

    test('a failure is retried when asked; after the last it is dead until retried by hand', async (t) => {
      const store = await fresh(t);
      const id = await oneDelivery(store);
      const later = new Date(Date.now() + 5000).toISOString();
      await store.screening.recordDelivery(id, { ok: false, error: 'HTTP 500', retryAt: later });
      let [d] = await store.screening.deliveries();
      assert.deepEqual([d.status, d.attempts, d.lastError, d.nextAttemptAt], ['pending', 1, 'HTTP 500', later]);
      await store.screening.recordDelivery(id, { ok: false, error: 'timed out after 100 ms', retryAt: null });
      [d] = await store.screening.deliveries({ status: 'dead' });
      assert.deepEqual([d.id, d.attempts, d.lastError], [id, 2, 'timed out after 100 ms']);
      assert.equal(await store.screening.nextDeliveryAt(), null);
      assert.equal(await store.screening.retryDelivery(id), true);
      assert.equal(await store.screening.retryDelivery(id), false);
      await store.screening.recordDelivery(id, { ok: true });
      [d] = await store.screening.deliveries();
      assert.deepEqual([d.status, d.attempts, d.lastError], ['delivered', 3, null]);
      assert.ok(d.deliveredAt);
    });

    test('removing a webhook ends its pending deliveries', async (t) => {
      const store = await fresh(t);
      await oneDelivery(store);
      const [hook] = await store.screening.webhooks();
      assert.equal(await store.screening.removeWebhook(hook.id), true);
      assert.equal(await store.screening.removeWebhook(hook.id), false);
      assert.deepEqual(await store.screening.webhooks(), []);
      const [d] = await store.screening.deliveries();
      assert.deepEqual([d.status, d.lastError], ['dead', 'webhook removed']);
    });
  });
}
