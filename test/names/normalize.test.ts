/** Normalisation and script detection: the first step of every name comparison. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeName, tokenize } from '../../src/names/normalize.js';
import { tokenScript, textScripts } from '../../src/names/script.js';
import { analyseName } from '../../src/names/analyse.js';

test('apostrophes are deleted inside a token, never split on', () => {
  assert.equal(normalizeName("CH'OE Son Hui"), 'choe son hui');
  assert.equal(normalizeName('Ch’oe Son-hui'), 'choe son hui');
  assert.equal(normalizeName("O'Neill"), 'oneill');
});

test('a question mark between letters is an apostrophe lost in a character-set conversion', () => {
  assert.equal(normalizeName('Luhansk People?s Republic'), normalizeName("Luhansk People's Republic"));
  assert.equal(normalizeName('Who? Me?'), 'who me');
  assert.equal(normalizeName('OOO ?STG?EKO?'), 'ooo stg eko');
});

test('case, accents, compatibility forms and punctuation fold; each script keeps its letters', () => {
  assert.equal(normalizeName('ＬＡＶＲＯＶ'), 'lavrov');
  assert.equal(normalizeName('Müller-Lüdenscheidt'), 'muller ludenscheidt');
  assert.equal(normalizeName('JSC «ARGUMENT»'), 'jsc argument');
  assert.equal(normalizeName('Сергей Викторович ЛАВРОВ'), 'сергей викторович лавров');
});

test('Latin letters with no accent to strip fold by table: ß ø æ œ ł', () => {
  assert.equal(normalizeName('Keßler Jørgensen Æbelø Nikołaj Œuvre'), 'kessler jorgensen aebelo nikolaj oeuvre');
});

test('a Hebrew geresh (or an apostrophe standing for one) stays in its token', () => {
  assert.equal(normalizeName("ג׳ורג׳ וושינגטון"), 'ג׳ורג׳ וושינגטון');
  assert.equal(normalizeName("ג'ורג'"), 'ג׳ורג׳');
});

test('Arabic vowel marks and tatweel go; the letters stay', () => {
  assert.equal(normalizeName('كِيم جُونغ أُون'), 'كيم جونغ أون');
  assert.equal(normalizeName('محـــمد'), 'محمد');
});

test('letters that are not accented letters keep their marks: й ё ї ў ѓ ќ ϊ', () => {
  assert.equal(normalizeName('Йод Ёлкин'), 'йод ёлкин');
  assert.equal(normalizeName('Їжакевич Мажылоўскі'), 'їжакевич мажылоўскі');
  assert.equal(normalizeName('Ѓорѓи Ќосе'), 'ѓорѓи ќосе');
  assert.equal(normalizeName('Αϊβαλί'), 'αϊβαλι');
  assert.equal(normalizeName('Ελένη'), 'ελενη');
});

test('tokens and their scripts', () => {
  assert.deepEqual(tokenize(normalizeName('  Kim   Jong-un ')), ['kim', 'jong', 'un']);
  assert.deepEqual(tokenize(''), []);
  assert.equal(tokenScript('лавров'), 'Cyrillic');
  assert.equal(tokenScript('لافروف'), 'Arabic');
  assert.equal(tokenScript('김정은'), 'Hangul');
  assert.equal(tokenScript('习近平'), 'Han');
  assert.equal(tokenScript('プーチン'), 'Kana');
  assert.equal(tokenScript('1950'), 'Latin');
  // Arabic Extended-A (used for African and Quranic letters) and Devanagari, either side of the table's middle.
  assert.equal(tokenScript('\u08a0\u08a1'), 'Arabic');
  assert.equal(tokenScript('पुतिन'), 'Devanagari');
  assert.deepEqual(textScripts('Putin Путин 普京'), ['Latin', 'Cyrillic', 'Han']);
});

test('analyseName gives each token its script and Latin renderings', () => {
  const a = analyseName('LAVROV, Сергей');
  assert.deepEqual(a.tokens.map((t) => t.script), ['Latin', 'Cyrillic']);
  assert.deepEqual(a.tokens[0].latin, ['lavrov']);
  assert.ok(a.tokens[1].latin.includes('sergey') && a.tokens[1].latin.includes('sergei'));
});
