/**
 * US Consolidated Screening List CSV, read from the real 2022-05 file. Counts come from
 * PROVENANCE.md; the pinned facts were read from the raw rows (zcat | grep).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CSL_LISTS } from '../../src/sources/csl-lists.js';
import { readHead } from '../../src/sources/read.js';
import { SourceError } from '../../src/sources/types.js';
import { usCsl } from '../../src/sources/us-csl.js';
import { dataPath, needData } from '../helpers/data.js';
import { byId, countBySchema, linkedTo, parseSource, tempFiles, type Parsed } from '../helpers/parse.js';

const FILE = ['us_csl', 'consolidated_screening_list_2022-05.csv.gz'];
const HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids';
const SUB_SCHEMATA = new Set(['Sanction', 'Passport', 'Identification']);

/** PROVENANCE.md: rows per list in the 2022-05 file. */
const ROWS_PER_LIST: Record<string, number> = {
  'Specially Designated Nationals (SDN) - Treasury Department': 10026,
  'Entity List (EL) - Bureau of Industry and Security': 2001,
  'ITAR Debarred (DTC) - State Department': 727,
  'Denied Persons List (DPL) - Bureau of Industry and Security': 462,
  'Sectoral Sanctions Identifications List (SSI) - Treasury Department': 290,
  'Unverified List (UVL) - Bureau of Industry and Security': 201,
  'Nonproliferation Sanctions (ISN) - State Department': 163,
  'Palestinian Legislative Council List (PLC) - Treasury Department': 78,
  'Military End User (MEU) List - Bureau of Industry and Security': 71,
  'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department': 68,
  'Capta List (CAP) - Treasury Department': 53,
  'Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department': 17,
  'Foreign Sanctions Evaders (FSE) - Treasury Department': 3,
};

const tmp = tempFiles('ghirbal-csl-');

let real: Promise<Parsed> | undefined;
function parseReal(): Promise<Parsed> {
  real ??= parseSource(usCsl, [dataPath(...FILE)]);
  return real;
}

function csvRow(cells: Record<string, string>): string {
  return HEADER.split(',').map((c) => JSON.stringify(cells[c] ?? '')).join(',');
}

test('detect claims the CSL file, gzipped or plain, and no other list file', async (t) => {
  const gz = needData(t, ...FILE);
  if (!gz) return;
  assert.equal(usCsl.detect(gz, await readHead(gz)), true);
  const plain = tmp.write('consolidated.csv', `${HEADER}\n`);
  assert.equal(usCsl.detect(plain, await readHead(plain)), true);
  for (const other of [
    ['us_csl', 'bis_denied_persons_list_2023-11-28.txt'],
    ['eu', 'opensanctions_eu_journal_consolidated', '32014R0269.csv'],
    ['ofac', 'sdn_set_2021-07-07', 'sdn.csv'],
    ['ofac', 'consolidated_nonsdn_csv_2025-12', 'cons_prim.csv'],
    ['uk', 'hmt_ofsi_conlist_2018-04-13', 'sanctionsconlist.csv'],
    ['opensanctions', 'ftm_samples', 'yente_t1_entities.ftm.json'],
  ]) {
    const p = needData(t, ...other);
    if (p) assert.equal(usCsl.detect(p, await readHead(p)), false, other.join('/'));
  }
});

test('the list table names all 13 lists of the file', () => {
  assert.deepEqual(Object.keys(CSL_LISTS).sort(), Object.keys(ROWS_PER_LIST).sort());
  assert.equal(new Set(Object.values(CSL_LISTS).map((l) => l.dataset)).size, 13);
});

test('one entity per row (14,160), counted per list as PROVENANCE.md gives them', async (t) => {
  if (!needData(t, ...FILE)) return;
  const { entities } = await parseReal();
  const main = entities.filter((e) => !SUB_SCHEMATA.has(e.schema));
  assert.equal(main.length, 14160);
  assert.equal(entities.filter((e) => e.schema === 'Sanction').length, 14160);
  assert.equal(new Set(entities.map((e) => e.id)).size, entities.length, 'ids are unique');
  for (const [source, rows] of Object.entries(ROWS_PER_LIST)) {
    const list = CSL_LISTS[source];
    const mine = main.filter((e) => e.datasets[1] === list.dataset);
    assert.equal(mine.length, rows, source);
    assert.ok(mine.every((e) => e.datasets[0] === 'us_trade_csl' && e.properties.topics?.[0] === list.topic), source);
  }
  const bySchema = countBySchema(main);
  // The type column: 5,286 Individual, 4,533 Entity (85 of them with an ISIN, equity ticker,
  // MICEX code or BIK, which only a company has), 433 Vessel, 283 Aircraft, 3,625 empty.
  assert.deepEqual(bySchema, { Person: 5286, Organization: 4448, Company: 85, Vessel: 433, Airplane: 283, LegalEntity: 3625 });
});

