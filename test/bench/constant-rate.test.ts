/**
 * The scheduled client of the HTTP benchmark against a real local server: it sends every
 * request of the schedule as written (bytes outside ASCII too), reads answers that arrive in
 * pieces, counts refusals as refusals and a dropped connection as an error, and goes on after
 * the server closes a connection.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { loadAtRate } from '../../bench/constant-rate.js';

const BODIES = ['{"id":"1951"}', '{"name":"Лавров \\"Sergei\\""}', '{"name":"عبد الرحمن1951"}', '{"name":"plain\\\\slash"}'];

/** An answer in three writes, each after a turn of the event loop: the client sees it in pieces. */
function answerInPieces(res: ServerResponse, status: number, text: string): void {
  const body = Buffer.from(text);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
  res.write(body.subarray(0, 5));
  setImmediate(() => {
    res.write(body.subarray(5, 9));
    setImmediate(() => res.end(body.subarray(9)));
  });
}

test('the scheduled client sends every request of the schedule as written and reads answers that come in pieces', async (t) => {
  const seen = new Map<string, number>();
  let requests = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d) => (body += d)).on('end', () => {
      requests++;
      const known = BODIES.includes(body) && req.headers.authorization === 'ApiKey k-1' && req.method === 'POST' && req.url === '/match/default';
      if (known) seen.set(body, (seen.get(body) ?? 0) + 1);
      // Every fifth request is refused; every seventh answer comes with its connection closed after it.
      if (requests % 7 === 0) res.setHeader('connection', 'close');
      answerInPieces(res, known && requests % 5 !== 0 ? 200 : 400, JSON.stringify({ echo: body, pad: 'x'.repeat(requests * 37) }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(() => server.close());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/match/default`;
  const run = await loadAtRate(url, { 'content-type': 'application/json', authorization: 'ApiKey k-1' }, BODIES, 400, 0.5, 4);
  assert.equal(requests, 200, 'rate × seconds requests sent');
  assert.deepEqual([...seen.values()], [50, 50, 50, 50], 'each body arrived as written, in turn');
  assert.equal(run.non2xx, 40);
  assert.equal(run.errors, 0, 'a connection the server closed after answering is not an error');
  assert.equal(run.requests, 160);
  assert.ok(run.p50 <= run.p99 && run.p99 <= run.max, JSON.stringify(run));
});

test('the scheduled client counts a connection dropped before its answer as an error, and goes on', async (t) => {
  let requests = 0;
  const server = createServer((req, res) => {
    req.resume().on('end', () => {
      if (++requests === 3) return req.socket.destroy();
      answerInPieces(res, 200, '{"results":[]}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(() => server.close());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/match/default`;
  const run = await loadAtRate(url, {}, BODIES, 100, 0.2, 2);
  assert.deepEqual([run.requests, run.errors, run.non2xx], [19, 1, 0]);
});
