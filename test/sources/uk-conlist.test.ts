/**
 * HM Treasury / OFSI ConList CSV on the real 2018 file, plus broken files written to a temp
 * dir. Counts and facts were read from the raw CSV (Python's csv module over cp1252), not
 * from this parser: 9,487 name rows, 2,106 Group IDs (1,426 Individual, 680 Entity).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryNames, documents, enumerated, ukConlist, unReferences } from '../../src/sources/uk-conlist.js';
import { readHead } from '../../src/sources/read.js';
import { SourceError } from '../../src/sources/types.js';
import { needData, sharedListFiles } from '../helpers/data.js';
import { byId, linkedTo, parseSource, tempFiles, type Parsed } from '../helpers/parse.js';

const UK_FILE = ['uk', 'hmt_ofsi_conlist_2018-04-13', 'sanctionsconlist.csv'];
const tmp = tempFiles('ghirbal-uk-');

let real: Promise<Parsed> | undefined;
const parseReal = (path: string) => (real ??= parseSource(ukConlist, [path]));

const HEADER = 'Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,Country of Birth,Nationality,'
  + 'Passport Details,NI Number,Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,'
  + 'Country,Other Information,Group Type,Alias Type,Regime,Listed On,Last Updated,Group ID';
const ROW_A = 'DOE,John,,,,,,01/02/1970,,,,,,,,,,,,,,,,Individual,Prime Alias,Libya,01/03/2011,01/03/2011,1';
const ROW_B = 'ACME TRADING,,,,,,,,,,,,,,,,,,,,,,,Entity,Prime Alias,Libya,01/03/2011,01/03/2011,2';

test('uk-conlist: 9,487 name rows → 2,106 entities, one per Group ID', async (t) => {
  const path = needData(t, ...UK_FILE);
  if (!path) return;
  const p = await parseReal(path);
  const count = (schema: string) => p.entities.filter((e) => e.schema === schema).length;
  assert.equal(count('Person'), 1426);
  // 680 "Entity" groups: 25 of them are ships (an IMO number of their own), the rest organisations.
  assert.equal(count('Organization') + count('Vessel'), 680);
  assert.equal(count('Vessel'), 25);
  assert.equal(new Set(p.entities.map((e) => e.id)).size, p.entities.length, 'ids are unique');
  const main = p.entities.filter((e) => ['Person', 'Organization', 'Vessel'].includes(e.schema));
  assert.equal(main.length, 2106);
  for (const e of main) assert.ok(linkedTo(p, 'entity', e.id).length >= 1, `${e.id} has a sanction`);
  assert.equal(p.publishedAt, '2018-04-13');
});

test('uk-conlist: group 13349, whose rows are scattered, holds all its names and details', async (t) => {
  const path = needData(t, ...UK_FILE);
  if (!path) return;
  const p = await parseReal(path);
  const e = byId(p, 'gb-hmt-13349');
  assert.equal(e.schema, 'Person');
  // Prime Alias rows: Name 6 AL-HABABI, Name 1..4 Nayef Salam Muhammad Ujaym.
  assert.deepEqual(e.properties.name, ['Nayef Salam Muhammad Ujaym AL-HABABI']);
  assert.deepEqual([e.properties.firstName, e.properties.middleName, e.properties.lastName], [['Nayef'], ['Salam Muhammad Ujaym'], ['AL-HABABI']]);
  // AKA row with Name 6 " AL-QAHTANI" (leading space) and Name 1 "Sheikh".
  assert.ok(e.properties.alias.includes('Sheikh Farooq AL-QAHTANI'));
  assert.equal(e.properties.alias.length, 7);
  // DOB 00/00/1980 and 00/00/1981; Nationality "1) Saudi Arabia 2) Qatar".
  assert.deepEqual(e.properties.birthDate, ['1980', '1981']);
  assert.deepEqual(e.properties.nationality, ['sa', 'qa']);
  // Passport Details "Passport No: 592667 (Qatari passport issued on 3 May 2007)."
  assert.deepEqual(e.properties.passportNumber, ['592667']);
  const [passport] = linkedTo(p, 'holder', e.id);
  assert.deepEqual([passport.schema, passport.properties.number], ['Passport', ['592667']]);
  assert.deepEqual(e.properties.country, ['af']); // Country "Afghanistan (since 2009)"
  const [s] = linkedTo(p, 'entity', e.id);
  assert.deepEqual(
    [s.properties.program, s.properties.listingDate, s.properties.unscId, s.properties.authority],
    [["The ISIL (Da'esh) and Al-Qaida organisations"], ['2016-04-01'], ['QDe.004'], ['HM Treasury Office of Financial Sanctions Implementation']],
  );
});

test('uk-conlist: vessels, previous names, several regimes, UN references, Windows-1252', async (t) => {
  const path = needData(t, ...UK_FILE);
  if (!path) return;
  const p = await parseReal(path);
  // Group 13556 "TONG SAN 2", Other Information "IMO: 8937675. MMSI: 445539000. …".
  const ship = byId(p, 'gb-hmt-13556');
  assert.deepEqual([ship.schema, ship.properties.imoNumber, ship.properties.mmsi], ['Vessel', ['8937675'], ['445539000']]);
  // Group 11044: Alias Type FKA "AL-QAIDA IN YEMEN (AQY)".
  assert.ok(byId(p, 'gb-hmt-11044').properties.previousName.includes('AL-QAIDA IN YEMEN (AQY)'));
  // Group 9062 (Qasem SOLEIMANI) is listed under three regimes: one Sanction each.
  const programs = linkedTo(p, 'entity', 'gb-hmt-9062').map((s) => s.properties.program[0]).sort();
  assert.deepEqual(programs, ['Iran (nuclear proliferation)', 'Syria', 'Terrorism and Terrorist Financing']);
  // Group 13562: Name 6 " IL", Name 1 "Kim Kyong ", "UN Ref.KPI.067." → the UN's spelling.
  assert.deepEqual(byId(p, 'gb-hmt-13562').properties.name, ['Kim Kyong IL']);
  assert.deepEqual(linkedTo(p, 'entity', 'gb-hmt-13562')[0].properties.unscId, ['KPi.067']);
  // Byte 0x92 in "AL-MU’AYYAD" (group 13190) is Windows-1252's right single quote.
  const names = Object.values(byId(p, 'gb-hmt-13190').properties).flat();
  assert.ok(names.some((n) => n.includes('AL-MU’AYYAD')));
});

test('uk-conlist: problems are reported once per group with line, Group ID and column', async (t) => {
  const path = needData(t, ...UK_FILE);
  if (!path) return;
  const p = await parseReal(path);
  const uganda = p.issues.filter((i) => i.message.includes('"Uganda Passport"'));
  assert.equal(uganda.length, 1);
  assert.equal(uganda[0].field, 'Passport Details');
  assert.ok(uganda[0].record && (uganda[0].line ?? 0) > 2);
});

test('uk-conlist: cell helpers on values taken from the file', () => {
  assert.deepEqual(enumerated('a) General b)Major General'), ['General', 'Major General']);
  assert.deepEqual(countryNames('(1)-(2) Tunisia (3) Morocco'), ['Tunisia', 'Morocco']);
  assert.deepEqual(countryNames('Pakistan (at time of listing)'), ['Pakistan']);
  assert.deepEqual(
    documents('Qatari passport number (a)01020802  (b)00754833 issued 20/05/2007 (c)00490327 issued 28/07/2001').map((d) => d.number),
    ['01020802', '00754833', '00490327'],
  );
  assert.deepEqual(documents('2.81083E+11').map((d) => d.number), [undefined]);
  assert.deepEqual(unReferences('UN REF:QE.A.146.14. Also referred to as …'), ['QE.A.146.14']);
  assert.deepEqual(unReferences('Annex XIII. UN listing. UN Ref KPe.018. The Second Academy …'), ['KPe.018']);
});

test('uk-conlist: detects only the ConList among the shared lists', async (t) => {
  const own = needData(t, ...UK_FILE);
  if (!own) return;
  for (const f of sharedListFiles()) assert.equal(ukConlist.detect(f, await readHead(f)), f === own, f);
});

test('uk-conlist: a malformed row is reported with its line and the rest is read', async () => {
  const csv = ['Last Updated,13/04/2018', HEADER, ROW_A, 'SHORT,ROW,1', ROW_B, `NO GROUP${ROW_B.slice('ACME TRADING'.length, -1)}`].join('\r\n');
  const p = await parseSource(ukConlist, [tmp.write('short-row.csv', csv)]);
  assert.deepEqual(p.entities.filter((e) => e.schema !== 'Sanction').map((e) => e.id), ['gb-hmt-1', 'gb-hmt-2']);
  assert.deepEqual(p.issues.map((i) => [i.line, i.field]), [[4, ''], [6, 'Group ID']]);
  assert.equal(p.publishedAt, '2018-04-13');
});

test('uk-conlist: Windows-1252 bytes are decoded; broken quoting and a wrong first row are fatal', async () => {
  const cp1252 = Buffer.concat([
    Buffer.from(`Last Updated,13/04/2018\r\n${HEADER}\r\nAL-MU`),
    Buffer.from([0x92]),
    Buffer.from(`AYYAD,Abdallah${ROW_A.slice('DOE,John'.length)}\r\n`),
  ]);
  const p = await parseSource(ukConlist, [tmp.write('cp1252.csv', cp1252)]);
  assert.deepEqual(p.entities[0].properties.name, ['Abdallah AL-MU’AYYAD']);
  const unclosed = tmp.write('unclosed.csv', `Last Updated,13/04/2018\n${HEADER}\n${ROW_A}\n"OPEN QUOTE,${ROW_B}\n`);
  await assert.rejects(parseSource(ukConlist, [unclosed]), (e: unknown) => e instanceof SourceError && e.file === 'unclosed.csv');
  const noDate = tmp.write('no-date.csv', `${HEADER}\n${ROW_A}\n`);
  await assert.rejects(parseSource(ukConlist, [noDate]), (e: unknown) => e instanceof SourceError && /Last Updated/.test(e.message));
});
