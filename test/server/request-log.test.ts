/**
 * The one log line per request, through the real logger: what it says (method, path with the
 * key redacted, status, time, key id), and that a server logging above info writes none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { call, haveData, serveLists, T1 } from './helpers.js';

/** A logger destination that keeps the JSON lines written to it. */
function captured(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

const query = { queries: { q: { schema: 'Person', properties: { name: ['Nobody In Particular'] } } } };

test('each answered request is one line: method, redacted path, status, time and key id', async (t) => {
  if (!haveData(t, T1)) return;
  const log = captured();
  const s = await serveLists([T1], { logger: { level: 'info', stream: log.stream } });
  t.after(() => s.close());
  const r = await call(s.url, `/match/default?api_key=${s.keys.screen}`, { json: query });
  assert.equal(r.status, 200);
  assert.equal((await call(s.url, '/match/default', { json: query })).status, 401);
  const requests = log.lines().filter((l) => l.msg === 'request');
  const screened = requests.find((l) => l.status === 200);
  assert.ok(screened, JSON.stringify(requests));
  assert.equal(screened.method, 'POST');
  assert.equal(screened.url, '/match/default?api_key=[redacted]');
  assert.match(String(screened.key), /^key_/);
  assert.equal(typeof screened.ms, 'number');
  assert.ok(!JSON.stringify(log.lines()).includes(s.keys.screen), 'the key itself is never logged');
  const refused = requests.find((l) => l.status === 401);
  assert.ok(refused);
  assert.equal(refused.key, null);
});

test('a server logging warnings only writes no request lines', async (t) => {
  if (!haveData(t, T1)) return;
  const log = captured();
  const s = await serveLists([T1], { logger: { level: 'warn', stream: log.stream } });
  t.after(() => s.close());
  assert.equal((await call(s.url, '/match/default', { key: s.keys.screen, json: query })).status, 200);
  assert.deepEqual(log.lines().filter((l) => l.msg === 'request'), []);
});
