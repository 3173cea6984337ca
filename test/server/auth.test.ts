/**
 * Who may call what, on every route: no key and an unknown key are 401, a key of the wrong
 * role 403, the right role passes; --no-auth opens screening only; /updatez takes the update
 * token or an admin key. And the limits: body size, query string length, rate per key.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { KeyCache } from '../../src/server/auth.js';
import { startServer } from '../../src/server/start.js';
import { call, haveData, NO_DATA, serveLists, ZALA, type Served } from './helpers.js';

let s: Served | null = null;
const ZALA_ID = 'NK-abdzbEBkqyT29GyREbiURZ';
const TOKEN = 'update-secret';

before(async () => {
  if (haveData(null, ZALA)) s = await serveLists([ZALA], { updateToken: TOKEN, keyCacheMs: 0 });
});
after(async () => s?.close());

type Access = 'screen' | 'admin';
const query = { queries: { c: { schema: 'Company', properties: { name: 'Zala Aero' } } } };
/**
 * Every route behind a key, with a request the right role gets past the keys with: a 200, or
 * the status named (a job or an alert that is not there is a 404 only once the key is good).
 */
const ROUTES: [string, string, Access, unknown?, number?][] = [
  ['GET', '/catalog', 'screen'],
  ['GET', '/algorithms', 'screen'],
  ['GET', '/metrics', 'screen'],
  ['POST', '/match/default', 'screen', query],
  ['GET', '/search/default?q=zala', 'screen'],
  ['GET', `/entities/${ZALA_ID}`, 'screen'],
  ['GET', `/entities/${ZALA_ID}/adjacent`, 'screen'],
  ['GET', `/entities/${ZALA_ID}/adjacent/sanctions`, 'screen'],
  ['GET', '/reconcile/default', 'screen'],
  ['POST', '/reconcile/default', 'screen', { queries: { q: { query: 'Zala' } } }],
  ['GET', '/reconcile/default/suggest/entity?prefix=zal', 'screen'],
  ['GET', '/reconcile/default/suggest/type?prefix=comp', 'screen'],
  ['GET', '/reconcile/default/suggest/property?prefix=name', 'screen'],
  ['GET', '/reconcile/default/extend/property?type=Company', 'screen'],
  ['GET', `/reconcile/default/preview/${ZALA_ID}`, 'screen'],
  ['POST', '/v1/screen', 'screen', { queries: [{ schema: 'Company', properties: { name: 'Zala Aero' } }] }],
  ['POST', '/v1/article', 'screen', { text: 'The company Zala Aero was named on the list.' }],
  ['GET', '/v1/datasets', 'screen'],
  ['GET', '/v1/datasets/yente_zala/versions', 'screen'],
  ['GET', '/v1/datasets/yente_zala/diff', 'screen'],
  ['GET', '/v1/me', 'screen'],
  ['GET', `/v1/entities/${ZALA_ID}/history`, 'screen'],
  ['GET', '/v1/audit', 'admin'],
  ['GET', '/v1/jobs', 'screen'],
  // The job route takes a file (test/server/jobs.test.ts): a JSON body gets past the keys, then is refused.
  ['POST', '/v1/jobs', 'screen', { name: 'Zala Aero' }, 415],
  ['POST', '/v1/jobs/preview', 'screen', { name: 'Zala Aero' }, 415],
  ['GET', '/v1/jobs/job-none', 'screen', undefined, 404],
  ['GET', '/v1/alerts', 'screen'],
  ['GET', '/v1/alerts/999999', 'screen', undefined, 404],
  ['POST', '/v1/alerts/999999/decision', 'screen', { decision: 'false_positive', reason: 'another company' }, 404],
];
const PUBLIC = ['/healthz', '/readyz', '/openapi.json', '/docs'];

function request(method: string, path: string, key: string | null, json?: unknown, headers?: Record<string, string>) {
  return call(s!.url, path, { method, key, json, headers });
}

test('every route of the OpenAPI document is covered here', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const spec = (await request('GET', '/openapi.json', null)).body;
  const covered = new Set([...ROUTES.map(([, p]) => p.split('?')[0]), '/healthz', '/readyz', '/updatez']);
  const templated = [...covered].map((p) => p.replace(ZALA_ID, '{entity_id}').replace(/\/(job-none|999999)/, '/{id}').replace(/\/(default|yente_zala)(?=\/|$)/, (m) => (m === '/default' ? '/{dataset}' : '/{name}')));
  for (const path of Object.keys(spec.paths)) {
    assert.ok(templated.includes(path.replace('/adjacent/{property_name}', '/adjacent/sanctions')), `no auth case for ${path}`);
  }
});

