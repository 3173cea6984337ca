/** Queries as clients send them: cleaned by the model's cleaners, checked, and matched across schemata. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finishEntity, type Entity } from '../../src/model/entity.js';
import { buildIndex } from '../../src/match/index.js';
import { match, prepareQuery, QueryError, schemaCompatible } from '../../src/match/query.js';

function entity(id: string, schema: string, properties: Record<string, string[]>): Entity {
  return finishEntity({ id, schema, properties, datasets: ['test'], referents: [], caption: '', target: false });
}

const ENTITIES = [
  entity('p', 'Person', { name: ['Ivan Petrov'], birthDate: ['1970-01-02'] }),
  entity('le', 'LegalEntity', { name: ['Ivan Petrov'] }),
  entity('o', 'Organization', { name: ['Petrov Holdings'] }),
  entity('c', 'Company', { name: ['Petrov Holdings'] }),
  entity('v', 'Vessel', { name: ['Ivan Petrov'] }),
];

test('values are cleaned by their property type; strings or lists; unknown properties dropped', async () => {
  const index = await buildIndex(ENTITIES);
  const q = prepareQuery(index, {
    schema: 'Person',
    properties: { name: 'Ivan Petrov', nationality: ['Russia', 'RU'], birthDate: '2 Jan 1970', passportNumber: 'ab-12 34', shoeSize: '44', gender: 'M' },
  });
  assert.deepEqual(q.properties, { name: ['Ivan Petrov'], nationality: ['ru'], birthDate: ['1970-01-02'], passportNumber: ['ab-12 34'], gender: ['male'] });
  assert.deepEqual(q.countries, ['ru']);
  assert.deepEqual(q.identifiers, ['AB1234']);
});

test('with no name, the name parts compose one', async () => {
  const index = await buildIndex(ENTITIES);
  const q = prepareQuery(index, { schema: 'Person', properties: { firstName: 'Ivan', lastName: ['Petrov'] } });
  assert.deepEqual(q.rawNames, ['Ivan Petrov']);
  const results = match(index, { schema: 'Person', properties: { firstName: 'Ivan', lastName: 'Petrov', birthDate: '1970' } });
  assert.equal(results[0].id, 'p');
  assert.equal(results[0].match, true);
});

test('an unknown or unmatchable schema is a QueryError', async () => {
  const index = await buildIndex(ENTITIES);
  assert.throws(() => prepareQuery(index, { schema: 'Spaceship', properties: {} }), QueryError);
  assert.throws(() => prepareQuery(index, { schema: 'Sanction', properties: { name: 'x' } }), QueryError);
  assert.throws(() => match(index, { schema: 'Person', properties: { name: 'x' } }, { algorithm: 'nope' }), QueryError);
});

test('schemata: a Vessel is never a Person; a Person is a LegalEntity; an Organization may be a Company', () => {
  assert.equal(schemaCompatible('Vessel', 'Person'), false);
  assert.equal(schemaCompatible('Person', 'LegalEntity'), true);
  assert.equal(schemaCompatible('LegalEntity', 'Person'), true);
  assert.equal(schemaCompatible('Organization', 'Company'), true);
  assert.equal(schemaCompatible('Company', 'Organization'), true);
  assert.equal(schemaCompatible('Person', 'Company'), false);
});

test('results follow schema compatibility, best first, with match and datasets', async () => {
  const index = await buildIndex(ENTITIES);
  const ids = (schema: string, name: string) =>
    match(index, { schema, properties: { name: [name] } }, { limit: 10 }).filter((r) => r.match).map((r) => r.id).sort();
  assert.deepEqual(ids('Person', 'Ivan Petrov'), ['le', 'p']);
  assert.deepEqual(ids('Vessel', 'Ivan Petrov'), ['v']);
  assert.deepEqual(ids('Company', 'Petrov Holdings'), ['c', 'o']);
  const [top] = match(index, { schema: 'Person', properties: { name: ['Ivan Petrov'], birthDate: '1970-01-02' } });
  assert.equal(top.id, 'p');
  assert.equal(top.match, true);
  assert.deepEqual(top.datasets, ['test']);
  assert.ok(match(index, { schema: 'Person', properties: { name: ['Ivan Petrov'] } }, { threshold: 0.99 }).every((r) => !r.match));
  assert.equal(match(index, { schema: 'Person', properties: { name: ['Ivan Petrov'] } }, { limit: 1 }).length, 1);
});

test('a query scores the same whether its words were met before or not (what a spelling reached is kept per index)', async () => {
  const entities = [
    entity('a', 'Person', { name: ['Ivan Petrov'] }), entity('b', 'Person', { name: ['Ivan Petrenko'] }),
    entity('c', 'Person', { name: ['Pyotr Ivanov'] }),
  ];
  const query = { schema: 'Person', properties: { name: ['Ivan Petrovv'] } };
  const fresh = match(await buildIndex(entities), query, { limit: 3 });
  const warm = await buildIndex(entities);
  match(warm, { schema: 'Person', properties: { name: ['Petrovv Ivan', 'I. Petrovv'] } });
  match(warm, { schema: 'Person', properties: { name: ['Иван Петров'] } });
  assert.deepEqual(match(warm, query, { limit: 3 }), fresh);
});
