import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EntityBuilder, derivedId, entityCaption, entityFingerprint, finishEntity, isTargetTopic, makeId, type Entity,
} from '../../src/model/index.js';

test('add cleans each value by its property type', () => {
  const b = new EntityBuilder('Person', 'ofac-1', ['us_ofac_sdn'])
    .add('name', '  LAVROV,   Sergei Viktorovich ')
    .add('birthDate', '21 Mar 1950')
    .add('nationality', 'Russian Federation')
    .add('gender', 'M')
    .add('passportNumber', ' 100123456. ')
    .add('topics', 'Sanction');
  assert.deepEqual(b.properties, {
    name: ['LAVROV, Sergei Viktorovich'],
    birthDate: ['1950-03-21'],
    nationality: ['ru'],
    gender: ['male'],
    passportNumber: ['100123456'],
    topics: ['sanction'],
  });
  assert.deepEqual(b.rejected, []);
});

test('add reports what it refuses and ignores what is empty', () => {
  const b = new EntityBuilder('Person', 'ofac-2', ['d'])
    .add('birthDate', 'sometime in the sixties')
    .add('nationality', 'Atlantis')
    .add('imoNumber', '9116412') // a LegalEntity property: Person has it
    .add('flag', 'Iran') // a Vessel property: Person does not
    .add('name', ['', '   ', null, undefined])
    .add('alias', null);
  assert.deepEqual(b.rejected, [
    { prop: 'birthDate', value: 'sometime in the sixties', reason: 'not a valid date' },
    { prop: 'nationality', value: 'Atlantis', reason: 'not a valid country' },
    { prop: 'flag', value: 'Iran', reason: 'Person has no property "flag"' },
  ]);
  assert.deepEqual(b.properties, { imoNumber: ['9116412'] });
});

test('add keeps each cleaned value once, in the order given', () => {
  const b = new EntityBuilder('Person', 'x', ['d'])
    .add('name', ['Ali Hassan', 'Ali  Hassan', 'Hassan, Ali', 'Ali Hassan'])
    .add('nationality', ['Iran', 'IRN', 'Iranian', 'Iraq']);
  assert.deepEqual(b.properties.name, ['Ali Hassan', 'Hassan, Ali']);
  assert.deepEqual(b.properties.nationality, ['ir', 'iq']);
  assert.equal(b.first('name'), 'Ali Hassan');
  assert.ok(b.has('nationality'));
  assert.ok(!b.has('alias'));
});

test('the date order applies per builder and per add', () => {
  const us = new EntityBuilder('Person', 'x', ['d'], { dateOrder: 'mdy' }).add('birthDate', '03/04/1950');
  assert.deepEqual(us.properties.birthDate, ['1950-03-04']);
  const b = new EntityBuilder('Person', 'y', ['d']).add('birthDate', '03/04/1950').add('deathDate', '03/04/2000', { dateOrder: 'mdy' });
  assert.deepEqual(b.properties, { birthDate: ['1950-04-03'], deathDate: ['2000-03-04'] });
});

test('add never throws on odd input, and odd property names stay out of the entity', () => {
  const b = new EntityBuilder('Person', 'x', ['d']);
  const props = ['constructor', '__proto__', 'toString', 'hasOwnProperty', '', ' name', 'name\u0000'];
  const values: unknown[] = [
    'x', 42, 0, NaN, '\uD800', '\u0000\u0001', 'a'.repeat(100_000), ['a', null, 7], { toString: () => 'obj' }, true,
  ];
  for (const prop of [...props, 'name', 'birthDate', 'nationality', 'gender', 'topics', 'email', 'website']) {
    for (const v of values) assert.doesNotThrow(() => b.add(prop, v as string), `${prop} ← ${String(v).slice(0, 20)}`);
  }
  for (const prop of props) {
    assert.equal(b.has(prop), false, prop);
    assert.equal(b.first(prop), undefined, prop);
  }
  const e = b.build();
  assert.deepEqual(Object.keys(e.properties).sort(), ['gender', 'name', 'topics']);
  assert.deepEqual(e.properties.gender, ['other']); // "x" is how lists write a third gender
  assert.ok(e.properties.name.includes('42'));
  assert.ok(e.properties.name.includes('\uFFFD'));
  assert.ok(b.rejected.some((r) => r.prop === 'constructor'));
  assert.ok(b.rejected.some((r) => r.prop === 'birthDate' && r.value === '42'));
});

