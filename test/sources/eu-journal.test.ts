/**
 * EU Official Journal transcription (OpenSanctions CSVs) read from the real files. Counts
 * come from PROVENANCE.md; the pinned facts were read from the raw CSVs with grep.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import { euJournal } from '../../src/sources/eu-journal.js';
import { readHead } from '../../src/sources/read.js';
import { bundlesFor } from '../../src/sources/registry.js';
import { SourceError } from '../../src/sources/types.js';
import { dataPath, needData } from '../helpers/data.js';
import { byId, countBySchema, parseSource, tempFiles, type Parsed } from '../helpers/parse.js';

const DIR = ['eu', 'opensanctions_eu_journal_consolidated'];
const HEADER =
  'celex,recordId,programKey,annex,measure,startDate,reason,schema,name,alias,weakAlias,previousName,country,nationality,jurisdiction,birthDate,birthPlace,position,passportNumber,gender,appearance,ethnicity,fatherName,motherName,incorporationDate,legalForm,sector,registrationNumber,taxNumber,idNumber,innCode,ogrnCode,kppCode,okpoCode,leiCode,swiftBic,ticker,imoNumber,mmsi,flag,address,phone,email,website,notes';

/**
 * PROVENANCE.md: rows per CELEX file, and rows with Cyrillic in name/alias (no row has
 * Cyrillic only in weakAlias or previousName, so these are also the rows with Cyrillic in any name column).
 */
const PROVENANCE: ReadonlyArray<readonly [string, number, number]> = [
  ['32001R2580', 36, 0], ['32002R0881', 350, 6], ['32003R1210', 75, 0], ['32004R0314', 0, 0],
  ['32005R1183', 86, 0], ['32006R0305', 0, 0], ['32006R0765', 408, 368], ['32009R1284', 5, 0],
  ['32010D0573', 0, 0], ['32010R0356', 24, 0], ['32011D0173', 0, 0], ['32011R0101', 27, 0],
  ['32011R0359', 321, 0], ['32011R0753', 140, 0], ['32012R0036', 368, 6], ['32012R0267', 339, 0],
  ['32012R0377', 0, 0], ['32013R0401', 127, 0], ['32014R0208', 3, 3], ['32014R0224', 15, 0],
  ['32014R0269', 2802, 2617], ['32014R0747', 13, 0], ['32014R0833', 1746, 749], ['32014R1352', 11, 0],
  ['32015R0735', 9, 0], ['32015R1755', 0, 0], ['32016R0044', 51, 1], ['32016R1686', 23, 0],
  ['32017R1509', 326, 2], ['32017R1770', 4, 1], ['32017R2063', 69, 0], ['32018R1542', 37, 28],
  ['32019R0796', 38, 24], ['32019R1716', 24, 0], ['32019R1890', 0, 0], ['32020R1998', 177, 97],
  ['32022R2309', 21, 0], ['32023R0888', 34, 7], ['32023R1529', 49, 0], ['32023R2147', 21, 0],
  ['32023R2406', 0, 0], ['32024R0287', 9, 0], ['32024R0386', 24, 0], ['32024R1485', 105, 104],
  ['32024R2642', 100, 78],
];

const CYRILLIC = /[\u0400-\u04FF]/;
const NAME_PROPS = ['name', 'alias', 'weakAlias', 'previousName'];

const tmp = tempFiles('ghirbal-eu-');

let bundle: Promise<Parsed> | undefined;
/** The whole directory, read once as `ghirbal ingest` reads it: one bundle. */
function parseBundle(): Promise<Parsed> {
  bundle ??= parseSource(euJournal, euJournal.companions!(dataPath(...DIR, '32014R0269.csv')));
  return bundle;
}

function sanctionOf(entities: Entity[], id: string): Entity {
  const s = entities.find((x) => x.schema === 'Sanction' && x.properties.entity?.[0] === id);
  assert.ok(s, `no sanction for ${id}`);
  return s;
}

