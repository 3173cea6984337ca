/**
 * The name keys kept with each watched subject: on the UN list and real customer names, every
 * subject a screening finds a candidate for is one whose keys reach the index, so the quick
 * pass of a re-screen never skips a subject that a full screening would flag.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAlgorithm } from '../../src/match/algorithms/index.js';
import { buildIndex } from '../../src/match/index.js';
import { cleanQuery, screenQuery } from '../../src/screening/screen.js';
import { decodeKeys, encodeKeys, KEY_SCHEME, lookupHashes, mayReach, subjectKeys } from '../../src/screening/subjects-keys.js';
import { bundlesFor } from '../../src/sources/registry.js';
import { loadBundle } from '../../src/sources/load.js';
import type { Entity } from '../../src/model/entity.js';
import { dataPath } from '../helpers/data.js';
import { haveData, UN } from '../server/helpers.js';
import { customers, LISTED, UNLISTED } from './batch-fixtures.js';

test('keys survive storing, and keys made under another scheme are not trusted', () => {
  const hashes = lookupHashes('Person', { name: ['Sergei Lavrov'] });
  assert.ok(hashes.length > 4);
  assert.deepEqual(decodeKeys(encodeKeys(hashes)), hashes);
  assert.equal(subjectKeys('Person', { firstName: ['Sergei'], lastName: ['Lavrov'] }).startsWith(`${KEY_SCHEME}:`), true);
  assert.equal(decodeKeys(`000000000000:${encodeKeys(hashes).split(':')[1]}`), null);
  assert.equal(decodeKeys(null), null);
});

test('every customer the UN list offers a candidate to has keys that reach it', async (t) => {
  if (!haveData(t, UN, LISTED, UNLISTED)) return;
  const entities: Entity[] = [];
  for (const b of (await bundlesFor([dataPath(...UN)])).bundles) for await (const e of (await loadBundle(b)).entities) entities.push(e);
  const index = await buildIndex(entities);
  const algorithm = findAlgorithm('ghirbal-v1')!;
  let offered = 0;
  for (const c of customers(1000, 4)) {
    const q = cleanQuery({ schema: 'Person', properties: { name: c.name, birthDate: c.dob } });
    const { results } = screenQuery(index, q, { algorithm, threshold: 0.75, limit: 1, cutoff: 0 });
    if (results.length === 0) continue;
    offered++;
    assert.equal(mayReach(index, lookupHashes(q.schema, q.properties), q.schema, q.properties), true, `${c.name} reaches ${results[0].caption}`);
  }
  assert.ok(offered > 250, `${offered} customers had a candidate`);
});
