/**
 * Matcher threads (`ghirbal serve --match-threads`): answers the same as the main thread's,
 * through an index swap under concurrent requests, and a thread that cannot start costs no
 * request — the main thread matches instead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { call, haveData, ingest, serveLists, T1, UN, ZALA, type Served } from './helpers.js';

const QUERIES = {
  person: { schema: 'Person', properties: { name: ['Eric Badege'] } },
  arabic: { schema: 'Person', properties: { name: ['عبد الرحمن'], birthDate: ['1970'] } },
  company: { schema: 'Company', properties: { name: ['Zala Aero Group'] } },
  vessel: { schema: 'Vessel', properties: { name: ['Rex'] } },
};

function threaded(files: string[][], threads: number): Promise<Served> {
  return serveLists(files, { matchThreads: threads });
}

/** The /match answer for QUERIES, with the threshold lowered so that near misses show too. */
async function answer(s: Served): Promise<unknown> {
  const r = await call(s.url, '/match/default?threshold=0.5&limit=10', { key: s.keys.screen, json: { queries: QUERIES } });
  assert.equal(r.status, 200, r.text);
  return r.body;
}

test('a server matching on a thread answers exactly as one matching on its main thread', async (t) => {
  if (!haveData(t, UN, ZALA)) return;
  const plain = await serveLists([UN, ZALA]);
  t.after(() => plain.close());
  const s = await threaded([UN, ZALA], 1);
  t.after(() => s.close());
  await s.server.serving.threadsBuilt;
  assert.equal(s.server.serving.matchThreads, 1, 'the thread holds the index');
  assert.match((await call(s.url, '/metrics', { key: s.keys.screen })).text, /^ghirbal_match_threads 1$/m);
  assert.match((await call(plain.url, '/metrics', { key: plain.keys.screen })).text, /^ghirbal_match_threads 0$/m);
  const expected = await answer(plain);
  assert.ok(JSON.stringify(expected).includes('"match":true'), 'the queries find listed entities');
  assert.deepEqual(await answer(s), expected);
  const metrics = (await call(s.url, '/metrics', { key: s.keys.screen })).text;
  assert.match(metrics, /^ghirbal_match_thread_answers_total 4$/m, 'the four queries were matched on the thread');
  assert.match(metrics, /^# TYPE ghirbal_match_thread_full_gcs_total counter\nghirbal_match_thread_full_gcs_total \d+$/m, 'the threads\' full collections are reported');
  const native = async (server: Served) => {
    const r = await call(server.url, '/v1/screen', { key: server.keys.screen, json: { threshold: 0.5, queries: Object.values(QUERIES) } });
    assert.equal(r.status, 200, r.text);
    return r.body.results;
  };
  assert.deepEqual(await native(s), await native(plain), 'the native route answers the same');
  assert.match((await call(s.url, '/metrics', { key: s.keys.screen })).text, /^ghirbal_match_thread_answers_total 8$/m);
});

test('threads follow an index swap under concurrent requests: none fails, the new list is found', async (t) => {
  if (!haveData(t, UN, ZALA, T1)) return;
  const s = await threaded([UN, ZALA], 2);
  t.after(() => s.close());
  await s.server.serving.threadsBuilt;
  const key = s.keys.screen;
  const interTobacco = { queries: { q: { schema: 'Organization', properties: { name: 'Inter Tobacco' } } } };
  let swapping = true;
  const failures: string[] = [];
  let requests = 0;
  const client = async () => {
    for (let i = 0; swapping || i < 3; i++) {
      const r = await call(s.url, '/match/default', { key, json: { queries: QUERIES } });
      requests++;
      if (r.status !== 200) failures.push(`${r.status} ${r.text.slice(0, 200)}`);
    }
  };
  const clients = Array.from({ length: 6 }, client);
  await ingest(s.store, T1);
  const updated = await call(s.url, '/updatez?sync=true', { key: s.keys.admin, method: 'POST' });
  assert.equal(updated.status, 200, updated.text);
  // Asked at once: the threads may still be building, and the main thread answers meanwhile.
  const early = await call(s.url, '/match/default', { key, json: interTobacco });
  await s.server.serving.threadsBuilt;
  swapping = false;
  await Promise.all(clients);
  assert.deepEqual(failures, []);
  assert.ok(requests > 6, `${requests} requests`);
  assert.equal(s.server.serving.matchThreads, 2);
  const late = await call(s.url, '/match/default', { key, json: interTobacco });
  for (const r of [early, late]) assert.equal(r.body.responses.q.results[0]?.id, 'NK-2GdmHtZTeNXjNVrBGEXZNj');
});

test('a thread that cannot open the store costs no request: the main thread matches', async (t) => {
  if (!haveData(t, ZALA)) return;
  const plain = await serveLists([ZALA]);
  t.after(() => plain.close());
  const s = await serveLists([ZALA], { matchThreads: 1, storeSpec: join(plain.dir, 'no-such-folder', 'ghirbal.db') });
  t.after(() => s.close());
  await s.server.serving.threadsBuilt;
  assert.equal(s.server.serving.matchThreads, 0);
  const q = { queries: { q: QUERIES.company } };
  const [got, expected] = await Promise.all([call(s.url, '/match/default', { key: s.keys.screen, json: q }), call(plain.url, '/match/default', { key: plain.keys.screen, json: q })]);
  assert.equal(got.status, 200, got.text);
  assert.deepEqual(got.body.responses.q.results.map((r: { id: string }) => r.id), expected.body.responses.q.results.map((r: { id: string }) => r.id));
  assert.ok(got.body.responses.q.results.length > 0);
});
