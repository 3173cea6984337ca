/**
 * The Store contract and PostgreSQL's own failure modes, against the server named by
 * GHIRBAL_TEST_PG_URL. Every store lives in a schema of its own, dropped afterwards.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/open.js';
import { PostgresStore, openPostgresStore } from '../../src/store/postgres.js';
import { storeContract, type OpenedStore } from './contract.js';
import { screeningContract } from './contract-screening.js';
import { auditEntries, collect, deferred, ids, pausing, people, versionMeta } from './fixtures.js';

const PG_URL = process.env.GHIRBAL_TEST_PG_URL;
const MISSING = 'GHIRBAL_TEST_PG_URL is not set, so PostgresStore was not tested '
  + '(e.g. GHIRBAL_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test)';

if (PG_URL) {
  postgresSuite(PG_URL);
} else if (process.env.CI === 'true') {
  test('PostgresStore', () => {
    throw new Error(MISSING);
  });
} else {
  test('PostgresStore', { skip: MISSING }, () => undefined);
}

function withApplicationName(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return u.toString();
}

function postgresSuite(url: string): void {
  const run = `ghirbal_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  const schemas = new Set<string>();
  let made = 0;

  function freshSchema(): string {
    const schema = `${run}_${++made}`;
    schemas.add(schema);
    return schema;
  }

  async function dropSchema(schema: string): Promise<void> {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    schemas.delete(schema);
  }

  after(async () => {
    for (const schema of schemas) await dropSchema(schema);
    await admin.end();
  });

  /** On a connection of the test's own, as another program with write access would. */
  async function rawSql(schema: string, statement: string, opts: { unguarded?: boolean } = {}): Promise<Record<string, unknown>[]> {
    const c = await admin.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SET LOCAL search_path TO "${schema}"`);
      if (opts.unguarded) await c.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
      const { rows } = await c.query(statement);
      await c.query('COMMIT');
      return rows;
    } catch (err) {
      await c.query('ROLLBACK');
      throw err;
    } finally {
      c.release();
    }
  }

  async function openFresh(): Promise<OpenedStore> {
    const schema = freshSchema();
    const store = await openPostgresStore(url, { schema });
    return {
      store,
      sql: (statement, opts) => rawSql(schema, statement, opts),
      cleanup: async () => {
        try {
          await store.close();
        } finally {
          await dropSchema(schema);
        }
      },
    };
  }

  storeContract('PostgresStore', openFresh);
  describe('PostgresStore screening', () => screeningContract(openFresh));

  describe('PostgresStore specifics', () => {
    test('the server ending the importing connection mid-import leaves the previous version current', async (t) => {
      const schema = freshSchema();
      const app = `${run}_terminated`;
      const store = await openPostgresStore(withApplicationName(url, app), { schema });
      t.after(() => store.close());
      const v1 = (await store.importVersion(versionMeta('un-sc', 'Monday'), people(300))).version;

      const reached = deferred();
      const gate = deferred();
      const importing = store.importVersion(versionMeta('un-sc', 'Tuesday'), pausing(people(1500), 1200, reached.resolve, gate.promise));
      await reached.promise;
      const holder = await admin.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND state = 'idle in transaction'",
        [app],
      );
      assert.equal(holder.rows.length, 1, 'one connection holds the import open');
      const ended = await admin.query<{ ok: boolean }>('SELECT pg_terminate_backend($1, 10000) AS ok', [holder.rows[0].pid]);
      assert.equal(ended.rows[0].ok, true);
      gate.resolve();
      await assert.rejects(importing, /terminating connection due to administrator command/);

      const other = await openPostgresStore(url, { schema });
      t.after(() => other.close());
      for (const s of [store, other]) {
        assert.deepEqual(await s.versions('un-sc'), [v1]);
        assert.deepEqual(ids(await collect(s.entities('un-sc'))), ids(people(300)));
      }
      const rows = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".version_entities`);
      assert.equal(rows.rows[0].n, 300);
      const next = await store.importVersion(versionMeta('un-sc', 'Wednesday'), people(310));
      assert.deepEqual([next.version.seq, next.version.entityCount], [2, 310]);
    });

    test('a second process importing the same dataset waits for the first, then takes the next version', async (t) => {
      const schema = freshSchema();
      const secondApp = `${run}_second`;
      const first = await openPostgresStore(url, { schema });
      const second = await openPostgresStore(withApplicationName(url, secondApp), { schema });
      t.after(() => Promise.all([first.close(), second.close()]));
      await first.importVersion(versionMeta('un-sc', 'Monday'), people(10));

      const reached = deferred();
      const gate = deferred();
      const one = first.importVersion(versionMeta('un-sc', 'Tuesday'), pausing(people(800), 600, reached.resolve, gate.promise));
      await reached.promise;
      const two = second.importVersion(versionMeta('un-sc', 'Wednesday'), people(900));
      // A lock wait raises no event a client can await: ask the server until it shows one.
      const waiting = "SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'";
      while ((await admin.query(waiting, [secondApp])).rowCount === 0);
      gate.resolve();

      const [a, b] = await Promise.all([one, two]);
      assert.deepEqual([a.version.seq, a.version.entityCount], [2, 800]);
      assert.deepEqual([b.version.seq, b.version.entityCount], [3, 900]);
      assert.deepEqual((await first.versions('un-sc')).map((v) => [v.seq, v.current]), [[1, false], [2, false], [3, true]]);
    });

    test('processes appending to the audit log at the same time take turns: one chain, no gaps', async (t) => {
      const schema = freshSchema();
      const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(url, { schema })));
      t.after(() => Promise.all(stores.map((s) => s.close())));
      const batches = await Promise.all(Array.from({ length: 30 }, (_, i) => stores[i % 3].appendAudit(auditEntries(20, `process ${i % 3}`))));
      const starts = batches.map((b) => b[0].seq).sort((a, b) => a - b);
      assert.deepEqual(starts, Array.from({ length: 30 }, (_, i) => 1 + 20 * i));
      const verified = await stores[1].verifyAudit();
      assert.deepEqual([verified.ok, verified.checked], [true, 600], verified.firstBad?.reason);
    });

    test('openStore() opens a postgres:// URL as PostgreSQL, in the schema it names', async (t) => {
      const schema = freshSchema();
      const u = new URL(url);
      u.searchParams.set('schema', schema);
      const store = await openStore(u.toString());
      t.after(() => store.close());
      assert.ok(store instanceof PostgresStore);
      await store.importVersion(versionMeta('un-sc', 'Monday'), people(3));
      const rows = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".versions`);
      assert.equal(rows.rows[0].n, 1);
    });
  });
}
