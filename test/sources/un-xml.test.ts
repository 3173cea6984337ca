/**
 * UN Security Council consolidated XML on the real file, plus broken files written to a
 * temp dir. Counts and facts were read from the raw XML with grep, not from this parser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { aliasNames, aliasNoteNames, nameParts, unXml } from '../../src/sources/un-xml.js';
import { readHead } from '../../src/sources/read.js';
import { SourceError } from '../../src/sources/types.js';
import { cleanDate } from '../../src/model/dates.js';
import { needData, sharedListFiles } from '../helpers/data.js';
import { byId, linkedTo, parseSource, tempFiles, type Parsed } from '../helpers/parse.js';

const UN_FILE = ['un', 'consolidated_2026-02-27.xml'];
const tmp = tempFiles('ghirbal-un-');

let real: Promise<Parsed> | undefined;
const parseReal = (path: string) => (real ??= parseSource(unXml, [path]));

const record = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-01-02T03:04:05Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <DATAID>1</DATAID>
      <FIRST_NAME>GOOD</FIRST_NAME><SECOND_NAME>ONE</SECOND_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.900</REFERENCE_NUMBER>
      <LISTED_ON>2001-01-25</LISTED_ON>
    </INDIVIDUAL>
    ${body}
  </INDIVIDUALS>
  <ENTITIES/>
</CONSOLIDATED_LIST>
`;

test('un-xml: 730 individuals and 273 entities, each with one Sanction', async (t) => {
  const path = needData(t, ...UN_FILE);
  if (!path) return;
  const p = await parseReal(path);
  const count = (schema: string) => p.entities.filter((e) => e.schema === schema).length;
  assert.equal(count('Person'), 730);
  assert.equal(count('Organization'), 273);
  assert.equal(count('Sanction'), 1003);
  assert.equal(new Set(p.entities.map((e) => e.id)).size, p.entities.length, 'ids are unique');
  const main = new Set(p.entities.filter((e) => e.schema === 'Person' || e.schema === 'Organization').map((e) => e.id));
  for (const s of p.entities.filter((e) => e.schema === 'Sanction')) assert.ok(main.has(s.properties.entity[0]));
  for (const id of main) assert.equal(linkedTo(p, 'entity', id).length, 1, `${id} has one sanction`);
  assert.equal(p.publishedAt, '2026-02-27T00:00:09.554Z');
});

test('un-xml: every NAME_ORIGINAL_SCRIPT (378 records) is one of the record’s names', async (t) => {
  const path = needData(t, ...UN_FILE);
  if (!path) return;
  const raw = readFileSync(path, 'utf8');
  const originals = new Map<string, string>();
  for (const block of raw.split(/<(?:INDIVIDUAL|ENTITY)>/).slice(1)) {
    const ref = /<REFERENCE_NUMBER>([^<]*)</.exec(block)?.[1].trim();
    const original = /<NAME_ORIGINAL_SCRIPT>([^<]*)</.exec(block)?.[1].replace(/\s+/g, ' ').trim();
    if (ref && original) originals.set(ref, original);
  }
  assert.equal(originals.size, 378);
  const p = await parseReal(path);
  for (const [ref, original] of originals) {
    assert.ok(byId(p, `un-${ref}`).properties.name.includes(original), `${ref}: ${original}`);
  }
  assert.ok(byId(p, 'un-QDe.004').properties.name.includes('القاعدة'));
  assert.deepEqual(byId(p, 'un-QDi.076').properties.name, ['ISAM ALI MOHAMED ALOUCHE', 'عصام علي محمد علوش']);
});

test('un-xml: a nationality the UN gives as "na" (not available) is no nationality, not Namibia', async (t) => {
  const path = needData(t, ...UN_FILE);
  if (!path) return;
  const p = await parseReal(path);
  assert.equal(byId(p, 'un-SDi.001').properties.nationality, undefined);
});

test('un-xml: dates of birth keep the UN’s precision: exact, circa, range', async (t) => {
  const path = needData(t, ...UN_FILE);
  if (!path) return;
  const p = await parseReal(path);
  assert.deepEqual(byId(p, 'un-QDi.398').properties.birthDate, ['1981-03-09']); // EXACT DATE
  assert.deepEqual(byId(p, 'un-QDi.298').properties.birthDate, ['1981~']); // APPROXIMATELY YEAR
  assert.deepEqual(byId(p, 'un-CDi.030').properties.birthDate, ['1973/1974']); // BETWEEN
  // BETWEEN 1955 and 1958 with NOTE "Approximately", and a second such range: written as
  // dates.ts writes an approximate span.
  assert.deepEqual(byId(p, 'un-TAi.002').properties.birthDate, [cleanDate('circa 1955 to 1958'), cleanDate('circa 1945 to 1950')]);
  assert.match(byId(p, 'un-TAi.002').properties.birthDate[0], /^1955.*\/1958.*~$/);
});

test('un-xml: aliases by quality, own-script spellings split out, name parts', async (t) => {
  const path = needData(t, ...UN_FILE);
  if (!path) return;
  const p = await parseReal(path);
  // QUALITY Low: "Abu Muhammad (original script: Абу Мухаммад)".
  const aselderov = byId(p, 'un-QDi.398');
  assert.ok(aselderov.properties.weakAlias.includes('Abu Muhammad'));
  assert.ok(aselderov.properties.weakAlias.includes('Абу Мухаммад'));
  assert.equal(aselderov.properties.alias, undefined);
  // QUALITY Good: "Jin Tiesan (金铁三)".
  assert.deepEqual(byId(p, 'un-KPi.035').properties.alias, ['Jin Tiesan', '金铁三']);
  // ENTITY_ALIAS f.k.a.
  assert.ok(byId(p, 'un-QDe.014').properties.previousName.includes('Salafist Group For Call and Combat'));
  // FIRST..FOURTH_NAME: KEVIN JORDAN AXEL GUIAVARCH; the DPRK list writes the family name first.
  const kevin = byId(p, 'un-QDi.341').properties;
  assert.deepEqual([kevin.firstName, kevin.secondName, kevin.middleName, kevin.lastName], [['KEVIN'], ['JORDAN'], ['AXEL'], ['GUIAVARCH']]);
  const pak = byId(p, 'un-KPi.029').properties;
  assert.deepEqual([pak.name, pak.lastName, pak.firstName], [['PAK CHUN IL'], ['PAK'], ['CHUN IL']]);
});

test('un-xml: documents, sanction and listing facts', async (t) => {
  const path = needData(t, ...UN_FILE);
  if (!path) return;
  const p = await parseReal(path);
  assert.deepEqual(byId(p, 'un-KPi.029').properties.passportNumber, ['563410091']);
  const passports = linkedTo(p, 'holder', 'un-KPi.029');
  assert.deepEqual(passports.map((d) => [d.schema, d.properties.number]), [['Passport', ['563410091']]]);
  // National Identification Numbers " 3311092409580002 " and 3311092409580003, issued by Indonesia.
  const sholeh = byId(p, 'un-QDi.395');
  assert.deepEqual(sholeh.properties.idNumber, ['3311092409580002', '3311092409580003']);
  const ids = linkedTo(p, 'holder', 'un-QDi.395');
  assert.deepEqual(ids.map((d) => [d.schema, d.properties.country]), [['Identification', ['id']], ['Identification', ['id']]]);
  const [s] = linkedTo(p, 'entity', 'un-QDi.398');
  assert.deepEqual(
    [s.properties.authority, s.properties.program, s.properties.listingDate, s.properties.unscId],
    [['United Nations Security Council'], ['Al-Qaida'], ['2016-12-12'], ['QDi.398']],
  );
  // LISTED_ON "2015-07-01-04:00" is an xs:date with a time zone.
  assert.deepEqual(linkedTo(p, 'entity', 'un-SSi.004')[0].properties.listingDate, ['2015-07-01']);
  assert.deepEqual(byId(p, 'un-QDi.398').properties.topics, ['sanction']);
});

test('un-xml: unreadable values are reported with line, record and field', async (t) => {
  const path = needData(t, ...UN_FILE);
  if (!path) return;
  const p = await parseReal(path);
  // LYi.022: TYPE_OF_DATE APPROXIMATELY, NOTE "30-35 years old".
  const issue = p.issues.find((i) => i.record === 'LYi.022' && i.field === 'INDIVIDUAL_DATE_OF_BIRTH');
  assert.ok(issue, 'reported');
  assert.equal(issue.file, 'consolidated_2026-02-27.xml');
  assert.ok((issue.line ?? 0) > 1);
  assert.match(issue.message, /30-35 years old/);
});

test('un-xml: alias text helpers on spellings taken from the file', () => {
  assert.deepEqual(aliasNames('Azim Adhajani; Azim Agha-Jani'), ['Azim Adhajani', 'Azim Agha-Jani']);
  assert.deepEqual(aliasNames('حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)'), ['حسن غول', 'Hassan Ghul', 'Hassan Gul', 'Hasan Gul']);
  assert.deepEqual(aliasNames('Lord’s Resistance Movement (LRM)'), ['Lord’s Resistance Movement (LRM)']);
  assert.deepEqual(aliasNoteNames('original script: Абу Банат', 'Abu Banat'), ['Абу Банат']);
  assert.deepEqual(aliasNoteNames('(Abu Du’a; Abu Duaa’) prominently known by this nom de guerre', 'أبو دعاء'), ['Abu Du’a', 'Abu Duaa’']);
  assert.deepEqual(aliasNoteNames('formerly listed as', 'Agha Jan Alizai اغا جان عالیزی'), []);
  assert.deepEqual(nameParts(['ERIC', 'BADEGE', '', ''], false), { firstName: 'ERIC', lastName: 'BADEGE' });
});

test('un-xml: detects only the UN file among the shared lists', async (t) => {
  const own = needData(t, ...UN_FILE);
  if (!own) return;
  for (const f of sharedListFiles()) assert.equal(unXml.detect(f, await readHead(f)), f === own, f);
  assert.ok(unXml.detect('x.xml', Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<CONSOLIDATED_LIST>')));
});

test('un-xml: a record without REFERENCE_NUMBER takes its DATAID and is reported', async () => {
  const xml = record(`
    <INDIVIDUAL>
      <DATAID>6908555</DATAID>
      <FIRST_NAME>NO</FIRST_NAME><SECOND_NAME>REFERENCE</SECOND_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <LISTED_ON>not a date</LISTED_ON>
    </INDIVIDUAL>`);
  const line = xml.slice(0, xml.indexOf('<INDIVIDUAL>\n      <DATAID>6908555')).split('\n').length;
  const p = await parseSource(unXml, [tmp.write('no-ref.xml', xml)]);
  assert.deepEqual(p.entities.filter((e) => e.schema === 'Person').map((e) => e.id), ['un-QDi.900', 'un-6908555']);
  assert.ok(p.issues.some((i) => i.record === '6908555' && i.field === 'REFERENCE_NUMBER' && i.line === line));
  const bad = p.issues.find((i) => i.field === 'LISTED_ON');
  assert.deepEqual([bad?.record, bad?.line], ['6908555', line]);
  assert.equal(p.publishedAt, '2026-01-02T03:04:05Z');
});

test('un-xml: a truncated file fails with its position; a DOCTYPE is refused', async () => {
  const full = record('');
  const truncated = tmp.write('truncated.xml', full.slice(0, full.indexOf('</INDIVIDUALS>')));
  await assert.rejects(parseSource(unXml, [truncated]), (e: unknown) => e instanceof SourceError && /truncated|malformed/.test(e.message) && e.file === 'truncated.xml');
  const doctype = tmp.write('doctype.xml', full.replace('<CONSOLIDATED_LIST', '<!DOCTYPE x [<!ENTITY a "b">]>\n<CONSOLIDATED_LIST'));
  await assert.rejects(parseSource(unXml, [doctype]), (e: unknown) => e instanceof SourceError && /DOCTYPE/.test(e.message));
});
