/**
 * Broken input never changes the store: each bad file gets an error naming the file and the
 * position, the previous version stays current, and good rows around a bad one are kept.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { needData } from '../helpers/data.js';
import { runCli, runJson, tempDir } from '../helpers/cli.js';

const tmp = tempDir();
after(tmp.cleanup);

/** A store holding the good UN list, and a way to check it is as it was. */
async function storeWithUn(t: any, name: string) {
  const un = needData(t, 'un', 'consolidated_2026-02-27.xml');
  if (!un) return null;
  const db = join(tmp.dir, `${name}.db`);
  const r = await runCli(['ingest', '--db', db, un]);
  assert.equal(r.code, 0, r.stderr);
  const snapshot = async () => (await runJson(['datasets', '--db', db, '--versions'])).json;
  return { db, un, before: await snapshot(), snapshot };
}

async function assertFailsUnchanged(s: NonNullable<Awaited<ReturnType<typeof storeWithUn>>>, file: string, args: string[], pattern: RegExp) {
  const r = await runJson(['ingest', '--db', s.db, ...args, file]);
  assert.notEqual(r.result.code, 0, 'a broken file must fail the command');
  const failed = r.json.outcomes.find((o: any) => o.status === 'failed');
  assert.ok(failed, JSON.stringify(r.json));
  assert.match(failed.error, pattern);
  assert.deepEqual(await s.snapshot(), s.before, 'the store must be unchanged');
}

test('a truncated XML file fails with its name and line; the good version stays current', async (t) => {
  const s = await storeWithUn(t, 'truncated');
  if (!s) return;
  const bytes = readFileSync(s.un);
  const file = join(tmp.dir, 'un-truncated.xml');
  writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await assertFailsUnchanged(s, file, ['--dataset', 'un_sc_sanctions'], /un-truncated\.xml:\d+(:\d+)?: (truncated|malformed) XML/);
});

test('XML with a DOCTYPE and entity declarations is refused, nothing expanded or fetched', async (t) => {
  const s = await storeWithUn(t, 'doctype');
  if (!s) return;
  const head = readFileSync(s.un, 'utf8');
  const bomb = head.replace(
    /<CONSOLIDATED_LIST/,
    '<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY ext SYSTEM "http://127.0.0.1:9/x">]>\n<CONSOLIDATED_LIST',
  );
  const file = join(tmp.dir, 'un-doctype.xml');
  writeFileSync(file, bomb);
  await assertFailsUnchanged(s, file, ['--format', 'un-xml', '--dataset', 'un_sc_sanctions'], /un-doctype\.xml:\d+:\d+: XML with a DOCTYPE is refused/);
});

test('CSV with an unclosed quote fails with the file and line', async (t) => {
  const s = await storeWithUn(t, 'quote');
  if (!s) return;
  const sdn = needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv');
  if (!sdn) return;
  const lines = readFileSync(sdn, 'latin1').split('\r\n').slice(0, 200);
  lines[99] = lines[99].replace(/^(\d+),"/, '$1,"BROKEN ');
  lines[99] = lines[99].replace(/",/, ',');
  const file = join(tmp.dir, 'sdn.csv');
  writeFileSync(file, lines.join('\r\n'), 'latin1');
  await assertFailsUnchanged(s, file, ['--dataset', 'un_sc_sanctions'], /sdn\.csv:\d+: malformed CSV/);
});

test('an empty file and a file of no list format are refused by name', async (t) => {
  const s = await storeWithUn(t, 'empty');
  if (!s) return;
  const empty = join(tmp.dir, 'empty.csv');
  writeFileSync(empty, '');
  const r1 = await runCli(['ingest', '--db', s.db, empty]);
  assert.notEqual(r1.code, 0);
  assert.match(r1.stderr, /empty\.csv: empty file/);
  const other = join(tmp.dir, 'notes.txt');
  writeFileSync(other, 'Quarterly report\nnothing to see here\n');
  const r2 = await runCli(['ingest', '--db', s.db, other]);
  assert.notEqual(r2.code, 0);
  assert.match(r2.stderr, /notes\.txt: not a list format/);
  assert.deepEqual(await s.snapshot(), s.before);
});

/** A two-person UK list written by us, in the 2018 ConList layout. */
function ukList(names: string[]): string {
  const header = 'Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,Country of Birth,Nationality,Passport Details,NI Number,Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,Other Information,Group Type,Alias Type,Regime,Listed On,Last Updated,Group ID';
  const rows = names.map((n, i) => `${n},Hans,,,,,,01/02/1960,,Germany,Germany,,,,,,,,,,,,,Individual,Primary name,Test regime,01/04/2016,01/04/2016,${900001 + i}`);
  return ['Last Updated,13/04/2018', header, ...rows].join('\r\n') + '\r\n';
}

test('Windows-1252 and UTF-8 with BOM both read as the same names', async (t) => {
  const cp = join(tmp.dir, 'uk-cp1252.csv');
  const bom = join(tmp.dir, 'uk-bom.csv');
  const text = ukList(['MÜLLER', 'GARÇON']);
  writeFileSync(cp, Buffer.from(text, 'latin1'));
  writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  for (const file of [cp, bom]) {
    const db = join(tmp.dir, `${file.endsWith('bom.csv') ? 'bom' : 'cp'}.db`);
    const r = await runJson(['ingest', '--db', db, file]);
    assert.equal(r.result.code, 0, r.result.stderr);
    assert.equal(r.json.outcomes[0].format, 'uk-conlist');
    const exp = await runCli(['export', '--db', db, '--format', 'ftm']);
    assert.match(exp.stdout, /MÜLLER/);
    assert.match(exp.stdout, /GARÇON/);
  }
  void t;
});

test('a malformed row is reported with its line and the other rows are kept', async () => {
  const text = ukList(['ALPHA', 'BRAVO', 'CHARLIE']).split('\r\n');
  text[3] = 'BRAVO,only,three';
  const file = join(tmp.dir, 'uk-badrow.csv');
  writeFileSync(file, text.join('\r\n'));
  const db = join(tmp.dir, 'badrow.db');
  const r = await runJson(['ingest', '--db', db, file]);
  assert.equal(r.result.code, 0, r.result.stderr);
  const o = r.json.outcomes[0];
  assert.equal(o.status, 'created');
  assert.ok(o.issues.some((i: any) => i.line === 4), JSON.stringify(o.issues));
  const exp = await runCli(['export', '--db', db, '--format', 'ftm']);
  assert.match(exp.stdout, /ALPHA/);
  assert.match(exp.stdout, /CHARLIE/);
});
