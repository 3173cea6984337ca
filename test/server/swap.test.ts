/**
 * The serving index's life: the server answers /healthz at once and /readyz 503 until the
 * index is built; a new list version is swapped in whole while clients keep screening, with
 * no request failing and /readyz 200 throughout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { ServingIndex } from '../../src/screening/serving-index.js';
import { startServer } from '../../src/server/start.js';
import { tempDir } from '../helpers/cli.js';
import { call, haveData, ingest, serveLists, T1, UN, ZALA } from './helpers.js';

test('before the index is built: /healthz 200, /readyz and screening 503; then ready', async (t) => {
  if (!haveData(t, ZALA)) return;
  const tmp = tempDir();
  const store = await openStore(join(tmp.dir, 'ghirbal.db'));
  t.after(async () => {
    await store.close();
    tmp.cleanup();
  });
  await ingest(store, ZALA);
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  // The store as the index reads it, held until the test lets it go.
  const held = {
    datasets: () => store.datasets(),
    entities: async function* (dataset: string, seq?: number) {
      await gate;
      yield* store.entities(dataset, seq);
    },
  } as unknown as Store;
  const server = await startServer({ store, serving: new ServingIndex(held), port: 0, noAuth: true });
  t.after(() => server.close());
  assert.deepEqual((await call(server.url, '/healthz')).body, { status: 'ok' });
  const notReady = await call(server.url, '/readyz');
  assert.equal(notReady.status, 503);
  assert.deepEqual(notReady.body, { detail: 'Index not ready.' });
  const match = await call(server.url, '/match/default', { json: { queries: { q: { schema: 'Company', properties: { name: 'Zala' } } } } });
  assert.equal(match.status, 503);
  assert.match((await call(server.url, '/metrics')).text, /^ghirbal_index_ready 0$/m);
  open();
  await server.ready;
  assert.equal((await call(server.url, '/readyz')).status, 200);
  assert.equal((await call(server.url, '/match/default', { json: { queries: { q: { schema: 'Company', properties: { name: 'Zala' } } } } })).status, 200);
});

test('a new version swapped in under concurrent requests: none fails, /readyz stays 200', async (t) => {
  if (!haveData(t, UN, ZALA, T1)) return;
  const s = await serveLists([UN, ZALA]);
  t.after(() => s.close());
  const key = s.keys.screen;
  const before = await call(s.url, '/match/yente_t1', { key, json: { queries: { q: { schema: 'Organization', properties: { name: 'Inter Tobacco' } } } } });
  assert.equal(before.status, 404, 'not loaded yet');

  let swapping = true;
  const failures: string[] = [];
  let requests = 0;
  let readyChecks = 0;
  const requestsFor: (() => Promise<{ status: number; text: string }>)[] = [
    () => call(s.url, '/match/default', { key, json: { queries: { p: { schema: 'Person', properties: { name: 'Eric Badege' } }, c: { schema: 'Company', properties: { name: 'Zala Aero' } } } } }),
    () => call(s.url, '/search/default?q=badege', { key }),
    () => call(s.url, '/entities/un-CDi.001', { key }),
    () => call(s.url, '/reconcile/default', { key, form: { queries: JSON.stringify({ q: { query: 'Zala Aero' } }) } }),
  ];
  const client = async (n: number) => {
    for (let i = 0; swapping || i < 3; i++) {
      const r = await requestsFor[(n + i) % requestsFor.length]();
      requests++;
      if (r.status !== 200) failures.push(`${r.status} ${r.text.slice(0, 200)}`);
    }
  };
  const prober = async () => {
    while (swapping) {
      const r = await call(s.url, '/readyz');
      readyChecks++;
      if (r.status !== 200) failures.push(`readyz ${r.status}`);
    }
  };
  const clients = [...Array.from({ length: 6 }, (_, n) => client(n)), prober()];

  await ingest(s.store, T1);
  const updated = await call(s.url, '/updatez?sync=true', { key: s.keys.admin, method: 'POST' });
  swapping = false;
  await Promise.all(clients);

  assert.equal(updated.status, 200, updated.text);
  assert.deepEqual(failures, []);
  assert.ok(requests > 6 && readyChecks > 0, `${requests} requests, ${readyChecks} readiness checks`);
  const after = await call(s.url, '/match/yente_t1', { key, json: { queries: { q: { schema: 'Organization', properties: { name: 'Inter Tobacco' } } } } });
  assert.equal(after.status, 200);
  assert.equal(after.body.responses.q.results[0].id, 'NK-2GdmHtZTeNXjNVrBGEXZNj');
  const catalog = await call(s.url, '/catalog', { key });
  assert.ok(catalog.body.current.includes('yente_t1'));
  assert.match((await call(s.url, '/metrics', { key })).text, /^ghirbal_index_generation 2$/m);
});

test('rebuilds asked for while one runs share one more build; a snapshot handed out stays whole', async (t) => {
  if (!haveData(t, ZALA, T1)) return;
  const tmp = tempDir();
  const store = await openStore(join(tmp.dir, 'ghirbal.db'));
  t.after(async () => {
    await store.close();
    tmp.cleanup();
  });
  await ingest(store, ZALA);
  const serving = new ServingIndex(store);
  const running = serving.rebuild();
  const second = serving.rebuild();
  assert.equal(serving.rebuild(), second, 'asked for while one runs: one more build for all who asked');
  const [a, b] = await Promise.all([running, second]);
  assert.deepEqual([a.generation, b.generation], [1, 2]);
  await ingest(store, T1);
  const c = await serving.rebuild();
  assert.deepEqual(Object.keys(c.datasetVersions), ['yente_t1', 'yente_zala']);
  assert.equal(serving.snapshot, c);
  assert.ok(a.catalog.get('NK-abdzbEBkqyT29GyREbiURZ'));
  assert.equal(a.catalog.get('NK-2GdmHtZTeNXjNVrBGEXZNj'), undefined, 'the old snapshot is not changed by the new one');
});
