/**
 * The wrk client of the HTTP benchmark against a real local server: each body is sent as
 * written (bytes outside ASCII too), counted, and refusals are counted as refusals. Skipped
 * where wrk is not installed (the benchmark then uses autocannon).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { haveWrk, wrkLoop } from '../../bench/wrk.js';

test('wrk sends each body byte for byte with the headers, and counts answers that are not 2xx', async (t) => {
  if (!haveWrk()) return t.skip('wrk is not installed (apt install wrk)');
  const bodies = ['{"id":"1951"}', '{"name":"Лавров \\"Sergei\\""}', '{"name":"عبد الرحمن1951"}', '{"name":"plain\\\\slash"}'];
  const seen = new Set<string>();
  let refused = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d) => (body += d)).on('end', () => {
      const known = bodies.includes(body) && req.headers.authorization === 'ApiKey k-1' && req.method === 'POST';
      if (known) seen.add(body);
      else refused++;
      res.writeHead(known ? 200 : 400).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(() => server.close());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/match/default`;
  const ok = await wrkLoop(url, { authorization: 'ApiKey k-1' }, bodies, 2, 1);
  assert.deepEqual([...seen].sort(), [...bodies].sort(), 'every body arrived as written');
  assert.equal(refused, 0);
  assert.equal(ok.non2xx, 0);
  assert.ok(ok.requests > 0 && ok.rps > 0 && ok.p99 >= ok.p50, JSON.stringify(ok));
  const wrongKey = await wrkLoop(url, { authorization: 'ApiKey other' }, bodies, 2, 1);
  assert.equal(wrongKey.non2xx, wrongKey.requests, 'every refusal is counted');
});
