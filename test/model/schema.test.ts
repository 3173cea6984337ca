import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SCHEMATA, ancestry, commonSchema, getProperty, getSchema, isA, isMatchable, isSchema, schemaProperties,
} from '../../src/model/index.js';

test('inheritance: a Person is a LegalEntity, a Vessel is not', () => {
  assert.deepEqual(ancestry('Person'), ['Person', 'LegalEntity', 'Thing']);
  assert.ok(isA('Person', 'LegalEntity'));
  assert.ok(isA('Person', 'Thing'));
  assert.ok(isA('Company', 'Organization'));
  assert.ok(isA('Company', 'Asset'));
  assert.ok(isA('Vessel', 'Vehicle'));
  assert.ok(isA('Vessel', 'Asset'));
  assert.ok(!isA('Vessel', 'LegalEntity'));
  assert.ok(!isA('LegalEntity', 'Person'));
  assert.ok(isA('Passport', 'Identification'));
  assert.ok(isA('Sanction', 'Interval'));
  assert.ok(isA('Ownership', 'Interest'));
  assert.ok(!isA('Nonsense', 'Thing'));
});

test('properties are inherited', () => {
  assert.equal(getProperty('Person', 'name')?.type, 'name');
  assert.equal(getProperty('Person', 'jurisdiction')?.type, 'country');
  assert.equal(getProperty('Person', 'birthDate')?.type, 'date');
  assert.equal(getProperty('Company', 'innCode')?.type, 'identifier');
  assert.equal(getProperty('Company', 'amount')?.type, 'number');
  assert.equal(getProperty('Vessel', 'registrationNumber')?.type, 'identifier');
  assert.equal(getProperty('Airplane', 'owner')?.range, 'LegalEntity');
  assert.equal(getProperty('Sanction', 'startDate')?.type, 'date');
  assert.equal(getProperty('Ownership', 'role')?.type, 'string');
  assert.equal(getProperty('Vessel', 'birthDate'), undefined);
  assert.equal(getProperty('Organization', 'nationality'), undefined);
  assert.ok('name' in schemaProperties('Address'));
});

test('lookups by names from file text do not reach Object.prototype', () => {
  for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    assert.equal(getProperty('Person', key), undefined, key);
    assert.equal(isSchema(key), false, key);
    assert.throws(() => getSchema(key), /Unknown schema/);
  }
  assert.equal(getProperty('Nonsense', 'name'), undefined);
});

test('matchable schemata are the ones screening finds', () => {
  for (const s of ['LegalEntity', 'Person', 'Organization', 'Company', 'PublicBody', 'Vessel', 'Airplane']) {
    assert.ok(isMatchable(s), s);
  }
  for (const s of ['Thing', 'Address', 'Sanction', 'Identification', 'Ownership', 'Vehicle', 'Nonsense']) {
    assert.ok(!isMatchable(s), s);
  }
});

test('commonSchema follows a line of descent only', () => {
  assert.equal(commonSchema('LegalEntity', 'Person'), 'Person');
  assert.equal(commonSchema('Person', 'LegalEntity'), 'Person');
  assert.equal(commonSchema('Company', 'Organization'), 'Company');
  assert.equal(commonSchema('Person', 'Person'), 'Person');
  assert.equal(commonSchema('Person', 'Company'), null);
  assert.equal(commonSchema('Vessel', 'Person'), null);
  assert.equal(commonSchema('Person', 'Nonsense'), null);
});

test('the table is consistent: parents, ranges, captions and edges name what exists', () => {
  for (const [name, spec] of Object.entries(SCHEMATA)) {
    for (const parent of spec.extends) assert.ok(isSchema(parent), `${name} extends ${parent}`);
    const props = schemaProperties(name);
    for (const [prop, p] of Object.entries(props)) {
      if (p.type === 'entity') assert.ok(p.range && isSchema(p.range), `${name}.${prop} range ${p.range}`);
    }
    for (const prop of spec.caption ?? []) assert.ok(prop in props, `${name} caption ${prop}`);
    if (spec.edge) {
      assert.equal(props[spec.edge.source]?.type, 'entity', `${name} edge source`);
      assert.equal(props[spec.edge.target]?.type, 'entity', `${name} edge target`);
    }
  }
});

test('the FtM properties parsers need are there, with FtM types', () => {
  // Read off FtM's schema YAML (Thing, LegalEntity, Person, Company, Vessel, Vehicle, Airplane,
  // Address, Sanction, Interval, Identification, Passport, Ownership, Directorship).
  const expected: [string, string, string][] = [
    ['Thing', 'publisher', 'string'], ['Thing', 'publisherUrl', 'url'], ['Thing', 'wikipediaUrl', 'url'],
    ['Thing', 'indexText', 'text'], ['Thing', 'programId', 'identifier'],
    ['LegalEntity', 'classification', 'string'], ['LegalEntity', 'taxStatus', 'string'],
    ['LegalEntity', 'opencorporatesUrl', 'url'], ['LegalEntity', 'licenseNumber', 'identifier'],
    ['LegalEntity', 'bvdId', 'identifier'], ['LegalEntity', 'uscCode', 'identifier'], ['LegalEntity', 'npiCode', 'identifier'],
    ['Person', 'profession', 'string'], ['Person', 'height', 'number'], ['Person', 'eyeColor', 'string'],
    ['Organization', 'giiNumber', 'identifier'], ['Company', 'cikCode', 'identifier'], ['Company', 'ricCode', 'identifier'],
    ['Company', 'okvedCode', 'string'], ['Vessel', 'deadweightTonnage', 'number'], ['Vessel', 'crsNumber', 'identifier'],
    ['Vessel', 'registrationPort', 'string'], ['Vessel', 'nameChangeDate', 'date'], ['Vessel', 'registrationDate', 'date'],
    ['Vessel', 'operator', 'entity'], ['Airplane', 'manufacturer', 'string'], ['Address', 'postOfficeBox', 'string'],
    ['Address', 'remarks', 'string'], ['Address', 'latitude', 'number'], ['Address', 'full', 'address'],
    ['Sanction', 'programUrl', 'url'], ['Sanction', 'date', 'date'], ['Sanction', 'recordId', 'string'],
    ['Sanction', 'country', 'country'], ['Identification', 'country', 'country'], ['Passport', 'birthPlace', 'string'],
    ['Passport', 'passportNumber', 'identifier'], ['Ownership', 'sharesCount', 'string'],
    ['Ownership', 'ownershipType', 'string'], ['Directorship', 'secretary', 'string'], ['UnknownLink', 'status', 'string'],
  ];
  for (const [schema, prop, type] of expected) assert.equal(getProperty(schema, prop)?.type, type, `${schema}.${prop}`);
});
