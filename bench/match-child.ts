/**
 * Matching speed against the index of every list in the data folder, in a process of its
 * own: index build time, single-name queries per second on one core with full scoring,
 * latency percentiles and resident memory. Prints one JSON line.
 */
import { buildIndex } from '../src/match/index.js';
import { match } from '../src/match/query.js';
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
const queries = sample(rand, entities, QUERIES).map((e, i) => {
  const name = e.properties.name?.[0] ?? e.caption;
  const words = name.replace(/,/g, '').split(/\s+/);
  return { schema: e.schema, properties: { name: [i % 2 ? words.reverse().join(' ') : name] } };
});
for (const q of queries.slice(0, 200)) match(index, q);
const latencies: number[] = [];
const started = performance.now();
for (const q of queries) {
  const s = performance.now();
  match(index, q);
  latencies.push(performance.now() - s);
}
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
process.stdout.write(`${JSON.stringify({
  entities: entities.length,
  buildSeconds,
  qps: QUERIES / seconds,
  p50: pct(0.5),
  p99: pct(0.99),
  rssMb: process.memoryUsage().rss / 2 ** 20,
})}\n`);
