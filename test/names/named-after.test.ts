/** "Завод имени Дегтярева" is the Degtyarev Plant: the patron read back into the nominative. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namedAfterNominatives, nominativeOfGenitive } from '../../src/names/named-after.js';
import { structureName } from '../../src/match/name-structure.js';

test('the genitive of a family name back to the nominative', () => {
  assert.equal(nominativeOfGenitive('дегтярева'), 'дегтярев');
  assert.equal(nominativeOfGenitive('пландина'), 'пландин');
  assert.equal(nominativeOfGenitive('горького'), 'горький');
  assert.equal(nominativeOfGenitive('березняка'), 'березняк');
  assert.equal(nominativeOfGenitive('слюсаря'), 'слюсарь');
  assert.equal(nominativeOfGenitive('гайдая'), 'гайдай');
  assert.equal(nominativeOfGenitive('а'), null, 'an initial stays');
  assert.equal(nominativeOfGenitive('degtyareva'), null, 'only Cyrillic is declined here');
});

test('only the words after имени, им., імені are read back', () => {
  const forms = ['ковровский', 'завод', 'имени', 'в', 'а', 'дегтярева'];
  assert.deepEqual([...namedAfterNominatives(forms)], [[5, 'дегтярев']]);
  assert.equal(namedAfterNominatives(['ооо', 'дегтярева']).size, 0);
});

test('an organisation named after someone carries the name as English writes it', () => {
  const tokens = structureName('ОАО ‘Завод имени В.А. Дегтярева’', 'org');
  const patron = tokens.find((t) => t.form === 'дегтярева')!;
  assert.ok(patron.renderings.includes('degtyarev'), patron.renderings.join(', '));
  assert.ok(structureName('АО ‘Зеленодольский завод имени А. М. Горького’', 'org').some((t) => t.renderings.includes('gorky')));
});
