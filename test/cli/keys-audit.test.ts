/**
 * `ghirbal keys` and `ghirbal audit` through the real command on a real SQLite file: a key
 * printed once works until revoked; a tampered audit log fails verification with exit 1.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { AuditRecord } from '../../src/store/types.js';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { auditEntries } from '../store/fixtures.js';

const tmp = tempDir();
after(tmp.cleanup);

async function lookUp(db: string, key: string) {
  const store = await openSqliteStore(db);
  try {
    return await store.findApiKey(key);
  } finally {
    await store.close();
  }
}

/** A store file holding five screenings, as a server would have written them. */
async function auditedStore(name: string): Promise<{ db: string; records: AuditRecord[] }> {
  const db = join(tmp.dir, `${name}.db`);
  const store = await openSqliteStore(db);
  try {
    return { db, records: [...await store.appendAudit(auditEntries(3)), ...await store.appendAudit(auditEntries(2))] };
  } finally {
    await store.close();
  }
}

function exported(stdout: string): AuditRecord[] {
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

test('keys create --json prints the id and the secret, which works until the key is revoked', async () => {
  const db = join(tmp.dir, 'keys.db');
  const { result, json: created } = await runJson(['keys', 'create', '--role', 'admin', '--label', 'ops laptop', '--db', db]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(created.id, /^key_[0-9a-f]{8}$/);
  assert.match(created.key, /^ghk_/);
  assert.deepEqual(await lookUp(db, created.key), { id: created.id, role: 'admin', label: 'ops laptop', createdAt: created.createdAt, revokedAt: null });

  const human = await runCli(['keys', 'create', '--role', 'screen', '--db', db]);
  assert.equal(human.code, 0, human.stderr);
  const secret = human.stdout.match(/ghk_[A-Za-z0-9_-]+/)?.[0];
  assert.ok(secret, human.stdout);
  assert.match(human.stdout, /cannot show it again/);
  assert.equal((await lookUp(db, secret))?.role, 'screen');

  const list = await runCli(['keys', 'list', '--db', db, '--json']);
  const keys = JSON.parse(list.stdout);
  assert.deepEqual(keys.map((k: { role: string }) => k.role).sort(), ['admin', 'screen']);
  for (const s of [created.key, secret]) assert.ok(!list.stdout.includes(s), 'keys list shows a secret');
  assert.match((await runCli(['keys', 'list', '--db', db])).stdout, new RegExp(`${created.id}\\s+admin\\s+ops laptop`));

  const revoked = await runCli(['keys', 'revoke', created.id, '--db', db]);
  assert.equal(revoked.code, 0, revoked.stderr);
  assert.equal(await lookUp(db, created.key), null);
  assert.ok((await runJson(['keys', 'list', '--db', db])).json.find((k: { id: string }) => k.id === created.id).revokedAt);
  const again = await runCli(['keys', 'revoke', created.id, '--db', db]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, new RegExp(`No live key with id "${created.id}"`));
});

test('keys create refuses a missing or unknown role, naming the choices', async () => {
  const db = join(tmp.dir, 'roles.db');
  for (const args of [['--role', 'root'], []]) {
    const r = await runCli(['keys', 'create', ...args, '--db', db]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--role/);
  }
  assert.match((await runCli(['keys', 'create', '--role', 'root', '--db', db])).stderr, /screen, admin/);
  assert.deepEqual((await runJson(['keys', 'list', '--db', db])).json, []);
});

test('audit verify passes an intact log; export writes its records as JSON lines, by time', async () => {
  const { db, records } = await auditedStore('intact');
  const verified = await runCli(['audit', 'verify', '--db', db]);
  assert.equal(verified.code, 0, verified.stderr);
  assert.match(verified.stdout, /intact: 5 records/);
  assert.ok(verified.stdout.includes(records[4].hash), 'the last hash is shown, to be kept elsewhere');
  assert.deepEqual((await runJson(['audit', 'verify', '--db', db])).json, { ok: true, checked: 5, lastHash: records[4].hash });

  const all = await runCli(['audit', 'export', '--db', db]);
  assert.equal(all.code, 0, all.stderr);
  assert.deepEqual(exported(all.stdout), records);
  const from = await runCli(['audit', 'export', '--from', records[0].at, '--to', '2999-01-01', '--db', db]);
  assert.deepEqual(exported(from.stdout), records);
  const before = await runCli(['audit', 'export', '--to', records[0].at, '--db', db]);
  assert.deepEqual([before.code, before.stdout], [0, '']);

  const bad = await runCli(['audit', 'export', '--from', '31/12/2024', '--db', db]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /from "31\/12\/2024" is not an ISO date/);
});

test('audit verify exits 1 naming the first record that was edited', async () => {
  const { db } = await auditedStore('tampered');
  const raw = new Database(db);
  raw.exec('DROP TRIGGER audit_log_no_update');
  raw.prepare('UPDATE audit_log SET threshold = 0.99 WHERE seq = 3').run();
  raw.close();
  const r = await runCli(['audit', 'verify', '--db', db]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /BROKEN at record 3: record 3 was altered/);
  const { result, json } = await runJson(['audit', 'verify', '--db', db]);
  assert.equal(result.code, 1);
  assert.deepEqual([json.ok, json.checked, json.firstBad.seq], [false, 2, 3]);
});
