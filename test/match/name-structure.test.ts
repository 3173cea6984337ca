/** Organisation names as the matcher compares them: connectors, repeated parts, ordinals, patrons. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureName } from '../../src/match/name-structure.js';
import { finishEntity, type Entity } from '../../src/model/entity.js';
import { buildIndex } from '../../src/match/index.js';
import { match } from '../../src/match/query.js';
import { dictionaryFrom } from '../../src/names/equivalents.js';

const forms = (name: string) => structureName(name, 'org').map((t) => t.form);
const company = (id: string, name: string): Entity =>
  finishEntity({ id, schema: 'Company', properties: { name: [name] }, datasets: ['test'], referents: [], caption: '', target: false });
const top = async (entities: Entity[], query: string) =>
  match(await buildIndex(entities, { dictionary: dictionaryFrom({}) }), { schema: 'Company', properties: { name: [query] } })[0]?.id;

test('words that join the others weigh next to nothing; a lone letter beside initials is an initial', () => {
  const classes = (name: string) => structureName(name, 'org').map((t) => `${t.form}:${t.cls}`);
  assert.deepEqual(classes('Foundation for Advanced Research').slice(1), ['for:particle', 'advanced:name', 'research:generic']);
  assert.deepEqual(classes('Завод имени Дегтярева'), ['завод:generic', 'имени:particle', 'дегтярева:name']);
  assert.deepEqual(classes('им. И.И. Торопова'), ['им:particle', 'и:initial', 'и:initial', 'торопова:name']);
});

test('a name given again in brackets is read once', () => {
  assert.deepEqual(forms('Акционерное Общество «Радиозавод» (АО «Радиозавод»)'), ['акционерное общество', 'радиозавод']);
});

test('an ordinal is a number: 142-й is the 142nd, and another number counts against a name', async () => {
  assert.deepEqual(forms('142-й батальон'), ['142', 'батальон']);
  assert.equal(structureName('142nd Separate Battalion', 'org')[0].cls, 'number');
  const institutes = [
    company('a-48', '48th Central Scientific Research Institute'),
    company('b-none', 'Central Scientific Research Institute'),
    company('c-46', '46th Central Scientific Research Institute'),
  ];
  const index = await buildIndex(institutes, { dictionary: dictionaryFrom({}) });
  const results = match(index, { schema: 'Company', properties: { name: ['46 Центральный научно-исследовательский институт'] } });
  const score = (id: string) => results.find((r) => r.id === id)?.score ?? 0;
  assert.equal(results[0].id, 'c-46');
  assert.ok(score('a-48') < score('b-none'), `the 48th (${score('a-48')}) is further from 46 than no number (${score('b-none')})`);
});

test('the patron of an organisation named after someone meets the English name', async () => {
  const plants = [company('a-plant', 'Open Joint Stock Company Degtyaryov Plant named after V.A.'), company('b-plant', 'OJSC V.A. Degtyarev Plant')];
  assert.equal(await top(plants, 'ОАО ‘Завод имени В.А. Дегтярева’'), 'b-plant');
});
