/**
 * An organisation named twice in one name, once in brackets, is read as each of its names:
 * on the unit level, and on the EU's 833/2014 annex, where a query giving only one of the
 * two names must meet the entry as a whole name, not as half of a longer one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bracketedAlternatives } from '../../src/names/bracketed-names.js';
import { euJournal } from '../../src/sources/eu-journal.js';
import { buildIndex } from '../../src/match/index.js';
import { match } from '../../src/match/query.js';
import { needData } from '../helpers/data.js';
import { parseSource } from '../helpers/parse.js';

test('the name outside the brackets and the one inside are each a name', () => {
  assert.deepEqual(bracketedAlternatives('JSC VOENTELECOM (VOYENTELEKOM)'), ['JSC VOENTELECOM', 'VOYENTELEKOM']);
  assert.deepEqual(bracketedAlternatives('JSC Shipyard Zaliv (Zaliv Shipbuilding Yard)'), ['JSC Shipyard Zaliv', 'Zaliv Shipbuilding Yard']);
  assert.deepEqual(
    bracketedAlternatives('Акционерное Общество «Саратовский Радиоприборный Завод» (АО «СРЗ»)'),
    ['Акционерное Общество «Саратовский Радиоприборный Завод»', 'АО «СРЗ»'],
  );
  assert.deepEqual(bracketedAlternatives('Atomic Energy Organization of Iran [AEOI]'), ['Atomic Energy Organization of Iran', 'AEOI']);
});

test('words that introduce an earlier name are not part of it', () => {
  assert.deepEqual(bracketedAlternatives('Sovfracht LLC (formerly Sovfracht-Sovmortrans Group)'), ['Sovfracht LLC', 'Sovfracht-Sovmortrans Group']);
  assert.deepEqual(bracketedAlternatives('Gazprom Neft (f.k.a. Sibneft)'), ['Gazprom Neft', 'Sibneft']);
});

test('brackets holding a qualifier, a country or a legal form alone give no names', () => {
  for (const name of ['ABC Trading (HK) Ltd', 'Alfa Holding (Russia)', 'Smart Tech (Pvt) Ltd', 'ООО (Рога)', 'Blue Sky Shipping (2)', 'Plain Name LLC', 'Unclosed (bracket']) {
    assert.deepEqual(bracketedAlternatives(name), [], name);
  }
});

test('EU 833/2014: a query giving one of a bracketed pair of names meets the entry at full strength', async (t) => {
  const p = needData(t, 'eu', 'opensanctions_eu_journal_consolidated', '32014R0833.csv');
  if (!p) return;
  const parsed = await parseSource(euJournal, [p]);
  const index = await buildIndex(parsed.entities);
  const zaliv = parsed.entities.find((e) => (e.properties.name ?? []).includes('JSC Shipyard Zaliv (Zaliv Shipbuilding Yard)'));
  assert.ok(zaliv, 'the annex lists Zaliv under that name');
  const [top] = match(index, { schema: 'Company', properties: { name: ['Zaliv Shipbuilding Yard'] } });
  assert.equal(top?.id, zaliv.id);
  assert.ok(top.match, `"Zaliv Shipbuilding Yard" alone is an alert (score ${top.score})`);
  // The query side reads brackets too: the abbreviation meets the listed "AO SRZ".
  const [srz] = match(index, { schema: 'Company', properties: { name: ['Акционерное Общество «Саратовский Радиоприборный Завод» (АО «СРЗ»)'] } });
  assert.match(srz?.caption ?? '', /Saratov Radio Instrument Plant/);
  assert.ok(srz.match);
});
