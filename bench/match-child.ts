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
const t0 = performance.now();
const index = await buildIndex(entities);
const buildSeconds = (performance.now() - t0) / 1000;

// Listed names as screeners type them: half as written, half with the words reversed.
const rand = seededRandom(7);
const queries = sample(rand, entities, QUERIES).map((e, i) => asTyped(e.schema, e.properties.name?.[0] ?? e.caption, i));
process.stdout.write(`${JSON.stringify({
  entities: entities.length,
  buildSeconds,
  ...timeQueries(index, queries),
  rssMb: process.memoryUsage().rss / 2 ** 20,
})}\n`);
