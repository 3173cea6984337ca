import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { greekToLatin } from '../../src/names/translit/greek.js';
import { normalizeName, tokenize } from '../../src/names/normalize.js';
import { tokenScript } from '../../src/names/script.js';
import { needData } from '../helpers/data.js';

/** Renderings of a name as written (accents and capitals included), token by token. */
const render = (name: string) => tokenize(normalizeName(name)).map(greekToLatin);
const first = (name: string, latin: string) => assert.equal(render(name).map((r) => r[0]).join(' '), latin, name);
const has = (name: string, latin: string) => {
  const words = latin.split(' ');
  render(name).forEach((r, i) => assert.ok(r.includes(words[i]), `${name}: ${words[i]} expected among ${r.join(', ')}`));
};

test('ELOT 743 first: the Greek standard, the UN one and Greek passports', () => {
  first('Σωκράτης', 'sokratis');
  first('Κυριάκος Μητσοτάκης', 'kyriakos mitsotakis');
  first('Γεώργιος Παπαδόπουλος', 'georgios papadopoulos');
  first('Αλέξης Τσίπρας', 'alexis tsipras');
  first('Οικονόμου', 'oikonomou');
  first('ΝΙΚΟΣ', 'nikos');
});

test('ELOT 743 digraphs: γγ → ng, αυ/ευ → av/ev but af/ef before voiceless consonants', () => {
  first('Ευάγγελος Βενιζέλος', 'evangelos venizelos');
  first('Άγγελος', 'angelos');
  first('Ευθύμιος', 'efthymios');
  first('Αυγερινός', 'avgerinos');
  first('Ευστάθιος', 'efstathios');
});

test('μπ, ντ, γκ: ELOT writes mp (b at either end of a word), nt, gk; by sound b, d, g', () => {
  first('Μπακογιάννη', 'bakogianni');
  first('Ντόρα', 'ntora');
  has('Ντόρα', 'dora');
  first('Γκίκας', 'gkikas');
  has('Γκίκας', 'gikas');
  first('Αμπελόκηποι', 'ampelokipoi');
  has('Αμπελόκηποι', 'abelokipi');
  has('Βλαντίμιρ', 'vladimir');
});

test('spellings by sound: αι → e, ει/οι → i, ου → u, χ → h', () => {
  has('Αικατερίνη', 'ekaterini');
  has('Οικονόμου', 'ikonomou');
  has('Πούτιν', 'putin');
  has('Χρήστος', 'hristos');
  has('Κυριάκος', 'kiriakos');
});

test('BGN/PCGN 1962 in older entries: δ → dh, χ → kh, γ → y before front vowels', () => {
  has('Δημήτριος', 'dhimitrios');
  has('Γιάννης', 'yiannis');
  has('Γεώργιος', 'yeoryios');
  has('Χρήστος', 'khristos');
  has('Ευχαριστίδης', 'efkharistidhis');
});

test('traditional English spelling of classical names', () => {
  has('Σωκράτης', 'socrates');
  has('Φοίβος', 'phoebos');
});

test('ISO 843 letter for letter: αυ → au, μπ → mp', () => {
  has('Αυγερινός', 'augerinos');
  has('Μπακογιάννη', 'mpakogianni');
});

test('contract: distinct lower-case ASCII renderings, at most 8', () => {
  for (const name of ['Ευάγγελος', 'Μπακογιάννη', 'Ψαράς', 'Ξενοφών', 'Ωραιόκαστρο', 'ϐϑϕ']) {
    for (const r of render(name)) {
      assert.ok(r.length >= 1 && r.length <= 8, name);
      assert.equal(new Set(r).size, r.length, name);
      for (const l of r) assert.match(l, /^[a-z]+$/, name);
    }
  }
});

test('putin_names: the Greek variant renders to vladimir putin', (t) => {
  const p = needData(t, 'pairs', 'putin_names', 'putin_names.dev.txt');
  if (!p) return;
  const greek = readFileSync(p, 'utf8').split('\n').filter((l) => tokenize(normalizeName(l)).some((x) => tokenScript(x) === 'Greek'));
  assert.ok(greek.length >= 1);
  for (const line of greek) has(line, 'vladimir putin');
});