test('an Entity List entry: address, aliases, licence requirement and policy', async (t) => {
  if (!needData(t, ...FILE)) return;
  const { entities } = await parseReal();
  const plant = byId(entities, 'csl-el-4398d33e9e93c7477af39f1e0bfffc13ddd47bcc');
  assert.equal(plant.schema, 'LegalEntity');
  assert.deepEqual(plant.properties.name, ['140 Repair Plant JSC']);
  // "Open Joint Stock Company 140 Repair Plant; and JSC 140 Repair Plant"
  assert.deepEqual(plant.properties.alias, ['Open Joint Stock Company 140 Repair Plant', 'JSC 140 Repair Plant']);
  assert.deepEqual(plant.properties.address, ['19 Luysi Chalovskoy St., Borisov, 222512, BY']);
  assert.deepEqual(plant.properties.country, ['by']);
  assert.deepEqual(plant.properties.topics, ['export.control']);
  assert.deepEqual(plant.datasets, ['us_trade_csl', 'us_bis_el']);
  const [s] = linkedTo(entities, 'entity', plant.id, 'Sanction');
  assert.deepEqual(s.properties.authority, ['U.S. Department of Commerce, Bureau of Industry and Security']);
  assert.deepEqual(s.properties.listingDate, ['2022-04-07']);
  assert.deepEqual(s.properties.provisions, [
    'For all items subject to the EAR. (See §§734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR.)',
    'Policy of denial.',
  ]);
  assert.deepEqual(s.properties.summary, ['Federal Register: 87 FR 20299']);
  assert.deepEqual(s.properties.sourceUrl, ['http://bit.ly/1L47xrV']);
});

test('an SDN vessel with its IMO number and flag', async (t) => {
  if (!needData(t, ...FILE)) return;
  const { entities } = await parseReal();
  const aaj = byId(entities, 'csl-sdn-25277');
  assert.equal(aaj.schema, 'Vessel');
  assert.deepEqual(aaj.properties.name, ['AAJ']);
  assert.deepEqual(aaj.properties.imoNumber, ['IMO 8984484']);
  assert.deepEqual(aaj.properties.flag, ['ir']);
  assert.deepEqual(aaj.properties.type, ['Crew/Supply Vessel']);
  assert.deepEqual(aaj.properties.program, ['NPWMD', 'IRAN', 'IFSR']);
  const [s] = linkedTo(entities, 'entity', aaj.id, 'Sanction');
  assert.deepEqual(s.properties.provisions, ['Additional Sanctions Information: Subject to Secondary Sanctions']);
});

test('typed identifiers: a passport with expiry then issue date, a national id', async (t) => {
  if (!needData(t, ...FILE)) return;
  const { entities } = await parseReal();
  // ids: "QA, 28940000602, National ID No.; JO, 2014-08-30, 2009-08-31, K475336, Passport"
  const person = byId(entities, 'csl-sdn-17291');
  assert.equal(person.schema, 'Person');
  assert.deepEqual(person.properties.passportNumber, ['K475336']);
  assert.deepEqual(person.properties.idNumber, ['28940000602']);
  assert.deepEqual(person.properties.birthDate, ['1989-07-13']);
  assert.deepEqual(person.properties.nationality, ['jo']);
  const [passport] = linkedTo(entities, 'holder', person.id, 'Passport');
  assert.deepEqual(passport.properties.number, ['K475336']);
  assert.deepEqual(passport.properties.country, ['jo']);
  assert.deepEqual(passport.properties.startDate, ['2009-08-31']);
  assert.deepEqual(passport.properties.endDate, ['2014-08-30']);
  const [card] = linkedTo(entities, 'holder', person.id, 'Identification');
  assert.deepEqual([card.properties.number, card.properties.type, card.properties.country], [['28940000602'], ['National ID No.'], ['qa']]);
});

