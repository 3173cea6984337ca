/** What a shared consonant skeleton is worth depends on whether the script writes its vowels. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finishEntity } from '../../src/model/entity.js';
import { buildIndex } from '../../src/match/index.js';
import { match } from '../../src/match/query.js';

const person = (id: string, name: string) => finishEntity({ id, schema: 'Person', properties: { name: [name] }, datasets: ['test'], referents: [], caption: '', target: false });

test('one Han character meets only its own syllable, not one a letter or a vowel away', async () => {
  const index = await buildIndex([person('bin-wu', 'Bin Wu'), person('bing-wu', 'Bing Wu'), person('xu', 'Zhihong Xu')]);
  const [top, second] = match(index, { schema: 'Person', properties: { name: ['吴兵'] } });
  assert.equal(top.id, 'bing-wu');
  assert.ok(!second || second.match === false, `Bin Wu must not be a match for 吴兵 (bing): ${second?.score}`);
  const xue = match(index, { schema: 'Person', properties: { name: ['薛志宏'] } }).find((r) => r.id === 'xu');
  assert.ok(!xue || xue.match === false, `薛 is Xue, not Xu: ${xue?.score}`);
});

test('an Arabic name meets its Latin spelling by the consonants; a Cyrillic one needs its vowels too', async () => {
  const index = await buildIndex([person('lavrov', 'Sergei LAVROV'), person('lavarev', 'Sergei LAVAREV')]);
  const arabic = match(index, { schema: 'Person', properties: { name: ['سيرغي لافروف'] } });
  assert.equal(arabic[0].id, 'lavrov');
  const cyrillic = match(index, { schema: 'Person', properties: { name: ['Сергей Лавров'] } });
  assert.equal(cyrillic[0].id, 'lavrov');
  const other = cyrillic.find((r) => r.id === 'lavarev');
  assert.ok(!other || other.score < cyrillic[0].score - 0.05, `Лавров against LAVAREV: ${other?.score} vs ${cyrillic[0].score}`);
});

test('spellings that start with another letter of one sound meet: Kroll and Croll, Fyodorov and Phedorov', async () => {
  const index = await buildIndex([person('croll', 'Michael Croll'), person('fedorov', 'Ivan Phedorov'), person('a-other', 'Michael Brill')]);
  const [kroll] = match(index, { schema: 'Person', properties: { name: ['Michael Kroll'] } });
  assert.equal(kroll.id, 'croll');
  assert.match(String(kroll.explanations.name_match.detail), /kroll~croll/);
  const [fedorov] = match(index, { schema: 'Person', properties: { name: ['Иван Федоров'] } });
  assert.equal(fedorov.id, 'fedorov');
  assert.match(String(fedorov.explanations.name_match.detail), /федоров~phedorov/);
});

test('a Korean syllable meets only its own spellings: 경수 is Kyong-su, not Jong-su', async () => {
  const index = await buildIndex([person('jongsu', 'Jong-su RI'), person('kyongsu', 'RI Kyong Su')]);
  const results = match(index, { schema: 'Person', properties: { name: ['이경수'] } });
  assert.equal(results[0].id, 'kyongsu');
  const other = results.find((r) => r.id === 'jongsu');
  assert.ok(!other || other.match === false, `이경수 against Jong-su RI: ${other?.score}`);
});
