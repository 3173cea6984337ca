/**
 * Matching speed against the index of every list in the data folder, in a process of its
 * own: index build time, single-name queries per second on one core with full scoring,
 * latency percentiles and resident memory. Prints one JSON line.
 */
import { buildIndex } from '../src/match/index.js';
import { asTyped, timeQueries } from './timing.js';
import { CURRENT_LISTS, readLists } from '../eval/lists.js';
import { dataDir } from '../src/cli/quickstart.js';
import { sample, seededRandom } from '../eval/rng.js';

const QUERIES = 5000;
const entities = await readLists(dataDir(), CURRENT_LISTS);
// Listed names as screeners type them: half as written, half with the words reversed.
const rand = seededRandom(7);
const queries = sample(rand, entities, QUERIES).map((e, i) => asTyped(e.schema, e.properties.name?.[0] ?? e.caption, i));
const listed = entities.length;
const t0 = performance.now();
// The index keeps what it needs; the parsed entities are let go, as a server lets go of the rows it read.
const index = await buildIndex(entities.splice(0));
const buildSeconds = (performance.now() - t0) / 1000;
const timing = timeQueries(index, queries);
// Resident memory of what is live: collected first when the harness allows it (--expose-gc).
(globalThis as { gc?: () => void }).gc?.();
process.stdout.write(`${JSON.stringify({
  entities: listed,
  buildSeconds,
  ...timing,
  rssMb: process.memoryUsage().rss / 2 ** 20,
})}\n`);
