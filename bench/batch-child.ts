/**
 * Batch screening and monitoring at scale, in a process of its own. A customer file of N rows
 * (default 100,000) is made from real names, seeded: one row in ten a listed name as screeners
 * meet it (a typo, words swapped, a middle name dropped… from eval/perturb.ts), the rest people
 * on no list (given and family names recombined from the yente fixtures' negatives). Measured:
 *   batch     `ghirbal screen`'s path over every current list: rows/s, peak memory;
 *   rescreen  N watched subjects (stored as `subjects add` stores them, name keys and all)
 *             after the OFAC SDN list moves from its 2021 set to the 2024 file, and after a
 *             small update of that list (a few listings changed): seconds.
 * Prints one JSON line. Usage: batch-child [N]
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import { parse } from 'csv-parse/sync';
import { importPaths } from '../src/cli/import.js';
import { dataDir } from '../src/cli/quickstart.js';
import { findAlgorithm, DEFAULT_ALGORITHM } from '../src/match/algorithms/index.js';
import type { Entity } from '../src/model/entity.js';
import { buildListIndex } from '../src/screening/batch-index.js';
import { startBatch } from '../src/screening/batch.js';
import { monitorOptions, rescreenChanges, type MonitorReport } from '../src/screening/monitor.js';
import { buildOnce } from '../src/screening/subjects.js';
import { subjectKeys } from '../src/screening/subjects-keys.js';
import { guessMapping } from '../src/screening/table-input-mapping.js';
import { openTable } from '../src/screening/table-input.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Store, SubjectInput } from '../src/store/types.js';
import { CURRENT_LISTS, readLists } from '../eval/lists.js';
import { PERTURBATIONS } from '../eval/perturb.js';
import { pick, seededRandom } from '../eval/rng.js';

const rows = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(rows) || rows <= 0) throw new Error(`batch-child: row count expected, got ${process.argv[2]}`);

const LISTED_SHARE = 0.1;
const OFAC_2021 = 'ofac/sdn_set_2021-07-07';
const OFAC_2024 = 'ofac/sdn_2024-05-03';
const OFAC = 'us_ofac_sdn';
/** The small update: listings given an alias, delisted, and added. */
const SMALL_UPDATE = { aliased: 10, delisted: 10, added: 5 };

interface Row {
  id: string;
  name: string;
  dob: string;
  country: string;
}

interface FixturePerson {
  first_name: string;
  last_name: string;
  date_of_birth: string;
  nationality: string;
}

function megabytes(): number {
  return resourceUsage().maxRSS / 1024;
}

/** A listed name as a screener might meet it: one perturbation that applies, or the name itself. */
function perturbed(e: Entity, rand: () => number): string {
  const name = e.properties.name[0];
  const [, perturb] = pick(rand, PERTURBATIONS);
  return perturb(name, rand, e.schema === 'Person');
}

async function customerRows(rand: () => number): Promise<Row[]> {
  const listed = (await readLists(dataDir(), CURRENT_LISTS)).filter((e) => e.properties.name?.length);
  const unlisted: FixturePerson[] = [];
  for (const f of ['negatives_global.dev.csv', 'negatives_us.dev.csv']) {
    const text = await readFile(join(dataDir(), 'pairs', 'yente_screening_fixtures', f));
    unlisted.push(...(parse(text, { columns: true, skip_empty_lines: true }) as FixturePerson[]).filter((p) => p.first_name && p.last_name));
  }
  return Array.from({ length: rows }, (_, i) => {
    const id = `C${String(i + 1).padStart(7, '0')}`;
    if (rand() < LISTED_SHARE) {
      const e = pick(rand, listed);
      return { id, name: perturbed(e, rand), dob: e.properties.birthDate?.[0] ?? '', country: e.properties.nationality?.[0] ?? e.properties.country?.[0] ?? '' };
    }
    const given = pick(rand, unlisted);
    const family = pick(rand, unlisted);
    return { id, name: `${given.first_name} ${family.last_name}`, dob: given.date_of_birth, country: family.nationality };
  });
}

