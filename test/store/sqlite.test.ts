import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, test, type TestContext } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.js';
import { SqliteStore, openSqliteStore } from '../../src/store/sqlite.js';
import { REPO_ROOT } from '../helpers/data.js';
import { storeContract, type OpenedStore } from './contract.js';
import { screeningContract } from './contract-screening.js';
import { auditEntries, collect, deferred, lavrov, pausing, people, person, versionMeta } from './fixtures.js';

const CHILD = join(REPO_ROOT, 'test', 'store', 'import-child.ts');

/**
 * Entities the killed import has taken in before the kill: enough that its uncommitted pages
 * overflow SQLite's page cache into the WAL file, so the kill lands on a half-written import.
 */
const KILL_AFTER = 5000;

async function tempDbPath(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ghirbal-store-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return join(dir, 'ghirbal.db');
}

/** A connection of its own, as another program editing the file would open. */
async function rawSql(path: string, statement: string, opts: { unguarded?: boolean } = {}): Promise<Record<string, unknown>[]> {
  const db = new Database(path);
  try {
    if (opts.unguarded) db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete');
    if (/^\s*SELECT/i.test(statement)) return db.prepare(statement).all() as Record<string, unknown>[];
    db.exec(statement);
    return [];
  } finally {
    db.close();
  }
}

