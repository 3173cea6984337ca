/**
 * The data and service routes over a real socket: /search (facets, filters, paging, sorting),
 * /entities (nested, 308 for a referent, 404) and adjacency, /catalog with its ETag,
 * /algorithms, health and readiness, /openapi.json, /docs and /metrics.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { call, haveData, NO_DATA, serveLists, T1, UN, ZALA, type Served } from './helpers.js';

let s: Served | null = null;
const ZALA_ID = 'NK-abdzbEBkqyT29GyREbiURZ';
/** An address merged into NK-Fb67aBqg7osJjYfQsBhmYT: only a referent here. */
const MERGED_ADDRESS = 'addr-2aa897144df663e450da050fec1146de7ea78918';

before(async () => {
  if (haveData(null, UN, ZALA, T1)) s = await serveLists([UN, ZALA, T1]);
});
after(async () => s?.close());

const get = (path: string, key: string | null = s!.keys.screen) => call(s!.url, path, { key });

test('search: words in names, total, paging, default facets with labels', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const r = await get('/search/default?q=badege');
  assert.equal(r.status, 200);
  assert.deepEqual(Object.keys(r.body).sort(), ['facets', 'limit', 'offset', 'results', 'total']);
  assert.deepEqual([r.body.limit, r.body.offset], [10, 0]);
  assert.deepEqual(r.body.total, { value: 1, relation: 'eq' });
  assert.equal(r.body.results[0].id, 'un-CDi.001');
  assert.deepEqual(Object.keys(r.body.facets).sort(), ['countries', 'datasets', 'topics']);
  const congo = r.body.facets.countries.values.find((v: { name: string }) => v.name === 'cd');
  assert.equal(congo.count, 1);
  assert.match(congo.label, /Congo/);
  assert.equal(r.body.facets.countries.label, 'Countries');
  assert.ok(r.body.facets.datasets.values.some((v: { name: string; label: string }) => v.name === 'un_sc_sanctions' && v.label.startsWith('UN Security Council')));

  const page1 = await get('/search/default?schema=Person&limit=5');
  const page2 = await get('/search/default?schema=Person&limit=5&offset=5');
  assert.equal(page1.body.results.length, 5);
  assert.equal(page1.body.total.value, page2.body.total.value);
  assert.ok(page1.body.results.every((e: { schema: string }) => e.schema === 'Person'));
  const ids1 = page1.body.results.map((e: { id: string }) => e.id);
  assert.ok(page2.body.results.every((e: { id: string }) => !ids1.includes(e.id)), 'pages do not overlap');
  // limit=0 asks for the count and the facets alone.
  const counted = await get('/search/default?schema=Person&limit=0');
  assert.equal(counted.status, 200);
  assert.deepEqual(counted.body.results, []);
  assert.equal(counted.body.total.value, page1.body.total.value);
});

test('search: filters, scope, prefix and fuzzy words, sorting, facets on demand', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const zala = await get('/search/yente_zala?q=zala&facets=schema');
  assert.ok(zala.body.results.some((e: { id: string }) => e.id === ZALA_ID));
  assert.deepEqual(Object.keys(zala.body.facets), ['schema']);
  assert.equal((await get('/search/un_sc_sanctions?q=zala')).body.total.value, 0);
  assert.ok((await get('/search/default?q=bade*')).body.results.some((e: { id: string }) => e.id === 'un-CDi.001'));
  assert.equal((await get('/search/default?q=badegi')).body.total.value, 0);
  assert.ok((await get('/search/default?q=badegi&fuzzy=true')).body.results.some((e: { id: string }) => e.id === 'un-CDi.001'));
  const congo = await get('/search/default?countries=cd&schema=Person&limit=500');
  assert.ok(congo.body.total.value > 5);
  assert.ok(congo.body.results.every((e: { properties: Record<string, string[]> }) => Object.values(e.properties).flat().includes('cd')));
  const both = await get('/search/default?filter=countries:cd&filter=gender:female&filter_op=AND&schema=Person');
  const either = await get('/search/default?filter=countries:cd&filter=genders:female&schema=Person');
  assert.equal(both.status, 400, 'gender is not a filter field: genders is');
  assert.ok(either.body.total.value > congo.body.total.value);
  const sorted = await get('/search/default?schema=Person&sort=caption:desc&limit=20');
  const captions = sorted.body.results.map((e: { caption: string }) => e.caption);
  assert.deepEqual(captions, [...captions].sort().reverse());
  assert.ok((await get('/search/default?schema=Organization&limit=50')).body.results.every((e: { schema: string }) => e.schema === 'Organization'));
});

