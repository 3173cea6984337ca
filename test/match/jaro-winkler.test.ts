/**
 * Jaro and Jaro–Winkler against values worked out by hand from the definitions (match window
 * ⌊max/2⌋ − 1, transpositions halved, Winkler prefix ≤ 4 at 0.1 above 0.7), including the
 * classic published pairs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jaro, jaroWinkler } from '../../src/match/jaro-winkler.js';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 5e-5, `${what}: ${actual} ≠ ${expected}`);

test('MARTHA/MARHTA: 6 matches, 1 transposition, prefix 3 → 0.9611', () => {
  // Jaro = (6/6 + 6/6 + 5/6) / 3 = 0.944444; JW = 0.944444 + 3 × 0.1 × 0.055556.
  close(jaro('MARTHA', 'MARHTA'), 0.944444, 'jaro');
  close(jaroWinkler('MARTHA', 'MARHTA'), 0.961111, 'jw');
});

test('DWAYNE/DUANE: 4 matches, prefix 1 → 0.84', () => {
  // Jaro = (4/6 + 4/5 + 4/4) / 3 = 0.822222; JW = 0.822222 + 0.1 × 0.177778.
  close(jaro('DWAYNE', 'DUANE'), 0.822222, 'jaro');
  close(jaroWinkler('DWAYNE', 'DUANE'), 0.84, 'jw');
});

test('DIXON/DICKSONX: X is out of the window of 3, prefix 2 → 0.8133', () => {
  // Jaro = (4/5 + 4/8 + 4/4) / 3 = 0.766667; JW = 0.766667 + 2 × 0.1 × 0.233333.
  close(jaro('DIXON', 'DICKSONX'), 0.766667, 'jaro');
  close(jaroWinkler('DIXON', 'DICKSONX'), 0.813333, 'jw');
});

test('no prefix boost at or below 0.7', () => {
  // abcd/abxy: window 1, matches a and b: Jaro = (2/4 + 2/4 + 1) / 3 = 0.666667, prefix 2 ignored.
  close(jaroWinkler('abcd', 'abxy'), 0.666667, 'jw');
});

test('edge cases: empty, identical, one character', () => {
  assert.equal(jaroWinkler('', ''), 1);
  assert.equal(jaroWinkler('', 'a'), 0);
  assert.equal(jaroWinkler('a', ''), 0);
  assert.equal(jaroWinkler('lavrov', 'lavrov'), 1);
  assert.equal(jaroWinkler('a', 'a'), 1);
  assert.equal(jaroWinkler('a', 'b'), 0);
  // a/ab: window 0, one match: Jaro = (1 + 1/2 + 1) / 3 = 0.833333; JW adds 0.1 × 0.166667.
  close(jaroWinkler('a', 'ab'), 0.85, 'a/ab');
  // z/zollner: window 2, one match: Jaro = (1 + 1/7 + 1) / 3 = 0.714286; JW adds 0.1 × 0.285714.
  close(jaroWinkler('z', 'zollner'), 0.742857, 'z/zollner');
});

test('symmetric', () => {
  for (const [a, b] of [['DWAYNE', 'DUANE'], ['DIXON', 'DICKSONX'], ['sergei', 'sergey'], ['mohammed', 'muhammad']]) {
    assert.equal(jaroWinkler(a, b), jaroWinkler(b, a), `${a}/${b}`);
  }
});

test('counts code points: an astral character is one character, not two halves', () => {
  // 𠀀𠀁 / 𠀀𠀂: two characters each, window 0, one match: Jaro = (1/2 + 1/2 + 1) / 3, no boost.
  close(jaroWinkler('𠀀𠀁', '𠀀𠀂'), 0.666667, 'astral');
  // On UTF-16 units the shared high surrogates would have matched too (0.883).
});
