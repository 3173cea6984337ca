/**
 * OFAC legacy CSV on the real files (2024 SDN, the consistent 2021 SDN set, the non-SDN set,
 * the 2026 ALT/ADD without their SDN file), plus broken files written to a temp dir. Counts
 * and facts were read from the raw files with grep and a plain CSV reader, not from this parser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ofacCsv } from '../../src/sources/ofac-csv.js';
import { readHead } from '../../src/sources/read.js';
import { SourceError } from '../../src/sources/types.js';
import { dataPath, needData } from '../helpers/data.js';
import { byId, parseSource, tempFiles, type Parsed } from '../helpers/parse.js';

const tmp = tempFiles('ghirbal-ofac-csv-');

const cache = new Map<string, Promise<Parsed>>();
const parseOnce = (files: string[]) => {
  const key = files.join('|');
  if (!cache.has(key)) cache.set(key, parseSource(ofacCsv, files));
  return cache.get(key)!;
};

const MAIN = new Set(['Person', 'LegalEntity', 'Organization', 'Company', 'Vessel', 'Airplane']);
const count = (p: Parsed, schema: string) => p.entities.filter((e) => e.schema === schema).length;
const links = (p: Parsed, subject: string) =>
  p.entities.filter((e) => e.schema === 'UnknownLink' && e.properties.subject[0] === subject).map((e) => e.properties.object[0]);

/** Rows written the way OFAC writes them: CRLF, "-0- " for empty, a DOS end-of-file byte. */
const csv = (rows: string[]) => `${rows.join('\r\n')}\r\n\u001a`;
const NULLS = (n: number) => Array(n).fill('-0- ').join(',');

test('ofac-csv 2024 sdn.csv: 14,965 entries by SDN_Type, each with one Sanction', async (t) => {
  const path = needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv');
  if (!path) return;
  const p = await parseOnce([path]);
  assert.equal(p.dataset, 'us_ofac_sdn');
  assert.equal(count(p, 'Person'), 6854);
  assert.equal(count(p, 'Vessel'), 851);
  assert.equal(count(p, 'Airplane'), 376);
  assert.equal(count(p, 'LegalEntity') + count(p, 'Organization') + count(p, 'Company'), 6884);
  const mains = p.entities.filter((e) => MAIN.has(e.schema));
  assert.equal(mains.length, 14965);
  assert.equal(count(p, 'Sanction'), 14965);
  assert.equal(new Set(p.entities.map((e) => e.id)).size, p.entities.length, 'ids are unique');
  assert.ok(mains.every((e) => e.properties.topics?.includes('sanction') && e.target && e.datasets[0] === 'us_ofac_sdn'));
  // The raw file holds 6,375 "Linked To:" clauses: each is a link or a reported issue.
  const linkIssues = p.issues.filter((i) => i.field === 'Linked To').length;
  assert.equal(count(p, 'UnknownLink') + linkIssues, 6375);
  // 17 rows have Remarks cut at 1,000 characters that no sdn_comments.csv continues here.
  assert.equal(p.issues.filter((i) => i.field === 'Remarks').length, 17);
});

test('ofac-csv 2024: Lavrov, as the raw row gives him', async (t) => {
  const path = needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv');
  if (!path) return;
  const p = await parseOnce([path]);
  const e = byId(p, 'ofac-35233');
  assert.equal(e.schema, 'Person');
  assert.equal(e.caption, 'LAVROV, Sergei Viktorovich');
  assert.deepEqual(e.properties.name, ['LAVROV, Sergei Viktorovich']);
  assert.deepEqual(e.properties.lastName, ['LAVROV']);
  assert.deepEqual(e.properties.firstName, ['Sergei Viktorovich']);
  assert.deepEqual(e.properties.birthDate, ['1950-03-21']);
  assert.deepEqual(e.properties.birthPlace, ['Moscow, Russia']);
  assert.deepEqual(e.properties.nationality, ['ru']);
  assert.deepEqual(e.properties.gender, ['male']);
  assert.deepEqual(e.properties.program, ['RUSSIA-EO14024']);
  assert.deepEqual(e.properties.position, ['Minister of Foreign Affairs of the Russian Federation']);
  assert.equal(e.properties.notes, undefined, 'the title repeated in remarks is not a note');
  const s = p.entities.find((x) => x.schema === 'Sanction' && x.properties.entity[0] === 'ofac-35233')!;
  assert.deepEqual(s.properties.program, ['RUSSIA-EO14024']);
  assert.deepEqual(s.properties.authorityId, ['35233']);
});

