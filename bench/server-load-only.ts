/**
 * The HTTP part of `npm run bench` alone, on a store already ingested, printed (as the
 * RESULTS.md section) rather than written: for measuring the server before and after a
 * change without the rest of the bench.
 *
 *   npx tsc -p tsconfig.bench.json
 *   node dist-bench/bench/ingest-child.js /tmp/http.db          # once
 *   node dist-bench/bench/server-load-only.js /tmp/http.db [--capacity-seconds 30] [--sustained-seconds 30]
 *     [--crowd-seconds 60] [--rate 1500] [--server-flags="--cpu-prof --cpu-prof-dir=/tmp/prof"]
 *
 * A run given 0 seconds is left out; `--server-flags` are node flags for the server child (a
 * profile is written when it exits).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CURRENT_LISTS, readLists } from '../eval/lists.js';
import { dataDir } from '../src/cli/quickstart.js';
import { DEFAULT_PLAN, serverFigures, serverSection } from './server-load.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'capacity-seconds': { type: 'string', default: String(DEFAULT_PLAN.capacity.seconds) },
    'sustained-seconds': { type: 'string', default: String(DEFAULT_PLAN.sustained.seconds) },
    'crowd-seconds': { type: 'string', default: String(DEFAULT_PLAN.crowd.seconds) },
    rate: { type: 'string', default: String(DEFAULT_PLAN.sustained.rate) },
    'server-flags': { type: 'string', default: '' },
  },
});

const db = positionals[0];
if (!db || !existsSync(db)) {
  process.stderr.write(`usage: server-load-only.js DB — DB ${db ? `(${db}) does not exist` : 'is missing'}; make one with ingest-child.js\n`);
  process.exit(2);
}

const fromSource = import.meta.url.endsWith('.ts');
const child = join(dirname(fileURLToPath(import.meta.url)), `server-child${fromSource ? '.ts' : '.js'}`);
const flags = [...(fromSource ? ['--import', 'tsx'] : []), ...values['server-flags'].split(/\s+/).filter(Boolean)];
const figures = await serverFigures(child, flags, db, await readLists(dataDir(), CURRENT_LISTS), {
  capacity: { ...DEFAULT_PLAN.capacity, seconds: Number(values['capacity-seconds']) },
  sustained: { rate: Number(values.rate), seconds: Number(values['sustained-seconds']) },
  crowd: { ...DEFAULT_PLAN.crowd, seconds: Number(values['crowd-seconds']) },
});
process.stdout.write(`${serverSection(figures).join('\n')}\n`);
