/** The name-equivalence dictionary: learnt from name pairs, used by the analysis of every token. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EquivalentsLearner, alignWords } from '../../scripts/name-equivalents.js';
import { dictionaryFrom, equivalentSpellings } from '../../src/names/equivalents.js';
import { analyseToken } from '../../src/names/analyse.js';
import { EQUIVALENTS } from '../../src/names/equivalents-data.js';

const pair = (native: string, latin: string, source = 'lists') => ({ native, latin, source });

test('words of one name in two scripts align, the last one left by elimination', () => {
  const words = alignWords(pair('Рамзан Ахматович Кадыров', 'Ramzan Akhmatovich Kadyrov'));
  assert.deepEqual(new Map(words), new Map([['рамзан', 'ramzan'], ['ахматович', 'akhmatovich'], ['кадыров', 'kadyrov']]));
});

test('an alias that is another name altogether teaches nothing', () => {
  assert.deepEqual(alignWords(pair('أيمن محمد ربيع الظواهري', 'Ahmed Fuad Salim')), []);
});

test('a spelling seen twice is learnt; once, or one the rules already give, is not', () => {
  const learner = new EquivalentsLearner([
    pair('Мухаммад Исаев', 'Mukhammad Isayev'),
    pair('Мухаммад Исаев', 'Mukhammad Isayev'), // the same pair copied to another list counts once
    pair('Мухаммад Гусейнов', 'Mukhammad Guseynov', 'pairs/x.tsv'),
    pair('Александр Исаев', 'Oleksandr Issaev'),
  ]);
  const learnt = learner.learn();
  assert.ok(!('мухаммад' in learnt), 'mukhammad is what the rules give');
  assert.deepEqual(learnt['исаев'] ?? [], [], 'isayev is given by the rules, issaev seen once');
  const twice = new EquivalentsLearner([pair('Иван Исаев', 'Ivan Issaev'), pair('Пётр Исаев', 'Pyotr Issaev')]).learn();
  assert.deepEqual(twice['исаев'], ['issaev']);
  assert.deepEqual(new EquivalentsLearner([pair('Иван Исаев', 'Ivan Issaev', 'a'), pair('Пётр Исаев', 'Pyotr Issaev', 'b')]).learn((p) => p.source !== 'b'), {}, 'withheld pairs teach nothing');
});

test('a token carries its learnt spellings after the most standard rule-made ones; the generated dictionary by default', () => {
  const dictionary = dictionaryFrom({ исаев: ['issaev'] });
  assert.deepEqual(equivalentSpellings('исаев', dictionary), ['issaev']);
  const latin = analyseToken('исаев', dictionary).latin;
  assert.ok(latin.length <= 8);
  assert.equal(latin[0], 'isaev');
  assert.ok(latin.indexOf('issaev') > 0 && latin.indexOf('issaev') <= 4, latin.join(' '));
  const [word, spellings] = Object.entries(EQUIVALENTS)[0];
  assert.deepEqual(equivalentSpellings(word), spellings);
});

test('the generated dictionary holds Latin spellings of non-Latin words only', () => {
  const entries = Object.entries(EQUIVALENTS);
  assert.ok(entries.length > 1000, `${entries.length} words`);
  for (const [word, spellings] of entries) {
    assert.ok(!/^[a-z0-9]+$/.test(word), word);
    assert.ok(spellings.length > 0 && spellings.every((s) => /^[a-z]{3,}$/.test(s)), `${word}: ${spellings}`);
  }
});

test('an index reads its names and its queries with the dictionary it was built with', async () => {
  const { buildIndex } = await import('../../src/match/index.js');
  const { match } = await import('../../src/match/query.js');
  const { finishEntity } = await import('../../src/model/entity.js');
  const listed = [finishEntity({ id: 'q', schema: 'Person', properties: { name: ['Ivan Qssaewx'] }, datasets: ['test'], referents: [], caption: '', target: false })];
  const query = { schema: 'Person', properties: { name: ['Иван Исаев'] } };
  const taught = await buildIndex(listed, { dictionary: dictionaryFrom({ исаев: ['qssaewx'] }) });
  const [hit] = match(taught, query);
  assert.match(String(hit?.explanations.name_match?.detail), /исаев~qssaewx \(translit/);
  const untaught = await buildIndex(listed, { dictionary: dictionaryFrom({}) });
  const [other] = match(untaught, query);
  assert.ok(!other || !/исаев~/.test(String(other.explanations.name_match?.detail)));
});
