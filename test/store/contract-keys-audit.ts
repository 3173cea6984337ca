/**
 * API keys and the audit log, part of the Store contract: run by storeContract() for each
 * backend. Tampering goes through raw SQL, as someone with write access to the database would.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, test, type TestContext } from 'node:test';
import { recordHash } from '../../src/store/audit-chain.js';
import type { AuditRecord, KeyRole, Store } from '../../src/store/types.js';
import type { OpenedStore } from './contract.js';
import { auditEntries, auditEntry, collect, deferred, people, versionMeta } from './fixtures.js';

const ISO_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const ISO_MILLIS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const ZEROS = '0'.repeat(64);

type Sql = OpenedStore['sql'];

/** A SQL literal for a value in a hand-written statement. */
function literal(v: unknown): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number') return String(v);
  return `'${String(v).replace(/'/g, "''")}'`;
}

/** An audit record as an INSERT a forger would write, JSON fields as the store keeps them. */
function insertRecord(r: AuditRecord): string {
  const values = [r.seq, r.at, r.keyId, r.channel, JSON.stringify(r.query), r.algorithm, r.algorithmVersion,
    r.threshold, JSON.stringify(r.datasetVersions), JSON.stringify(r.results), r.prevHash, r.hash];
  return `INSERT INTO audit_log (seq, at, key_id, channel, query, algorithm, algorithm_version, threshold,
    dataset_versions, results, prev_hash, hash) VALUES (${values.map(literal).join(', ')})`;
}

