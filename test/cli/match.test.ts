/**
 * `ghirbal match` through the real command on a real store: the terminal table with its
 * explanation, --json, and the --jsonl contract (one line out per query line, a bad line
 * answered with an error naming it, never a crash).
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { dataPath, needData } from '../helpers/data.js';
import { runCli, runJson, tempDir } from '../helpers/cli.js';

const tmp = tempDir();
after(tmp.cleanup);
const db = join(tmp.dir, 'sdn.db');
const SDN = dataPath('ofac', 'sdn_2024-05-03', 'sdn.csv');

before(async () => {
  if (!existsSync(SDN)) return;
  const r = await runCli(['ingest', '--db', db, SDN]);
  assert.equal(r.code, 0, r.stderr);
});

test('a name at the terminal: a table of scores and why the top hit scores', async (t) => {
  if (!needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv')) return;
  const r = await runCli(['match', '--db', db, 'Sergei Lavrov', '--schema', 'Person', '--birth-date', '1950', '--country', 'ru']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^1\s+0\.\d{3}\s+yes\s+Person\s+LAVROV, Sergei Viktorovich\s+ofac-35233\s+us_ofac_sdn/m);
  assert.match(r.stdout, /Why #1 \(LAVROV, Sergei Viktorovich\)/);
  assert.match(r.stdout, /name_match: .*lavrov~lavrov \(exact/);
  assert.match(r.stdout, /dob_match: birth years overlap/);
  assert.match(r.stdout, /country_match/);
  assert.match(r.stderr, /Indexed \d+ entities/);
});

test('--json prints the cleaned query and the results', async (t) => {
  if (!needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv')) return;
  const { result, json } = await runJson(['match', '--db', db, 'JSCARGUMENT', '--schema', 'Company', '--limit', '2']);
  assert.equal(result.code, 0, result.stderr);
  assert.ok(json.results.length >= 1 && json.results.length <= 2);
  assert.equal(json.results[0].id, 'ofac-37447');
  assert.deepEqual(json.query, { schema: 'Company', properties: { name: ['JSCARGUMENT'] } });
  assert.deepEqual(Object.keys(json.results[0]), ['id', 'caption', 'schema', 'score', 'match', 'datasets', 'explanations']);
});

test('--jsonl: one result line per query line, best first; bad lines answered, not fatal', async (t) => {
  if (!needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv')) return;
  const input = [
    JSON.stringify({ id: 'q1', schema: 'Person', properties: { name: ['Sergei Lavrov'], birthDate: ['1950-03-21'] } }),
    '{not json',
    '',
    JSON.stringify({ id: 'q3', schema: 'Sanction', properties: { name: 'x' } }),
    JSON.stringify({ id: 'q4', schema: 'Vessel', properties: { name: 'LAVROV' } }),
    JSON.stringify({ id: 'q5', schema: 'Company', properties: { name: ['АО Аргумент'] } }),
  ].join('\n');
  const r = await runCli(['match', '--db', db, '--jsonl', '--limit', '3'], { input });
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 5, 'the empty line is skipped, every other line answered');
  assert.equal(lines[0].id, 'q1');
  assert.equal(lines[0].results[0].id, 'ofac-35233');
  assert.ok(lines[0].results[0].score >= 0.85, String(lines[0].results[0].score));
  assert.ok(lines[0].results.every((x: { score: number }, i: number, all: { score: number }[]) => i === 0 || all[i - 1].score >= x.score));
  assert.deepEqual([lines[1].id, lines[1].results], [null, []]);
  assert.match(lines[1].error, /^line 2: not JSON/);
  assert.equal(lines[2].id, 'q3');
  assert.match(lines[2].error, /^line 4: schema Sanction cannot be matched/);
  assert.ok(lines[3].results.every((x: { schema: string }) => x.schema === 'Vessel'));
  assert.equal(lines[4].results[0].id, 'ofac-37447');
});

test('the ofac algorithm and a threshold can be chosen; a bad option is a usage error', async (t) => {
  if (!needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv')) return;
  const input = JSON.stringify({ id: 'p', schema: 'Person', properties: { name: ['VLADIMIR PUTIN'] } });
  const r = await runCli(['match', '--db', db, '--jsonl', '--algorithm', 'ofac', '--threshold', '0.99'], { input });
  const [line] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(line.results[0].caption, 'PUTIN, Vladimir Vladimirovich');
  assert.equal(line.results[0].score, 1);
  assert.equal(line.results[0].match, true);

  const bad = await runCli(['match', '--db', db, 'x', '--threshold', '7']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--threshold must be a number from 0 to 1/);
  const none = await runCli(['match', '--db', db]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /give a name to screen, or --jsonl/);
});

test('an empty store says what to do instead of matching nothing', async () => {
  const r = await runCli(['match', '--db', join(tmp.dir, 'empty.db'), 'Sergei Lavrov']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no lists in this store/);
});
