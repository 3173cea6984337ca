/** A ship's name is the same with or without the ship-type prefix in front of it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removeVesselPrefix } from '../../src/names/vessel-prefixes.js';
import { normalizeName, tokenize } from '../../src/names/normalize.js';
import { finishEntity } from '../../src/model/entity.js';
import { buildIndex } from '../../src/match/index.js';
import { match } from '../../src/match/query.js';

const bare = (name: string) => removeVesselPrefix(tokenize(normalizeName(name))).join(' ');

test('ship-type prefixes come off; a name that is only a prefix keeps it', () => {
  for (const name of ['M/V ATLANTIC STAR', 'MV Atlantic Star', 'M.V. ATLANTIC STAR', 'MT Atlantic Star', 'Motor Vessel Atlantic Star']) {
    assert.equal(bare(name), 'atlantic star', name);
  }
  assert.equal(bare('т/х Атлантик'), 'атлантик');
  assert.equal(bare('MS'), 'ms');
  assert.equal(bare('MSC ARIES'), 'msc aries');
});

test('a vessel query with a prefix finds the vessel listed without one, and the other way round', async () => {
  const vessel = (id: string, name: string) => finishEntity({ id, schema: 'Vessel', properties: { name: [name] }, datasets: ['test'], referents: [], caption: '', target: false });
  const index = await buildIndex([vessel('k', 'MT Konstantinovsk'), vessel('a', 'ATLANTIC STAR'), vessel('o', 'OCEAN STAR')]);
  const [top] = match(index, { schema: 'Vessel', properties: { name: ['Konstantinovsk'] } });
  assert.equal(top.id, 'k');
  assert.ok(top.score >= 0.85, `${top.score}`);
  const [star] = match(index, { schema: 'Vessel', properties: { name: ['M/V Atlantic Star'] } });
  assert.equal(star.id, 'a');
  assert.ok(star.score >= 0.85, `${star.score}`);
});