test('detect claims the EU CSVs and no other list file', async (t) => {
  const eu = needData(t, ...DIR, '32014R0269.csv');
  if (!eu) return;
  assert.equal(euJournal.detect(eu, await readHead(eu)), true);
  const empty = dataPath(...DIR, '32004R0314.csv');
  assert.equal(euJournal.detect(empty, await readHead(empty)), true);
  for (const other of [
    ['us_csl', 'consolidated_screening_list_2022-05.csv.gz'],
    ['us_csl', 'bis_denied_persons_list_2023-11-28.txt'],
    ['ofac', 'sdn_set_2021-07-07', 'sdn.csv'],
    ['uk', 'hmt_ofsi_conlist_2018-04-13', 'sanctionsconlist.csv'],
    ['un', 'consolidated_2026-02-27.xml'],
  ]) {
    const p = needData(t, ...other);
    if (p) assert.equal(euJournal.detect(p, await readHead(p)), false, other.join('/'));
  }
});

test('companions: any CELEX file brings every sibling, itself first, the rest sorted', (t) => {
  const p = needData(t, ...DIR, '32014R0833.csv');
  if (!p) return;
  const files = euJournal.companions!(p);
  assert.equal(files.length, PROVENANCE.length);
  assert.equal(files[0], p);
  const rest = files.slice(1).map((f) => basename(f));
  assert.deepEqual(rest, [...rest].sort());
  assert.deepEqual(new Set(files.map((f) => basename(f, '.csv'))), new Set(PROVENANCE.map(([celex]) => celex)));
});

test('the directory, given to ingest, is one bundle: one dataset version', async (t) => {
  const dir = needData(t, ...DIR);
  if (!dir) return;
  const { bundles, skipped } = await bundlesFor([dir]);
  assert.deepEqual(skipped, []);
  assert.equal(bundles.length, 1);
  assert.equal(bundles[0].format.name, 'eu-journal');
  assert.equal(bundles[0].files.length, PROVENANCE.length);
  assert.equal(bundles[0].format.defaultDataset(bundles[0].files), 'eu_journal_sanctions');
});

test('companions skip files that are not CELEX CSVs of this format', () => {
  const { dir, write } = tempFiles('ghirbal-eu-');
  write('32014R0269.csv', `${HEADER}\n`);
  write('32001R2580.csv', `${HEADER}\n`);
  write('32099R0001.csv', '_id,source,entity_number\n');
  write('notes.csv', `${HEADER}\n`);
  assert.deepEqual(euJournal.companions!(join(dir, '32014R0269.csv')), [join(dir, '32014R0269.csv'), join(dir, '32001R2580.csv')]);
  assert.deepEqual(euJournal.companions!(join(dir, 'notes.csv')), [join(dir, 'notes.csv')]);
});

test('one entity and one sanction per row, per file as PROVENANCE.md counts them', async (t) => {
  if (!needData(t, ...DIR, '32014R0269.csv')) return;
  const { entities } = await parseBundle();
  const main = entities.filter((e) => e.schema !== 'Sanction');
  assert.equal(new Set(entities.map((e) => e.id)).size, entities.length, 'ids are unique across the bundle');
  for (const [celex, rows, cyrillic] of PROVENANCE) {
    const mine = main.filter((e) => e.id.startsWith(`eu-${celex}-`));
    assert.equal(mine.length, rows, `${celex} entities`);
    // A Cyrillic name may move to another name property ("(formerly known as … Санаторий ‘Нижняя Ореанда’)").
    const withCyrillic = mine.filter((e) => NAME_PROPS.flatMap((p) => e.properties[p] ?? []).some((n) => CYRILLIC.test(n)));
    assert.equal(withCyrillic.length, cyrillic, `${celex} entities with a Cyrillic name`);
  }
  assert.equal(main.length, 8017);
  assert.equal(entities.filter((e) => e.schema === 'Sanction').length, 8017);
  const bySchema = countBySchema(main);
  // "Asset" rows are ports, airports, economic zones and digital currencies.
  assert.deepEqual(bySchema, { Person: 4500, LegalEntity: 2553, Company: 200, Organization: 27, Vessel: 708, Asset: 29 });
  assert.ok(main.every((e) => e.datasets[0] === 'eu_journal_sanctions' && (e.properties.topics?.length ?? 0) === 1));
});

