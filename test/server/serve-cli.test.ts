/**
 * `ghirbal serve` as a process: it listens at once, says so, builds the index, warns loudly
 * when started with --no-auth, answers over the socket, and closes cleanly on SIGTERM.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openStore } from '../../src/store/open.js';
import { REPO_ROOT } from '../helpers/data.js';
import { tempDir } from '../helpers/cli.js';
import { call, haveData, ingest, ZALA } from './helpers.js';

const ENTRY = join(REPO_ROOT, 'test', 'server', 'serve-entry.ts');

test('serve: listens, builds, answers, warns about --no-auth, stops on SIGTERM', async (t) => {
  if (!haveData(t, ZALA)) return;
  const tmp = tempDir();
  t.after(tmp.cleanup);
  const db = join(tmp.dir, 'ghirbal.db');
  const store = await openStore(db);
  await ingest(store, ZALA);
  await store.close();

  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'serve', '--db', db, '--port', '0', '--no-auth'], { cwd: REPO_ROOT });
  t.after(() => child.kill('SIGKILL'));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const lines = createInterface({ input: child.stdout });
  let url = '';
  let warned = false;
  for await (const line of lines) {
    const log = JSON.parse(line) as { msg: string; level: number };
    if (/AUTHENTICATION IS OFF/.test(log.msg)) warned = log.level >= 40;
    const listening = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log.msg);
    if (listening) url = listening[1];
    if (log.msg === 'index built: ready') break;
  }
  assert.ok(url, stderr);
  assert.ok(warned, 'a warning in the log');
  assert.match(stderr, /WARNING: started with --no-auth/);
  assert.match(stderr, /Listening on http:\/\/127\.0\.0\.1:\d+/);
  assert.deepEqual((await call(url, '/readyz')).body, { status: 'ok' });
  const r = await call(url, '/match/default', { json: { queries: { q: { schema: 'Company', properties: { name: 'Zala Aero' } } } } });
  assert.equal(r.body.responses.q.results[0].id, 'NK-abdzbEBkqyT29GyREbiURZ');

  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  assert.equal(code, 0);
  assert.match(stderr, /SIGTERM: closing/);
});

async function usageError(args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'serve', ...args], { cwd: REPO_ROOT });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const [code] = await once(child, 'exit');
  assert.equal(code, 2, stderr);
  return stderr;
}

test('serve: a bad option is a usage error', async () => {
  assert.match(await usageError(['--port', 'eighty']), /--port must be a whole number from 0 to 65535, got "eighty"/);
  assert.match(await usageError(['--heap-headroom', '5000']), /--heap-headroom must be a whole number from 0 to 1000, got "5000"/);
});