async function openTemp(): Promise<OpenedStore> {
  const dir = await mkdtemp(join(tmpdir(), 'ghirbal-store-'));
  const path = join(dir, 'ghirbal.db');
  const store = await openSqliteStore(path);
  return {
    store,
    sql: (statement, opts) => rawSql(path, statement, opts),
    cleanup: async () => {
      try {
        await store.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

storeContract('SqliteStore', openTemp);
describe('SqliteStore screening', () => screeningContract(openTemp));

/** Resolves when the child prints `line`; rejects, with its stderr, if it exits first. */
function printed(child: ChildProcess, line: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (l) => { if (l === line) resolve(); });
    child.once('exit', (code, signal) => reject(new Error(`import child exited (${code ?? signal}) before "${line}":\n${stderr}`)));
  });
}

function integrityCheck(path: string): string {
  const db = new Database(path);
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('SqliteStore specifics', () => {
  test('a store reopened from its file still has its versions and entities', async (t) => {
    const path = await tempDbPath(t);
    const first = await openSqliteStore(path);
    const { version } = await first.importVersion(versionMeta('eu-fsf', 'April list'), [lavrov().build()]);
    await first.close();
    const again = await openSqliteStore(path);
    t.after(() => again.close());
    assert.deepEqual(await again.version('eu-fsf'), version);
    assert.deepEqual(await again.entity('eu-fsf-lavrov'), lavrov().build());
  });

  test('kill -9 in the middle of an import leaves the previous version current and the file sound', async (t) => {
    const path = await tempDbPath(t);
    const before = await openSqliteStore(path);
    const v1 = (await before.importVersion(versionMeta('un-sc', 'Monday'), people(50))).version;
    await before.close();

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, String(KILL_AFTER)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    t.after(() => child.kill('SIGKILL'));
    await printed(child, 'written');
    assert.ok(statSync(`${path}-wal`).size > 0, 'the import had written uncommitted pages to the WAL');
    child.kill('SIGKILL');
    const [, signal] = await once(child, 'exit');
    assert.equal(signal, 'SIGKILL');

    assert.equal(integrityCheck(path), 'ok');
    const store = await openSqliteStore(path);
    t.after(() => store.close());
    assert.deepEqual(await store.versions('un-sc'), [v1]);
    assert.deepEqual(await store.datasets(), [{ name: 'un-sc', current: v1, versionCount: 1 }]);
    assert.deepEqual(await collect(store.entities('un-sc')), people(50));
    assert.equal(await store.entity(person(KILL_AFTER - 1).id), null);
    const next = await store.importVersion(versionMeta('un-sc', 'Tuesday'), people(60));
    assert.deepEqual([next.version.seq, next.version.entityCount], [2, 60]);
  });

  test('re-importing a list with one change stores only the changed entity again', async (t) => {
    const path = await tempDbPath(t);
    const store = await openSqliteStore(path);
    t.after(() => store.close());
    await store.importVersion(versionMeta('un-sc', 'Monday'), people(1000));
    const amended = people(1000);
    amended[500] = { ...amended[500], properties: { ...amended[500].properties, alias: ['Sasha'] } };
    await store.importVersion(versionMeta('un-sc', 'Tuesday'), amended);
    const db = new Database(path, { readonly: true });
    t.after(() => db.close());
    assert.equal(db.prepare('SELECT count(*) FROM entity_blobs').pluck().get(), 1001);
    assert.equal((await store.diff('un-sc')).changed.length, 1);
  });

  test('a serving store leaves WAL checkpoints to a thread of its own: commits never copy the log back, the thread copies all of it', async (t) => {
    const path = await tempDbPath(t);
    const store = await openSqliteStore(path);
    t.after(() => store.close());
    await store.migrate();
    // The thread's own timer is set past the test's end: only the checkpoints asked for run.
    store.checkpointOffThread(3_600_000);
    const checkpointer = store.checkpointer;
    assert.ok(checkpointer);
    // Small commits, as a server's audit batches: left to itself SQLite copies the log back from
    // inside the commit that takes it past 1,000 pages, and starts it again.
    for (let i = 0; i < 500; i++) await store.appendAudit(auditEntries(10, `batch ${i}`));
    const first = await checkpointer.checkpoint();
    assert.ok(first.logFrames > 1000, `the log grew to ${first.logFrames} frames: no commit checkpointed it`);
    assert.equal(first.checkpointedFrames, first.logFrames, 'the thread copied every frame back');
    // Once copied back, the next commit writes the log from its start again: it does not grow without end.
    await store.appendAudit(auditEntries(10, 'after'));
    const second = await checkpointer.checkpoint();
    assert.ok(second.logFrames < 100, `the log started again (${second.logFrames} frames)`);
    assert.equal(second.checkpointedFrames, second.logFrames);
    const verified = await store.verifyAudit();
    assert.deepEqual([verified.ok, verified.checked], [true, 5010]);
  });

  test("an audit append waits for another connection's import without holding up the thread", async (t) => {
    const path = await tempDbPath(t);
    const importer = await openSqliteStore(path);
    const server = await openSqliteStore(path);
    t.after(() => Promise.all([importer.close(), server.close()]));
    const reached = deferred();
    const gate = deferred();
    const importing = importer.importVersion(versionMeta('un-sc', 'Monday'), pausing(people(1500), 1100, reached.resolve, gate.promise));
    await reached.promise;
    let settled = false;
    const appending = server.appendAudit(auditEntries(3)).finally(() => { settled = true; });
    await nextTurn();
    assert.equal(settled, false, 'the append did not wait for the import');
    // The thread is free: the other store still answers reads while its append waits.
    assert.deepEqual(await server.datasets(), []);
    gate.resolve();
    await importing;
    assert.deepEqual((await appending).map((r) => r.seq), [1, 2, 3]);
    assert.deepEqual([(await server.verifyAudit()).ok, (await importer.verifyAudit()).checked], [true, 3]);
  });

  test('":memory:" holds a store for the life of the process', async () => {
    const store = await openSqliteStore(':memory:');
    await store.importVersion(versionMeta('eu-fsf', 'April list'), [lavrov().build()]);
    assert.deepEqual(await collect(store.allCurrentEntities()), [lavrov().build()]);
    await store.appendAudit(auditEntries(3));
    assert.deepEqual(await store.verifyAudit(), { ok: true, checked: 3, lastHash: (await collect(store.auditRecords())).at(-1)?.hash });
    await store.close();
  });

  test('openStore() opens a file path as a SQLite store', async (t) => {
    const store = await openStore(await tempDbPath(t));
    t.after(() => store.close());
    assert.ok(store instanceof SqliteStore);
    assert.deepEqual(await store.datasets(), []);
  });
});