test('Lavrov (Reg. 269/2014, annex I.PERSONS no. 670) keeps his Cyrillic name', async (t) => {
  if (!needData(t, ...DIR, '32014R0269.csv')) return;
  const { entities } = await parseBundle();
  const lavrov = byId(entities, 'eu-32014R0269-I.PERSONS-670');
  assert.equal(lavrov.schema, 'Person');
  assert.deepEqual(lavrov.properties.name, ['Sergey Viktorovich LAVROV']);
  assert.deepEqual(lavrov.properties.alias, ['Сергей Викторович ЛАВРОВ']);
  assert.deepEqual(lavrov.properties.birthDate, ['1950-03-21']);
  assert.deepEqual(lavrov.properties.gender, ['male']);
  assert.deepEqual(lavrov.properties.program, ['EU-UKR']);
  assert.deepEqual(lavrov.properties.topics, ['sanction']);
  const s = sanctionOf(entities, lavrov.id);
  assert.deepEqual(s.properties.authority, ['European Union']);
  assert.deepEqual(s.properties.program, ['EU-UKR']);
  assert.deepEqual(s.properties.listingDate, ['2022-02-25']);
  assert.deepEqual(s.properties.measure, ['Asset freeze']);
  assert.deepEqual(s.properties.sourceUrl, ['https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32014R0269']);
  assert.deepEqual(s.properties.recordId, ['I.PERSONS/670']);
  assert.match(s.properties.reason[0], /^Minister of Foreign Affairs of the Russian Federation\./);
});

test('a name and its original-script spelling in one value become two names of the entity', async (t) => {
  if (!needData(t, ...DIR, '32014R0269.csv')) return;
  const { entities, issues } = await parseBundle();
  // Reg. 269/2014 annex I.PERSONS no. 710: "Aleksandr Viktorovich NAUMENKO (Russian: Александр Викторович НАУМЕНКО)".
  const naumenko = byId(entities, 'eu-32014R0269-I.PERSONS-710');
  assert.deepEqual(naumenko.properties.name, ['Aleksandr Viktorovich NAUMENKO']);
  assert.deepEqual(naumenko.properties.alias, ['Александр Викторович НАУМЕНКО']);
  // Reg. 881/2002 (line 297): "Ramzan Oduev (original script: Рамзан Одуев)" among the aliases.
  const gaziev = entities.find((e) => e.properties.name?.[0] === 'Tarkhan Ismailovich Gaziev');
  assert.ok(gaziev?.properties.alias.includes('Ramzan Oduev') && gaziev.properties.alias.includes('Рамзан Одуев'));
  // No. 24: "Валентина Ивановна МАТВИЕНКО (born ТЮТИНА)".
  const matviyenko = byId(entities, 'eu-32014R0269-I.PERSONS-24');
  assert.deepEqual(matviyenko.properties.alias, ['Валентина Ивановна МАТВИЕНКО']);
  assert.deepEqual(matviyenko.properties.previousName, ['Valentina Ivanova TYUTINA', 'Валентина Ивановна ТЮТИНА']);
  // No. 1900 (line 1828): "Korean:" and "Text of image" label a printed image; they are reported, not names.
  const lee = byId(entities, 'eu-32014R0269-I.PERSONS-1900');
  assert.ok(!lee.properties.alias.includes('Korean:') && lee.properties.alias.includes('ЛИ Чхан Хо'));
  const caption = issues.find((i) => i.record === 'I.PERSONS/1900' && i.field === 'alias');
  assert.ok(caption && caption.line === 1828 && /Korean:/.test(caption.message));
});

