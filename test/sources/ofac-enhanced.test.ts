/**
 * OFAC Enhanced XML (<sanctionsData>) on the real non-SDN consolidated file, its agreement
 * with the classic XML of the same list, and broken files written to a temp dir. Counts and
 * facts were read from the raw XML with grep.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ofacEnhanced } from '../../src/sources/ofac-enhanced.js';
import { ofacXml } from '../../src/sources/ofac-xml.js';
import { ofacCsv } from '../../src/sources/ofac-csv.js';
import { readHead } from '../../src/sources/read.js';
import { SourceError } from '../../src/sources/types.js';
import type { Entity } from '../../src/model/entity.js';
import { needData } from '../helpers/data.js';
import { byId, parseSource, tempFiles, type Parsed } from '../helpers/parse.js';

const FILE = ['ofac', 'consolidated_nonsdn_enhanced_xml_2025-01-10', 'CONS_ENHANCED.XML'];
const CLASSIC = ['ofac', 'consolidated_nonsdn_xml_2025-03-28', 'consolidated.xml'];
const tmp = tempFiles('ghirbal-ofac-enh-');

let real: Promise<Parsed> | undefined;
const parseReal = (path: string) => (real ??= parseSource(ofacEnhanced, [path]));

const MAIN = new Set(['Person', 'LegalEntity', 'Organization', 'Company', 'Vessel', 'Airplane']);
const mains = (p: Parsed) => new Map(p.entities.filter((e) => MAIN.has(e.schema)).map((e) => [e.id, e]));
const sanctionOf = (p: Parsed, id: string) => p.entities.find((e) => e.schema === 'Sanction' && e.properties.entity[0] === id)!;

test('ofac-enhanced: 443 entities (80 individuals, 363 entities), data as of 2025-01-10', async (t) => {
  const path = needData(t, ...FILE);
  if (!path) return;
  const p = await parseReal(path);
  assert.equal(ofacEnhanced.defaultDataset([path]), 'us_ofac_cons');
  assert.equal(p.publishedAt, '2025-01-10');
  const m = mains(p);
  assert.equal(m.size, 443);
  assert.equal([...m.values()].filter((e) => e.schema === 'Person').length, 80);
  assert.equal(p.entities.filter((e) => e.schema === 'Sanction').length, 443);
  assert.equal(new Set(p.entities.map((e) => e.id)).size, p.entities.length, 'ids are unique');
  // 70 names with isLowQuality true: 67 A.K.A. (weak aliases) and 3 F.K.A. (previous names);
  // one of the 67 (RZD's "JSC RZD") has a Cyrillic translation too, "ОАО РЖД".
  const weak = [...m.values()].reduce((n, e) => n + (e.properties.weakAlias?.length ?? 0), 0);
  assert.equal(weak, 68);
  assert.ok(byId(p, 'ofac-34736').properties.weakAlias.includes('ОАО РЖД'));
});

test('ofac-enhanced: names in their own script, reference values resolved, relationships linked', async (t) => {
  const path = needData(t, ...FILE);
  if (!path) return;
  const p = await parseReal(path);
  const vtb = byId(p, 'ofac-17013');
  assert.equal(vtb.schema, 'Company');
  assert.deepEqual(vtb.properties.name, ['VTB BANK PUBLIC JOINT STOCK COMPANY']);
  assert.ok(vtb.properties.alias.includes('БАНК ВТБ ПАО'), 'the Cyrillic translation, untransliterated');
  assert.deepEqual(vtb.properties.weakAlias, ['JSC VTB BANK NEW DELHI BRANCH']);
  // Entity 17017: <relationship><type>Owned or Controlled By</type><relatedEntity entityId="17013">.
  const link = p.entities.find((e) => e.schema === 'UnknownLink' && e.properties.subject[0] === 'ofac-17017')!;
  assert.deepEqual([link.properties.object, link.properties.role], [['ofac-17013'], ['Owned or Controlled By']]);
  // Nationality Country with valueRefId 91021 (Palestinian, isoCode PS).
  assert.deepEqual(byId(p, 'ofac-9647').properties.nationality, ['ps']);
  const haniya = byId(p, 'ofac-9639');
  assert.deepEqual([haniya.properties.lastName, haniya.properties.firstName], [['HANIYA'], ['Ismail Abdul Salah']]);
  assert.deepEqual(haniya.properties.birthDate, ['1962']);
  const s = sanctionOf(p, 'ofac-9639');
  // Listed on the Non-SDN Palestinian Legislative Council List on 2006-04-12.
  assert.deepEqual(s.properties.listingDate, ['2006-04-12']);
  assert.deepEqual(s.properties.program, ['NS-PLC']);
  assert.deepEqual(s.properties.provisions, ['Reject']);
  assert.ok(s.properties.notes.includes('General License 4 Under EO 13224 (Terrorism)'));
});

test('the classic and the Enhanced XML of the non-SDN list agree on id, schema, name, birth dates, nationality', async (t) => {
  const enhancedPath = needData(t, ...FILE);
  const classicPath = needData(t, ...CLASSIC);
  if (!enhancedPath || !classicPath) return;
  const enhanced = mains(await parseReal(enhancedPath));
  const classic = mains(await parseSource(ofacXml, [classicPath]));
  const facts = (e: Entity) => JSON.stringify([
    e.schema, e.properties.name[0], [...(e.properties.birthDate ?? [])].sort(), [...(e.properties.nationality ?? [])].sort(),
  ]);
  const shared = [...classic.keys()].filter((id) => enhanced.has(id));
  const differing = shared.filter((id) => facts(classic.get(id)!) !== facts(enhanced.get(id)!));
  // Measured: the 443 entities of 2025-01-10 are the 443 of 2025-03-28, and all agree.
  assert.equal(shared.length, 443);
  assert.ok((shared.length - differing.length) / shared.length >= 0.98, `differing: ${differing.join(', ')}`);
  assert.deepEqual(differing, []);
});

test('the non-SDN CSV of 2025-12 and the classic XML of 2025-03 share their ids and most names', async (t) => {
  const classicPath = needData(t, ...CLASSIC);
  const dir = needData(t, 'ofac', 'consolidated_nonsdn_csv_2025-12');
  if (!classicPath || !dir) return;
  const classic = mains(await parseSource(ofacXml, [classicPath]));
  const fromCsv = mains(await parseSource(ofacCsv, ofacCsv.companions!(join(dir, 'cons_prim.csv'))));
  const shared = [...fromCsv.keys()].filter((id) => classic.has(id));
  assert.equal(shared.length, 442, 'every CSV entry is in the March XML');
  const sameName = shared.filter((id) => classic.get(id)!.properties.name[0] === fromCsv.get(id)!.properties.name[0]);
  const sameSchema = shared.filter((id) => classic.get(id)!.schema === fromCsv.get(id)!.schema);
  assert.equal(sameSchema.length, 442);
  // One entity was renamed between March and December: RN-KOMSOMOLSKY → RN KOMSOMOLSKIY REFINERY LLC.
  assert.deepEqual(shared.filter((id) => !sameName.includes(id)), ['ofac-18284']);
});

test('ofac-enhanced detect: <sanctionsData> of the Enhanced schema only', async (t) => {
  const path = needData(t, ...FILE);
  const classic = needData(t, ...CLASSIC);
  if (!path || !classic) return;
  assert.ok(ofacEnhanced.detect(path, await readHead(path)));
  assert.ok(!ofacEnhanced.detect(classic, await readHead(classic)));
  assert.equal(ofacEnhanced.defaultDataset(['/x/SDN_ENHANCED.XML']), 'us_ofac_sdn');
});

const enhancedFile = (entities: string) => `<?xml version="1.0" encoding="utf-8"?>
<sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML">
  <publicationInfo><dataAsOf>2025-01-10T00:00:00</dataAsOf></publicationInfo>
  <referenceValues>
    <referenceValue refId="11171"><type>COUNTRY</type><value>Russia</value><isoCode>RU</isoCode></referenceValue>
  </referenceValues>
  <featureTypes><featureType featureTypeId="10"><type>Nationality Country</type></featureType></featureTypes>
  <entities>${entities}</entities>
</sanctionsData>
`;
const person = (id: string, full: string) => `<entity id="${id}">
  <generalInfo><entityType refId="600">Individual</entityType></generalInfo>
  <sanctionsPrograms><sanctionsProgram refId="1">RUSSIA-EO14024</sanctionsProgram></sanctionsPrograms>
  <names><name id="${id}0"><isPrimary>true</isPrimary><isLowQuality>false</isLowQuality><translations><translation id="${id}1">
    <isPrimary>true</isPrimary><formattedFullName>${full}</formattedFullName></translation></translations></name></names>
  <features><feature id="${id}2"><type featureTypeId="10">Nationality Country</type><value>Russia</value><valueRefId>11171</valueRefId></feature></features>
</entity>`;

test('ofac-enhanced: an entity without a name is reported; the rest is read', async () => {
  const path = tmp.write('noname.xml', enhancedFile(`${person('1', 'DOE, John')}<entity id="2"><generalInfo><entityType>Entity</entityType></generalInfo></entity>`));
  const p = await parseSource(ofacEnhanced, [path]);
  assert.equal(p.publishedAt, '2025-01-10');
  const doe = byId(p, 'ofac-1');
  assert.deepEqual([doe.schema, doe.properties.nationality], ['Person', ['ru']]);
  assert.deepEqual(p.issues.map((i) => [i.record, i.field]), [['2', 'names']]);
});

test('ofac-enhanced: a truncated file fails with the file and position', async () => {
  const whole = enhancedFile(person('1', 'DOE, John') + person('2', 'ROE, Jane'));
  const path = tmp.write('cut.xml', whole.slice(0, whole.indexOf('ROE, Jane')));
  await assert.rejects(parseSource(ofacEnhanced, [path]), (err: unknown) => err instanceof SourceError && err.file === 'cut.xml' && err.line !== undefined);
});
