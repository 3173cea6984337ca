/**
 * One ingest of every list in the data folder into the store named by argv[2], in a process
 * of its own so that its peak memory is its own. Prints one JSON line of figures.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { openStore } from '../src/store/open.js';
import { importPaths } from '../src/cli/import.js';
import { dataDir, LIST_PATHS } from '../src/cli/quickstart.js';
import { listedCount } from '../src/cli/datasets.js';

const spec = process.argv[2];
const store = await openStore(spec);
await store.migrate();
const started = performance.now();
const paths = LIST_PATHS.map((p) => join(dataDir(), p)).filter((p) => existsSync(p));
const outcomes = [];
for (const p of paths) outcomes.push(...(await importPaths(store, [p], { json: true })).outcomes);
const seconds = (performance.now() - started) / 1000;
const datasets = await store.datasets();
await store.close();
process.stdout.write(
  `${JSON.stringify({
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    failed: outcomes.filter((o) => o.status === 'failed').map((o) => `${o.dataset}: ${o.error}`),
    versions: outcomes.filter((o) => o.status === 'created').length,
    datasets: datasets.map((d) => ({ name: d.name, versions: d.versionCount, listed: d.current ? listedCount(d.current) : 0, records: d.current?.entityCount ?? 0 })),
  })}\n`,
);
