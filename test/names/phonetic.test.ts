import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { phoneticKeys, soundex } from '../../src/names/phonetic.js';
import { needData } from '../helpers/data.js';

test('soundex: the examples of the National Archives coding guide', () => {
  // Same code across an h or w (Ashcraft), first letter's own code not repeated (Pfister),
  // vowels separate repeats (Honeyman, Tymczak), zeros pad short codes (Lee, Kuhne).
  const cases: Record<string, string> = {
    robert: 'R163', rupert: 'R163', rubin: 'R150', ashcraft: 'A261', tymczak: 'T522',
    pfister: 'P236', honeyman: 'H555', lee: 'L000', kuhne: 'K500', ebell: 'E140', ebelson: 'E142',
    kelly: 'K400', buerck: 'B620', lloyd: 'L300', schaefer: 'S160', gutierrez: 'G362',
    jackson: 'J250', washington: 'W252', tanner: 'T560',
  };
  for (const [name, code] of Object.entries(cases)) assert.equal(soundex(name), code, name);
});

test('soundex: nothing to code gives an empty key; stray characters are skipped', () => {
  assert.equal(soundex(''), '');
  assert.equal(soundex('1990'), '');
  assert.equal(soundex('ж'), '');
  assert.equal(soundex('o2brien'), 'O165');
});

test('phoneticKeys: Double Metaphone codes worked out from the rules', () => {
  // initial SM: S, alternate X; TH: 0, alternate T
  assert.deepEqual(phoneticKeys('smith'), ['SM0', 'XMT']);
  // initial SCH before a consonant: X, alternate S; DT codes once as T
  assert.deepEqual(phoneticKeys('schmidt'), ['XMT', 'SMT']);
  // TH before OM is T; one code, so no alternate
  assert.deepEqual(phoneticKeys('thomas'), ['TMS']);
  // initial X is S; final R after IE is French (silent) in the primary only
  assert.deepEqual(phoneticKeys('xavier'), ['SF', 'SFR']);
  // H between vowels is kept; MM codes once; final D is T
  assert.deepEqual(phoneticKeys('mohammed'), ['MHMT']);
  // V is F
  assert.deepEqual(phoneticKeys('lavrov'), ['LFRF']);
  assert.deepEqual(phoneticKeys('putin'), ['PTN']);
  // initial JOSE is Spanish: J is H
  assert.deepEqual(phoneticKeys('jose'), ['HS']);
  // initial KN drops the K; GH after a vowel is silent
  assert.deepEqual(phoneticKeys('knight'), ['NT']);
});

test('phoneticKeys: no keys without letters', () => {
  assert.deepEqual(phoneticKeys(''), []);
  assert.deepEqual(phoneticKeys('2000'), []);
  assert.deepEqual(phoneticKeys('путин'), []);
});

/**
 * English spellings of one Arabic-script or Russian token (rows of a Wikidata token file that
 * share the non-Latin side) are the same name written differently; random pairs of tokens
 * from different rows are different names. Measured: Arabic 0.713 of 1,102 spelling pairs
 * share a Double Metaphone key and 0.00075 of 20,000 random pairs; Soundex 0.607 / 0.0009.
 * Russian (noisier alignment): 0.469 of 1,448 / 0.0006, Soundex 0.425 / 0.0004.
 */
for (const [file, dmFloor, sxFloor] of [
  ['wd_arabic_tokens', 0.7, 0.6],
  ['wd_russian_tokens', 0.45, 0.4],
] as const) {
  test(`phonetic keys on ${file}: spellings of one name collide, different names do not`, (t) => {
    const path = needData(t, 'pairs', 'wikidata_netranslit', `${file}.dev.tsv`);
    if (!path) return;
    const groups = new Map<string, Set<string>>();
    for (const line of readFileSync(path, 'utf8').trim().split('\n').slice(1)) {
      const [latin, other] = line.split('\t');
      if (!/^[a-z]+$/.test(latin)) continue;
      const group = groups.get(other) ?? new Set<string>();
      group.add(latin);
      groups.set(other, group);
    }
    const same: [string, string][] = [];
    for (const group of groups.values()) {
      const spellings = [...group];
      for (let i = 0; i < spellings.length; i++) {
        for (let j = i + 1; j < spellings.length; j++) same.push([spellings[i], spellings[j]]);
      }
    }
    const firsts = [...groups.values()].map((g) => [...g][0]);
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % firsts.length;
    const different: [string, string][] = [];
    while (different.length < 20000) {
      const a = firsts[next()];
      const b = firsts[next()];
      if (a !== b) different.push([a, b]);
    }
    const shareKey = ([a, b]: [string, string]) => {
      const keys = phoneticKeys(a);
      return phoneticKeys(b).some((k) => keys.includes(k));
    };
    const sameSoundex = ([a, b]: [string, string]) => soundex(a) === soundex(b);
    const rate = (pairs: [string, string][], f: (p: [string, string]) => boolean) => pairs.filter(f).length / pairs.length;
    t.diagnostic(`${same.length} spelling pairs: Double Metaphone ${rate(same, shareKey).toFixed(4)}, Soundex ${rate(same, sameSoundex).toFixed(4)}; `
      + `${different.length} different pairs: ${rate(different, shareKey).toFixed(5)}, ${rate(different, sameSoundex).toFixed(5)}`);
    assert.ok(same.length > 400, `only ${same.length} spelling pairs`);
    assert.ok(rate(same, shareKey) >= dmFloor, `Double Metaphone on spellings: ${rate(same, shareKey)}`);
    assert.ok(rate(different, shareKey) <= 0.002, `Double Metaphone on different names: ${rate(different, shareKey)}`);
    assert.ok(rate(same, sameSoundex) >= sxFloor, `Soundex on spellings: ${rate(same, sameSoundex)}`);
    assert.ok(rate(different, sameSoundex) <= 0.002, `Soundex on different names: ${rate(different, sameSoundex)}`);
  });
}