test('Maria Zakharova (no. 229) and Marina Zakharova (no. 1626) stay two people', async (t) => {
  if (!needData(t, ...DIR, '32014R0269.csv')) return;
  const { entities } = await parseBundle();
  const maria = byId(entities, 'eu-32014R0269-I.PERSONS-229');
  assert.deepEqual(maria.properties.name, ['Maria Vladimirovna ZAKHAROVA']);
  assert.deepEqual(maria.properties.alias, ['Мария Владимировна ЗАХАРОВА']);
  assert.deepEqual(maria.properties.birthDate, ['1975-12-24']);
  assert.deepEqual(maria.properties.gender, ['female']);
  assert.deepEqual(sanctionOf(entities, maria.id).properties.listingDate, ['2022-02-23']);
  const marina = byId(entities, 'eu-32014R0269-I.PERSONS-1626');
  assert.deepEqual(marina.properties.alias, ['Марина Юрьевна ЗАХАРОВА']);
  assert.deepEqual(marina.properties.birthDate, ['1985-07-07']);
});

test('a quoted value keeps its own ";" and doubled quotes (Reg. 833/2014 annex IV no. 63)', async (t) => {
  if (!needData(t, ...DIR, '32014R0833.csv')) return;
  const { entities } = await parseBundle();
  const tsiklon = byId(entities, 'eu-32014R0833-IV-63');
  assert.deepEqual(tsiklon.properties.name, ['Central Research and Development Institute Tsiklon']);
  assert.equal(tsiklon.properties.alias[0], 'Акционерное Общество «Центральный Научно-Исследовательский Институт «Циклон» (АО "ЦНИИ «Циклон»)');
  assert.ok(tsiklon.properties.alias.includes('Cyclone TsNII'));
  assert.deepEqual(tsiklon.properties.topics, ['export.control']);
  assert.deepEqual(tsiklon.properties.email, ['info@cyclone-jsc.ru']);
});

test('vessels carry their IMO number; the port-access measure is a sanction', async (t) => {
  if (!needData(t, ...DIR, '32014R0833.csv')) return;
  const { entities } = await parseBundle();
  const angara = byId(entities, 'eu-32014R0833-XLII-1');
  assert.equal(angara.schema, 'Vessel');
  assert.deepEqual(angara.properties.name, ['Angara']);
  assert.deepEqual(angara.properties.imoNumber, ['9179842']);
  const s = sanctionOf(entities, angara.id);
  assert.deepEqual(s.properties.measure, ['Transportation restrictions']);
  assert.deepEqual(s.properties.listingDate, ['2024-06-25']);
  const port = byId(entities, 'eu-32014R0833-XLVII.A-1');
  assert.deepEqual([port.schema, port.properties.name], ['Asset', ['Astrakhan']]);
});

test('birth dates: approximate, ranges, enumerations and other calendars', async (t) => {
  if (!needData(t, ...DIR, '32011R0359.csv')) return;
  const { entities, issues } = await parseBundle();
  const find = (name: string) => {
    const e = entities.find((x) => x.properties.name?.[0] === name);
    assert.ok(e, name);
    return e;
  };
  // "Approximately 1958"
  assert.deepEqual(byId(entities, 'eu-32011R0753-I.A-5').properties.birthDate, ['1958~']);
  // "Between 1977 and 1982" (32002R0881 numbers no record: its ids come from the name)
  const amar = find('Abderrahmane Ould El Amar');
  assert.match(amar.id, /^eu-32002R0881-I-n-[0-9a-f]{12}$/);
  assert.deepEqual(amar.properties.birthDate, ['1977/1982']);
  // "(a) 17.8.1957, (b) 17.8.1958"
  assert.deepEqual(find('Mohamad Iqbal Abdurrahman').properties.birthDate, ['1957-08-17', '1958-08-17']);
  // "1343 (Iranian Hijri calendar), 1964 or 1965 (Gregorian calendar)": 1343 is not a Gregorian year.
  assert.deepEqual(byId(entities, 'eu-32011R0359-I.A-88').properties.birthDate, ['1964', '1965']);
  const hijri = issues.find((i) => i.record === 'I.A/88' && i.file === '32011R0359.csv');
  assert.ok(hijri && hijri.field === 'birthDate' && /non-Gregorian.*1343/.test(hijri.message));
  // Values no reading fits are reported with file, line, record and field, not dropped.
  const unread = issues.find((i) => i.field === 'birthDate' && i.message.includes('"Qom, Iran"'));
  assert.ok(unread?.line && unread.record && unread.file.endsWith('.csv'));
});

