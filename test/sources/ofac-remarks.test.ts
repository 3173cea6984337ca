/**
 * The OFAC remarks parser and vocabulary as pure functions. Clauses are quoted from real
 * OFAC rows (sdn.csv, consolidated.xml); the last tests check the vocabulary against the
 * reference tables of the real Enhanced XML.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  OfacRecord, featureFacts, featureSpec, legalEntitySchema, nameKey, parseClause, parseIdValue, parseRemarks,
  resolveLinks, schemaFor, splitPersonName, splitPrograms, splitRemarks, type Fact,
} from '../../src/sources/ofac-remarks.js';
import type { SourceIssue } from '../../src/sources/types.js';
import { needData } from '../helpers/data.js';

const prop = (p: string, value: string): Fact => ({ kind: 'prop', prop: p, value });

test('remarks split on ";", lose the closing full stop, and lose the XML\'s parentheses', () => {
  assert.deepEqual(
    splitRemarks('DOB 21 Mar 1950; POB Moscow, Russia; nationality Russia; Gender Male; Minister of Foreign Affairs of the Russian Federation.'),
    ['DOB 21 Mar 1950', 'POB Moscow, Russia', 'nationality Russia', 'Gender Male', 'Minister of Foreign Affairs of the Russian Federation'],
  );
  assert.deepEqual(
    splitRemarks('For more information on directives, please visit the following link: https://example.org/directives.aspx#directives; (Linked To: PUBLIC JOINT STOCK COMPANY GAZPROM)'),
    ['For more information on directives, please visit the following link: https://example.org/directives.aspx#directives', 'Linked To: PUBLIC JOINT STOCK COMPANY GAZPROM'],
  );
  // 7940 writes one separator without its space.
  assert.deepEqual(splitRemarks('nationality possibly Palestinian;arrested 23 Apr 2002.'), ['nationality possibly Palestinian', 'arrested 23 Apr 2002']);
});

test('dates of birth in every form OFAC writes them stay raw for the date cleaner', () => {
  assert.deepEqual(parseClause('DOB 21 Mar 1950'), [prop('birthDate', '21 Mar 1950')]);
  assert.deepEqual(parseClause('DOB circa 1955'), [prop('birthDate', 'circa 1955')]);
  assert.deepEqual(parseClause('DOB 1955 to 1958'), [prop('birthDate', '1955 to 1958')]);
  assert.deepEqual(parseClause('alt. DOB 01 Jan 1960'), [prop('birthDate', '01 Jan 1960')]);
  const several = parseRemarks('DOB 10 Dec 1948; alt. DOB 1949; alt. DOB circa 1950.');
  assert.deepEqual(several.map((f) => (f as { value: string }).value), ['10 Dec 1948', '1949', 'circa 1950']);
});

test('place of birth, nationality, citizenship, gender', () => {
  assert.deepEqual(parseClause('POB Moscow, Russia'), [prop('birthPlace', 'Moscow, Russia'), prop('birthCountry', 'ru')]);
  assert.deepEqual(parseClause('nationality Korea, North'), [prop('nationality', 'Korea, North')]);
  assert.deepEqual(parseClause('alt. citizen Pakistan'), [prop('citizenship', 'Pakistan')]);
  assert.deepEqual(parseClause('Gender Female'), [prop('gender', 'Female')]);
  assert.deepEqual(parseClause('Nationality of Registration Russia'), [prop('jurisdiction', 'Russia')]);
});

test('documents keep their country and dates out of the number', () => {
  assert.deepEqual(parseIdValue('1084010 (Egypt)'), { number: '1084010', country: 'Egypt' });
  assert.deepEqual(parseIdValue('D9000123 (Iran) issued 01 Jan 2000 expires 01 Jan 2010'), {
    number: 'D9000123', country: 'Iran', issued: '01 Jan 2000', expires: '01 Jan 2010',
  });
  assert.deepEqual(parseIdValue('HRA 738077 (Stuttgart) (Germany)'), { number: 'HRA 738077 (Stuttgart)', country: 'Germany' });
  assert.deepEqual(parseIdValue('AABA 670850 Y'), { number: 'AABA 670850 Y' });
  assert.deepEqual(parseClause('Passport 1084010 (Egypt)'), [
    { kind: 'id', type: 'Passport', prop: 'passportNumber', passport: true, number: '1084010', country: 'Egypt' },
  ]);
  assert.deepEqual(parseClause('alt. Passport RL 1794375 (Lebanon)'), [
    { kind: 'id', type: 'Passport', prop: 'passportNumber', passport: true, number: 'RL 1794375', country: 'Lebanon' },
  ]);
  const cases: Array<[string, string, string]> = [
    ['National ID No. 216040 (Yemen)', 'National ID No.', 'idNumber'],
    ['Tax ID No. 7702070139 (Russia)', 'Tax ID No.', 'taxNumber'],
    ['Registration Number 26740 (Iran)', 'Registration Number', 'registrationNumber'],
    ['Registration ID 1027739609391 (Russia)', 'Registration ID', 'registrationNumber'],
    ['Legal Entity Number 253400V1H6ART1UQ0N98', 'Legal Entity Number', 'leiCode'],
    ['Government Gazette Number 00032520 (Russia)', 'Government Gazette Number', 'okpoCode'],
    ['C.U.R.P. AIMM67125HCHRRG06 (Mexico)', 'C.U.R.P.', 'idNumber'],
    ['V.A.T. Number 0430.033.662 (Belgium)', 'V.A.T. Number', 'vatCode'],
  ];
  for (const [clause, type, p] of cases) {
    const [f] = parseClause(clause);
    assert.equal(f.kind, 'id', clause);
    assert.deepEqual([(f as { type: string }).type, (f as { prop: string }).prop], [type, p], clause);
  }
});

test('IMO numbers, under whatever label, become imoNumber; MMSI stays its own', () => {
  assert.deepEqual(parseClause('Vessel Registration Identification IMO 7406784'), [prop('imoNumber', 'IMO7406784')]);
  assert.deepEqual(parseClause('Identification Number IMO 5342883'), [prop('imoNumber', 'IMO5342883')]);
  assert.deepEqual(parseClause('MMSI 572469210'), [prop('mmsi', '572469210')]);
});

test('contact details, bank codes, establishment date', () => {
  assert.deepEqual(parseClause('Website www.vtb.com'), [prop('website', 'www.vtb.com')]);
  assert.deepEqual(parseClause('alt. Email Address info@nitc.co.ir'), [prop('email', 'info@nitc.co.ir')]);
  assert.deepEqual(parseClause('Phone Number 982188526300'), [prop('phone', '982188526300')]);
  assert.deepEqual(parseClause('SWIFT/BIC VTBRRUMM'), [prop('swiftBic', 'VTBRRUMM')]);
  assert.deepEqual(parseClause('Organization Established Date 17 Oct 1990'), [prop('incorporationDate', '17 Oct 1990')]);
  assert.deepEqual(parseClause('ISIN KYG7114V1023'), [{ kind: 'prop', prop: 'isinCode', value: 'KYG7114V1023', schema: 'Company' }]);
});

test('names in remarks: a.k.a. is OFAC\'s weak alias, f.k.a. a previous name, n.k.a. the current name', () => {
  assert.deepEqual(parseClause("a.k.a. 'BNC'"), [prop('weakAlias', 'BNC')]);
  assert.deepEqual(parseClause("f.k.a. 'ANA I'"), [prop('previousName', 'ANA I')]);
  assert.deepEqual(parseClause("n.k.a. 'NEW NAME'"), [prop('alias', 'NEW NAME'), prop('name', 'NEW NAME')]);
});

test('links, sanction details and unknown clauses', () => {
  assert.deepEqual(parseClause('Linked To: HIZBALLAH'), [{ kind: 'link', name: 'HIZBALLAH' }]);
  assert.deepEqual(parseClause('Additional Sanctions Information - Subject to Secondary Sanctions'), [
    { kind: 'sanction', prop: 'provisions', value: 'Additional Sanctions Information - Subject to Secondary Sanctions' },
  ]);
  assert.deepEqual(parseClause('alt. Secondary sanctions risk: See Section 11 of Executive Order 14024.'), [
    { kind: 'sanction', prop: 'provisions', value: 'Secondary sanctions risk: See Section 11 of Executive Order 14024.' },
  ]);
  assert.equal(parseClause('Listing Date (EO 14024 Directive 2): 24 Feb 2022')[0].kind, 'sanction');
  assert.equal(parseClause('Executive Order 13662 Directive Determination - Subject to Directive 1')[0].kind, 'sanction');
  assert.deepEqual(parseClause('Aircraft Operator YAS AIR'), [{ kind: 'ref', prop: 'operator', label: 'Aircraft Operator', name: 'YAS AIR' }]);
  assert.deepEqual(parseClause('ICTY indictee at large'), [{ kind: 'note', value: 'ICTY indictee at large' }]);
  // "citizen" must not swallow "Citizen's Card Number", nor "nationality" the longer label.
  assert.equal((parseClause("Citizen's Card Number 123 (Portugal)")[0] as { prop: string }).prop, 'idNumber');
});

test('XML labels (idType, feature type) read like the remark labels', () => {
  assert.deepEqual(featureFacts('Secondary sanctions risk:', 'See Section 11 of Executive Order 14024.'), [
    { kind: 'sanction', prop: 'provisions', value: 'Secondary sanctions risk: See Section 11 of Executive Order 14024.' },
  ]);
  assert.deepEqual(featureFacts('Passport', 'U00242309', { country: 'Turkey' }), [
    { kind: 'id', type: 'Passport', prop: 'passportNumber', passport: true, number: 'U00242309', country: 'Turkey' },
  ]);
  assert.deepEqual(featureFacts('Birthdate', '1962'), [prop('birthDate', '1962')]);
  assert.deepEqual(featureFacts('Unheard Of Label', 'x'), [{ kind: 'note', value: 'Unheard Of Label x' }]);
});

test('programs, person names, schemata from names and types', () => {
  assert.deepEqual(splitPrograms('SDGT] [IFSR'), ['SDGT', 'IFSR']);
  assert.deepEqual(splitPrograms('RUSSIA-EO14024'), ['RUSSIA-EO14024']);
  assert.deepEqual(splitPersonName('LAVROV, Sergei Viktorovich'), { lastName: 'LAVROV', firstName: 'Sergei Viktorovich' });
  assert.deepEqual(splitPersonName('ABU BAKR'), { lastName: 'ABU BAKR' });
  assert.equal(legalEntitySchema('ANGLO-CARIBBEAN CO., LTD.'), 'Company');
  assert.equal(legalEntitySchema('CECOEX, S.A.'), 'Company');
  assert.equal(legalEntitySchema('AL-HARAMAIN ISLAMIC FOUNDATION'), 'Organization');
  assert.equal(legalEntitySchema('BANCO NACIONAL DE CUBA'), 'LegalEntity');
  assert.equal(legalEntitySchema("ABU SA'ID TRADING"), 'LegalEntity', "an apostrophe does not make a legal form");
  assert.equal(schemaFor('individual', 'X, Y'), 'Person');
  assert.equal(schemaFor('Vessel', 'EBANO'), 'Vessel');
  assert.equal(schemaFor('aircraft', 'EP-GOM'), 'Airplane');
  assert.equal(schemaFor(null, 'CIMEX, S.A.'), 'Company');
  assert.equal(schemaFor('spaceship', 'X'), null);
  assert.equal(nameKey('Petroleos de Venezuela, S.A. '), nameKey('PETROLEOS DE VENEZUELA,  S.A'));
});

test('records resolve "Linked To" by primary name within the file; unknown or ambiguous names are reported', () => {
  const issues: SourceIssue[] = [];
  const ctx = { dataset: 'test', report: (i: SourceIssue) => void issues.push(i), setPublishedAt() {} };
  const make = (key: string, name: string, remarks: string) => {
    const r = new OfacRecord({ file: 'sdn.csv', line: Number(key), record: key }, key, schemaFor(null, name)!, 'test');
    r.addPrimaryName(name);
    r.addRemarks(remarks);
    return r;
  };
  const records = [
    make('1', 'ALPHA TRADING LTD', 'Linked To: BETA S.A.; Linked To: NOBODY; Linked To: TWIN.'),
    make('2', 'BETA S.A.', 'Linked To: ALPHA TRADING LTD.'),
    make('3', 'TWIN', ''),
    make('4', 'TWIN', ''),
  ];
  const links = resolveLinks(records, ctx);
  assert.deepEqual(
    links.map((l) => [l.schema, l.properties.subject[0], l.properties.object[0], l.properties.role[0]]),
    [['UnknownLink', 'ofac-1', 'ofac-2', 'Linked To'], ['UnknownLink', 'ofac-2', 'ofac-1', 'Linked To']],
  );
  assert.deepEqual(issues.map((i) => [i.line, i.field, i.message]), [
    [1, 'Linked To', '"NOBODY" matches no entity of this file; no link made'],
    [1, 'Linked To', '"TWIN" names 2 entities of this file; no link made'],
  ]);
  const [alpha] = records[0].finish(ctx);
  assert.deepEqual(alpha.properties.notes, ['Linked To: NOBODY', 'Linked To: TWIN']);
});

test('a rejected value is reported with file, line, record and field', () => {
  const issues: SourceIssue[] = [];
  const ctx = { dataset: 'test', report: (i: SourceIssue) => void issues.push(i), setPublishedAt() {} };
  const r = new OfacRecord({ file: 'sdn.csv', line: 7, record: '99' }, '99', 'Person', 'test');
  r.addPrimaryName('DOE, John');
  r.addRemarks('DOB 31 Feb 1950; Passport X1 (Atlantis).');
  const out = r.finish(ctx);
  assert.deepEqual(out.map((e) => e.schema), ['Person', 'Sanction', 'Passport']);
  assert.deepEqual(issues.map((i) => [i.file, i.line, i.record, i.field]), [
    ['sdn.csv', 7, '99', 'birthDate'],
    ['sdn.csv', 7, '99', 'Passport.country'],
  ]);
});

test('every id type and feature type of the real Enhanced XML is in the vocabulary', (t) => {
  const path = needData(t, 'ofac', 'consolidated_nonsdn_enhanced_xml_2025-01-10', 'CONS_ENHANCED.XML');
  if (!path) return;
  const xml = readFileSync(path, 'utf8');
  const idTypes = [...xml.matchAll(/<type>ID DOCUMENT TYPE<\/type>\s*<value>([^<]*)<\/value>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
  const featureTypes = [...xml.matchAll(/<featureType featureTypeId="\d+">\s*<type>([^<]*)<\/type>/g)].map((m) => m[1]);
  assert.equal(idTypes.length, 105);
  assert.equal(featureTypes.length, 34);
  assert.deepEqual([...idTypes, ...featureTypes].filter((l) => !featureSpec(l)), []);
  // Document types are documents, except the two that are not: a vessel's MMSI and the telegraph code of a name.
  const notDocuments = idTypes.filter((l) => featureSpec(l)!.kind !== 'id');
  assert.deepEqual(notDocuments, ['MMSI', 'Chinese Commercial Code']);
});
