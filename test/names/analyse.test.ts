/** A name's tokens with their renderings: digits kept, look-alike Latin read as Cyrillic. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseName } from '../../src/names/analyse.js';
import { dictionaryFrom } from '../../src/names/equivalents.js';

const none = dictionaryFrom({});
const latinOf = (name: string) => analyseName(name, none).tokens.map((t) => t.latin);

test('a token of letters and digits keeps its digits: ООО ‘А7’ is LLC A7, ООО Т1 is LLC T1', () => {
  assert.deepEqual(latinOf('А7')[0], ['a7']);
  assert.ok(latinOf('ООО Т1')[1].includes('t1'));
  assert.deepEqual(latinOf('195 РЗ')[0], [], 'digits alone are their own form');
});

test('Latin look-alikes typed as a word of a Cyrillic name are read as Cyrillic too', () => {
  const [, ostek, cmt] = latinOf('ООО “Остек-CMT”'); // OSTEC-SMT LTD
  assert.ok(ostek.includes('ostek'));
  assert.deepEqual(cmt.slice(0, 2), ['cmt', 'smt']);
  assert.ok(latinOf('AO “Стратим-Tex”')[2].includes('tekh')); // STRATIM-TECH
  assert.deepEqual(latinOf('CMT Group')[0], ['cmt'], 'a Latin name stays Latin');
});

test('an ordinal is its number: "142-й" loses its ending, "142nd" is rendered 142', () => {
  assert.deepEqual(analyseName('142-й батальон РЭБ', none).tokens.map((t) => t.form), ['142', 'батальон', 'рэб']);
  assert.deepEqual(analyseName('27-го института', none).tokens.map((t) => t.form), ['27', 'института']);
  assert.deepEqual(latinOf('142nd Battalion')[0], ['142']);
  assert.deepEqual(analyseName('Я и ты', none).tokens.map((t) => t.form), ['я', 'и', 'ты'], 'only after a number');
});
