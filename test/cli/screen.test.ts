/**
 * `ghirbal screen` as a user runs it: the column mapping guessed and printed, one result per
 * record, usage mistakes named; and a run killed with SIGKILL part-way through carried on by
 * running the same command again, with every record in the output exactly once.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { openTable } from '../../src/screening/table-input.js';
import { openStore } from '../../src/store/open.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/data.js';
import { customers, LISTED, UNLISTED, writeCustomerCsv } from '../screening/batch-fixtures.js';
import { haveData, ingest, NO_DATA, UN } from '../server/helpers.js';

const tmp = tempDir('ghirbal-screen-cli-');
const DB = join(tmp.dir, 'ghirbal.db');
const ready = haveData(null, UN, LISTED, UNLISTED);

before(async () => {
  if (!ready) return;
  const store = await openStore(DB);
  await ingest(store, UN);
  await store.close();
});
after(tmp.cleanup);

async function idsIn(path: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const r of (await openTable(path)).records()) ids.push(r.fields['Customer ID'] as string);
  return ids;
}

function jsonLines(text: string): Record<string, any>[] {
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

describe('ghirbal screen', { skip: ready ? false : NO_DATA }, () => {
  test('prints the mapping it guessed and writes one result per record beside the input', async () => {
    const input = join(tmp.dir, 'clients.csv');
    writeCustomerCsv(input, customers(40), ['C99999;one field short;1970;fr']);
    const run = await runCli(['screen', input, '--db', DB]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /name +← "Customer Name"/);
    assert.match(run.stderr, /birthDate +← "Date of Birth"/);
    assert.match(run.stderr, /not screened: "Notes"/);
    assert.match(run.stderr, /clients\.csv: line 42: expected 5 fields, found 4/);
    assert.match(run.stderr, /Screened 41 records .*: 4 with a match, 1 not screened/);
    const out = join(tmp.dir, 'clients.screened.csv');
    assert.deepEqual(await idsIn(out), [...customers(40).map((c) => c.id), 'C99999']);
  });

  test('mistakes are named, with exit code 2', async () => {
    const input = join(tmp.dir, 'nameless.csv');
    writeCustomerCsv(input, customers(3));
    const badMap = await runCli(['screen', input, '--db', DB, '--map', 'name=Client']);
    assert.equal(badMap.code, 2);
    assert.match(badMap.stderr, /--map name=Client: no such column \(columns: "Customer ID", "Customer Name"/);
    const noName = await runCli(['screen', input, '--db', DB, '--map', 'name=']);
    assert.equal(noName.code, 2);
    assert.match(noName.stderr, /no column is read as a name in nameless\.csv: use --map name=COLUMN/);
    const missing = await runCli(['screen', join(tmp.dir, 'nowhere.csv'), '--db', DB]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /ghirbal screen: .*nowhere\.csv/);
    const badOut = await runCli(['screen', input, '--db', DB, '--out', join(tmp.dir, 'results.pdf')]);
    assert.match(badOut.stderr, /--out .*results\.pdf: name a \.csv, \.jsonl or \.xlsx file/);
  });

  test('killed with SIGKILL part-way, the same command carries on; the output has every record exactly once', async () => {
    const list = customers(3000);
    const input = join(tmp.dir, 'book.csv');
    const out = join(tmp.dir, 'book-results.jsonl');
    writeCustomerCsv(input, list);
    const args = ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli', 'main.ts'), 'screen', input, '--db', DB, '--out', out, '--json'];
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const exited = once(child, 'exit');
    let killedAt = 0;
    for await (const line of createInterface({ input: child.stdout })) {
      const event = JSON.parse(line);
      if (event.type === 'progress' && event.done > 0) {
        killedAt = event.done;
        child.kill('SIGKILL');
        break;
      }
    }
    const [, signal] = await exited;
    assert.equal(signal, 'SIGKILL', `the run ended before it could be killed:\n${stderr}`);
    assert.equal(existsSync(out), false, 'no output is written before the batch is complete');

    const store = await openStore(DB);
    const [job] = (await store.screening.jobs()).filter((j) => (j.params as { file: string }).file === input);
    await store.close();
    assert.equal(job.status, 'running');
    assert.ok(job.done >= killedAt && job.done < 3000, `stored ${job.done} of 3000 records when killed`);

    const again = await runCli(args.slice(3));
    assert.equal(again.code, 0, again.stderr);
    const events = jsonLines(again.stdout);
    assert.deepEqual(events.find((e) => e.type === 'job'), { type: 'job', job: job.id, total: 3000, done: job.done, resumed: true });
    const summary = events.find((e) => e.type === 'summary')!;
    assert.deepEqual([summary.rows, summary.resumedFrom, summary.errors], [3000, job.done, 0]);
    const ids: string[] = [];
    for await (const r of (await openTable(out)).records()) ids.push((r.fields.input as Record<string, string>)['Customer ID']);
    assert.deepEqual(ids, list.map((c) => c.id));
  });
});
