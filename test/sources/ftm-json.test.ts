/**
 * FollowTheMoney JSON lines and OpenSanctions deltas, read from the yente fixtures in
 * ../shared/data (counts from PROVENANCE.md, facts read from the raw lines).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyDelta, ftmJson, readFtmLines, type DeltaOp } from '../../src/sources/ftm-json.js';
import { readHead } from '../../src/sources/read.js';
import { needData } from '../helpers/data.js';
import { byId, countBySchema, parseSource, recordingContext, tempFiles } from '../helpers/parse.js';

const SAMPLES = ['opensanctions', 'ftm_samples'];
const tmp = tempFiles('ghirbal-ftm-');

test('detect claims FtM lines and deltas, and no other list file', async (t) => {
  const t1 = needData(t, ...SAMPLES, 'yente_t1_entities.ftm.json');
  if (!t1) return;
  assert.equal(ftmJson.detect(t1, await readHead(t1)), true);
  const delta = tmp.write('entities.delta.json', '{"op": "DEL", "entity": {"id": "x"}}\n');
  assert.equal(ftmJson.detect(delta, await readHead(delta)), true);
  const notFirst = tmp.write('late.json', 'header line\n{"id": "a", "schema": "Person", "properties": {}}\n');
  assert.equal(ftmJson.detect(notFirst, await readHead(notFirst)), false);
  const otherJson = tmp.write('other.json', '{"name": "not an entity"}\n');
  assert.equal(ftmJson.detect(otherJson, await readHead(otherJson)), false);
  for (const other of [
    ['us_csl', 'consolidated_screening_list_2022-05.csv.gz'],
    ['us_csl', 'bis_denied_persons_list_2023-11-28.txt'],
    ['eu', 'opensanctions_eu_journal_consolidated', '32014R0269.csv'],
    ['ofac', 'sdn_set_2021-07-07', 'sdn.csv'],
    ['uk', 'hmt_ofsi_conlist_2018-04-13', 'sanctionsconlist.csv'],
    ['un', 'consolidated_2026-02-27.xml'],
  ]) {
    const p = needData(t, ...other);
    if (p) assert.equal(ftmJson.detect(p, await readHead(p)), false, other.join('/'));
  }
});

test('default dataset comes from the file name', () => {
  assert.equal(ftmJson.defaultDataset(['/x/yente_t1_entities.ftm.json']), 'yente_t1');
  assert.equal(ftmJson.defaultDataset(['/data/sanctions/entities.ftm.json']), 'sanctions');
  assert.equal(ftmJson.defaultDataset(['/data/sanctions/entities.delta.json']), 'sanctions');
});

test('t1 sample: 7 records, each kept with its own datasets after the import dataset', async (t) => {
  const p = needData(t, ...SAMPLES, 'yente_t1_entities.ftm.json');
  if (!p) return;
  const { entities, issues } = await parseSource(ftmJson, [p]);
  assert.deepEqual(countBySchema(entities), { Organization: 2, Person: 4, Address: 1 });
  assert.deepEqual(issues, []);
  const tobacco = entities.find((e) => e.id === 'NK-2GdmHtZTeNXjNVrBGEXZNj');
  assert.ok(tobacco);
  assert.equal(tobacco.schema, 'Organization');
  assert.equal(tobacco.caption, 'RAB „Inter Tobacco“');
  assert.deepEqual(tobacco.datasets, ['yente_t1', 'eu_fsf']);
  assert.equal(tobacco.referents.length, 9);
  assert.ok(tobacco.referents.includes('ofac-32733') && tobacco.referents.includes('eu-fsf-eu-8282-49'));
  assert.equal(tobacco.first_seen, '2023-04-20T18:00:25');
  assert.equal(tobacco.last_seen, '2024-06-01T10:57:03');
  assert.equal(tobacco.last_change, '2023-07-26T20:01:14');
  assert.equal(tobacco.target, true);
  assert.deepEqual(tobacco.properties.registrationNumber, ['808000714']);
  assert.deepEqual(tobacco.properties.country, ['by']);
  assert.ok(tobacco.properties.name.includes('Общество с ограниченной ответственностью “Интер Тобако”'));
  assert.equal(tobacco.properties.name.length, 12);
  const kuzmenko = entities.find((e) => e.id === 'NK-2Ka3UvopqbpZmVDFjWd4LA');
  assert.deepEqual(kuzmenko?.properties.birthDate, ['1971-01-22']);
});

test('zala sample: 91 records of eight schemata, every property kept', async (t) => {
  const p = needData(t, ...SAMPLES, 'yente_zala_entities.ftm.json');
  if (!p) return;
  const { entities, issues } = await parseSource(ftmJson, [p], 'zala');
  assert.deepEqual(countBySchema(entities), {
    Sanction: 41, Ownership: 14, Company: 11, Address: 11, Person: 6, Family: 4, Directorship: 3, Passport: 1,
  });
  assert.equal(new Set(entities.map((e) => e.id)).size, 91);
  assert.deepEqual(issues.filter((i) => /has no property/.test(i.message)), []);
  // Line 12 (LLC CST) carries FtM's Company "abbreviation".
  const cst = byId(entities, 'NK-abdzbEBkqyT29GyREbiURZ');
  assert.ok((cst.properties.abbreviation?.length ?? 0) > 0);
  assert.ok(entities.every((e) => e.datasets[0] === 'zala'));
});

test('an unknown property is reported once per file, not once per value', async () => {
  const line = (id: string) => JSON.stringify({ id, schema: 'Person', properties: { name: [id], favouriteColour: ['red', 'blue'] } });
  const path = tmp.write('people.json', [line('p1'), line('p2'), ''].join('\n'));
  const { entities, issues } = await parseSource(ftmJson, [path]);
  assert.equal(entities.length, 2);
  assert.deepEqual(issues.map((i) => [i.line, i.field]), [[1, 'favouriteColour']]);
});

test('bad lines are reported with their number; the rest of the file is read', async () => {
  const good = (id: string) => JSON.stringify({ id, schema: 'Person', properties: { name: [id], birthDate: ['1970-13-45'] } });
  const path = tmp.write('mixed.json', [
    good('a'),
    '{"id": "b", "schema": "Person", "prop',
    '',
    JSON.stringify({ id: 'c', schema: 'Spaceship', properties: {} }),
    '[1, 2]',
    good('d'),
    '{"id": "e", "schema": "Person", "properties": {"name": ["cut off',
  ].join('\n'));
  const { entities, issues } = await parseSource(ftmJson, [path]);
  assert.deepEqual(entities.map((e) => e.id), ['a', 'd']);
  const byLine = issues.map((i) => [i.line, i.field ?? null]);
  assert.deepEqual(byLine, [[1, 'birthDate'], [2, null], [4, 'schema'], [5, null], [6, 'birthDate'], [7, null]]);
  assert.match(issues[1].message, /not JSON/);
  assert.match(issues[2].message, /unknown schema "Spaceship"/);
});

test('a delta written from the real sample: alone it yields its ADD and MOD entities', async (t) => {
  const p = needData(t, ...SAMPLES, 'yente_t1_entities.ftm.json');
  if (!p) return;
  const lines = readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
  const changed = { ...lines[1], properties: { ...lines[1].properties, name: ['Vitaliy KUZMENKO'] } };
  const added = { ...lines[6], id: 'NK-new-entity', caption: 'IRGC (copy)' };
  const deltaPath = tmp.write('entities.delta.json', [
    JSON.stringify({ op: 'MOD', entity: changed }),
    JSON.stringify({ op: 'DEL', entity: { id: lines[2].id } }),
    JSON.stringify({ op: 'ADD', entity: added }),
    '',
  ].join('\n'));

  const alone = await parseSource(ftmJson, [deltaPath], 'yente_t1');
  assert.deepEqual(alone.entities.map((e) => e.id), [lines[1].id, 'NK-new-entity']);
  assert.deepEqual(alone.issues, []);

  const base = new Map((await parseSource(ftmJson, [p], 'yente_t1')).entities.map((e) => [e.id, e] as const));
  const { ctx } = recordingContext('yente_t1');
  const ops: DeltaOp[] = [];
  for await (const { op } of readFtmLines([deltaPath], ctx)) ops.push(op);
  assert.deepEqual(ops.map((o) => o.op), ['MOD', 'DEL', 'ADD']);

  const next = applyDelta(base, ops);
  assert.equal(base.size, 7, 'the base is not changed');
  assert.ok(base.has(lines[2].id));
  assert.equal(next.size, 7);
  assert.deepEqual(next.get(lines[1].id)?.properties.name, ['Vitaliy KUZMENKO']);
  assert.equal(next.has(lines[2].id), false);
  assert.equal(next.get('NK-new-entity')?.caption, 'IRGC (copy)');
  assert.equal(next.get(lines[0].id), base.get(lines[0].id));
});
