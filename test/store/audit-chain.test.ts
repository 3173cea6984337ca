/**
 * The audit chain's canonical JSON and hashes: what lets anyone recompute a record's hash from
 * an export with a JCS (RFC 8785) library. Expected texts are written out by hand from the RFC.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { canonicalJson, GENESIS_HASH, recordHash, sealBatch, toAuditRecord } from '../../src/store/audit-chain.js';
import type { AuditEntryInput } from '../../src/store/types.js';

test('object keys are sorted by UTF-16 code unit, as RFC 8785 §3.2.3 sorts them', () => {
  const value = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One',
    '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
  assert.equal(canonicalJson(value),
    '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign",'
    + '"\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}');
});

test('no white space, nested values sorted, and what JSON cannot hold left out of objects or null in arrays', () => {
  const value = { b: [3, undefined, { y: null, x: 'ä' }], a: { d: undefined, c: 1.5e-7 }, e: () => 1, f: true };
  assert.equal(canonicalJson(value), '{"a":{"c":1.5e-7},"b":[3,null,{"x":"ä","y":null}],"f":true}');
  assert.equal(canonicalJson([]), '[]');
  assert.equal(canonicalJson({}), '{}');
  assert.equal(canonicalJson(undefined), 'null');
  assert.equal(canonicalJson({ at: new Date('2024-10-31T09:00:00Z') }), '{"at":"2024-10-31T09:00:00.000Z"}');
});

const entry = (name: string, keyId: string | null, versions: Record<string, number>): AuditEntryInput => ({
  keyId,
  channel: 'POST /match/default',
  query: { schema: 'Person', properties: { name: [name], birthDate: ['1960-08-31'] } },
  algorithm: 'ghirbal-v1',
  algorithmVersion: '1',
  threshold: 0.7,
  datasetVersions: versions,
  results: [{ id: 'ofac-2686', score: 0.7894 }, { id: 'csl-sdn-2686', score: 0.75 }],
});

test("a record's hash is sha256 over the previous hash and the canonical JSON of its other fields", () => {
  const versions = { us_ofac_sdn: 2, eu_journal_sanctions: 1 };
  const { rows, head } = sealBatch({ count: 7, lastHash: GENESIS_HASH, lastAt: null },
    [entry('حسن نصر الله', 'key_0a1b2c3d', versions), entry('Hassan Nasrallah', null, versions)], '2024-10-31T09:00:00.000Z');
  assert.deepEqual(rows.map((r) => r.seq), [8, 9]);
  assert.deepEqual(head, { count: 9, lastHash: rows[1].hash, lastAt: '2024-10-31T09:00:00.000Z' });
  assert.equal(rows[0].prev_hash, GENESIS_HASH);
  assert.equal(rows[1].prev_hash, rows[0].hash);
  // Stored as canonical text: keys sorted, whatever order the entry gave them in.
  assert.equal(rows[0].query, '{"properties":{"birthDate":["1960-08-31"],"name":["حسن نصر الله"]},"schema":"Person"}');
  assert.equal(rows[0].dataset_versions, '{"eu_journal_sanctions":1,"us_ofac_sdn":2}');
  assert.equal(rows[0].results, '[{"id":"ofac-2686","score":0.7894},{"id":"csl-sdn-2686","score":0.75}]');
  for (const row of rows) {
    const { hash, ...fields } = toAuditRecord(row);
    const expected = createHash('sha256').update(fields.prevHash).update(canonicalJson(fields)).digest('hex');
    assert.equal(row.hash, expected);
    assert.equal(recordHash(fields), expected);
    assert.equal(hash, expected);
  }
  assert.ok(canonicalJson(toAuditRecord(rows[1])).includes('"keyId":null'), 'a key id of null is hashed as null, not left out');
});

test('a wrong entry fails the whole batch, naming the entry and the field', () => {
  const bad = { ...entry('x', null, {}), threshold: Number.NaN };
  assert.throws(() => sealBatch({ count: 0, lastHash: GENESIS_HASH, lastAt: null }, [entry('y', null, {}), bad]),
    /Audit entry 1: threshold must be a finite number/);
});
