/**
 * The native /v1 routes over a real socket: screening with options per query, the dataset
 * versions and what changed between two, and the audit log by time range.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { importPaths } from '../../src/cli/import.js';
import { dataPath } from '../helpers/data.js';
import { call, haveData, NO_DATA, serveLists, T1, UN, ZALA, type Served } from './helpers.js';

let s: Served | null = null;

before(async () => {
  if (!haveData(null, UN, ZALA, T1)) return;
  s = await serveLists([UN]);
  // Two versions of one dataset, for the diff: first one export's entities, then the other's.
  for (const file of [T1, ZALA]) {
    const { outcomes } = await importPaths(s.store, [dataPath(...file)], { dataset: 'sample', json: true });
    assert.equal(outcomes[0].status, 'created');
  }
  await s.server.serving.rebuild();
});
after(async () => s?.close());

const screen = (json: unknown) => call(s!.url, '/v1/screen', { key: s!.keys.screen, json });

test('/v1/screen: options per query, falling back to the batch and the defaults', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const r = await screen({
    threshold: 0.5,
    queries: [
      { id: 'a', schema: 'Person', properties: { name: 'Eric Badege' } },
      { id: 'b', schema: 'Person', properties: { name: 'Eric Badege' }, threshold: 0.99, limit: 1 },
      { id: 'c', schema: 'Company', properties: { name: 'Zala Aero' }, datasets: ['un_sc_sanctions'] },
      { id: 'd', schema: 'Company', properties: { name: 'Zala Aero' }, datasets: ['sample'], exclude_ids: ['NK-abdzbEBkqyT29GyREbiURZ'] },
      { schema: 'Company', properties: { name: 'Zala Aero' }, algorithm: 'ofac' },
    ],
  });
  assert.equal(r.status, 200, r.text);
  const [a, b, c, d, e] = r.body.results;
  assert.equal(a.id, 'a');
  assert.equal(a.threshold, 0.5);
  assert.equal(a.results[0].id, 'un-CDi.001');
  assert.equal(a.results[0].match, true);
  assert.deepEqual(a.algorithm.name, 'ghirbal-v1');
  assert.deepEqual(a.dataset_versions, { sample: 2, un_sc_sanctions: 1 });
  assert.equal(b.threshold, 0.99);
  assert.equal(b.results.length, 1);
  assert.equal(b.results[0].match, false);
  assert.deepEqual(b.total, { value: 0, relation: 'eq' });
  assert.deepEqual(c.results.filter((x: { id: string }) => !x.id.startsWith('un-')), []);
  assert.deepEqual(c.dataset_versions, { un_sc_sanctions: 1 });
  assert.ok(d.results.length > 0);
  assert.ok(d.results.every((x: { id: string }) => x.id !== 'NK-abdzbEBkqyT29GyREbiURZ'));
  assert.equal(e.id, null);
  assert.equal(e.algorithm.name, 'ofac');
  assert.equal(typeof r.body.index.label, 'string');
});

test('/v1/screen refusals', async (t) => {
  if (!s) return t.skip(NO_DATA);
  assert.deepEqual((await screen({ queries: [] })).body, { detail: 'No queries provided.' });
  assert.deepEqual((await screen({ queries: [{ schema: 'Person', properties: {}, datasets: ['nowhere'] }] })).body, { detail: 'No such dataset: nowhere' });
  assert.deepEqual((await screen({ queries: [{ schema: 'Person', properties: {}, algorithm: 'x' }] })).body, { detail: 'Query 1: Invalid algorithm' });
  assert.match((await screen({ queries: [{ schema: 'Sanction', properties: {} }] })).body.detail, /^Query 1: schema Sanction cannot be matched/);
  const tooMany = await screen({ queries: Array.from({ length: 101 }, () => ({ schema: 'Person', properties: {} })) });
  assert.equal(tooMany.status, 422);
  assert.deepEqual(tooMany.body.detail[0].loc, ['body', 'queries']);
  assert.equal((await screen({ queries: [{ schema: 'Person', properties: {}, threshold: 2 }] })).status, 422);
});

test('/v1/datasets, versions and diff', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const list = await call(s.url, '/v1/datasets', { key: s.keys.screen });
  const sample = list.body.datasets.find((d: { name: string }) => d.name === 'sample');
  assert.equal(sample.version_count, 2);
  assert.equal(sample.current.seq, 2);
  assert.equal(sample.indexed_seq, 2);
  const versions = await call(s.url, '/v1/datasets/sample/versions', { key: s.keys.screen });
  assert.deepEqual(versions.body.versions.map((v: { label: string; current: boolean }) => [v.label, v.current]), [['sample@1', false], ['sample@2', true]]);
  assert.equal(versions.body.versions[0].entity_count, 7);
  const diff = await call(s.url, '/v1/datasets/sample/diff?from=1&to=2', { key: s.keys.screen });
  assert.equal(diff.status, 200);
  assert.equal(diff.body.from.seq, 1);
  assert.equal(diff.body.to.seq, 2);
  assert.equal(diff.body.counts.removed, 7);
  assert.equal(diff.body.counts.added, 91);
  assert.ok(diff.body.added.some((e: { id: string }) => e.id === 'NK-abdzbEBkqyT29GyREbiURZ'));
  assert.equal((await call(s.url, '/v1/datasets/sample/diff', { key: s.keys.screen })).body.from.seq, 1, 'by default: the current version against the one before');
  assert.deepEqual((await call(s.url, '/v1/datasets/nowhere/versions', { key: s.keys.screen })).body, { detail: 'No such dataset.' });
  assert.deepEqual((await call(s.url, '/v1/datasets/sample/diff?from=9', { key: s.keys.screen })).body, { detail: 'No such version: sample@9' });
  assert.equal((await call(s.url, '/v1/datasets/sample/diff?from=first', { key: s.keys.screen })).status, 422);
});

test('/v1/audit: the records of a time range, oldest first; admin only', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const since = new Date().toISOString();
  await screen({ queries: [{ id: 'audited', schema: 'Person', properties: { name: 'Eric Badege' } }] });
  const r = await call(s.url, `/v1/audit?from=${since}`, { key: s.keys.admin });
  assert.equal(r.status, 200);
  const mine = r.body.records.filter((rec: { query: { id?: string } }) => rec.query.id === 'audited');
  assert.equal(mine.length, 1);
  assert.equal(mine[0].channel, 'POST /v1/screen');
  assert.deepEqual(mine[0].datasetVersions, { sample: 2, un_sc_sanctions: 1 });
  const at = r.body.records.map((rec: { at: string }) => rec.at);
  assert.deepEqual(at, [...at].sort());
  const none = await call(s.url, `/v1/audit?to=${encodeURIComponent('2000-01-01')}`, { key: s.keys.admin });
  assert.deepEqual(none.body, { records: [], truncated: false });
  const one = await call(s.url, '/v1/audit?limit=1', { key: s.keys.admin });
  assert.equal(one.body.records.length, 1);
  assert.equal(one.body.truncated, true);
  assert.equal((await call(s.url, '/v1/audit?from=yesterday', { key: s.keys.admin })).status, 422);
});

test('/v1/datasets/{name}/diff: the parties alone, and a page of each list with the whole diff\'s counts', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const get = (qs: string) => call(s!.url, `/v1/datasets/sample/diff?from=1&to=2${qs}`, { key: s!.keys.screen });
  const all = (await get('')).body;
  const parties = (await get('&parties=true')).body;
  const PARTY_SCHEMATA = ['Person', 'Organization', 'Company', 'LegalEntity', 'PublicBody', 'Vessel', 'Airplane'];
  assert.ok(parties.counts.added > 0 && parties.counts.added < all.counts.added, JSON.stringify([parties.counts, all.counts]));
  for (const e of [...parties.added, ...parties.removed, ...parties.changed]) assert.ok(PARTY_SCHEMATA.includes(e.schema), e.schema);
  assert.deepEqual(parties.added.map((e: { id: string }) => e.id), all.added.filter((e: { schema: string }) => PARTY_SCHEMATA.includes(e.schema)).map((e: { id: string }) => e.id));

  const page = (await get('&offset=1&limit=2')).body;
  assert.deepEqual(page.counts, all.counts, 'the counts are of the whole diff');
  assert.deepEqual(page.added.map((e: { id: string }) => e.id), all.added.slice(1, 3).map((e: { id: string }) => e.id));
  assert.deepEqual(page.removed.map((e: { id: string }) => e.id), all.removed.slice(1, 3).map((e: { id: string }) => e.id));
  assert.equal((await get('&offset=1000')).body.added.length, 0, 'past the end: empty lists');
  for (const bad of ['&limit=0', '&limit=1001', '&offset=-1', '&parties=maybe']) assert.equal((await get(bad)).status, 422, bad);
});
