/**
 * Alerts sent to webhooks, against a receiver on a loopback port that fails, answers too late
 * and comes back: each delivery is signed, retried on the (injected, short) backoff schedule,
 * and after its last failure kept in the dead letters until retried by hand.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MONITOR_HOOKS } from '../../src/screening/alerts.js';
import { signature, WebhookDispatcher } from '../../src/screening/webhooks.js';
import { openStore } from '../../src/store/open.js';
import type { AlertWrite, Store } from '../../src/store/types.js';
import { tempDir } from '../helpers/cli.js';

const SECRET = 'whsec-0123456789abcdef';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A receiver whose answer to each request the test scripts: a status, or `hang` (never answers). */
function receiver(script: (n: number) => number | 'hang') {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d) => { body += d; });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const answer = script(received.length);
      if (answer !== 'hang') res.writeHead(answer).end();
    });
  });
  return {
    received,
    async listen(): Promise<string> {
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/ghirbal`;
    },
    async close(): Promise<void> {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

function hit(subjectId: string): AlertWrite {
  return {
    subjectId, entityId: 'un-QDi.243', status: 'open', resolution: null, reason: 'new_hit', changes: [],
    hit: { id: 'un-QDi.243', caption: 'FELICIANO SEMBORIO DELOS REYES JR.', schema: 'Person', score: 0.99, match: true, datasets: ['un_sc_sanctions'], explanations: {} },
    subjectProperties: { name: ['Feliciano Semborio Delos Reyes'] }, entityProperties: { name: ['FELICIANO SEMBORIO DELOS REYES JR.'] },
    subjectFingerprint: 'a', entityFingerprint: 'b', algorithm: 'ghirbal-v1', algorithmVersion: '1', threshold: 0.75, datasetVersions: { un_sc_sanctions: 1 },
  };
}

const tmp = tempDir('ghirbal-webhooks-');
let store: Store;
before(async () => {
  store = await openStore(join(tmp.dir, 'ghirbal.db'));
});
after(async () => {
  await store.close();
  tmp.cleanup();
});

describe('webhooks', () => {
  test('a receiver that fails, then answers too late, then comes back gets the alert once it does, signed', async () => {
    const r = receiver((n) => (n === 1 ? 503 : n === 2 ? 'hang' : 204));
    const url = await r.listen();
    try {
      const hook = await store.screening.addWebhook(url, SECRET);
      const [alert] = await store.screening.writeAlerts([hit('C-1')], MONITOR_HOOKS);
      const counts = await new WebhookDispatcher(store, { backoffMs: [1, 1, 1], timeoutMs: 300 }).drain();
      assert.deepEqual([counts.delivered, counts.dead], [1, 0]);
      assert.equal(r.received.length, 3);
      const [delivery] = await store.screening.deliveries();
      assert.deepEqual([delivery.status, delivery.attempts, delivery.webhookId], ['delivered', 3, hook.id]);

      const last = r.received[2];
      const body = JSON.parse(last.body);
      assert.deepEqual([body.event, body.alert.id, body.alert.subject_id, body.alert.entity_id, body.alert.score], ['alert.new', alert.id, 'C-1', 'un-QDi.243', 0.99]);
      assert.equal(last.headers['x-ghirbal-event'], 'alert.new');
      const expected = `sha256=${createHmac('sha256', SECRET).update(`${last.headers['x-ghirbal-timestamp']}.${last.body}`).digest('hex')}`;
      assert.equal(last.headers['x-ghirbal-signature'], expected);
      assert.equal(signature(SECRET, String(last.headers['x-ghirbal-timestamp']), last.body), expected);
      assert.deepEqual(r.received.map((x) => x.body), [last.body, last.body, last.body], 'every try sends the same body');
      await store.screening.removeWebhook(hook.id);
    } finally {
      await r.close();
    }
  });

  test('after the last failure a delivery is a dead letter, until it is retried and gets through', async () => {
    let down = true;
    const r = receiver(() => (down ? 500 : 200));
    const url = await r.listen();
    try {
      const hook = await store.screening.addWebhook(url, SECRET);
      await store.screening.writeAlerts([hit('C-2')], MONITOR_HOOKS);
      const dispatcher = new WebhookDispatcher(store, { backoffMs: [1, 1], timeoutMs: 1000 });
      assert.deepEqual(await dispatcher.drain(), { delivered: 0, retrying: 0, dead: 1 });
      assert.equal(r.received.length, 3);
      const [dead] = (await store.screening.deliveries({ status: 'dead' })).filter((d) => d.webhookId === hook.id);
      assert.deepEqual([dead.attempts, dead.lastError], [3, 'HTTP 500']);
      assert.equal(await store.screening.nextDeliveryAt(), null, 'a dead letter is not retried by itself');

      down = false;
      assert.equal(await store.screening.retryDelivery(dead.id), true);
      assert.equal((await dispatcher.deliverDue()).delivered, 1);
      assert.deepEqual((await store.screening.deliveries({ status: 'dead' })).filter((d) => d.webhookId === hook.id), []);
    } finally {
      await r.close();
    }
  });

  test('a receiver that is not there is a failure like any other', async () => {
    const r = receiver(() => 200);
    const url = await r.listen();
    await r.close();
    const hook = await store.screening.addWebhook(url, SECRET);
    await store.screening.writeAlerts([hit('C-3')], MONITOR_HOOKS);
    await new WebhookDispatcher(store, { backoffMs: [], timeoutMs: 1000 }).drain();
    const [dead] = (await store.screening.deliveries({ status: 'dead' })).filter((d) => d.webhookId === hook.id);
    assert.match(dead.lastError ?? '', /ECONNREFUSED/);
  });
});
