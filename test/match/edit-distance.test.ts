/** Optimal string alignment distance, checked on pairs counted by hand. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from '../../src/match/edit-distance.js';

test('edit distance: insertions, deletions, substitutions and adjacent swaps cost one each', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('lavrov', 'lavorv'), 1);
  assert.equal(editDistance('ca', 'ac'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('olga', 'ola'), 1);
  assert.equal(editDistance('same', 'same'), 0);
});
