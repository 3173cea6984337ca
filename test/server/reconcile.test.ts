/**
 * The reconciliation API as OpenRefine drives it, over a real socket: read the manifest,
 * send form-encoded query batches, follow the manifest's suggest and extend services, fetch
 * property values for the matched ids, and the refusals along the way.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { call, haveData, NO_DATA, serveLists, UN, ZALA, type Served } from './helpers.js';

let s: Served | null = null;

before(async () => {
  if (haveData(null, UN, ZALA)) s = await serveLists([UN, ZALA]);
});
after(async () => s?.close());

const get = (path: string) => call(s!.url, path, { key: s!.keys.screen });
const post = (path: string, form: Record<string, string>) => call(s!.url, path, { key: s!.keys.screen, form });

test('an OpenRefine round trip: manifest, queries, suggest, extend', async (t) => {
  if (!s) return t.skip(NO_DATA);
  // OpenRefine cannot send headers: the key travels in the query string and the manifest passes it on.
  const manifest = await call(s.url, `/reconcile/default?api_key=${s.keys.screen}`);
  assert.equal(manifest.status, 200);
  const m = manifest.body;
  assert.deepEqual(m.versions, ['0.2']);
  assert.match(m.name, /Ghirbal/);
  assert.match(m.view.url, /\{\{id\}\}/);
  assert.ok(m.defaultTypes.some((ty: { id: string; name: string }) => ty.id === 'Person' && ty.name === 'People'));
  assert.equal(m.suggest.entity.service_url, `${s.url}/reconcile/default`);
  assert.equal(m.suggest.entity.service_path, `/suggest/entity?api_key=${s.keys.screen}`);
  assert.ok(m.extend.property_settings.some((p: { name: string }) => p.name === 'limit'));

  const queries = {
    q0: { query: 'Eric Badege', type: 'Person', type_strict: 'should', properties: [{ pid: 'birthDate', v: '1971' }, { pid: 'Person:nationality', v: 'Congo, The Democratic Republic of the' }] },
    q1: { query: 'ZALA AERO', limit: 2 },
    q2: { query: 'Nobody Anywhere Ever', type: 'Person' },
  };
  const r = await call(`${m.suggest.entity.service_url}`, '', { form: { queries: JSON.stringify(queries) }, method: 'POST', headers: { authorization: `Bearer ${s.keys.screen}` } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.headers.get('x-batch-size'), '3');
  const top = r.body.q0.result[0];
  assert.deepEqual(Object.keys(top).sort(), ['description', 'id', 'match', 'name', 'score', 'type']);
  assert.deepEqual([top.id, top.name, top.match], ['un-CDi.001', 'ERIC BADEGE', true]);
  assert.deepEqual(top.type, [{ id: 'Person', name: 'People', description: 'Person' }]);
  assert.ok(r.body.q1.result.length <= 2);
  assert.equal(r.body.q1.result[0].id, 'NK-abdzbEBkqyT29GyREbiURZ');
  assert.ok(r.body.q2.result.every((x: { match: boolean }) => !x.match), 'every scored candidate is returned, no match among them');

  const base = `${m.suggest.entity.service_url}`;
  const suggest = await call(base, `${m.suggest.entity.service_path}&prefix=bade`);
  assert.equal(suggest.status, 200);
  assert.deepEqual([suggest.body.code, suggest.body.status, suggest.body.prefix], ['/api/status/ok', '200 OK', 'bade']);
  assert.equal(suggest.body.result[0].id, 'un-CDi.001');
  const types = await call(base, `${m.suggest.type.service_path}&prefix=compan`);
  assert.deepEqual(types.body.result.map((x: { id: string }) => x.id), ['Company']);
  const props = await call(base, `${m.suggest.property.service_path}&prefix=birth`);
  assert.ok(props.body.result.some((p: { id: string; name: string }) => p.id === 'birthDate' && p.name === 'Birth date'));
  const proposed = await call(base, `${m.extend.propose_properties.service_path}&type=Person`);
  assert.equal(proposed.body.type, 'Person');
  const names = proposed.body.properties.map((p: { name: string }) => p.name);
  assert.deepEqual(names, [...names].sort());
  assert.ok(proposed.body.properties.some((p: { id: string }) => p.id === 'nationality'));

  const extend = await post('/reconcile/default', {
    extend: JSON.stringify({ ids: ['un-CDi.001', 'no-such-id'], properties: [{ id: 'birthDate' }, { id: 'nationality' }] }),
  });
  assert.equal(extend.status, 200, extend.text);
  assert.deepEqual(extend.body.rows['no-such-id'], {});
  assert.deepEqual(extend.body.rows['un-CDi.001'].birthDate, [{ str: '1971' }]);
  assert.match(extend.body.rows['un-CDi.001'].nationality[0].str, /Congo/);
  assert.ok(extend.body.meta.some((x: { id: string; name: string }) => x.id === 'birthDate' && x.name === 'Birth date'));
  const raw = await post('/reconcile/default', { extend: JSON.stringify({ ids: ['un-CDi.001'], properties: [{ id: 'nationality', settings: { render: 'raw', limit: 1 } }] }) });
  assert.deepEqual(raw.body.rows['un-CDi.001'].nationality, [{ str: 'cd' }]);

  const preview = await get('/reconcile/default/preview/un-CDi.001');
  assert.equal(preview.status, 200);
  assert.match(preview.text, /ERIC BADEGE/);
});

test('queries may also come as a JSON body or, as the specification allows, on GET', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const q = { q0: { query: 'Eric Badege' } };
  const viaJson = await call(s.url, '/reconcile/un_sc_sanctions', { key: s.keys.screen, json: { queries: q } });
  assert.equal(viaJson.body.q0.result[0].id, 'un-CDi.001');
  const viaGet = await get(`/reconcile/un_sc_sanctions?queries=${encodeURIComponent(JSON.stringify(q))}`);
  assert.equal(viaGet.body.q0.result[0].id, 'un-CDi.001');
  const scoped = await post('/reconcile/un_sc_sanctions', { queries: JSON.stringify({ q: { query: 'ZALA AERO' } }) });
  assert.ok(scoped.body.q.result.every((x: { id: string }) => x.id.startsWith('un-')));
});

test('reconciliation refusals', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const cases: [Promise<{ status: number; body: any }>, number, RegExp][] = [
    [post('/reconcile/default', { queries: '{not json' }), 400, /^Cannot decode queries/],
    [post('/reconcile/default', { queries: JSON.stringify(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, { query: 'x' }]))) }), 400, /^Too many queries in one batch \(limit: 100\)$/],
    [post('/reconcile/default', { queries: JSON.stringify({ q0: { query: 'x', type: 'Spaceship' } }) }), 400, /unknown schema/],
    [post('/reconcile/default', { queries: JSON.stringify({ q0: { query: 'x', limit: 'lots' } }) }), 400, /limit/],
    [post('/reconcile/default', { extend: JSON.stringify({ ids: ['addr-2aa897144df663e450da050fec1146de7ea78918'], properties: [{ id: 'full' }] }) }), 400, /^Please specify the canonical entity ID, not a referent$/],
    [post('/reconcile/default', {}), 400, /queries/],
    [post('/reconcile/nowhere', { queries: '{}' }), 404, /^No such dataset\.$/],
    [get('/reconcile/default/extend/property?type=Spaceship'), 400, /^Invalid type: Spaceship$/],
  ];
  for (const [pending, status, detail] of cases) {
    const r = await pending;
    assert.equal(r.status, status, JSON.stringify(r.body));
    assert.match(r.body.detail, detail);
  }
  const noPrefix = await get('/reconcile/default/suggest/entity');
  assert.equal(noPrefix.status, 422);
  assert.deepEqual(noPrefix.body.detail[0].loc, ['query', 'prefix']);
});

test('reconciliation queries are audited under their route', async (t) => {
  if (!s) return t.skip(NO_DATA);
  await post('/reconcile/default', { queries: JSON.stringify({ q0: { query: 'Eric Badege', type: 'Person' } }) });
  await s.server.app.ghirbal.audit.flush();
  const channels = [];
  for await (const rec of s.store.auditRecords()) channels.push(rec.channel);
  assert.ok(channels.includes('POST /reconcile/default'));
});
