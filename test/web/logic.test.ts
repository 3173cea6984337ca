/**
 * The workbench's own logic, without a browser: a search kept in and read back from the URL, the
 * requests it becomes, and the matcher's explanation read back into aligned parts. The Arabic
 * detail is as POST /match wrote it for "سيرغي لافروف" against the SDN list; the others follow
 * the format of src/match/algorithms/ghirbal-v1.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignmentOf, contributions, reasonOf } from '../../web/src/explain.ts';
import { finishEntity } from '../../src/model/entity.js';
import { buildIndex } from '../../src/match/index.js';
import { match } from '../../src/match/query.js';
import { groupByScript, scriptOf } from '../../web/src/scripts.ts';
import {
  EMPTY_SEARCH, matchQueries, prefixQuery, searchFromParams, searchPath, searchToQueryString,
} from '../../web/src/search-state.ts';


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

/** The matcher's own explanation of an Arabic query against a listed Latin name, with a nationality that disagrees. */
async function lavrovExplanations() {
  const lavrov = finishEntity({
    id: 'lavrov', schema: 'Person', datasets: ['test'], referents: [], caption: '', target: false,
    properties: { name: ['LAVROV, Sergei Viktorovich'], nationality: ['ru'], birthDate: ['1950-03-21'] },
  });
  const index = await buildIndex([lavrov]);
  const [r] = match(index, { schema: 'Person', properties: { name: ['سيرغي لافروف'], nationality: ['fr'], birthDate: ['1950'] } });
  return r.explanations;
}

test('a name explanation laid out as aligned parts, with what each feature added', async () => {
  const explanations = await lavrovExplanations();
  const a = alignmentOf('name_match', explanations.name_match);
  assert.ok(a);
  assert.deepEqual(a.pairs.map((p) => [p.query.join(' '), p.candidate.join(' ')]).sort(), [['سيرغي', 'sergei'], ['لافروف', 'lavrov']]);
  assert.deepEqual(a.listOnly, ['viktorovich']);
  assert.ok(a.pairs.every((p) => p.similarity > 0.7 && p.similarity <= 1 && p.weight > 0));
  assert.equal(alignmentOf('dob_match', explanations.dob_match), null);
  const rows = contributions(explanations);
  assert.equal(rows[0].feature, 'name_match', 'the name counts most');
  assert.ok(rows.find((c) => c.feature === 'country_mismatch')!.delta! < 0, 'a country that disagrees takes away');
  assert.ok(rows.find((c) => c.feature === 'dob_match')!.delta! > 0, 'an agreeing birth year adds');
  assert.match(reasonOf(explanations), /^(لافروف ≈ lavrov, سيرغي ≈ sergei|سيرغي ≈ sergei, لافروف ≈ lavrov); not in query: viktorovich · no country in common · /);
});

test('names group by script, Latin first', () => {
  assert.equal(scriptOf('LAVROV, Sergei'), 'Latin');
  assert.equal(scriptOf('Сергей Лавров'), 'Cyrillic');
  assert.equal(scriptOf('김정은'), 'Hangul');
  assert.equal(scriptOf('金正恩'), 'Han');
  const groups = groupByScript(['金正恩', 'KIM Jong Un', '김정은', 'Ким Чен Ын'], (n) => n);
  assert.deepEqual(groups.map((g) => [g.script, g.items]), [['Latin', ['KIM Jong Un']], ['Cyrillic', ['Ким Чен Ын']], ['Han', ['金正恩']], ['Hangul', ['김정은']]]);
});
