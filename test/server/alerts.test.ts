/**
 * Alerts over a real socket, on the UN list: listing them, an analyst's decision recorded in
 * the audit log under the key that sent it, and a list version imported behind the server's
 * back re-screened after POST /updatez, the new alert reaching a webhook receiver.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Entity } from '../../src/model/entity.js';
import { buildListIndex } from '../../src/screening/batch-index.js';
import { monitorOptions } from '../../src/screening/monitor.js';
import { addSubjectFile, buildOnce } from '../../src/screening/subjects.js';
import { guessMapping } from '../../src/screening/table-input-mapping.js';
import { openTable } from '../../src/screening/table-input.js';
import { customers, LISTED, UNLISTED } from '../screening/batch-fixtures.js';
import { call, haveData, NO_DATA, serveLists, UN, type Served } from './helpers.js';

const ready = haveData(null, UN, LISTED, UNLISTED);
let served: Served | null = null;
const DATASET = 'un_sc_sanctions';
const WATCHED = customers(40);
const NEWCOMER = WATCHED.find((c) => !c.listed)!;

before(async () => {
  if (!ready) return;
  served = await serveLists([UN]);
  const path = join(served.dir, 'watch.csv');
  writeFileSync(path, ['Customer ID,Name,DOB', ...WATCHED.map((c) => `${c.id},"${c.name}",${c.dob}`)].join('\n'));
  const table = await openTable(path);
  const store = served.store;
  await addSubjectFile({ ...monitorOptions(store, buildOnce(() => buildListIndex(store))), table, mapping: guessMapping(table.columns).mapping, schema: 'auto' });
});
after(async () => {
  await served?.close();
});

describe('alerts over HTTP', { skip: ready ? false : NO_DATA }, () => {
  test('alerts are listed, and a decision closes one, kept with who sent it', async () => {
    const { url, keys } = served!;
    const open = await call(url, '/v1/alerts?status=open', { key: keys.screen });
    assert.equal(open.status, 200);
    assert.deepEqual(open.body.alerts.map((a: { subject_id: string }) => a.subject_id).sort(), WATCHED.filter((c) => c.listed).map((c) => c.id));
    const alert = open.body.alerts[0];
    assert.deepEqual(Object.keys(alert).slice(0, 6), ['id', 'subject_id', 'entity_id', 'status', 'resolution', 'reason']);

    const decided = await call(url, `/v1/alerts/${alert.id}/decision`, { key: keys.screen, json: { decision: 'false_positive', reason: 'Passport seen: born in Lyon, not Kabul' } });
    assert.equal(decided.status, 200, decided.text);
    assert.deepEqual([decided.body.status, decided.body.resolution, decided.body.decision.by], ['closed', 'false_positive', 'test screen']);
    const shown = await call(url, `/v1/alerts/${alert.id}`, { key: keys.screen });
    assert.deepEqual(shown.body.decisions.map((d: { reason: string }) => d.reason), ['Passport seen: born in Lyon, not Kabul']);

    const audit = await call(url, '/v1/audit', { key: keys.admin });
    const record = audit.body.records.find((r: { channel: string }) => r.channel === 'decision');
    const screenKey = (await served!.store.listApiKeys()).find((k) => k.label === 'test screen')!;
    assert.deepEqual([record.keyId, record.query.alert, record.query.decision], [screenKey.id, alert.id, 'false_positive']);
  });

  test('decisions that cannot be taken are refused with the reason', async () => {
    const { url, keys } = served!;
    const [alert] = (await call(url, '/v1/alerts', { key: keys.screen })).body.alerts;
    assert.equal((await call(url, `/v1/alerts/${alert.id}/decision`, { key: keys.screen, json: { decision: 'maybe', reason: 'x' } })).status, 422);
    assert.equal((await call(url, `/v1/alerts/${alert.id}/decision`, { key: keys.screen, json: { decision: 'true_match' } })).status, 422);
    const blank = await call(url, `/v1/alerts/${alert.id}/decision`, { key: keys.screen, json: { decision: 'true_match', reason: '   ' } });
    assert.deepEqual([blank.status, blank.body.detail], [400, 'a decision needs a reason']);
    assert.equal((await call(url, '/v1/alerts/999999/decision', { key: keys.screen, json: { decision: 'true_match', reason: 'x' } })).status, 404);
    assert.equal((await call(url, '/v1/alerts', {})).status, 401);
  });

  test('a version imported behind the server is re-screened after /updatez, and the new alert reaches the webhook', async () => {
    const { url, keys, store } = served!;
    const got: string[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => { body += d; }).on('end', () => {
        got.push(body);
        res.writeHead(200).end();
        receiver.emit('alert');
      });
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    await store.screening.addWebhook(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, 'whsec-0123456789abcdef');
    const entities: Entity[] = [];
    for await (const e of store.entities(DATASET)) entities.push(e);
    entities.push({ id: 'un-NEW.9', schema: 'Person', caption: NEWCOMER.name, properties: { name: [NEWCOMER.name], birthDate: [NEWCOMER.dob] }, datasets: [DATASET], referents: [], target: true });
    const hash = createHash('sha256').update('next UN list').digest('hex');
    await store.importVersion({ dataset: DATASET, format: 'ftm-json', files: [{ name: 'un.json', sha256: hash, bytes: 1 }], contentHash: hash, publishedAt: null, issues: [] }, entities);

    const delivered = once(receiver, 'alert');
    assert.equal((await call(url, '/updatez?sync=true', { method: 'POST', key: keys.admin })).status, 200);
    await delivered;
    const payload = JSON.parse(got[0]);
    assert.deepEqual([payload.event, payload.alert.subject_id, payload.alert.entity_id, payload.alert.dataset_versions], ['alert.new', NEWCOMER.id, 'un-NEW.9', { [DATASET]: 2 }]);
    const listed = await call(url, `/v1/alerts?subject=${NEWCOMER.id}`, { key: keys.screen });
    assert.equal(listed.body.alerts[0].entity_id, 'un-NEW.9');
    receiver.closeAllConnections();
    receiver.close();
  });
});
