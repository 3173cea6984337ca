/**
 * The workbench's own logic, without a browser: a search kept in and read back from the URL, the
 * requests it becomes, and the matcher's explanation read back into aligned parts. The Arabic
 * detail is as POST /match wrote it for "سيرغي لافروف" against the SDN list; the others follow
 * the format of src/match/algorithms/ghirbal-v1.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contributions, deltaOf, parseAlignment, reasonOf } from '../../web/src/explain.ts';
import { groupByScript, scriptOf } from '../../web/src/scripts.ts';
import {
  EMPTY_SEARCH, matchQueries, prefixQuery, searchFromParams, searchPath, searchToQueryString,
} from '../../web/src/search-state.ts';

const ARABIC_DETAIL = 'لافروف~lavrov (translit 0.97, w 1.00); سيرغي~sergei (skeleton 0.80, w 1.00); list only: viktorovich → +0.71';

test('a search survives the URL: every field back as it was, empty fields left out', () => {
  const state = { ...EMPTY_SEARCH, q: 'سيرغي لافروف', country: 'ru', birthDate: '1950', idNumber: 'X 1' };
  const qs = searchToQueryString(state);
  assert.equal(new URLSearchParams(qs).get('q'), 'سيرغي لافروف');
  assert.ok(!qs.includes('schema='));
  assert.deepEqual(searchFromParams(new URLSearchParams(qs)), state);
  assert.equal(searchToQueryString(EMPTY_SEARCH), '');
});

test('what the matcher is asked: people when a birth date is given, every kind of party otherwise', () => {
  assert.deepEqual(Object.keys(matchQueries({ ...EMPTY_SEARCH, q: 'Lavrov' })), ['LegalEntity', 'Vessel', 'Airplane']);
  assert.deepEqual(matchQueries({ ...EMPTY_SEARCH, q: ' Lavrov ', birthDate: '1950-03-21' }),
    { Person: { schema: 'Person', properties: { name: ['Lavrov'], birthDate: ['1950-03-21'] } } });
  assert.deepEqual(matchQueries({ ...EMPTY_SEARCH, idNumber: '9116412', schema: 'Vessel' }),
    { Vessel: { schema: 'Vessel', properties: { idNumber: ['9116412'] } } });
});

test('the text search gets the last word as a prefix while it is typed', () => {
  assert.equal(prefixQuery('sergei lavr'), 'sergei lavr*');
  assert.equal(prefixQuery('sergei lavrov '), 'sergei lavrov');
  assert.equal(prefixQuery('l'), 'l');
  const params = new URL(searchPath({ ...EMPTY_SEARCH, q: 'lavr', country: 'ru' }), 'http://x').searchParams;
  assert.equal(params.get('q'), 'lavr*');
  assert.deepEqual(params.getAll('countries'), ['ru']);
  assert.equal(params.get('exclude_schema'), 'Address');
});

test('a name explanation read back into aligned parts, with what it added', () => {
  assert.deepEqual(parseAlignment(ARABIC_DETAIL), {
    note: '',
    pairs: [
      { query: ['لافروف'], candidate: ['lavrov'], how: 'translit', similarity: 0.97, weight: 1 },
      { query: ['سيرغي'], candidate: ['sergei'], how: 'skeleton', similarity: 0.8, weight: 1 },
    ],
    queryOnly: [],
    listOnly: ['viktorovich'],
  });
  assert.equal(deltaOf(ARABIC_DETAIL), 0.71);
  const weak = parseAlignment('weak alias, counts ×0.85: abu+ali~abuali (exact 1.00, w 0.50); query only: hassan → +0.37');
  assert.equal(weak?.note, 'weak alias, counts ×0.85');
  assert.deepEqual(weak?.pairs[0].query, ['abu', 'ali']);
  assert.deepEqual(weak?.queryOnly, ['hassan']);
  assert.equal(parseAlignment('birth years overlap → +0.04'), null);
});

test('contributions largest first, and the one-line reason a hit shows', () => {
  const explanations = {
    dob_match: { detail: 'birth years overlap → +0.04', score: 1 },
    country_mismatch: { detail: 'no country in common → -0.08', score: 1 },
    name_match: { detail: ARABIC_DETAIL, score: 0.82 },
  };
  assert.deepEqual(contributions(explanations).map((c) => [c.feature, c.delta]), [['name_match', 0.71], ['country_mismatch', -0.08], ['dob_match', 0.04]]);
  assert.equal(reasonOf(explanations), 'لافروف ≈ lavrov, سيرغي ≈ sergei; not in query: viktorovich · no country in common · birth years overlap');
});

test('names group by script, Latin first', () => {
  assert.equal(scriptOf('LAVROV, Sergei'), 'Latin');
  assert.equal(scriptOf('Сергей Лавров'), 'Cyrillic');
  assert.equal(scriptOf('김정은'), 'Hangul');
  assert.equal(scriptOf('金正恩'), 'Han');
  const groups = groupByScript(['金正恩', 'KIM Jong Un', '김정은', 'Ким Чен Ын'], (n) => n);
  assert.deepEqual(groups.map((g) => [g.script, g.items]), [['Latin', ['KIM Jong Un']], ['Cyrillic', ['Ким Чен Ын']], ['Han', ['金正恩']], ['Hangul', ['김정은']]]);
});
