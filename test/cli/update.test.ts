/**
 * `ghirbal update` against a local HTTP server serving the shared list files: conditional
 * requests, and every way a download can go wrong leaves the last good file and version.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { needData } from '../helpers/data.js';
import { runCli, runJson, tempDir } from '../helpers/cli.js';

const tmp = tempDir();
after(tmp.cleanup);

type Mode = 'ok' | 'error' | 'hang' | 'cut' | 'truncated-file' | 'shrunk';
let mode: Mode = 'ok';
const seen: IncomingMessage['headers'][] = [];
let server: Server;
let base = '';
let unBytes = Buffer.alloc(0);
const hanging: ServerResponse[] = [];

before(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    const etag = `"${createHash('sha1').update(unBytes).digest('hex')}"`;
    switch (mode) {
      case 'error':
        res.writeHead(500).end('upstream exploded');
        return;
      case 'hang':
        hanging.push(res);
        return;
      case 'cut':
        res.writeHead(200, { 'content-length': String(unBytes.length) });
        res.write(unBytes.subarray(0, 100_000), () => res.destroy());
        return;
      case 'truncated-file': {
        const half = unBytes.subarray(0, Math.floor(unBytes.length / 2));
        res.writeHead(200, { 'content-length': String(half.length), etag: '"half"' }).end(half);
        return;
      }
      case 'shrunk': {
        // A well-formed list that lost nine records in ten: parses fine, but is not believable.
        const text = unBytes.toString('utf8');
        let n = 0;
        const small = text.replace(/<INDIVIDUAL>[\s\S]*?<\/INDIVIDUAL>\s*/g, (m) => (n++ % 10 === 0 ? m : ''))
          .replace(/<ENTITY>[\s\S]*?<\/ENTITY>\s*/g, (m) => (n++ % 10 === 0 ? m : ''));
        res.writeHead(200, { etag: '"small"' }).end(small);
        return;
      }
      default:
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, { etag, 'content-length': String(unBytes.length) }).end(unBytes);
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const addr = server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
});

after(() => {
  for (const r of hanging) r.destroy();
  server.close();
});

function setup(t: any, name: string) {
  const un = needData(t, 'un', 'consolidated_2026-02-27.xml');
  if (!un) return null;
  unBytes = readFileSync(un);
  const sources = join(tmp.dir, `${name}-sources.json`);
  writeFileSync(sources, JSON.stringify([{ dataset: 'un_sc_sanctions', format: 'un-xml', files: [{ url: `${base}/un/consolidated.xml`, file: 'consolidated.xml' }] }]));
  const db = join(tmp.dir, `${name}.db`);
  const cache = join(tmp.dir, `${name}-cache`);
  const update = (...extra: string[]) => runJson(['update', '--db', db, '--sources', sources, '--cache', cache, ...extra]);
  const versions = async () => (await runJson(['datasets', '--db', db, '--versions'])).json;
  const goodFile = join(cache, 'un_sc_sanctions', 'consolidated.xml');
  return { update, versions, goodFile };
}

test('first update imports; the next sends If-None-Match, gets 304 and makes no version', async (t) => {
  const s = setup(t, 'cond');
  if (!s) return;
  mode = 'ok';
  const first = await s.update();
  assert.equal(first.result.code, 0, first.result.stderr);
  assert.equal(first.json.outcomes[0].status, 'created');
  assert.ok(existsSync(s.goodFile));
  seen.length = 0;
  const second = await s.update();
  assert.equal(second.json.outcomes[0].status, 'unchanged');
  assert.ok(seen[0]['if-none-match'], 'the second request must be conditional');
  assert.equal((await s.versions()).length, 1);
});

for (const [failure, why] of [
  ['error', /HTTP 500/],
  ['hang', /timed out/],
  ['cut', /interrupted|truncated|terminated/],
  ['truncated-file', /truncated XML|malformed XML/],
  ['shrunk', /only \d+ entities read/],
] as [Mode, RegExp][]) {
  test(`a server that answers "${failure}" leaves the last good file and version`, async (t) => {
    const s = setup(t, `fail-${failure}`);
    if (!s) return;
    mode = 'ok';
    assert.equal((await s.update()).result.code, 0);
    const before = await s.versions();
    const goodHash = createHash('sha256').update(readFileSync(s.goodFile)).digest('hex');
    mode = failure;
    const r = await s.update('--timeout', '0.5');
    assert.notEqual(r.result.code, 0);
    assert.equal(r.json.outcomes[0].status, 'failed');
    assert.match(r.json.outcomes[0].error, why);
    assert.deepEqual(await s.versions(), before);
    assert.equal(createHash('sha256').update(readFileSync(s.goodFile)).digest('hex'), goodHash, 'the last good file must be kept');
    if (failure === 'shrunk') {
      const forced = await s.update('--force');
      assert.equal(forced.json.outcomes[0].status, 'created');
    }
  });
}

test('a sources file with a bad entry is refused with the entry and field named', async (t) => {
  const bad = join(tmp.dir, 'bad-sources.json');
  writeFileSync(bad, JSON.stringify([{ dataset: 'x', format: 'un-xml', files: [{ url: 'ftp://nope', file: 'a.xml' }] }]));
  const r = await runCli(['update', '--db', join(tmp.dir, 'bad.db'), '--sources', bad]);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /bad-sources\.json: source 1, file 1: "url" must be an http\(s\) URL/);
  void t;
});
