/**
 * What the workbench needs from the server, over a real socket: its static files (the page never
 * cached, hashed assets cached for good, gzip, nothing outside the build folder, a clear 404 when
 * it is not built), `GET /v1/me` for each kind of caller, and an entity's history across four
 * versions of a list (listed, changed, removed, added again).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { tempDir } from '../helpers/cli.js';
import { lavrov, rosneft, versionMeta } from '../store/fixtures.js';
import { call } from './helpers.js';

const tmp = tempDir('ghirbal-web-');
const WEB = join(tmp.dir, 'web');
const PAGE = '<!doctype html><html><head><title>Ghirbal workbench</title></head><body><div id="root"></div></body></html>';
// Long enough to be worth compressing.
const SCRIPT = `console.log(${JSON.stringify('workbench '.repeat(300))});\n`;
const ASSET = '/assets/index-AbC123.js';

let store: Store;
let server: RunningServer;
let keys: { screen: string; admin: string };

before(async () => {
  mkdirSync(join(WEB, 'assets'), { recursive: true });
  writeFileSync(join(WEB, 'index.html'), PAGE);
  writeFileSync(join(WEB, ASSET), SCRIPT);
  writeFileSync(join(tmp.dir, 'secret.txt'), 'not to be served');
  store = await openStore(join(tmp.dir, 'ghirbal.db'));
  // Four versions of one list: Lavrov listed, his position changed, removed, listed again.
  const moved = lavrov().build();
  moved.properties.position = ['Former minister'];
  const versions = [[lavrov().build(), rosneft().build()], [moved, rosneft().build()], [rosneft().build()], [lavrov().build(), rosneft().build()]];
  for (const [i, entities] of versions.entries()) await store.importVersion(versionMeta('eu-fsf', `version ${i}`), entities);
  keys = { screen: (await store.createApiKey('screen', 'analyst')).key, admin: (await store.createApiKey('admin', 'lead')).key };
  server = await startServer({ store, port: 0, webRoot: WEB });
  await server.ready;
});
after(async () => {
  await server?.close();
  await store?.close();
  tmp.cleanup();
});

test('the workbench page answers its own paths, never cached, with a strict CSP; no key needed', async () => {
  for (const path of ['/', '/?q=Lavrov', '/entity/eu-fsf-lavrov', '/explain?q=x&id=y', '/signin', '/alerts', '/lists']) {
    const r = await call(server.url, path);
    assert.equal(r.status, 200, path);
    assert.equal(r.text, PAGE, path);
    assert.equal(r.headers.get('cache-control'), 'no-cache');
    assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
  }
});

test('hashed assets are cached for good, gzipped for a browser that asks, and only from the build folder', async () => {
  const gz = await fetch(`${server.url}${ASSET}`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gz.status, 200);
  assert.equal(gz.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.match(gz.headers.get('content-type') ?? '', /^text\/javascript/);
  // fetch undoes the gzip itself; the header and the length show what went over the wire.
  assert.equal(gz.headers.get('content-encoding'), 'gzip');
  assert.equal(await gz.text(), SCRIPT);
  const raw = await new Promise<Buffer>((resolve, reject) => {
    import('node:http').then(({ get }) => get(`${server.url}${ASSET}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
    }), reject);
  });
  assert.ok(raw.length < SCRIPT.length / 5, `gzip: ${raw.length} bytes for ${SCRIPT.length}`);
  assert.equal(gunzipSync(raw).toString(), SCRIPT);

  for (const path of ['/assets/nope.js', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt']) {
    const r = await call(server.url, path);
    assert.equal(r.status, 404, path);
    assert.doesNotMatch(r.text, /not to be served/);
  }
  assert.equal((await call(server.url, '/assets/%E0%A4%A')).status, 400, 'a malformed path is refused by the router');
});

test('the workbench routes stay out of the OpenAPI document', async () => {
  const spec = (await call(server.url, '/openapi.json')).body;
  for (const path of Object.keys(spec.paths)) assert.ok(!path.startsWith('/assets') && path !== '/' && !path.startsWith('/entity/'), path);
  assert.ok(spec.paths['/v1/me'], 'GET /v1/me is documented');
  assert.ok(spec.paths['/v1/entities/{entity_id}/history'], 'the history route is documented');
});

test('without a build, the page says how to make one', async () => {
  const bare = await startServer({ store, serving: server.serving, port: 0, webRoot: join(tmp.dir, 'not-built') });
  try {
    for (const path of ['/', '/entity/x', '/assets/index.js']) {
      const r = await call(bare.url, path);
      assert.equal(r.status, 404, path);
      assert.match(r.text, /npm run build/);
    }
  } finally {
    await bare.close();
  }
});

test('GET /v1/me: the key\'s role and label; 401 without one; --no-auth says so', async () => {
  assert.deepEqual(pick((await call(server.url, '/v1/me', { key: keys.screen })).body), { role: 'screen', label: 'analyst', auth: true });
  assert.deepEqual(pick((await call(server.url, '/v1/me', { key: keys.admin })).body), { role: 'admin', label: 'lead', auth: true });
  const me = (await call(server.url, '/v1/me', { key: keys.admin })).body;
  assert.match(me.key_id, /^key_/);
  assert.doesNotMatch(JSON.stringify(me), new RegExp(keys.admin), 'never the secret');
  assert.equal((await call(server.url, '/v1/me')).status, 401);

  const open = await startServer({ store, serving: server.serving, port: 0, noAuth: true, webRoot: WEB });
  try {
    assert.deepEqual((await call(open.url, '/v1/me')).body, { role: 'screen', key_id: null, label: null, auth: false });
    assert.equal((await call(open.url, '/v1/me', { key: keys.admin })).body.role, 'admin');
  } finally {
    await open.close();
  }
});

function pick(me: { role: string; label: string; auth: boolean }) {
  return { role: me.role, label: me.label, auth: me.auth };
}

test('GET /v1/entities/{id}/history: each version of the list, with what changed', async () => {
  const r = await call(server.url, '/v1/entities/eu-fsf-lavrov/history', { key: keys.screen });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.body.id, 'eu-fsf-lavrov');
  assert.equal(r.body.datasets.length, 1);
  const versions = r.body.datasets[0].versions;
  assert.deepEqual(versions.map((v: { label: string; status: string }) => `${v.label} ${v.status}`),
    ['eu-fsf@1 listed', 'eu-fsf@2 changed', 'eu-fsf@3 removed', 'eu-fsf@4 added']);
  assert.deepEqual(versions[1].changes, [{ prop: 'position', old: ['Minister of Foreign Affairs of the Russian Federation'], new: ['Former minister'] }]);
  assert.equal(versions[3].current, true);

  const steady = await call(server.url, '/v1/entities/eu-fsf-rosneft/history', { key: keys.screen });
  assert.deepEqual(steady.body.datasets[0].versions.map((v: { status: string }) => v.status), ['listed', 'unchanged', 'unchanged', 'unchanged']);

  const missing = await call(server.url, '/v1/entities/nobody/history', { key: keys.screen });
  assert.equal(missing.status, 404);
  assert.equal(missing.body.detail, 'No such entity!');
});
