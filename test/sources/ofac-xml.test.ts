/**
 * OFAC classic XML (<sdnList>) on the real non-SDN consolidated file, plus broken files
 * written to a temp dir. Counts and facts were read from the raw XML with grep.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ofacXml } from '../../src/sources/ofac-xml.js';
import { readHead } from '../../src/sources/read.js';
import { SourceError } from '../../src/sources/types.js';
import { needData } from '../helpers/data.js';
import { byId, parseSource, tempFiles, type Parsed } from '../helpers/parse.js';

const FILE = ['ofac', 'consolidated_nonsdn_xml_2025-03-28', 'consolidated.xml'];
const tmp = tempFiles('ghirbal-ofac-xml-');

let real: Promise<Parsed> | undefined;
const parseReal = (path: string) => (real ??= parseSource(ofacXml, [path]));

const MAIN = new Set(['Person', 'LegalEntity', 'Organization', 'Company', 'Vessel', 'Airplane']);
const sum = (p: Parsed, prop: string) => p.entities.reduce((n, e) => n + (MAIN.has(e.schema) ? (e.properties[prop]?.length ?? 0) : 0), 0);

const list = (count: number, entries: string) => `<?xml version="1.0" standalone="yes"?>
<sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">
  <publshInformation><Publish_Date>03/28/2025</Publish_Date><Record_Count>${count}</Record_Count></publshInformation>
  ${entries}
</sdnList>
`;
const entry = (uid: string, last: string, type = 'Entity') =>
  `<sdnEntry>${uid ? `<uid>${uid}</uid>` : ''}<lastName>${last}</lastName><sdnType>${type}</sdnType><programList><program>SDGT</program></programList></sdnEntry>`;

test('ofac-xml: 443 entries (80 individuals, 363 entities), published 03/28/2025', async (t) => {
  const path = needData(t, ...FILE);
  if (!path) return;
  const p = await parseReal(path);
  assert.equal(ofacXml.defaultDataset([path]), 'us_ofac_cons');
  assert.equal(p.publishedAt, '2025-03-28');
  const mains = p.entities.filter((e) => MAIN.has(e.schema));
  assert.equal(mains.length, 443);
  assert.equal(mains.filter((e) => e.schema === 'Person').length, 80);
  assert.equal(p.entities.filter((e) => e.schema === 'Sanction').length, 443);
  assert.equal(new Set(p.entities.map((e) => e.id)).size, p.entities.length, 'ids are unique');
  // 70 <category>weak</category> in the raw file: 67 a.k.a. (weak aliases) and 3 f.k.a.,
  // which are previous names like the other 141 f.k.a.
  assert.equal(sum(p, 'weakAlias'), 67);
  assert.equal(sum(p, 'previousName'), 144);
  assert.ok(!p.issues.some((i) => i.field === 'Record_Count'));
});

test('ofac-xml: a person with aliases, birth date and place; a passport with its country', async (t) => {
  const path = needData(t, ...FILE);
  if (!path) return;
  const p = await parseReal(path);
  const haniya = byId(p, 'ofac-9639');
  assert.equal(haniya.schema, 'Person');
  assert.deepEqual(haniya.properties.name, ['HANIYA, Ismail Abdul Salah']);
  assert.deepEqual(haniya.properties.lastName, ['HANIYA']);
  assert.deepEqual(haniya.properties.firstName, ['Ismail Abdul Salah']);
  assert.deepEqual(haniya.properties.alias, ['HANIYA, Ismail', 'HANIYYA, Ismaeel']);
  assert.deepEqual(haniya.properties.birthDate, ['1962']);
  assert.deepEqual(haniya.properties.birthPlace, ['Shati']);
  assert.deepEqual(haniya.properties.program, ['NS-PLC']);

  const kayakiran = byId(p, 'ofac-26182');
  assert.deepEqual(kayakiran.properties.passportNumber, ['U00242309']);
  assert.deepEqual(kayakiran.properties.gender, ['male']);
  assert.deepEqual(kayakiran.properties.citizenship, ['tr']);
  assert.deepEqual(kayakiran.properties.birthDate, ['1980-02-08']);
  const passport = p.entities.find((e) => e.schema === 'Passport' && e.properties.holder[0] === 'ofac-26182')!;
  assert.deepEqual([passport.properties.number, passport.properties.country], [['U00242309'], ['tr']]);
});

test('ofac-xml: an entity\'s ids, weak alias, programs and links', async (t) => {
  const path = needData(t, ...FILE);
  if (!path) return;
  const p = await parseReal(path);
  const vtb = byId(p, 'ofac-17013');
  assert.equal(vtb.schema, 'Company');
  assert.deepEqual(vtb.properties.program, ['UKRAINE-EO13662', 'RUSSIA-EO14024']);
  assert.deepEqual(vtb.properties.weakAlias, ['JSC VTB BANK NEW DELHI BRANCH']);
  assert.deepEqual(vtb.properties.taxNumber, ['7702070139']);
  assert.deepEqual(vtb.properties.leiCode, ['253400V1H6ART1UQ0N98']);
  assert.ok(vtb.properties.registrationNumber.includes('1027739609391'));
  assert.deepEqual(vtb.properties.swiftBic, ['VTBRRUMM']);
  const sanction = p.entities.find((e) => e.schema === 'Sanction' && e.properties.entity[0] === 'ofac-17013')!;
  assert.ok(sanction.properties.provisions.includes('Executive Order 13662 Directive Determination - Subject to Directive 1'));
  // "Linked To: VTB BANK PUBLIC JOINT STOCK COMPANY)" in 23 entries' remarks.
  const toVtb = p.entities.filter((e) => e.schema === 'UnknownLink' && e.properties.object[0] === 'ofac-17013');
  assert.equal(toVtb.length, 23);
  // "(Linked To: HAMAS)": HAMAS is on the SDN list, not in this file.
  assert.deepEqual(p.issues.filter((i) => i.field === 'Linked To').map((i) => i.message), ['"HAMAS" matches no entity of this file; no link made']);
});

test('ofac-xml detect: <sdnList> only', async (t) => {
  const path = needData(t, ...FILE);
  const enhanced = needData(t, 'ofac', 'consolidated_nonsdn_enhanced_xml_2025-01-10', 'CONS_ENHANCED.XML');
  if (!path || !enhanced) return;
  assert.ok(ofacXml.detect(path, await readHead(path)));
  assert.ok(!ofacXml.detect(enhanced, await readHead(enhanced)));
  assert.equal(ofacXml.defaultDataset(['/x/SDN.XML']), 'us_ofac_sdn');
});

test('ofac-xml: an entry without uid, an unknown type and a wrong Record_Count are reported; the rest is read', async () => {
  const path = tmp.write('odd.xml', list(4, [entry('1', 'GOOD LTD'), entry('', 'NO UID'), entry('3', 'ROCKET', 'Spaceship')].join('\n')));
  const p = await parseSource(ofacXml, [path]);
  assert.deepEqual(p.entities.filter((e) => MAIN.has(e.schema)).map((e) => [e.id, e.schema]), [['ofac-1', 'Company'], ['ofac-3', 'LegalEntity']]);
  assert.deepEqual(p.issues.map((i) => [i.line ?? null, i.field]), [[5, 'uid'], [6, 'sdnType'], [null, 'Record_Count']]);
});

test('ofac-xml: a truncated file fails with the file and position', async () => {
  const whole = list(2, [entry('1', 'ONE LTD'), entry('2', 'TWO LTD')].join('\n'));
  const path = tmp.write('cut.xml', whole.slice(0, whole.indexOf('TWO LTD')));
  await assert.rejects(parseSource(ofacXml, [path]), (err: unknown) => err instanceof SourceError && err.file === 'cut.xml' && /truncated XML|malformed XML/.test(err.message));
});

test('ofac-xml: a DOCTYPE is refused', async () => {
  const path = tmp.write('doctype.xml', list(1, entry('1', 'ONE LTD')).replace('<sdnList', '<!DOCTYPE sdnList [<!ENTITY a "x">]>\n<sdnList'));
  await assert.rejects(parseSource(ofacXml, [path]), (err: unknown) => err instanceof SourceError && /DOCTYPE/.test(err.message));
});