test('ofac-csv 2024: vessels carry IMO, MMSI, flag, tonnage and former names; aircraft their numbers', async (t) => {
  const path = needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv');
  if (!path) return;
  const p = await parseOnce([path]);
  const artavil = byId(p, 'ofac-15036');
  assert.equal(artavil.schema, 'Vessel');
  assert.deepEqual(artavil.properties.imoNumber, ['IMO9187629']);
  assert.deepEqual(artavil.properties.mmsi, ['572469210']);
  assert.deepEqual(artavil.properties.callSign, ['T2EU4']);
  assert.deepEqual(artavil.properties.type, ['Crude/Oil Products Tanker']);
  assert.deepEqual(artavil.properties.flag, ['ir']);
  assert.deepEqual(artavil.properties.tonnage, ['99144']);
  assert.deepEqual(artavil.properties.grossRegisteredTonnage, ['56068']);
  assert.deepEqual(artavil.properties.previousName, ['ALPHA']);
  assert.deepEqual(artavil.properties.pastFlags, ['mt', 'tv', 'tz']);
  assert.ok(p.issues.some((i) => i.record === '15036' && i.field === 'pastFlags' && /None Identified/.test(i.message)));
  assert.deepEqual(links(p, 'ofac-15036'), ['ofac-15117'], 'Linked To: NATIONAL IRANIAN TANKER COMPANY');

  const ebano = byId(p, 'ofac-4243');
  assert.deepEqual(ebano.properties.imoNumber, ['IMO7406784']);
  assert.deepEqual(ebano.properties.flag, ['pa']);
  assert.deepEqual(ebano.properties.previousName, ['ANA I', 'SAND SWAN']);

  const plane = byId(p, 'ofac-18150');
  assert.equal(plane.schema, 'Airplane');
  assert.deepEqual(plane.properties.registrationNumber, ['EP-MMH']);
  assert.deepEqual(plane.properties.serialNumber, ['391']);
  assert.deepEqual(plane.properties.model, ['Airbus A340-642']);
  assert.deepEqual(plane.properties.buildDate, ['2002']);
  assert.deepEqual(links(p, 'ofac-18150'), ['ofac-12927'], 'Linked To: MAHAN AIR');
});

test('ofac-csv 2021 set: 8,976 entries; every ALT/ADD row joins; comments continue cut remarks', async (t) => {
  const dir = needData(t, 'ofac', 'sdn_set_2021-07-07');
  if (!dir) return;
  const files = ofacCsv.companions!(join(dir, 'sdn.csv'));
  assert.equal(files.length, 4);
  const p = await parseOnce(files);
  assert.equal(count(p, 'Person'), 4620);
  assert.equal(count(p, 'Vessel'), 406);
  assert.equal(count(p, 'Airplane'), 277);
  assert.equal(count(p, 'LegalEntity') + count(p, 'Organization') + count(p, 'Company'), 3673);
  assert.equal(count(p, 'Sanction'), 8976);
  assert.deepEqual(p.issues.filter((i) => i.field === undefined || i.field === 'Remarks'), [], 'no orphan rows, no cut remarks');
  // 3,408 "Linked To:" clauses in sdn.csv and sdn_comments.csv together.
  assert.equal(count(p, 'UnknownLink') + p.issues.filter((i) => i.field === 'Linked To').length, 3408);

  const cuba = byId(p, 'ofac-36');
  assert.deepEqual(cuba.properties.alias, ['AERO-CARIBBEAN']);
  assert.deepEqual(cuba.properties.address, ['Havana, Cuba']);
  assert.deepEqual(cuba.properties.country, ['cu']);
  const avia = byId(p, 'ofac-173');
  assert.deepEqual(avia.properties.address, ['Ibex House, The Minories, London EC3N 1DY, United Kingdom']);
  assert.deepEqual(avia.properties.country, ['gb']);
  assert.ok(byId(p, 'ofac-4307').properties.previousName.includes('CORTEZ, Oliverio Abril'), 'fka → previousName');
  const nka = byId(p, 'ofac-8244').properties;
  assert.ok(nka.alias.includes('NUEVO CONTINENTE S.A.') && nka.name.includes('NUEVO CONTINENTE S.A.'), 'nka → alias and name');
  // Remarks cut at 1,000 characters: "Linked To: PROMO RAI" + "Z S.A.S.; …" in sdn_comments.csv.
  assert.ok(links(p, 'ofac-12300').includes('ofac-12396'), 'Linked To: PROMO RAIZ S.A.S. across the cut');
  // "a.k.a. 'snowsjo" + "hn'; Linked To: LAZARUS GROUP."
  assert.ok(byId(p, 'ofac-28263').properties.weakAlias.includes('snowsjohn'));
  assert.deepEqual(links(p, 'ofac-28263'), ['ofac-27307']);
});

