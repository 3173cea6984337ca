/**
 * The `ofac` algorithm against OFAC's own Sanctions List Search scores
 * (opensanctions_ofac_fixtures, dev split): the issue asks for ±5 points on ≥ 90% of rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ofacScore } from '../../src/match/algorithms/ofac.js';
import { needData } from '../helpers/data.js';

test('a reversed name: the first-letter screen stops the whole string, the parts carry it', () => {
  const r = ofacScore('VLADIMIR PUTIN', 'PUTIN, Vladimir');
  assert.equal(r.whole, 0);
  assert.equal(r.perPart, 1);
  assert.equal(r.score, 100);
});

test('a part with Jaro–Winkler under one half earns nothing', () => {
  // GEORGE = George (and Soundex agrees): 1. BUSH/HASWANI: one match in a window of 2,
  // Jaro–Winkler (1/4 + 1/7 + 1) / 3 = 0.46 < 0.5 and Soundex B200 ≠ H250: 0. Mean 0.5; the
  // whole string is screened out (G ≠ H).
  assert.equal(ofacScore('GEORGE BUSH', 'HASWANI, George').score, 50);
});

test('parts of one or two letters are not searched unless nothing else is entered', () => {
  assert.equal(ofacScore('KIM JONG UN', 'KIM, Jong Man').perPart, 1);
  assert.ok(ofacScore('Z', 'ZOLLNER').score > 0);
});

test('agrees with OFAC within 5 points on at least 90% of the fixture rows', (t) => {
  const path = needData(t, 'pairs', 'opensanctions_ofac_fixtures', 'ofac_fixtures.dev.csv');
  if (!path) return;
  const rows = parse(readFileSync(path), { columns: true }) as { query_name: string; result_name: string; ofac_score: string }[];
  const scored = rows.filter((r) => Number(r.ofac_score) >= 0);
  const deltas = scored.map((r) => Math.abs(ofacScore(r.query_name, r.result_name).score - Number(r.ofac_score)));
  const within = deltas.filter((d) => d <= 5).length;
  const mean = deltas.reduce((a, d) => a + d, 0) / deltas.length;
  // Measured: 30 of 32 rows (93.8%), mean |Δ| 2.19.
  assert.ok(within / scored.length >= 0.9, `${within}/${scored.length} within ±5`);
  assert.ok(mean <= 2.5, `mean |Δ| ${mean.toFixed(2)}`);
  // Rows OFAC did not return at its 80 slider (-1) stay under 80 here too.
  for (const r of rows.filter((x) => Number(x.ofac_score) < 0)) {
    assert.ok(ofacScore(r.query_name, r.result_name).score < 80, `${r.query_name} / ${r.result_name}`);
  }
});
