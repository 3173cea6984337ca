/**
 * Names whose consonants agree but which are different names (Muhammad and Mahmud, Hasan and
 * Husayn): known apart, so a shared consonant skeleton does not make one the other — in the
 * words and in whole-name matching — while each still meets its own spellings in any script.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownDifferentNames } from '../../src/names/distinct-names.js';
import { finishEntity, type Entity } from '../../src/model/entity.js';
import { buildIndex } from '../../src/match/index.js';
import { match } from '../../src/match/query.js';

test('two names with one consonant skeleton are known apart; spellings of one name are not', () => {
  assert.equal(knownDifferentNames(['mahmoud'], ['muhammad', 'mohammed']), true);
  assert.equal(knownDifferentNames(['hassan'], ['hussein']), true);
  assert.equal(knownDifferentNames(['saad'], ['saeed']), true);
  assert.equal(knownDifferentNames(['mahmoud'], ['mahmood']), false);
  assert.equal(knownDifferentNames(['mohamed'], ['muhammad']), false);
  assert.equal(knownDifferentNames(['mahmoud'], ['abbas']), false, 'a word outside the table says nothing');
});

function person(id: string, name: string): Entity {
  return finishEntity({ id, schema: 'Person', properties: { name: [name] }, datasets: ['test'], referents: [], caption: '', target: false });
}

test('"Mahmoud Abbas" is not an alert on "ABBAS, Muhammad"; "Mahmud Abbas" and "محمود عباس" still meet "Mahmoud ABBAS"', async () => {
  const index = await buildIndex([person('muhammad', 'ABBAS, Muhammad'), person('mahmoud', 'Mahmoud ABBAS')]);
  const scores = (name: string) => Object.fromEntries(match(index, { schema: 'Person', properties: { name: [name] } }, { limit: 5 }).map((r) => [r.id, r]));
  const latin = scores('Mahmoud Abbas');
  assert.equal(latin.mahmoud?.match, true);
  assert.ok(!latin.muhammad?.match, `ABBAS, Muhammad scored ${latin.muhammad?.score}`);
  assert.equal(scores('Mahmud Abbas').mahmoud?.match, true);
  const arabic = scores('محمود عباس');
  assert.equal(arabic.mahmoud?.match, true);
  assert.ok(!arabic.muhammad?.match, `ABBAS, Muhammad scored ${arabic.muhammad?.score} for the Arabic`);
});
