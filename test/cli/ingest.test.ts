/**
 * The ingest → datasets → entity → export → diff round trip, through the real command on the
 * real list files, into a real SQLite file.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { needData } from '../helpers/data.js';
import { runCli, runJson, tempDir } from '../helpers/cli.js';

const tmp = tempDir();
after(tmp.cleanup);

test('ingesting the UN list creates one version; the same file again creates none', async (t) => {
  const un = needData(t, 'un', 'consolidated_2026-02-27.xml');
  if (!un) return;
  const db = join(tmp.dir, 'un.db');
  const first = await runJson(['ingest', '--db', db, un]);
  assert.equal(first.result.code, 0, first.result.stderr);
  assert.equal(first.json.outcomes[0].status, 'created');
  assert.equal(first.json.outcomes[0].dataset, 'un_sc_sanctions');

  const again = await runJson(['ingest', '--db', db, un]);
  assert.equal(again.json.outcomes[0].status, 'unchanged');

  const { json: sets } = await runJson(['datasets', '--db', db]);
  const unSet = sets.find((s: any) => s.name === 'un_sc_sanctions');
  assert.equal(unSet.versionCount, 1);
  assert.equal(unSet.current.publishedAt.slice(0, 10), '2026-02-27');
  // 730 individuals + 273 entities, plus their sanction and document records.
  assert.ok(unSet.current.entityCount >= 1003, `entity count ${unSet.current.entityCount}`);

  const { json: entity } = await runJson(['entity', '--db', db, 'un-QDi.076']);
  assert.equal(entity.schema, 'Person');
  assert.deepEqual(entity.datasets.slice(0, 1), ['un_sc_sanctions']);

  // The UN file holds 730 individuals and 273 entities.
  assert.equal(unSet.current.schemaCounts.Person, 730);
  assert.equal(unSet.current.schemaCounts.Organization, 273);

  const text = await runCli(['datasets', '--db', db]);
  assert.match(text.stdout, /un_sc_sanctions\s+#1\s+1\s+2026-02-27\s+\S+ \S+\s+1003\s/);

  // "circa 30-35 years old" is no date: reported with its line and record, not dropped silently.
  const { json: issues } = await runJson(['issues', '--db', db, 'un_sc_sanctions']);
  const age = issues.find((i: any) => i.record === 'LYi.022');
  assert.ok(age && age.line > 0 && /circa 30-35 years old/.test(age.message), JSON.stringify(issues));
});

test('a missing entity id says so and exits non-zero', async (t) => {
  const un = needData(t, 'un', 'consolidated_2026-02-27.xml');
  if (!un) return;
  const db = join(tmp.dir, 'missing.db');
  await runCli(['ingest', '--db', db, un]);
  const r = await runCli(['entity', '--db', db, 'un-NOPE.999']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /un-NOPE\.999/);
});

test('export writes FtM JSON lines that ingest reads back into the same entities', async (t) => {
  const uk = needData(t, 'uk', 'hmt_ofsi_conlist_2018-04-13', 'sanctionsconlist.csv');
  if (!uk) return;
  const db = join(tmp.dir, 'uk.db');
  await runCli(['ingest', '--db', db, uk]);
  const out = join(tmp.dir, 'uk.ftm.json');
  const exp = await runCli(['export', '--db', db, '--format', 'ftm', '--out', out]);
  assert.equal(exp.code, 0, exp.stderr);
  const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.some((e) => e.schema === 'Person'));

  const db2 = join(tmp.dir, 'uk-again.db');
  const back = await runJson(['ingest', '--db', db2, '--dataset', 'gb_hmt_sanctions', out]);
  assert.equal(back.json.outcomes[0].format, 'ftm-json');
  assert.equal(back.json.outcomes[0].entities, lines.length);
  const reexport = join(tmp.dir, 'uk2.ftm.json');
  await runCli(['export', '--db', db2, '--format', 'ftm', '--out', reexport]);
  const byId = (file: string) => new Map(readFileSync(file, 'utf8').trim().split('\n').map((l) => { const e = JSON.parse(l); return [e.id, e]; }));
  const before = byId(out);
  const afterMap = byId(reexport);
  assert.equal(afterMap.size, before.size);
  for (const [id, e] of before) assert.deepEqual(afterMap.get(id)?.properties, e.properties, id);
});

test('two versions of the SDN list: diff names what was added, removed and changed', async (t) => {
  const old = needData(t, 'ofac', 'sdn_set_2021-07-07');
  const cur = needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv');
  if (!old || !cur) return;
  const db = join(tmp.dir, 'sdn.db');
  assert.equal((await runCli(['ingest', '--db', db, old])).code, 0);
  assert.equal((await runCli(['ingest', '--db', db, cur])).code, 0);
  const { json: d } = await runJson(['diff', '--db', db, 'us_ofac_sdn']);
  assert.equal(d.from.seq, 1);
  assert.equal(d.to.seq, 2);
  // Lavrov was designated in 2022: absent in 2021, present in 2024.
  assert.ok(d.added.some((e: any) => e.id === 'ofac-35233'));
  assert.ok(d.removed.length > 0);
  assert.ok(d.changed.some((c: any) => c.changes.length > 0));
  const text = await runCli(['diff', '--db', db, 'us_ofac_sdn', '1', '2', '--all']);
  assert.match(text.stdout, /\+ ofac-35233\s+Person\s+LAVROV, Sergei Viktorovich/);
});

test('a folder with files of no known format names them as skipped', async (t) => {
  const un = needData(t, 'un', 'consolidated_2026-02-27.xml');
  if (!un) return;
  const dir = join(tmp.dir, 'mixed');
  const { mkdirSync, copyFileSync } = await import('node:fs');
  mkdirSync(dir);
  writeFileSync(join(dir, 'README.txt'), 'not a list\n');
  copyFileSync(un, join(dir, 'un.xml'));
  const r = await runJson(['ingest', '--db', join(tmp.dir, 'mixed.db'), dir]);
  assert.equal(r.json.outcomes.length, 1);
  assert.ok(r.json.skipped.some((s: string) => s.endsWith('README.txt')));
});