test('ofac-csv non-SDN set: 442 entries (79 individuals, 363 entities) in us_ofac_cons', async (t) => {
  const dir = needData(t, 'ofac', 'consolidated_nonsdn_csv_2025-12');
  if (!dir) return;
  const files = ofacCsv.companions!(join(dir, 'cons_prim.csv'));
  assert.equal(files.length, 4);
  const p = await parseOnce(files);
  assert.equal(p.dataset, 'us_ofac_cons');
  assert.equal(count(p, 'Person'), 79);
  assert.equal(count(p, 'LegalEntity') + count(p, 'Organization') + count(p, 'Company'), 363);
  assert.equal(count(p, 'Sanction'), 442);
  assert.ok(p.entities.every((e) => e.datasets[0] === 'us_ofac_cons'));
  assert.deepEqual(byId(p, 'ofac-17013').properties.swiftBic, ['VTBRRUMM']);
});

test('ofac-csv 2026 alt.csv and add.csv alone: claimed, no entity, every orphan row counted', async (t) => {
  const dir = needData(t, 'ofac', 'alt_add_2026-06-02');
  if (!dir) return;
  for (const name of ['alt.csv', 'add.csv']) assert.ok(ofacCsv.detect(join(dir, name), await readHead(join(dir, name))), name);
  const files = ofacCsv.companions!(join(dir, 'alt.csv'));
  assert.deepEqual(files.map((f) => f.slice(dir.length + 1)).sort(), ['add.csv', 'alt.csv']);
  const p = await parseSource(ofacCsv, files);
  assert.equal(p.entities.length, 0);
  assert.equal(p.issues.length, 2);
  const alt = p.issues.find((i) => i.file === 'alt.csv')!;
  const add = p.issues.find((i) => i.file === 'add.csv')!;
  assert.match(alt.message, /^20260 rows over 8766 ent_nums have no entity/);
  assert.match(add.message, /^24776 rows over 19014 ent_nums have no entity/);
});

test('ofac-csv 2024 sdn.csv with the 2026 ALT/ADD beside it: the two-year gap is counted exactly', async (t) => {
  const sdn = needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv');
  if (!sdn) return;
  const dir = join(tmp.dir, 'gap');
  mkdirSync(dir);
  symlinkSync(sdn, join(dir, 'SDN.CSV'));
  symlinkSync(dataPath('ofac', 'alt_add_2026-06-02', 'alt.csv'), join(dir, 'Alt.csv'));
  symlinkSync(dataPath('ofac', 'alt_add_2026-06-02', 'add.csv'), join(dir, 'add.csv'));
  const files = ofacCsv.companions!(join(dir, 'add.csv'));
  assert.equal(files.length, 3, 'companions are found whatever their case');
  const p = await parseSource(ofacCsv, files);
  assert.equal(p.entities.filter((e) => MAIN.has(e.schema)).length, 14965);
  const orphans = p.issues.filter((i) => i.field === undefined);
  assert.deepEqual(orphans.map((i) => [i.file, i.message.split(' have ')[0]]), [
    ['Alt.csv', '2727 rows over 1724 ent_nums'],
    ['add.csv', '5598 rows over 4894 ent_nums'],
  ]);
});

test('ofac-csv detect: OFAC rows by name or shape, nothing else', async (t) => {
  const sdn = needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv');
  const un = needData(t, 'un', 'consolidated_2026-02-27.xml');
  if (!sdn || !un) return;
  assert.ok(ofacCsv.detect(sdn, await readHead(sdn)));
  const renamed = tmp.write('detect/sdn-2024.csv', (await readHead(sdn)).subarray(0, 2000));
  assert.ok(ofacCsv.detect(renamed, await readHead(renamed)), 'an sdn.csv under another name');
  assert.ok(!ofacCsv.detect(un, await readHead(un)));
  const other = tmp.write('detect/alt.csv', 'name,country\r\nJohn,US\r\n');
  assert.ok(!ofacCsv.detect(other, await readHead(other)), 'a CSV called alt.csv that is not OFAC\'s');
  assert.equal(ofacCsv.defaultDataset(['/x/CONS_PRIM.CSV']), 'us_ofac_cons');
  assert.equal(ofacCsv.defaultDataset(['/x/sdn.csv']), 'us_ofac_sdn');
});