test('no key, an unknown key or a malformed header: 401; the wrong role: 403; the right role passes', async (t) => {
  if (!s) return t.skip(NO_DATA);
  for (const [method, path, access, json, ok = 200] of ROUTES) {
    const none = await request(method, path, null, json);
    assert.equal(none.status, 401, `${method} ${path} without a key`);
    assert.match(none.body.detail, /^Missing API key/);
    assert.equal(none.headers.get('www-authenticate'), 'ApiKey, Bearer');
    const wrong = await request(method, path, 'not-a-key', json);
    assert.equal(wrong.status, 401, `${method} ${path} with a wrong key`);
    assert.deepEqual(wrong.body, { detail: 'Invalid API key.' });
    const malformed = await request(method, path, null, json, { authorization: 'Basic dXNlcjpwYXNz' });
    assert.equal(malformed.status, 401);
    const screen = await request(method, path, s.keys.screen, json);
    if (access === 'admin') {
      assert.equal(screen.status, 403, `${method} ${path} with a screen key`);
      assert.match(screen.body.detail, /role \(screen\) may not call this route/);
    } else {
      assert.equal(screen.status, ok, `${method} ${path} with a screen key: ${screen.text.slice(0, 200)}`);
    }
    const admin = await request(method, path, s.keys.admin, json);
    assert.equal(admin.status, ok, `${method} ${path} with an admin key: ${admin.text.slice(0, 200)}`);
  }
  for (const path of PUBLIC) assert.equal((await request('GET', path, null)).status, 200, path);
});

test('Bearer and ?api_key= carry a key too; a revoked key stops working', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const { record, key } = await s.store.createApiKey('screen', 'to revoke');
  assert.equal((await request('GET', '/algorithms', null, undefined, { authorization: `Bearer ${key}` })).status, 200);
  assert.equal((await request('GET', `/algorithms?api_key=${key}`, null)).status, 200);
  assert.ok(await s.store.revokeApiKey(record.id));
  assert.equal((await request('GET', '/algorithms', key)).status, 401);
});

test('/updatez: the update token or an admin key; otherwise 403 as yente', async (t) => {
  if (!s) return t.skip(NO_DATA);
  assert.deepEqual((await request('POST', '/updatez', null)).body, { detail: 'Invalid token.' });
  assert.equal((await request('POST', '/updatez?token=wrong', null)).status, 403);
  assert.equal((await request('POST', '/updatez', s.keys.screen)).status, 403);
  assert.equal((await request('POST', '/updatez', 'not-a-key')).status, 401);
  assert.deepEqual((await request('POST', `/updatez?token=${TOKEN}&sync=true`, null)).body, { status: 'ok' });
  assert.equal((await request('POST', '/updatez?sync=true', s.keys.admin)).status, 200);
});

test('key lookups are remembered for a while: one store query for many requests', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const store = s.store;
  let asked = 0;
  const counting = { ...store, findApiKey: (k: string) => (asked++, store.findApiKey(k)) } as typeof store;
  const cache = new KeyCache(counting, 60_000);
  for (let i = 0; i < 5; i++) assert.equal((await cache.lookup(s.keys.screen))?.role, 'screen');
  assert.equal(await cache.lookup('not-a-key'), null);
  assert.equal(await cache.lookup('not-a-key'), null);
  assert.equal(asked, 2);
});

test('--no-auth: anyone may screen; admin routes still need an admin key', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const open = await startServer({ store: s.store, port: 0, noAuth: true });
  try {
    await open.ready;
    assert.equal((await call(open.url, '/match/default', { json: query })).status, 200);
    assert.equal((await call(open.url, '/search/default?q=zala')).status, 200);
    assert.equal((await call(open.url, '/v1/audit')).status, 401);
    assert.equal((await call(open.url, '/v1/audit', { key: s.keys.admin })).status, 200);
    assert.equal((await call(open.url, '/match/default', { json: query, key: 'not-a-key' })).status, 401, 'a wrong key is still wrong');
  } finally {
    await open.close();
  }
});

test('limits: body size 413, query string 414, rate per key 429 with Retry-After', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const limited = await startServer({ store: s.store, port: 0, bodyLimit: 4096, maxQueryLength: 200, ratePerSecond: 0.001, rateBurst: 3 });
  try {
    await limited.ready;
    const big = { queries: { c: { schema: 'Company', properties: { name: ['x'.repeat(5000)] } } } };
    const tooBig = await call(limited.url, '/match/default', { json: big, key: s.keys.screen });
    assert.equal(tooBig.status, 413);
    assert.deepEqual(tooBig.body, { detail: 'Request body too large (limit: 4096 bytes)' });
    const tooLong = await call(limited.url, `/search/default?q=${'a'.repeat(300)}`, { key: s.keys.screen });
    assert.equal(tooLong.status, 414);
    assert.deepEqual(tooLong.body, { detail: 'Query string too long (limit: 200 characters)' });

    const { key } = await s.store.createApiKey('screen', 'rate limited');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(limited.url, '/algorithms', { key })).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const refused = await call(limited.url, '/algorithms', { key });
    assert.match(refused.body.detail, /^Rate limit exceeded/);
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    assert.equal((await call(limited.url, '/algorithms', { key: s.keys.admin })).status, 200, 'another key has its own allowance');
    assert.equal((await call(limited.url, '/healthz')).status, 200, 'probes are not limited');
  } finally {
    await limited.close();
  }
});