test('narrow makes the schema more specific, never wider or different', () => {
  const b = new EntityBuilder('LegalEntity', 'x', ['d']).narrow('Person');
  assert.equal(b.schema, 'Person');
  b.add('birthDate', '1950');
  assert.deepEqual(b.properties.birthDate, ['1950']);
  b.narrow('LegalEntity');
  assert.equal(b.schema, 'Person');
  assert.equal(b.rejected.length, 0);
  b.narrow('Vessel').narrow('Spaceship');
  assert.equal(b.schema, 'Person');
  assert.deepEqual(b.rejected.map((r) => [r.prop, r.value]), [['schema', 'Vessel'], ['schema', 'Spaceship']]);
  assert.throws(() => new EntityBuilder('Spaceship', 'x', ['d']), /Unknown schema/);
});

test('build gives a finished entity that later adds do not change', () => {
  const b = new EntityBuilder('Person', 'ofac-3', ['us_ofac_sdn']).add('name', 'Ali').add('topics', 'sanction');
  const e = b.build();
  b.add('name', 'Other').add('alias', 'Another');
  assert.deepEqual(e, {
    id: 'ofac-3', schema: 'Person', properties: { name: ['Ali'], topics: ['sanction'] },
    datasets: ['us_ofac_sdn'], referents: [], caption: 'Ali', target: true,
  });
});

test('caption: the first value of the first caption property that has one', () => {
  assert.equal(entityCaption('Person', { name: ['B Name', 'A Name'], lastName: ['Z'] }), 'B Name');
  assert.equal(entityCaption('Person', { firstName: ['Sergei'], lastName: ['Lavrov'] }), 'Lavrov');
  assert.equal(entityCaption('Person', { email: ['x@example.org'] }), 'x@example.org'); // LegalEntity's caption
  assert.equal(entityCaption('Person', {}), 'Person');
  assert.equal(entityCaption('Vessel', { imoNumber: ['9116412'] }), '9116412');
  assert.equal(entityCaption('Sanction', { authority: ['OFAC'], program: ['SDGT'] }), 'SDGT');
  assert.equal(entityCaption('Address', { full: ['1 Main St'], name: ['HQ'] }), '1 Main St');
  const named = finishEntity({
    id: 'x', schema: 'Person', properties: { name: ['Ali'] }, datasets: [], referents: [], caption: 'Given', target: false,
  });
  assert.equal(named.caption, 'Given');
});

test('target comes from risk topics', () => {
  for (const t of ['sanction', 'sanction.linked', 'export.control', 'debarment', 'role.pep', 'crime.fraud', 'wanted']) {
    assert.ok(isTargetTopic(t), t);
  }
  for (const t of ['corp.offshore', 'role.diplo', 'sanctions', '']) assert.ok(!isTargetTopic(t), t);
  const target = (topics: string[]): boolean => new EntityBuilder('Person', 'x', ['d']).add('topics', topics).build().target;
  assert.equal(target(['corp.offshore', 'sanction']), true);
  assert.equal(target(['corp.offshore']), false);
  assert.equal(target([]), false);
});

test('entityFingerprint does not depend on the order of values, properties or datasets', () => {
  const a: Entity = {
    id: 'x', schema: 'Person', properties: { name: ['A', 'B'], birthDate: ['1950'] },
    datasets: ['d1', 'd2'], referents: [], caption: 'A', target: true,
  };
  const b: Entity = { ...a, properties: { birthDate: ['1950'], name: ['B', 'A'] }, datasets: ['d2', 'd1'], caption: 'B' };
  assert.equal(entityFingerprint(a), entityFingerprint(b));
  const c: Entity = { ...a, properties: { ...a.properties, name: ['A', 'C'] } };
  assert.notEqual(entityFingerprint(a), entityFingerprint(c));
  assert.notEqual(entityFingerprint(a), entityFingerprint({ ...a, schema: 'LegalEntity' }));
});

test('ids: made from the source key, or derived from the parent and content', () => {
  assert.equal(makeId('ofac', 35233), 'ofac-35233');
  assert.equal(makeId('un', 'QDi.004'), 'un-QDi.004');
  assert.equal(makeId('uk', ' 13 349 '), 'uk-13-349');
  assert.equal(makeId('x', 'a/b#c'), 'x-abc');
  const one = derivedId('ofac-1', 'sanction', 'SDGT', '2001-09-23');
  assert.equal(one, derivedId('ofac-1', 'sanction', 'SDGT', '2001-09-23'));
  assert.match(one, /^ofac-1-sanction-[0-9a-f]{12}$/);
  assert.notEqual(one, derivedId('ofac-1', 'sanction', 'SDGT', '2001-09-24'));
  assert.notEqual(derivedId('p', 'k', 'ab', 'c'), derivedId('p', 'k', 'a', 'bc'));
});
