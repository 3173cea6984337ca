/**
 * POST /match/{dataset} over a real socket, on the UN list and two OpenSanctions exports:
 * yente's request and response shapes, its status codes and messages, the filters, and the
 * audit record each screening leaves.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { call, haveData, NO_DATA, serveLists, T1, UN, ZALA, type Served } from './helpers.js';

let s: Served | null = null;
const ZALA_ID = 'NK-abdzbEBkqyT29GyREbiURZ';
const ZALA_REFERENT = 'gb-hmt-15734';

before(async () => {
  if (haveData(null, UN, ZALA, T1)) s = await serveLists([UN, ZALA, T1]);
});
after(async () => s?.close());

function match(path: string, json: unknown, key: string | null = s!.keys.screen) {
  return call(s!.url, path, { key, json });
}

const badege = { schema: 'Person', properties: { name: 'Eric Badege', birthDate: ['1971'], nationality: 'Democratic Republic of the Congo' } };
const zala = { schema: 'Company', properties: { name: ['Zala Aero Group'] } };

test('a batch: one response per query, yente field names and types, x-batch-size', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const r = await match('/match/default', { queries: { p: badege, c: zala, none: null } });
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('x-batch-size'), '2');
  assert.deepEqual(Object.keys(r.body).sort(), ['limit', 'matcher', 'responses']);
  assert.equal(r.body.limit, 5);
  assert.deepEqual(Object.keys(r.body.responses).sort(), ['c', 'p']);
  const p = r.body.responses.p;
  assert.equal(p.status, 200);
  assert.deepEqual(p.total, { value: 1, relation: 'eq' });
  assert.deepEqual(p.query, { id: null, schema: 'Person', properties: { name: ['Eric Badege'], birthDate: ['1971'], nationality: ['cd'] } });
  const top = p.results[0];
  assert.equal(top.id, 'un-CDi.001');
  assert.deepEqual(Object.keys(top).sort(), [
    'caption', 'datasets', 'explanations', 'features', 'first_seen', 'id', 'last_change', 'last_seen', 'match', 'properties',
    'referents', 'schema', 'score', 'target',
  ]);
  assert.equal(top.caption, 'ERIC BADEGE');
  assert.equal(top.match, true);
  assert.equal(top.target, true);
  assert.ok(top.score >= 0.85 && top.score <= 1, String(top.score));
  assert.deepEqual(top.datasets, ['un_sc_sanctions']);
  assert.deepEqual(top.properties.lastName, ['BADEGE']);
  assert.equal(top.first_seen, null);
  assert.equal(typeof top.explanations.name_match.detail, 'string');
  assert.equal(top.features.name_match, top.explanations.name_match.score);
  // Beyond yente's fields, what the name added and which parts paired, for a reader to lay out.
  assert.ok(top.explanations.name_match.effect > 0.5);
  assert.ok(top.explanations.name_match.alignment.pairs.some((x: { candidate: string[] }) => x.candidate.includes('badege')));
  assert.ok(p.results.every((x: { match: boolean }) => x.match), 'by default (cutoff = threshold) only matches are returned');
  const c = r.body.responses.c.results[0];
  assert.equal(c.id, ZALA_ID);
  assert.ok(c.referents.includes(ZALA_REFERENT));
  assert.match(c.first_seen, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  assert.ok(c.datasets.includes('yente_zala'), 'the dataset holding it is named beside the sources the export names');
});

test('a name is composed from its parts; unknown properties and fields are ignored; ids are echoed', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const r = await match('/match/default', {
    queries: { q: { id: 'client-7', schema: 'Person', properties: { firstName: 'Eric', lastName: ['Badege'], shoeSize: ['44'] }, extra: 1 } },
    unknown: true,
  });
  assert.equal(r.status, 200);
  const q = r.body.responses.q;
  assert.deepEqual(q.query, { id: 'client-7', schema: 'Person', properties: { firstName: ['Eric'], lastName: ['Badege'] } });
  assert.equal(q.results[0].id, 'un-CDi.001');
});

test('threshold, cutoff and limit', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const strict = await match('/match/default?threshold=0.99', { queries: { p: badege } });
  assert.deepEqual(strict.body.responses.p.results, [], 'nothing scores above the cutoff, which follows the threshold');
  assert.deepEqual(strict.body.responses.p.total, { value: 0, relation: 'eq' });
  const all = await match('/match/default?threshold=0.99&cutoff=0&limit=2', { queries: { p: badege } });
  const results = all.body.responses.p.results;
  assert.equal(all.body.limit, 2);
  assert.ok(results.length >= 1 && results.length <= 2);
  assert.equal(results[0].id, 'un-CDi.001');
  assert.equal(results[0].match, false);
  const loose = await match('/match/default?threshold=0.5&cutoff=0.5', { queries: { c: zala } });
  const scores = loose.body.responses.c.results.map((x: { score: number }) => x.score);
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
  assert.equal(loose.body.responses.c.total.value, loose.body.responses.c.results.filter((x: { match: boolean }) => x.match).length);
});

test('datasets and collections scope the results; unknown ones are 404', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const ids = async (path: string) => (await match(path, { queries: { c: zala } })).body.responses.c.results.map((x: { id: string }) => x.id);
  assert.ok((await ids('/match/yente_zala')).includes(ZALA_ID));
  assert.ok((await ids('/match/sanctions')).includes(ZALA_ID));
  assert.deepEqual(await ids('/match/un_sc_sanctions'), [], 'the export names us_ofac_sdn among its sources, but the UN dataset does not hold it');
  assert.deepEqual(await ids(`/match/default?exclude_entity_ids=${ZALA_REFERENT}`), (await ids('/match/default')).filter((id: string) => id !== ZALA_ID), 'a referent excludes its entity');
  assert.ok(!(await ids('/match/default?exclude_dataset=yente_zala')).includes(ZALA_ID));
  assert.ok((await ids('/match/default?include_dataset[]=yente_zala')).includes(ZALA_ID));
  assert.deepEqual(await ids('/match/default?exclude_schema=Company'), []);
  assert.deepEqual(await ids('/match/default?topics=role.pep'), []);
  assert.ok((await ids('/match/default?topics=role.pep&topics=sanction')).includes(ZALA_ID), 'topics are OR');
  const missing = await match('/match/nowhere', { queries: { c: zala } });
  assert.equal(missing.status, 404);
  assert.deepEqual(missing.body, { detail: 'No such dataset.' });
});

test("yente's refusals: messages and status codes", async (t) => {
  if (!s) return t.skip(NO_DATA);
  const cases: [string, unknown, number, string][] = [
    ['/match/default', { queries: {} }, 400, 'No queries provided.'],
    ['/match/default', { queries: { a: null } }, 400, 'No queries provided.'],
    ['/match/default', { queries: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, zala])) }, 400, 'Too many queries in one batch (limit: 100)'],
    ['/match/default?algorithm=nonesuch', { queries: { c: zala } }, 400, 'Invalid algorithm'],
    ['/match/default', { queries: { c: zala }, config: { frobnicate: 1 } }, 400, 'Invalid configuration parameter: frobnicate for algorithm ghirbal-v1'],
    ['/match/default', { queries: { c: { schema: 'Spaceship', properties: { name: 'x' } } } }, 400, 'Cannot parse example entity: unknown schema: "Spaceship"'],
  ];
  for (const [path, body, status, detail] of cases) {
    const r = await match(path, body);
    assert.equal(r.status, status, `${path} ${JSON.stringify(body).slice(0, 80)}: ${r.text}`);
    assert.deepEqual(r.body, { detail });
  }
  const sanction = await match('/match/default', { queries: { c: { schema: 'Sanction', properties: { name: 'x' } } } });
  assert.equal(sanction.status, 400);
  assert.match(sanction.body.detail, /^Cannot parse example entity: schema Sanction cannot be matched/);
});

test('algorithms by yente names and case; config keys yente documents are accepted', async (t) => {
  if (!s) return t.skip(NO_DATA);
  for (const algorithm of ['best', 'LOGIC-V2', 'ofac', 'Ghirbal-V1']) {
    const r = await match(`/match/default?algorithm=${algorithm}`, { queries: { p: badege }, config: { nm_number_mismatch: 0.4 }, weights: { country_mismatch: 0 } });
    assert.equal(r.status, 200, `${algorithm}: ${r.text}`);
    assert.equal(r.body.responses.p.results[0].id, 'un-CDi.001');
  }
});

test('requests that do not fit the schema are 422 with FastAPI detail, never 500', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const cases: [string, unknown, unknown[]][] = [
    ['/match/default?limit=501', { queries: { c: zala } }, ['query', 'limit']],
    ['/match/default?limit=many', { queries: { c: zala } }, ['query', 'limit']],
    ['/match/default?threshold=high', { queries: { c: zala } }, ['query', 'threshold']],
    ['/match/default?changed_since=yesterday', { queries: { c: zala } }, ['query', 'changed_since']],
    [`/match/default?${Array.from({ length: 51 }, (_, i) => `exclude_entity_ids=x${i}`).join('&')}`, { queries: { c: zala } }, ['query', 'exclude_entity_ids']],
    ['/match/default', { queries: 'x' }, ['body', 'queries']],
    ['/match/default', {}, ['body', 'queries']],
    ['/match/default', { queries: { c: { properties: { name: 'x' } } } }, ['body', 'queries', 'c', 'schema']],
    ['/match/default', { queries: { c: { schema: 'Person', properties: 'Eric' } } }, ['body', 'queries', 'c', 'properties']],
    ['/match/default', { queries: { c: { schema: 'Person', properties: { name: { first: 'Eric' } } } } }, ['body', 'queries', 'c', 'properties', 'name']],
  ];
  for (const [path, body, loc] of cases) {
    const r = await match(path, body);
    assert.equal(r.status, 422, `${path.slice(0, 60)} ${JSON.stringify(body)}: ${r.text}`);
    assert.ok(Array.isArray(r.body.detail));
    assert.deepEqual(r.body.detail[0].loc, loc);
    assert.equal(typeof r.body.detail[0].msg, 'string');
    assert.equal(typeof r.body.detail[0].type, 'string');
  }
  const limit = await match('/match/default?limit=501', { queries: { c: zala } });
  assert.equal(limit.body.detail[0].type, 'less_than_equal');
  const notJson = await call(s.url, '/match/default', { key: s.keys.screen, headers: { 'content-type': 'application/json' }, method: 'POST' });
  assert.ok(notJson.status === 400 || notJson.status === 422, notJson.text);
  const broken = await fetch(`${s.url}/match/default`, { method: 'POST', headers: { authorization: `ApiKey ${s.keys.screen}`, 'content-type': 'application/json' }, body: '{"queries": {' });
  assert.equal(broken.status, 422);
  assert.equal((await broken.json()).detail[0].type, 'json_invalid');
});

test('each screened query is in the audit trail: key, channel, cleaned query, algorithm, versions, scores', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const r = await match('/match/un_sc_sanctions?threshold=0.8', { queries: { p: badege } });
  assert.equal(r.status, 200);
  await s.server.app.ghirbal.audit.flush();
  const records = [];
  for await (const rec of s.store.auditRecords()) records.push(rec);
  const mine = records.filter((rec) => rec.channel === 'POST /match/un_sc_sanctions' && rec.threshold === 0.8);
  assert.equal(mine.length, 1);
  const rec = mine[0];
  const key = await s.store.findApiKey(s.keys.screen);
  assert.equal(rec.keyId, key!.id);
  assert.deepEqual(rec.query, { schema: 'Person', properties: { name: ['Eric Badege'], birthDate: ['1971'], nationality: ['cd'] } });
  assert.equal(rec.algorithm, 'ghirbal-v1');
  assert.equal(typeof rec.algorithmVersion, 'string');
  assert.deepEqual(rec.datasetVersions, { un_sc_sanctions: 1 });
  assert.deepEqual(rec.results, r.body.responses.p.results.map((x: { id: string; score: number }) => ({ id: x.id, score: x.score })));
});
