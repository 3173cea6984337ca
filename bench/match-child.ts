/**
 * Matching speed against the index of every list in the data folder, in a process of its
 * own, built as `ghirbal match` and `ghirbal serve` build it: streamed from the store that
 * argv[2] names (every list ingested). Index build time, single-name queries per second on
 * one core with full scoring, latency percentiles and resident memory. Prints one JSON line.
 */
import { asTyped, benchIndex } from './timing.js';
import { isMatchable } from '../src/model/schema.js';
import { openStore } from '../src/store/open.js';
import { sample, seededRandom } from '../eval/rng.js';

const QUERIES = 5000;
const store = await openStore(process.argv[2]);
const listed: { schema: string; name: string }[] = [];
for await (const e of store.allCurrentEntities()) {
  if (isMatchable(e.schema)) listed.push({ schema: e.schema, name: e.properties.name?.[0] ?? e.caption });
}
// Listed names as screeners type them: half as written, half with the words reversed.
const rand = seededRandom(7);
const queries = sample(rand, listed, QUERIES).map((e, i) => asTyped(e.schema, e.name, i));
listed.length = 0;
await benchIndex(store.allCurrentEntities(), queries);
await store.close();