test('a record the act lists twice stays two entities, and is reported', async (t) => {
  if (!needData(t, ...DIR, '32002R0881.csv')) return;
  const { entities, issues } = await parseSource(euJournal, [dataPath(...DIR, '32002R0881.csv')]);
  const himmat = entities.filter((e) => e.properties.name?.[0] === 'Ali Ghaleb Himmat');
  assert.equal(himmat.length, 2);
  assert.equal(himmat[1].id, `${himmat[0].id}-2`);
  // Lines 125 and 219 of the file hold the two listings.
  const dup = issues.find((i) => i.message.startsWith('record listed 2 times') && i.record === 'I/Ali Ghaleb Himmat');
  assert.equal(dup?.line, 219);
});

test('a file with a header and no rows gives no entities', async (t) => {
  const p = needData(t, ...DIR, '32004R0314.csv');
  if (!p) return;
  const { entities, issues } = await parseSource(euJournal, [p]);
  assert.deepEqual([entities.length, issues.length], [0, 0]);
});

test('a row with the wrong number of fields is reported with its line; the rest is read', async () => {
  const good = (n: number) => `32099R0001,${n},EU-TEST,I,Asset freeze,1.2.2020,,Person,Person ${n}${','.repeat(36)}`;
  const path = tmp.write('32099R0001.csv', [HEADER, good(1), '32099R0001,2,EU-TEST,I,Asset freeze', good(3), ''].join('\n'));
  const { entities, issues } = await parseSource(euJournal, [path]);
  assert.deepEqual(entities.filter((e) => e.schema === 'Person').map((e) => e.id), ['eu-32099R0001-I-1', 'eu-32099R0001-I-3']);
  assert.equal(issues.length, 1);
  assert.equal(issues[0].line, 3);
  assert.match(issues[0].message, /expected 45 fields, found 5/);
});

test('an unknown schema is read as LegalEntity and reported once per file', async () => {
  const row = (n: number) => `32099R0005,${n},EU-TEST,I,Asset freeze,1.2.2020,,Spaceship,Craft ${n}${','.repeat(36)}`;
  const path = tmp.write('32099R0005.csv', [HEADER, row(1), row(2), ''].join('\n'));
  const { entities, issues } = await parseSource(euJournal, [path]);
  assert.deepEqual(entities.filter((e) => e.schema !== 'Sanction').map((e) => e.schema), ['LegalEntity', 'LegalEntity']);
  assert.deepEqual(issues.map((i) => [i.line, i.field]), [[2, 'schema']]);
  assert.match(issues[0].message, /unknown schema "Spaceship"/);
});

test('a truncated file (cut inside a quoted cell) fails with the file and line', async () => {
  const path = tmp.write('32099R0002.csv', `${HEADER}\n32099R0002,1,EU-TEST,I,Asset freeze,1.2.2020,"Reason cut off`);
  await assert.rejects(parseSource(euJournal, [path]), (err: unknown) => err instanceof SourceError && err.file === '32099R0002.csv' && /malformed CSV/.test(err.message));
});

test('a file in Windows-1252 is decoded, not mangled', async () => {
  const row = `32099R0003,1,EU-TEST,I,Asset freeze,1.2.2020,,Person,Jos\u00e9 M\u00fcLLER${','.repeat(36)}`;
  const path = tmp.write('32099R0003.csv', Buffer.from(`${HEADER}\r\n${row}\r\n`, 'latin1'));
  const { entities } = await parseSource(euJournal, [path]);
  assert.deepEqual(entities[0].properties.name, ['José MüLLER']);
});

test('a CSV without the EU columns is refused', async () => {
  const path = tmp.write('32099R0004.csv', 'celex,recordId,programKey\n1,2,3\n');
  await assert.rejects(parseSource(euJournal, [path]), (err: unknown) => err instanceof SourceError && /no column annex, schema, name/.test(err.message));
});
