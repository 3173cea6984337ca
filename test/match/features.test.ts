/** The qualifying features on their own: birth dates (with EDTF precision and spans), countries, genders. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { birthDateRelation, countryRelation, genderMismatch } from '../../src/match/features.js';

const relation = (q: string[], c: string[]) => birthDateRelation(q, c)?.relation ?? null;

test('birth dates: the best-agreeing pair decides', () => {
  assert.equal(relation(['1950-03-21'], ['1950-03-21']), 'day');
  assert.equal(relation(['1950-03'], ['1950-03-21']), 'month');
  assert.equal(relation(['1950'], ['1950-03-21']), 'year');
  assert.equal(relation(['1950-03-21'], ['1950-04-02']), 'day_disjoint');
  assert.equal(relation(['1950-03'], ['1950-04-02']), 'day_disjoint');
  assert.equal(relation(['1960'], ['1950-03-21']), 'year_disjoint');
  assert.equal(relation(['1960', '1950-03-21'], ['1950-03-21']), 'day');
  assert.equal(relation([], ['1950']), null);
});

test('birth dates: lists swap day and month; approximate years and spans cover their years', () => {
  assert.equal(relation(['1950-03-04'], ['1950-04-03']), 'day');
  assert.equal(relation(['1951'], ['1950~']), 'year');
  assert.equal(relation(['1952'], ['1950~']), 'year_disjoint');
  assert.equal(relation(['1957-01-01'], ['1955/1958']), 'year');
  assert.equal(relation(['1959'], ['1955/1958']), 'year_disjoint');
});

test('countries and genders conflict only when both sides state them', () => {
  assert.equal(countryRelation(['ru'], ['ua', 'ru'])?.shared, 'ru');
  assert.equal(countryRelation(['ru'], ['ua'])?.shared, null);
  assert.equal(countryRelation([], ['ua']), null);
  assert.equal(genderMismatch(['male'], ['female']), true);
  assert.equal(genderMismatch(['male'], []), false);
  assert.equal(genderMismatch(['male'], ['male']), false);
});