export function keysAndAuditContract(open: () => Promise<OpenedStore>): void {
  async function fresh(t: TestContext): Promise<OpenedStore> {
    const opened = await open();
    t.after(opened.cleanup);
    return opened;
  }

  /** A store holding five screenings: 1-3 written as one batch, 4-5 as another. */
  async function fiveRecords(t: TestContext): Promise<{ store: Store; sql: Sql; records: AuditRecord[] }> {
    const { store, sql } = await fresh(t);
    const records = [...await store.appendAudit(auditEntries(3)), ...await store.appendAudit([auditEntry(3), auditEntry(4)])];
    return { store, sql, records };
  }

  async function assertBrokenAt(store: Store, seq: number, reason: RegExp): Promise<void> {
    const v = await store.verifyAudit();
    assert.equal(v.ok, false, 'the tampering went unnoticed');
    assert.equal(v.firstBad?.seq, seq, v.firstBad?.reason);
    assert.match(v.firstBad?.reason ?? '', reason);
    assert.equal(v.checked, seq - 1);
  }

  describe('API keys', () => {
    test('a new key is found by its secret, which the store keeps only as a hash', async (t) => {
      const { store, sql } = await fresh(t);
      const { record, key } = await store.createApiKey('screen', 'onboarding service');
      assert.match(record.id, /^key_[0-9a-f]{8}$/);
      assert.match(key, /^ghk_[A-Za-z0-9_-]{43}$/);
      assert.deepEqual([record.role, record.label, record.revokedAt], ['screen', 'onboarding service', null]);
      assert.match(record.createdAt, ISO_SECONDS);
      assert.deepEqual(await store.findApiKey(key), record);
      const admin = await store.createApiKey('admin');
      assert.notEqual(admin.key, key);
      assert.notEqual(admin.record.id, record.id);
      assert.equal(admin.record.label, null);
      assert.deepEqual(await store.findApiKey(admin.key), admin.record);
      assert.deepEqual(await store.listApiKeys(), [record, admin.record].sort((a, b) => a.id.localeCompare(b.id)));
      const stored = JSON.stringify(await sql('SELECT * FROM api_keys'));
      for (const secret of [key, admin.key]) {
        assert.ok(!stored.includes(secret.slice(4)), 'the secret itself is stored');
        assert.ok(stored.includes(createHash('sha256').update(secret).digest('hex')));
      }
    });

    test('a wrong, altered or malformed key is not found', async (t) => {
      const { store } = await fresh(t);
      const { key } = await store.createApiKey('admin');
      const altered = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
      for (const wrong of [altered, `${key}x`, key.slice(0, -1), key.toUpperCase(), '', 'ghk_', 'Bearer x', key.slice(4)]) {
        assert.equal(await store.findApiKey(wrong), null, wrong);
      }
    });

    test('a revoked key is no longer found, and stays listed with when it was revoked', async (t) => {
      const { store } = await fresh(t);
      const revoked = await store.createApiKey('screen', 'old laptop');
      const kept = await store.createApiKey('screen', 'new laptop');
      assert.equal(await store.revokeApiKey(revoked.record.id), true);
      assert.equal(await store.findApiKey(revoked.key), null);
      assert.deepEqual(await store.findApiKey(kept.key), kept.record);
      const listed = (await store.listApiKeys()).find((k) => k.id === revoked.record.id);
      assert.match(listed?.revokedAt ?? '', ISO_SECONDS);
      assert.equal(await store.revokeApiKey(revoked.record.id), false, 'revoking twice');
      assert.equal(await store.revokeApiKey('key_00000000'), false, 'an unknown id');
    });

    test('a key role other than screen or admin is refused', async (t) => {
      const { store } = await fresh(t);
      await assert.rejects(store.createApiKey('root' as KeyRole), /Unknown key role "root": use screen or admin/);
      assert.deepEqual(await store.listApiKeys(), []);
    });
  });

  describe('audit log', () => {
    test('batches are numbered on from the last record, in order, each chained to the one before', async (t) => {
      const { store, records } = await fiveRecords(t);
      assert.deepEqual(records.map((r) => r.seq), [1, 2, 3, 4, 5]);
      assert.deepEqual(records.map((r) => r.channel), auditEntries(5).map((e) => e.channel));
      assert.deepEqual(records.map((r) => r.query), auditEntries(5).map((e) => e.query));
      assert.equal(records[0].prevHash, ZEROS);
      for (let i = 1; i < records.length; i++) assert.equal(records[i].prevHash, records[i - 1].hash);
      for (const r of records) assert.match(r.at, ISO_MILLIS);
      assert.deepEqual(records.slice(0, 2).map(({ seq, at, prevHash, hash, ...entry }) => entry), auditEntries(2));
      assert.deepEqual(await collect(store.auditRecords()), records);
      assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 5, lastHash: records[4].hash });
      assert.deepEqual(await store.appendAudit([]), []);
    });

    test("a record's hash is sha256 of the previous hash and its fields as canonical JSON (RFC 8785)", async (t) => {
      const { store } = await fresh(t);
      const [r] = await store.appendAudit([{ ...auditEntry(1), query: { schema: 'Person', properties: { name: ['Ivanov'] } } }]);
      const canonical = `{"algorithm":"ghirbal-v1","algorithmVersion":"1.0","at":"${r.at}","channel":"POST /match/default",`
        + '"datasetVersions":{"eu-fsf":12,"un-sc":3},"keyId":"key_0a1b2c3d","prevHash":"' + ZEROS + '",'
        + '"query":{"properties":{"name":["Ivanov"]},"schema":"Person"},'
        + '"results":[{"id":"un-sc-000001","score":0.93},{"id":"un-sc-000002","score":0.71}],"seq":1,"threshold":0.7}';
      assert.equal(r.hash, createHash('sha256').update(ZEROS + canonical).digest('hex'));
    });

    test('an empty log verifies', async (t) => {
      const { store } = await fresh(t);
      assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 0, lastHash: ZEROS });
      assert.deepEqual(await collect(store.auditRecords()), []);
    });

    test('a malformed entry fails its whole batch, naming the entry and the field', async (t) => {
      const { store } = await fresh(t);
      await assert.rejects(store.appendAudit([auditEntry(0), { ...auditEntry(1), threshold: Number.NaN }]),
        /Audit entry 1: threshold must be a finite number/);
      await assert.rejects(store.appendAudit([{ ...auditEntry(0), results: [{ id: 'x' }] as never }]),
        /Audit entry 0: results must be an array of \{id, score\}/);
      assert.deepEqual(await collect(store.auditRecords()), []);
      assert.deepEqual((await store.appendAudit([auditEntry(0)])).map((r) => r.seq), [1]);
    });

    test('appends at the same time each keep their batch together and in order; the chain verifies', async (t) => {
      const { store } = await fresh(t);
      const batches = await Promise.all(['a', 'b', 'c', 'd'].map((c) => store.appendAudit(auditEntries(25, `batch ${c}`))));
      for (const batch of batches) {
        const seqs = batch.map((r) => r.seq);
        assert.deepEqual(seqs, seqs.map((_, i) => seqs[0] + i), 'a batch was split');
        assert.equal(new Set(batch.map((r) => r.channel)).size, 1);
      }
      assert.deepEqual(batches.map((b) => b[0].seq).sort((a, b) => a - b), [1, 26, 51, 76]);
      assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 100, lastHash: (await collect(store.auditRecords())).at(-1)?.hash });
    });

    test('verifying while appends go on never mistakes them for tampering', async (t) => {
      const { store } = await fresh(t);
      await store.appendAudit(auditEntries(50));
      const [, verified] = await Promise.all([
        Promise.all(Array.from({ length: 10 }, () => store.appendAudit(auditEntries(10)))),
        store.verifyAudit(),
      ]);
      assert.equal(verified.ok, true, verified.firstBad?.reason);
      assert.deepEqual([(await store.verifyAudit()).ok, (await store.verifyAudit()).checked], [true, 150]);
    });

    test('an append while an import is in flight is kept, though the import fails', async (t) => {
      const { store } = await fresh(t);
      const reached = deferred();
      const gate = deferred();
      async function* breaksAfterGate() {
        for (const [i, e] of people(500).entries()) {
          if (i === 300) {
            reached.resolve();
            await gate.promise;
            throw new Error('list file truncated');
          }
          yield e;
        }
      }
      const importing = store.importVersion(versionMeta('un-sc', 'Monday'), breaksAfterGate());
      await reached.promise;
      const appending = store.appendAudit(auditEntries(3));
      gate.resolve();
      await assert.rejects(importing, /list file truncated/);
      assert.deepEqual((await appending).map((r) => r.seq), [1, 2, 3]);
      assert.deepEqual(await store.datasets(), []);
      assert.equal((await store.verifyAudit()).checked, 3);
    });

    test('audit records cannot be changed or deleted by a plain UPDATE or DELETE', async (t) => {
      const { store, sql, records } = await fiveRecords(t);
      await assert.rejects(sql("UPDATE audit_log SET channel = 'cli match' WHERE seq = 2"), /append-only/);
      await assert.rejects(sql('DELETE FROM audit_log WHERE seq = 5'), /append-only/);
      assert.deepEqual(await collect(store.auditRecords()), records);
    });

    test('editing any field of a middle record is found at that record', async (t) => {
      const edits = [
        "channel = 'cli match'", 'threshold = 0.95', "key_id = 'key_ffffffff'", 'key_id = NULL',
        "at = '2020-01-01T00:00:00.000Z'", 'results = \'[{"id":"un-sc-000003","score":0.5}]\'',
        "query = '{\"schema\":\"Person\"}'", "query = 'not json'", "dataset_versions = '{\"un-sc\":2,\"eu-fsf\":12}'",
        "algorithm_version = '0.9'",
      ];
      for (const edit of edits) {
        const { store, sql } = await fiveRecords(t);
        await sql(`UPDATE audit_log SET ${edit} WHERE seq = 3`, { unguarded: true });
        await assertBrokenAt(store, 3, /record 3 was altered/);
      }
    });

    test('an edited record given a fresh hash breaks the link to the record after it', async (t) => {
      const { store, sql, records } = await fiveRecords(t);
      const { hash, ...fields } = { ...records[2], threshold: 0.95 };
      await sql(`UPDATE audit_log SET threshold = 0.95, hash = '${recordHash(fields)}' WHERE seq = 3`, { unguarded: true });
      await assertBrokenAt(store, 4, /record 4 does not follow record 3/);
    });

    test('a deleted middle record is found missing', async (t) => {
      const { store, sql } = await fiveRecords(t);
      await sql('DELETE FROM audit_log WHERE seq = 3', { unguarded: true });
      await assertBrokenAt(store, 3, /record 3 is missing: the log goes from record 2 to record 4/);
    });

    test('deleting the newest records is found through the head', async (t) => {
      const { store, sql } = await fiveRecords(t);
      await sql('DELETE FROM audit_log WHERE seq = 5', { unguarded: true });
      await assertBrokenAt(store, 5, /record 5 is missing: the audit head counts 5 records but the log ends at record 4/);
      await sql('DELETE FROM audit_log', { unguarded: true });
      await assertBrokenAt(store, 1, /record 1 is missing: the audit head counts 5 records but the log ends empty/);
    });

    test('a forged record chained correctly after the last one is found through the head', async (t) => {
      const { store, sql, records } = await fiveRecords(t);
      const forged = { ...records[4], ...auditEntry(9), seq: 6, prevHash: records[4].hash };
      await sql(insertRecord({ ...forged, hash: recordHash(forged) }), { unguarded: true });
      await assertBrokenAt(store, 6, /record 6 was added outside Ghirbal: the audit head counts 5 records/);
    });

    test('two records that swapped places are found at the first', async (t) => {
      const { store, sql } = await fiveRecords(t);
      await sql('UPDATE audit_log SET seq = 0 WHERE seq = 2', { unguarded: true });
      await sql('UPDATE audit_log SET seq = 2 WHERE seq = 4', { unguarded: true });
      await sql('UPDATE audit_log SET seq = 4 WHERE seq = 0', { unguarded: true });
      await assertBrokenAt(store, 2, /record 2 does not follow record 1/);
    });

    test('a record renumbered before the first is found', async (t) => {
      const { store, sql } = await fiveRecords(t);
      await sql('UPDATE audit_log SET seq = -1 WHERE seq = 1', { unguarded: true });
      await assertBrokenAt(store, 1, /record 1 is missing: the log starts at record -1/);
    });

    test('a deleted head is reported, and nothing more is appended', async (t) => {
      const { store, sql } = await fiveRecords(t);
      await sql('DELETE FROM audit_head');
      await assertBrokenAt(store, 1, /audit head .* is missing/);
      await assert.rejects(store.appendAudit([auditEntry(5)]), /audit head is missing/);
    });

    test('records are exported by time, from inclusive and to exclusive, in seq order', async (t) => {
      const { store, sql } = await fiveRecords(t);
      // Times set by hand so the bounds can be exact; the chain does not matter here.
      const times = ['2024-05-01T09:00:00.000Z', '2024-05-01T10:00:00.000Z', '2024-05-01T10:00:00.500Z', '2024-05-02T00:00:00.000Z', '2024-05-03T12:00:00.000Z'];
      for (const [i, at] of times.entries()) await sql(`UPDATE audit_log SET at = '${at}' WHERE seq = ${i + 1}`, { unguarded: true });
      const seqs = async (range?: { from?: string; to?: string }) => (await collect(store.auditRecords(range))).map((r) => r.seq);
      assert.deepEqual(await seqs(), [1, 2, 3, 4, 5]);
      assert.deepEqual(await seqs({ from: '2024-05-01T10:00:00Z', to: '2024-05-02' }), [2, 3]);
      assert.deepEqual(await seqs({ from: '2024-05-01T10:00:00', to: '2024-05-01T10:00:00.500Z' }), [2]);
      assert.deepEqual(await seqs({ from: '2024-05-01T12:00:00+02:00' }), [2, 3, 4, 5]);
      assert.deepEqual(await seqs({ from: '2024-05-02' }), [4, 5]);
      assert.deepEqual(await seqs({ to: '2024-05-01T10:00:00Z' }), [1]);
      assert.deepEqual(await seqs({ from: '2025-01-01' }), []);
      await assert.rejects(collect(store.auditRecords({ from: 'yesterday' })), /from "yesterday" is not an ISO date/);
      await assert.rejects(collect(store.auditRecords({ to: '2024-13-45' })), /to "2024-13-45" is not an ISO date/);
    });

    test('a long log streams across pages, in seq order, and can be left early', async (t) => {
      const { store } = await fresh(t);
      for (let i = 0; i < 5; i++) await store.appendAudit(auditEntries(500));
      const all = await collect(store.auditRecords());
      assert.deepEqual(all.map((r) => r.seq), Array.from({ length: 2500 }, (_, i) => i + 1));
      let read = 0;
      for await (const _ of store.auditRecords()) if (++read === 10) break;
      await nextTurn();
      const [last] = await store.appendAudit([auditEntry(0)]);
      assert.equal(last.seq, 2501);
      assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 2501, lastHash: last.hash });
    });
  });
}
