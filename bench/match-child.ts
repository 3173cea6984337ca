/**
 * Matching speed against the index of every list in the data folder, in a process of its
 * own: index build time, single-name queries per second on one core with full scoring,
 * latency percentiles and resident memory. Prints one JSON line.
 */
import { asTyped, benchIndex } from './timing.js';
import { CURRENT_LISTS, readLists } from '../eval/lists.js';
import { dataDir } from '../src/cli/quickstart.js';
import { sample, seededRandom } from '../eval/rng.js';

const QUERIES = 5000;
const entities = await readLists(dataDir(), CURRENT_LISTS);
// Listed names as screeners type them: half as written, half with the words reversed.
const rand = seededRandom(7);
const queries = sample(rand, entities, QUERIES).map((e, i) => asTyped(e.schema, e.properties.name?.[0] ?? e.caption, i));
await benchIndex(entities, queries);
