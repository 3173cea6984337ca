/**
 * The screening layer the CLI and the server share, on the UN list and an OpenSanctions
 * export: cleaning a query, screening it exactly as the matcher scores it, scopes and
 * collections, merged entities and their referents, and the names of reverse links.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { match } from '../../src/match/query.js';
import { resolveAlgorithm } from '../../src/screening/algorithms.js';
import { resolveScope } from '../../src/screening/collections.js';
import { mergeEntities } from '../../src/screening/entity-catalog.js';
import { reverseName } from '../../src/screening/nested.js';
import { cleanQuery, QueryError, resultFilter, screenQuery, screenedVersions } from '../../src/screening/screen.js';
import { ServingIndex, type Snapshot } from '../../src/screening/serving-index.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { tempDir } from '../helpers/cli.js';
import { haveData, NO_DATA, ingest, UN, ZALA } from '../server/helpers.js';

let store: Store | null = null;
let snapshot: Snapshot | null = null;
const tmp = tempDir();

before(async () => {
  if (!haveData(null, UN, ZALA)) return;
  store = await openStore(join(tmp.dir, 'ghirbal.db'));
  await ingest(store, UN, ZALA);
  snapshot = await new ServingIndex(store).rebuild();
});
after(async () => {
  await store?.close();
  tmp.cleanup();
});

test('a query is cleaned as list values are: codes, dates, lists; unknown properties dropped', () => {
  assert.deepEqual(
    cleanQuery({ id: 'x', schema: 'Person', properties: { name: ' Eric  Badege ', nationality: ['Democratic Republic of the Congo', 'cd'], birthDate: 1971, height: [], shoe: '44' } }),
    { id: 'x', schema: 'Person', properties: { name: ['Eric Badege'], nationality: ['cd'], birthDate: ['1971'] } },
  );
  assert.throws(() => cleanQuery({ schema: 'Spaceship', properties: {} }), QueryError);
  assert.throws(() => cleanQuery({ schema: 'Ownership', properties: {} }), /cannot be matched/);
  assert.throws(() => cleanQuery({ properties: {} }), /unknown schema/);
});

test('screening without filters scores exactly as the matcher does', (t) => {
  if (!snapshot) return t.skip(NO_DATA);
  const algorithm = resolveAlgorithm(undefined)!;
  for (const properties of [{ name: ['Eric Badege'], birthDate: ['1971'] }, { firstName: ['Frank'], lastName: ['Bwambale'] }, { name: ['ZALA AERO'] }]) {
    const query = cleanQuery({ schema: 'LegalEntity', properties });
    const screened = screenQuery(snapshot.match, query, { algorithm, threshold: algorithm.defaultThreshold, limit: 5 });
    assert.deepEqual(screened.results, match(snapshot.match, query, { limit: 5 }));
  }
});

test('the matches are counted, and said to be a lower bound when every result scored was one', (t) => {
  if (!snapshot) return t.skip(NO_DATA);
  const algorithm = resolveAlgorithm('best')!;
  const query = cleanQuery({ schema: 'Company', properties: { name: ['Zala Aero'] } });
  const all = screenQuery(snapshot.match, query, { algorithm, threshold: 0, limit: 500 });
  assert.equal(all.matches, all.results.length);
  const one = screenQuery(snapshot.match, query, { algorithm, threshold: 0, limit: 1 });
  assert.deepEqual([one.results.length, one.matches, one.exact], [1, 1, false]);
});

test('scopes: datasets and the default and sanctions collections; the datasets that hold an entity', (t) => {
  if (!snapshot) return t.skip(NO_DATA);
  const loaded = snapshot.loaded;
  assert.deepEqual(resolveScope('default', loaded), { name: 'default', title: 'All loaded lists', datasets: ['un_sc_sanctions', 'yente_zala'], everything: true, collection: true });
  assert.deepEqual(resolveScope('sanctions', loaded)?.datasets, ['un_sc_sanctions', 'yente_zala']);
  assert.equal(resolveScope('un_sc_sanctions', loaded)?.everything, false);
  assert.equal(resolveScope('us_ofac_sdn', loaded), null, 'named by an entity of the export, but not loaded');
  const zala = 'NK-abdzbEBkqyT29GyREbiURZ';
  assert.deepEqual(snapshot.catalog.heldBy(zala), ['yente_zala']);
  const un = resolveScope('un_sc_sanctions', loaded)!;
  const accept = resultFilter(snapshot, un, {})!;
  assert.equal(accept({ id: zala, caption: '', schema: 'Company', score: 1, match: true, datasets: ['us_ofac_sdn'], explanations: {} }), false);
  assert.equal(resultFilter(snapshot, resolveScope('default', loaded)!, {}), undefined, 'nothing to filter');
  assert.deepEqual(screenedVersions(snapshot, resolveScope('default', loaded)!, { excludeDatasets: ['yente_zala'] }), { un_sc_sanctions: 1 });
});

test('referents lead to their entity; one id in two datasets is one entity', (t) => {
  if (!snapshot) return t.skip(NO_DATA);
  assert.deepEqual(snapshot.catalog.lookup('addr-2aa897144df663e450da050fec1146de7ea78918'), { redirect: 'NK-Fb67aBqg7osJjYfQsBhmYT' });
  assert.equal(snapshot.catalog.lookup('nothing-of-that-name'), null);
  const a = { id: 'x', schema: 'LegalEntity', properties: { name: ['A'], country: ['ru'] }, datasets: ['one'], referents: ['r1'], caption: 'A', target: false, first_seen: '2024-01-01T00:00:00' };
  const b = { id: 'x', schema: 'Person', properties: { name: ['B'], country: ['ru'] }, datasets: ['two'], referents: ['r2'], caption: 'B', target: true, first_seen: '2023-01-01T00:00:00' };
  assert.deepEqual(mergeEntities(a, b), {
    id: 'x', schema: 'Person', properties: { name: ['A', 'B'], country: ['ru'] }, datasets: ['one', 'two'], referents: ['r1', 'r2'],
    caption: 'A', target: true, first_seen: '2023-01-01T00:00:00',
  });
});

test('links seen from the entity they name take FollowTheMoney reverse names', () => {
  assert.equal(reverseName('Sanction', 'entity'), 'sanctions');
  assert.equal(reverseName('Passport', 'holder'), 'passports');
  assert.equal(reverseName('Identification', 'holder'), 'identification');
  assert.equal(reverseName('Company', 'addressEntity'), 'things', 'inherited from Thing');
  assert.equal(reverseName('Ownership', 'owner'), 'ownershipOwner');
});