function csvLine(values: string[]): string {
  return values.map((v) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(';');
}

async function ingest(store: Store, paths: string[], opts: { format?: string; dataset?: string } = {}): Promise<void> {
  const { outcomes } = await importPaths(store, paths.map((p) => (p.startsWith('/') ? p : join(dataDir(), p))), { ...opts, json: true, rescreen: false });
  const failed = outcomes.find((o) => o.status === 'failed');
  if (failed) throw new Error(`batch-child: ${failed.files.join(', ')}: ${failed.error}`);
}

async function batchFigures(dir: string, file: string): Promise<object> {
  const store = await openSqliteStore(join(dir, 'batch.db'));
  await ingest(store, CURRENT_LISTS);
  const started = performance.now();
  const index = await buildListIndex(store);
  const indexSeconds = (performance.now() - started) / 1000;
  const table = await openTable(file);
  const algorithm = findAlgorithm(DEFAULT_ALGORITHM)!;
  const settings = { mapping: guessMapping(table.columns).mapping, schema: 'auto', algorithm, threshold: algorithm.defaultThreshold, limit: 5, cutoff: 0.5 };
  const batch = await startBatch({ store, table, settings, index: async () => index, owner: null, channel: 'bench' });
  const summary = await batch.run({ out: { path: join(dir, 'results.csv'), format: 'csv' } });
  await store.close();
  return {
    rows: summary.rows, alerts: summary.alerts, errors: summary.errors, entities: index.match.entities.length, indexSeconds,
    seconds: summary.seconds, rowsPerSecond: summary.rowsPerSecond, peakRssMb: megabytes(),
  };
}

function rescreenFigures(r: MonitorReport): object {
  const { datasets, ...counts } = r;
  return { ...counts, changes: datasets.map((d) => ({ dataset: d.dataset, from: d.from, to: d.to, added: d.added, changed: d.changed, removed: d.removed })) };
}

/** The current OFAC SDN version with a few listings changed, as FtM JSON lines. */
async function smallUpdate(store: Store, dir: string, rand: () => number): Promise<string> {
  const entities: Entity[] = [];
  for await (const e of store.entities(OFAC)) entities.push(e);
  const persons = entities.filter((e) => e.schema === 'Person' && e.properties.name?.length);
  const aliased = new Set(Array.from({ length: SMALL_UPDATE.aliased }, () => pick(rand, persons).id));
  const delisted = new Set(Array.from({ length: SMALL_UPDATE.delisted }, () => pick(rand, persons).id));
  const lines = entities.filter((e) => !delisted.has(e.id)).map((e) => JSON.stringify(
    aliased.has(e.id) ? { ...e, properties: { ...e.properties, alias: [...(e.properties.alias ?? []), `${e.properties.name[0]} II`] } } : e));
  for (let i = 0; i < SMALL_UPDATE.added; i++) {
    const model = pick(rand, persons);
    lines.push(JSON.stringify({ id: `ofac-bench-${i}`, schema: 'Person', properties: { name: [perturbed(model, rand)], topics: ['sanction'] }, datasets: [OFAC] }));
  }
  const path = join(dir, 'sdn-next.ftm.json');
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

async function monitorFigures(dir: string, customers: Row[], rand: () => number): Promise<object> {
  const store = await openSqliteStore(join(dir, 'monitor.db'));
  await ingest(store, [OFAC_2021]);
  const subjects: SubjectInput[] = customers.map((c) => {
    const properties = { name: [c.name], ...(c.dob ? { birthDate: [c.dob] } : {}) };
    return { id: c.id, schema: 'Person', properties, keys: subjectKeys('Person', properties) };
  });
  for (let i = 0; i < subjects.length; i += 5000) await store.screening.putSubjects(subjects.slice(i, i + 5000));
  await store.screening.setMonitoredVersions({ [OFAC]: 1 });
  const rescreen = () => rescreenChanges(monitorOptions(store, buildOnce(() => buildListIndex(store))));
  await ingest(store, [OFAC_2024]);
  const nextVersion = await rescreen();
  await ingest(store, [await smallUpdate(store, dir, rand)], { format: 'ftm-json', dataset: OFAC });
  const small = await rescreen();
  await store.close();
  return { subjects: subjects.length, nextVersion: rescreenFigures(nextVersion), smallUpdate: rescreenFigures(small) };
}

const dir = await mkdtemp(join(tmpdir(), 'ghirbal-bench-batch-'));
try {
  const rand = seededRandom(20241030);
  const customers = await customerRows(rand);
  const file = join(dir, 'customers.csv');
  await writeFile(file, `${['Customer ID;Customer Name;Date of Birth;Country', ...customers.map((c) => csvLine([c.id, c.name, c.dob, c.country]))].join('\n')}\n`);
  const inputSha256 = createHash('sha256').update(await readFile(file)).digest('hex');
  const batch = await batchFigures(dir, file);
  const monitor = await monitorFigures(dir, customers, rand);
  process.stdout.write(`${JSON.stringify({ rows, inputSha256, batch, monitor, peakRssMb: megabytes() })}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