test('ofac-csv: a malformed row is reported with its line and the rest is read', async () => {
  const path = tmp.write('malformed/sdn.csv', csv([
    `1,"GOOD ONE, Anna","individual","SDGT",${NULLS(7)},"DOB 1970."`,
    `2,"SHORT ROW","individual"`,
    `x3,"BAD NUMBER",-0- ,"SDGT",${NULLS(7)},-0- `,
    `4,"ODD THING","spaceship","SDGT",${NULLS(7)},-0- `,
    `5,"GOOD TWO LTD",-0- ,"SDGT",${NULLS(7)},-0- `,
  ]));
  const p = await parseSource(ofacCsv, [path]);
  assert.deepEqual(p.entities.filter((e) => MAIN.has(e.schema)).map((e) => [e.id, e.schema]), [
    ['ofac-1', 'Person'], ['ofac-4', 'LegalEntity'], ['ofac-5', 'Company'],
  ]);
  assert.deepEqual(p.issues.map((i) => [i.file, i.line, i.record, i.field]), [
    ['sdn.csv', 2, '2', undefined],
    ['sdn.csv', 3, 'x3', 'ent_num'],
    ['sdn.csv', 4, '4', 'SDN_Type'],
  ]);
});

test('ofac-csv: a file cut inside a quoted field fails with the file and line', async () => {
  const whole = csv([
    `1,"ONE, Anna","individual","SDGT",${NULLS(7)},"DOB 1970."`,
    `2,"TWO, Bob","individual","SDGT",${NULLS(7)},"DOB 1971; POB Paris, France."`,
  ]);
  const path = tmp.write('truncated/sdn.csv', whole.slice(0, whole.indexOf('POB Paris')));
  await assert.rejects(parseSource(ofacCsv, [path]), (err: unknown) => err instanceof SourceError && err.file === 'sdn.csv' && /malformed CSV/.test(err.message));
});

test('ofac-csv: a file cut between fields loses only its last row, reported', async () => {
  const whole = csv([
    `1,"ONE, Anna","individual","SDGT",${NULLS(7)},"DOB 1970."`,
    `2,"TWO, Bob","individual","SDGT",${NULLS(7)},"DOB 1971."`,
  ]);
  const path = tmp.write('cut/sdn.csv', whole.slice(0, whole.indexOf('"SDGT"', whole.indexOf('TWO'))));
  const p = await parseSource(ofacCsv, [path]);
  assert.deepEqual(p.entities.filter((e) => MAIN.has(e.schema)).map((e) => e.id), ['ofac-1']);
  assert.deepEqual(p.issues.map((i) => [i.line, i.record, i.message]), [[2, '2', 'expected 12 fields, found 4; row skipped']]);
});

test('ofac-csv: Windows-1252 bytes are read as Windows-1252', async () => {
  const row = `7,"JOS\u00c9 \u2019 GARC\u00cdA, Mar\u00eda","individual","SDGT",${NULLS(7)},"POB Bogot\u00e1, Colombia."`;
  const bytes = Buffer.from(csv([row]).replace('\u2019', '\u0092'), 'latin1');
  const path = tmp.write('cp1252/sdn.csv', bytes);
  const p = await parseSource(ofacCsv, [path]);
  const e = byId(p, 'ofac-7');
  assert.deepEqual(e.properties.name, ['JOS\u00c9 \u2019 GARC\u00cdA, Mar\u00eda']);
  assert.deepEqual(e.properties.birthPlace, ['Bogot\u00e1, Colombia']);
  assert.deepEqual(e.properties.birthCountry, ['co']);
});

test('ofac-csv: ALT and ADD rows without an entity, and an unknown alt_type, are reported', async () => {
  const dir = 'orphans';
  const sdn = tmp.write(join(dir, 'sdn.csv'), csv([`1,"ONE LTD",-0- ,"SDGT",${NULLS(7)},-0- `]));
  tmp.write(join(dir, 'alt.csv'), csv(['1,10,"aka","UNO LTD",-0- ', '1,11,"xyz","ODD LTD",-0- ', '9,12,"aka","NOBODY",-0- ', '9,13,"aka","NOBODY 2",-0- ']));
  tmp.write(join(dir, 'add.csv'), csv(['1,20,"1 Main St","Springfield","United States",-0- ', '8,21,-0- ,"Havana","Cuba",-0- ']));
  const p = await parseSource(ofacCsv, ofacCsv.companions!(sdn));
  const one = byId(p, 'ofac-1');
  assert.deepEqual(one.properties.alias, ['UNO LTD', 'ODD LTD']);
  assert.deepEqual(one.properties.address, ['1 Main St, Springfield, United States']);
  assert.deepEqual(one.properties.country, ['us']);
  assert.deepEqual(p.issues.map((i) => [i.file, i.line, i.record, i.field ?? null]), [
    ['alt.csv', 2, '1', 'alt_type'],
    ['alt.csv', 3, '9', null],
    ['add.csv', 2, '8', null],
  ]);
  assert.match(p.issues[1].message, /^2 rows over 1 ent_nums have no entity in sdn\.csv/);
});
