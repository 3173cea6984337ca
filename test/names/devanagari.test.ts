import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devanagariToLatin } from '../../src/names/translit/devanagari.js';
import { analyseName } from '../../src/names/analyse.js';
import { normalizeName, tokenize } from '../../src/names/normalize.js';

/** Renderings of each token of a name as the matcher gets them (normalised first). */
const latin = (name: string) => tokenize(normalizeName(name)).map(devanagariToLatin);
const first = (name: string, expected: string) =>
  assert.equal(latin(name).map((r) => r[0]).join(' '), expected, name);
const has = (name: string, ...expected: string[]) => {
  const all = latin(name).flat();
  for (const e of expected) assert.ok(all.includes(e), `${name} → ${e} expected among ${all.join(', ')}`);
};

test('Putin in Hindi reads as the Latin lists write him', () => {
  first('व्लादिमीर पुतिन', 'vladimir putin');
});

test('a word-final inherent a is not said (राम Ram), but kept after a cluster ending in r or y', () => {
  first('राम', 'ram');
  first('अमिताभ बच्चन', 'amitabh bachchan');
  first('नरेन्द्र मोदी', 'narendra modi');
  first('सत्य', 'satya');
});

test('a medial inherent a between VC and CV is not said; every a kept is a rendering too', () => {
  first('कमला', 'kamla');
  has('कमला', 'kamala');
  first('रामचन्द्र', 'ramchandra');
});

test('virama joins consonants; long vowels are written short, and doubled as ee and oo', () => {
  first('दिल्ली', 'dilli');
  first('दीपक', 'dipak');
  has('दीपक', 'deepak');
  has('फ़ारूक़', 'farooq');
});

test('anusvara: m before a labial, n elsewhere, ng before h', () => {
  first('गांधी', 'gandhi');
  first('अंबानी', 'ambani');
  first('हिंदी', 'hindi');
  first('सिंह', 'singh');
});

test('nukta letters: the Persian, Arabic and English sounds', () => {
  first('ज़ाकिर', 'zakir');
  has('फ़ारूक़', 'faruq');
  first('पहाड़', 'pahar');
});

test('v as w, ph as f, jñ as gy, a glide after i dropped', () => {
  has('विजय', 'vijay', 'wijay');
  has('फल', 'phal', 'fal');
  first('ज्ञान', 'gyan');
  has('सोनिया', 'soniya', 'sonia');
});

test('contract: 1–8 distinct renderings of lower-case ASCII letters', () => {
  for (const name of ['व्लादिमीर पुतिन', 'श्रीवास्तव', 'अरविंद केजरीवाल', 'लक्ष्मी', 'दुःख', 'चाँद']) {
    for (const r of latin(name)) {
      assert.ok(r.length >= 1 && r.length <= 8, name);
      assert.equal(new Set(r).size, r.length, name);
      for (const l of r) assert.match(l, /^[a-z]+$/, name);
    }
  }
});

test('a Devanagari name reaches the matcher with its Latin renderings', () => {
  const tokens = analyseName('व्लादिमीर पुतिन').tokens;
  assert.deepEqual(tokens.map((t) => t.script), ['Devanagari', 'Devanagari']);
  assert.deepEqual(tokens.map((t) => t.latin[0]), ['vladimir', 'putin']);
});
