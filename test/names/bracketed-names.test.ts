/** An organisation named twice in one name, once in brackets, is read as each of its names. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bracketedAlternatives } from '../../src/names/bracketed-names.js';

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