test('a CMIC company: ticker and ISIN make it a Company; CMIC dates go to the sanction', async (t) => {
  if (!needData(t, ...FILE)) return;
  const { entities } = await parseReal();
  const uav = byId(entities, 'csl-cmic-32084');
  assert.equal(uav.schema, 'Company');
  assert.deepEqual(uav.properties.isinCode, ['CNE100000N20']);
  assert.deepEqual(uav.properties.ticker, ['002389 CN']);
  assert.deepEqual(uav.properties.uscCode, ['91330000734507783B']);
  assert.deepEqual(uav.properties.alias, ['ZHEJIANG NANYANG TECHNOLOGY COMPANY LIMITED']);
  const [s] = linkedTo(entities, 'entity', uav.id, 'Sanction');
  assert.deepEqual(s.properties.listingDate, ['2021-06-03']);
  assert.deepEqual(s.properties.startDate, ['2021-08-02']);
  assert.deepEqual(s.properties.provisions, ['Purchase/Sales For Divestment Date (CMIC): 03 Jun 2022']);
});

test('names written with their a.k.a. inside are split (ITAR debarred list)', async (t) => {
  if (!needData(t, ...FILE)) return;
  const { entities } = await parseReal();
  const mexpar = byId(entities, 'csl-dtc-4825d0efee0dc0eaa52d7f66448a5e362f067220');
  assert.deepEqual(mexpar.properties.name, ['Mexpar International, Inc.']);
  assert.deepEqual(mexpar.properties.alias, ['Pasadena Aerospace', 'Aviation Logistics and Supply']);
  assert.deepEqual(mexpar.properties.topics, ['debarment']);
});

test('one subject on several lists is one entity per list; a repeated row stays two, reported', async (t) => {
  if (!needData(t, ...FILE)) return;
  const { entities, issues } = await parseReal();
  // _id 18725 (BANCO VTB AFRICA SA) is on the SDN, SSI and CAP lists.
  for (const id of ['csl-sdn-18725', 'csl-ssi-18725', 'csl-cap-18725']) {
    assert.deepEqual(byId(entities, id).properties.name, ['BANCO VTB AFRICA SA']);
  }
  // _id 15268 (BANK OF KUNLUN CO LTD) has two CAP rows, lines 1979 and 1980.
  assert.deepEqual(byId(entities, 'csl-cap-15268-2').properties.name, ['BANK OF KUNLUN CO LTD']);
  const dup = issues.find((i) => i.record === '15268' && i.field === '_id');
  assert.equal(dup?.line, 1980);
});

test('a malformed row is reported with its line; the rest of the file is read', async () => {
  const path = tmp.write('csl.csv', [
    HEADER,
    csvRow({ _id: 'a1', source: 'Entity List (EL) - Bureau of Industry and Security', name: 'Good One' }),
    '"a2","Entity List (EL) - Bureau of Industry and Security","Too Short"',
    csvRow({ _id: 'a3', source: 'Some New List (SNL) - Somewhere', name: 'Unknown List Co', type: 'Entity' }),
    '',
  ].join('\n'));
  const { entities, issues } = await parseSource(usCsl, [path]);
  const main = entities.filter((e) => e.schema !== 'Sanction');
  assert.deepEqual(main.map((e) => e.id), ['csl-el-a1', 'csl-snl-a3']);
  assert.deepEqual(main[1].datasets, ['us_trade_csl']);
  assert.deepEqual(issues.map((i) => [i.line, i.field ?? null]), [[3, null], [4, 'source']]);
  assert.match(issues[0].message, /expected 29 fields, found 3/);
});

test('a truncated gzip download fails the import', async (t) => {
  const gz = needData(t, ...FILE);
  if (!gz) return;
  const whole = readFileSync(gz);
  const path = tmp.write('consolidated.csv.gz', whole.subarray(0, Math.floor(whole.length / 2)));
  await assert.rejects(parseSource(usCsl, [path]), (err: unknown) => err instanceof SourceError && err.file === 'consolidated.csv.gz');
});

test('a gzipped CSV without the CSL columns is refused', async () => {
  const path = tmp.write('other.csv.gz', gzipSync('_id,source,entity_number\n1,2,3\n'));
  await assert.rejects(parseSource(usCsl, [path]), (err: unknown) => err instanceof SourceError && /no column type, name/.test(err.message));
});