test('search: errors as yente gives them', async (t) => {
  if (!s) return t.skip(NO_DATA);
  assert.deepEqual((await get('/search/default?schema=Spaceship')).body, { detail: 'Invalid schema' });
  assert.equal((await get('/search/nowhere?q=x')).status, 404);
  assert.equal((await get('/search/default?limit=501')).status, 422);
  assert.equal((await get('/search/default?offset=-1')).status, 422);
  assert.equal((await get('/search/default?facets=shoes')).status, 422);
  assert.equal((await get('/search/default?sort=shoes:asc')).status, 400);
  assert.equal((await get('/search/default?filter=nocolon')).status, 400);
});

test('entities: nested by default, shallow on request, 308 for a referent, 404 for nothing', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const nested = await get(`/entities/${ZALA_ID}`);
  assert.equal(nested.status, 200);
  assert.equal(nested.body.id, ZALA_ID);
  const sanction = nested.body.properties.sanctions[0];
  assert.equal(sanction.schema, 'Sanction');
  assert.equal(sanction.properties.entity, undefined, 'the link back to the entity is left out');
  const owned = nested.body.properties.ownershipAsset[0];
  assert.equal(owned.schema, 'Ownership');
  assert.equal(typeof owned.properties.owner[0], 'object', "the far end of a link is expanded: the owner's record");
  assert.equal(typeof nested.body.properties.addressEntity[0], 'object');

  const shallow = await get(`/entities/${ZALA_ID}?nested=false`);
  assert.equal(shallow.body.properties.sanctions, undefined);
  assert.equal(typeof shallow.body.properties.addressEntity[0], 'string');

  const moved = await get(`/entities/${MERGED_ADDRESS}?nested=false`);
  assert.equal(moved.status, 308);
  assert.equal(moved.headers.get('location'), '/entities/NK-Fb67aBqg7osJjYfQsBhmYT?nested=false');
  const missing = await get('/entities/no-such-thing');
  assert.equal(missing.status, 404);
  assert.deepEqual(missing.body, { detail: 'No such entity!' });
});

test('adjacent entities, by property and for one property, paged', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const all = await get(`/entities/${ZALA_ID}/adjacent?limit=2`);
  assert.equal(all.status, 200);
  assert.equal(all.body.entity.id, ZALA_ID);
  const sanctions = all.body.adjacent.sanctions;
  assert.equal(sanctions.limit, 2);
  assert.equal(sanctions.results.length, 2);
  assert.ok(sanctions.total.value > 2);
  const page = await get(`/entities/${ZALA_ID}/adjacent/sanctions?limit=3&offset=1`);
  assert.equal(page.body.total.value, sanctions.total.value);
  assert.deepEqual([page.body.limit, page.body.offset, page.body.results.length], [3, 1, 3]);
  assert.equal(page.body.results[0].id, (await get(`/entities/${ZALA_ID}/adjacent/sanctions?limit=2`)).body.results[1].id);
  assert.deepEqual((await get(`/entities/${ZALA_ID}/adjacent/familyPerson`)).body.results, []);
  assert.equal((await get(`/entities/${ZALA_ID}/adjacent/shoes`)).status, 404);
  assert.equal((await get(`/entities/${ZALA_ID}/adjacent?limit=501`)).status, 422);
  assert.equal((await get(`/entities/${MERGED_ADDRESS}/adjacent`)).headers.get('location'), '/entities/NK-Fb67aBqg7osJjYfQsBhmYT/adjacent');
});

