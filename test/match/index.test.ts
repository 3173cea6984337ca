/**
 * The index on small hand-made entities: what it keeps (matchable schemata only, every kind
 * of name, normalised identifiers, documents' numbers on their holder), how candidates are
 * bounded, and that it reads an async stream as the store gives it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finishEntity, type Entity } from '../../src/model/entity.js';
import { buildIndex, joinRenderings, MatchIndexBuilder, normalizeIdentifier, normalizeVesselNumber, rarityWeight } from '../../src/match/index.js';
import { candidateEntities } from '../../src/match/candidates.js';
import { prepareQuery } from '../../src/match/query.js';

function entity(id: string, schema: string, properties: Record<string, string[]>): Entity {
  return finishEntity({ id, schema, properties, datasets: ['test'], referents: [], caption: '', target: false });
}

const PEOPLE: Entity[] = [
  entity('p1', 'Person', { name: ['Ivan Petrov'], alias: ['Vanya Petrov'], weakAlias: ['The Bear'], birthDate: ['1970-01-02'], passportNumber: ['AB 12-34 56'], nationality: ['ru'] }),
  entity('p1-passport', 'Passport', { holder: ['p1'], number: ['77 001122'] }),
  entity('s1', 'Sanction', { entity: ['p1'], program: ['TEST'] }),
  entity('v1', 'Vessel', { name: ['Ivan Petrov'], imoNumber: ['IMO 9123456'], flag: ['pa'] }),
  entity('c1', 'Company', { name: ['OOO Romashka'], registrationNumber: ['1027700132195'], kppCode: ['773101001'] }),
];

test('keeps matchable entities only, with every kind of name', async () => {
  const index = await buildIndex(PEOPLE);
  assert.deepEqual(index.entities.map((e) => e.id).sort(), ['c1', 'p1', 'v1']);
  const p1 = index.entities.find((e) => e.id === 'p1')!;
  const names = p1.names.map((n) => [index.nameRaw[n], index.nameSource[n]]);
  assert.deepEqual(names, [['Ivan Petrov', 'name'], ['Vanya Petrov', 'alias'], ['The Bear', 'weakAlias']]);
  assert.deepEqual(p1.birthDates, ['1970-01-02']);
  assert.deepEqual(p1.countries, ['ru']);
});

test('identifiers are normalised; documents add their numbers to the holder; KPP codes are not identity', async () => {
  assert.equal(normalizeIdentifier('ab 12-34/56.'), 'AB123456');
  assert.equal(normalizeVesselNumber('IMO 9123456'), '9123456');
  const index = await buildIndex(PEOPLE);
  const byId = (id: string) => index.entities.find((e) => e.id === id)!;
  assert.deepEqual(byId('p1').identifiers.sort(), ['77001122', 'AB123456']);
  assert.deepEqual(byId('c1').identifiers, ['1027700132195']);
  assert.deepEqual(byId('v1').vesselNumbers, ['9123456']);
  assert.deepEqual(index.entitiesWithIdentifier('77001122').map((e) => index.entities[e].id), ['p1']);
});

test('reads an async stream, and an entity met twice (two datasets) is one record', async () => {
  async function* stream() {
    yield PEOPLE[0];
    yield { ...PEOPLE[0], datasets: ['other'], properties: { ...PEOPLE[0].properties, alias: ['Ivan P.'] } };
  }
  const index = await buildIndex(stream());
  assert.equal(index.entities.length, 1);
  assert.deepEqual(index.entities[0].datasets, ['test', 'other']);
  assert.ok(index.entities[0].names.some((n) => index.nameRaw[n] === 'Ivan P.'));
});

test('rarity: a token in one name counts fully, one in every tenth name about a third', () => {
  assert.equal(rarityWeight(1, 100000), 1);
  const common = rarityWeight(10000, 100000);
  assert.ok(common > 0.25 && common < 0.5, String(common));
  assert.equal(rarityWeight(100000, 100000), 0.25);
});

test('candidate search is bounded by the cap and never scans the list', () => {
  const b = new MatchIndexBuilder();
  for (let i = 0; i < 500; i++) b.add(entity(`m${i}`, 'Person', { name: [`Ali Hassan Number${i}`] }));
  b.add(entity('z', 'Person', { name: ['Zubair Qadri'] }));
  const index = b.finish();
  const q = prepareQuery(index, { schema: 'Person', properties: { name: ['Ali Hassan'] } });
  const accept = Uint8Array.from(index.schemas, () => 1);
  const found = candidateEntities(index, q.names, accept, 50);
  assert.equal(found.entities.length, 50);
  // A name sharing no key with the query is never a candidate.
  assert.ok(!found.entities.some((e) => index.entities[e].id === 'z'));
  const rare = candidateEntities(index, prepareQuery(index, { schema: 'Person', properties: { name: ['Qadri'] } }).names, accept, 50);
  assert.deepEqual(rare.entities.map((e) => index.entities[e].id), ['z']);
});

test('two tokens written as one word are spelt in each combination of their standard spellings', () => {
  const token = (renderings: string[]) => ({ key: renderings[0], form: renderings[0], renderings, cls: 'name' as const });
  const joined = joinRenderings(token(['seon', 'sun']), token(['hui', 'hee', 'hwi']));
  assert.equal(joined[0], 'seonhui');
  for (const s of ['seonhee', 'sunhui', 'sunhee', 'sunhwi']) assert.ok(joined.includes(s), s);
  assert.ok(joined.length <= 8);
});
