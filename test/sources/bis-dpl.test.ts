/**
 * BIS Denied Persons List (dpl.txt) on the real file, plus broken files written to a temp
 * dir. Counts and facts were read from the raw file (Python's csv module, tab-delimited),
 * not from this parser: 665 rows, 546 distinct Name values, 545 once " I. ASH" and "I. ASH"
 * are one spelling.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bisDpl, hasLegalForm, partyId } from '../../src/sources/bis-dpl.js';
import { readHead } from '../../src/sources/read.js';
import { SourceError } from '../../src/sources/types.js';
import type { Entity } from '../../src/model/entity.js';
import { needData, sharedListFiles } from '../helpers/data.js';
import { linkedTo, parseSource, tempFiles, type Parsed } from '../helpers/parse.js';

const BIS_FILE = ['us_csl', 'bis_denied_persons_list_2023-11-28.txt'];
const tmp = tempFiles('ghirbal-bis-');

let real: Promise<Parsed> | undefined;
const parseReal = (path: string) => (real ??= parseSource(bisDpl, [path]));

function party(p: Parsed, name: string): Entity {
  const e = p.entities.find((x) => x.properties.name?.includes(name));
  assert.ok(e, `no party ${name}`);
  return e;
}

const HEADER = ['Name', 'Street_Address', 'City', 'State', 'Country', 'Postal_Code', 'Effective_Date', 'Expiration_Date',
  'Standard_Order', 'Last_Update', 'Action', 'FR_Citation'].map((c) => `"${c}"`).join('\t');
const row = (...fields: string[]) => fields.map((f) => `"${f}"`).join('\t');
const ROW_A = row('JOHN DOE', '1 MAIN ST', 'AUSTIN', 'TX', '', '78701', '01/02/2020', '01/02/2030', 'Y', '2020-01-05', 'NEW', '85 F.R. 1 1/5/2020');
const ROW_B = row('ACME TRADING CO.', 'BOX 1', 'DUBAI', '', 'AE', '', '03/04/2021', '', 'Y', '2021-03-10', 'NEW', '86 F.R. 2 3/10/2021');

test('bis-dpl: 665 rows → 545 parties, one per name, with their addresses and orders', async (t) => {
  const path = needData(t, ...BIS_FILE);
  if (!path) return;
  const p = await parseReal(path);
  const count = (schema: string) => p.entities.filter((e) => e.schema === schema).length;
  const parties = p.entities.filter((e) => e.schema === 'LegalEntity' || e.schema === 'Company');
  assert.equal(parties.length, 545);
  assert.equal(count('Company'), 68);
  assert.equal(count('Sanction'), 549);
  assert.equal(new Set(p.entities.map((e) => e.id)).size, p.entities.length, 'ids are unique');
  for (const e of parties) {
    assert.deepEqual(e.properties.topics, ['export.control']);
    assert.ok(linkedTo(p, 'entity', e.id).length >= 1, `${e.id} has a sanction`);
  }
  // Latest plausible Last_Update; 3033-09-30 (JOSE ERNESTO GARCIA) is a typing error.
  assert.equal(p.publishedAt, '2023-11-28');
});

test('bis-dpl: a party on several rows has every address; one Sanction per order', async (t) => {
  const path = needData(t, ...BIS_FILE);
  if (!path) return;
  const p = await parseReal(path);
  // ISSAM SHAMMOUT: four rows of one order (10/31/2023–10/30/2024): London, Beirut, Istanbul, Damascus.
  const issam = party(p, 'ISSAM SHAMMOUT');
  assert.equal(issam.schema, 'LegalEntity');
  assert.equal(issam.properties.addressEntity.length, 4);
  assert.deepEqual(issam.properties.country, ['gb', 'lb', 'tr', 'sy']);
  assert.ok(issam.properties.address.includes('AL KOLAA, BEIRUT, 151515, LB'));
  const [order] = linkedTo(p, 'entity', issam.id);
  assert.deepEqual(
    [order.properties.authority, order.properties.startDate, order.properties.endDate],
    [['Bureau of Industry and Security'], ['2023-10-31'], ['2024-10-30']],
  );
  // HAYDEE HERRERA: orders of 03/04/2002 and 06/19/2003, both to 06/29/2056.
  const orders = linkedTo(p, 'entity', party(p, 'HAYDEE HERRERA').id).map((s) => [s.properties.startDate[0], s.properties.endDate[0]]);
  assert.deepEqual(orders.sort(), [['2002-03-04', '2056-06-29'], ['2003-06-19', '2056-06-29']]);
  // ALI M HIJAZI: effective 09/01/1981, no expiration; the address in TX with no Country is in the US.
  const hijazi = linkedTo(p, 'entity', party(p, 'ALI M HIJAZI').id)[0].properties;
  assert.deepEqual([hijazi.startDate, hijazi.endDate], [['1981-09-01'], undefined]);
  assert.deepEqual(party(p, 'AARON ABRAHAM VILLA').properties.country, ['us']);
});

test('bis-dpl: names, schema and stable ids', async (t) => {
  const path = needData(t, ...BIS_FILE);
  if (!path) return;
  const p = await parseReal(path);
  // "IHSAN MEDHAT ""SAMMY"" ELASHI": CSV-escaped quotes inside the quoted field.
  assert.ok(p.entities.some((e) => e.properties.name?.includes('IHSAN MEDHAT "SAMMY" ELASHI')));
  assert.equal(party(p, 'GHARE SABZ CO.').schema, 'Company');
  assert.equal(party(p, 'RADIOTESTER OOO').schema, 'Company');
  assert.equal(party(p, 'CATHY CHEN').schema, 'LegalEntity');
  // " I. ASH" (row 2) and "I. ASH" are one party.
  assert.equal(party(p, 'I. ASH').id, partyId(' I.  ASH'));
});

test('bis-dpl: implausible dates and repeated rows are reported with their line', async (t) => {
  const path = needData(t, ...BIS_FILE);
  if (!path) return;
  const p = await parseReal(path);
  const future = p.issues.find((i) => i.field === 'Last_Update' && i.message.includes('3033-09-30'));
  assert.deepEqual([future?.line, future?.record], [316, 'JOSE ERNESTO GARCIA']);
  assert.ok(p.issues.some((i) => i.line === 26 && i.message.includes('1023-11-01')));
  // DAQING ZHOU: rows 153 and 154 are the same row.
  assert.ok(p.issues.some((i) => i.line === 154 && i.record === 'DAQING ZHOU'));
});

test('bis-dpl: legal forms', () => {
  assert.ok(hasLegalForm('EMPRESA DE TRANSPORTE AEROCARGO DEL SUR, S.A.'));
  assert.ok(hasLegalForm('SUNTRONIC F.Z.E.'));
  assert.ok(!hasLegalForm('AL NASER WINGS AIRLINES'));
  assert.ok(!hasLegalForm('SI CHEN'));
});

test('bis-dpl: detects only dpl.txt among the shared lists', async (t) => {
  const own = needData(t, ...BIS_FILE);
  if (!own) return;
  for (const f of sharedListFiles()) assert.equal(bisDpl.detect(f, await readHead(f)), f === own, f);
});

test('bis-dpl: a malformed row is reported with its line and the rest is read', async () => {
  const text = [HEADER, ROW_A, row('SHORT', 'ROW'), ROW_B, row('JOHN DOE', '2 OTHER ST', 'AUSTIN', 'TX', '', '78702', '01/02/2020', '13/45/2030', 'Y', '2020-01-05', '', '')].join('\r\n');
  const p = await parseSource(bisDpl, [tmp.write('short.txt', `${text}\r\n`)]);
  const parties = p.entities.filter((e) => e.schema !== 'Sanction' && e.schema !== 'Address');
  assert.deepEqual(parties.map((e) => [e.schema, e.properties.name[0]]), [['LegalEntity', 'JOHN DOE'], ['Company', 'ACME TRADING CO.']]);
  assert.equal(parties[0].properties.addressEntity.length, 2);
  assert.deepEqual(p.issues.map((i) => [i.line, i.field]), [[3, ''], [5, 'Expiration_Date']]);
  assert.equal(p.publishedAt, '2021-03-10');
});

test('bis-dpl: broken quoting and a wrong header are fatal', async () => {
  // A quote opened and never closed swallows the rest of the file.
  const unclosed = tmp.write('unclosed.txt', `${HEADER}\n${ROW_A}\n${ROW_B}\n"UNCLOSED\tNAME\n`);
  await assert.rejects(parseSource(bisDpl, [unclosed]), (e: unknown) => e instanceof SourceError && e.file === 'unclosed.txt');
  const wrong = tmp.write('wrong.txt', `"Name"\t"Address"\n"X"\t"Y"\n`);
  await assert.rejects(parseSource(bisDpl, [wrong]), (e: unknown) => e instanceof SourceError && /Denied Persons/.test(e.message));
});
