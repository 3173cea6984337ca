/**
 * Results as a matcher thread hands them to the server: the scored fields written as JSON
 * text once, and read back the same. (test/server/match-threads.test.ts compares whole
 * answers from a threaded server and a main-thread one on the real lists.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MatchResult } from '../../src/match/types.js';
import { ReceivedResult, scoredFieldsJson, scoredJsonOf, writtenResult } from '../../src/screening/result-json.js';

const result: MatchResult = {
  id: 'ofac-2686',
  caption: 'NASRALLAH, Hasan',
  schema: 'Person',
  score: 0.7894,
  match: true,
  datasets: ['us_ofac_sdn'],
  explanations: {
    name_match: {
      detail: 'nasrallah~nasrallah (exact 1.00, w 1.00); hassan~hasan (skeleton 0.80, w 0.86) → +0.79',
      score: 0.907396127295067,
      query: 'حسن نصر الله',
      candidate: 'NASRALLAH, Hasan',
      effect: 0.7894,
      alignment: { pairs: [{ query: ['hassan'], candidate: ['hasan'], how: 'skeleton', similarity: 0.8, weight: 0.86 }], query_only: [], list_only: [] },
    },
    dob_match: { detail: '1960-08-31 = 1960-08-31', score: 1 },
  },
};

test('the scored fields are yente\'s score, match, features (feature → score) and explanations, in that order', () => {
  const text = `{${scoredFieldsJson(result)}}`;
  assert.deepEqual(Object.keys(JSON.parse(text)), ['score', 'match', 'features', 'explanations']);
  assert.deepEqual(JSON.parse(text), {
    score: 0.7894,
    match: true,
    features: { name_match: 0.907396127295067, dob_match: 1 },
    explanations: result.explanations,
  });
});

test('a result written on a thread and received on the server reads as the result it was', () => {
  const received = new ReceivedResult(structuredClone(writtenResult(result)));
  for (const field of ['id', 'caption', 'schema', 'score', 'match', 'datasets'] as const) assert.deepEqual(received[field], result[field]);
  assert.equal(scoredJsonOf(received), scoredFieldsJson(result), 'the server splices the text the thread wrote');
  assert.deepEqual(received.explanations, result.explanations);
  assert.equal(scoredJsonOf(result), scoredFieldsJson(result), 'a result matched on the main thread is written when answered');
});