test('catalog: datasets and collections with versions; ETag and 304', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const r = await get('/catalog');
  assert.equal(r.status, 200);
  const names = r.body.datasets.map((d: { name: string }) => d.name);
  assert.deepEqual(names, ['un_sc_sanctions', 'yente_t1', 'yente_zala', 'default', 'sanctions']);
  const un = r.body.datasets[0];
  assert.equal(un.version, '1');
  assert.equal(un.index_current, true);
  assert.deepEqual(r.body.datasets[3].children, ['un_sc_sanctions', 'yente_t1', 'yente_zala']);
  assert.deepEqual([r.body.current.length, r.body.outdated, r.body.index_stale], [3, [], false]);
  const etag = r.headers.get('etag');
  assert.ok(etag);
  const again = await call(s.url, '/catalog', { key: s.keys.screen, headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  assert.equal(again.text, '');
});

test('algorithms, health, readiness', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const a = await get('/algorithms');
  assert.deepEqual([a.body.default, a.body.best], ['ghirbal-v1', 'ghirbal-v1']);
  const v1 = a.body.algorithms.find((x: { name: string }) => x.name === 'ghirbal-v1');
  assert.equal(typeof v1.features.name_match.description, 'string');
  assert.ok(a.body.algorithms.some((x: { name: string }) => x.name === 'ofac'));
  assert.deepEqual((await get('/healthz', null)).body, { status: 'ok' });
  assert.deepEqual((await get('/readyz', null)).body, { status: 'ok' });
});

test('/openapi.json is generated from the route schemas; /docs renders it; unknown routes are 404', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const spec = await get('/openapi.json', null);
  assert.equal(spec.status, 200);
  assert.match(spec.body.openapi, /^3\./);
  const matchOp = spec.body.paths['/match/{dataset}'].post;
  const limit = matchOp.parameters.find((p: { name: string }) => p.name === 'limit');
  assert.equal(limit.schema.maximum, 500);
  assert.ok(matchOp.requestBody.content['application/json'].schema.properties.queries);
  for (const path of ['/search/{dataset}', '/entities/{entity_id}', '/reconcile/{dataset}', '/catalog', '/v1/screen', '/v1/audit']) {
    assert.ok(spec.body.paths[path], path);
  }
  const docs = await get('/docs', null);
  assert.equal(docs.status, 200);
  assert.match(docs.headers.get('content-type') ?? '', /text\/html/);
  assert.match(docs.text, /\/match\/\{dataset\}/);
  assert.deepEqual((await get('/nowhere', null)).body, { detail: 'Not Found' });
});

test('/metrics: request counts, latency histogram, index version and entity counts', async (t) => {
  if (!s) return t.skip(NO_DATA);
  await get('/search/default?q=badege');
  const m = await get('/metrics');
  assert.equal(m.status, 200);
  assert.match(m.headers.get('content-type') ?? '', /^text\/plain/);
  assert.match(m.text, /^ghirbal_http_requests_total\{method="GET",route="\/search\/:dataset",status="200"\} \d+$/m);
  assert.match(m.text, /^ghirbal_http_request_duration_seconds_bucket\{method="GET",route="\/search\/:dataset",le="\+Inf"\} \d+$/m);
  assert.match(m.text, /^ghirbal_index_generation 1$/m);
  assert.match(m.text, /^ghirbal_index_dataset_version\{dataset="un_sc_sanctions"\} 1$/m);
  assert.match(m.text, /^ghirbal_index_dataset_entities\{dataset="yente_zala"\} 91$/m);
  assert.match(m.text, /^ghirbal_index_entities\{kind="listed"\} \d+$/m);
});
