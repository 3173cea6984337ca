/**
 * `npm run bench`: speed figures, written to bench/RESULTS.md. Each measurement runs in a
 * child process so timings and peak memory are not polluted by the harness.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { repoRoot } from '../eval/paths.js';
import { CURRENT_LISTS, readLists } from '../eval/lists.js';
import { dataDir as sharedDataDir } from '../src/cli/quickstart.js';
import { serverFigures, serverSection, type ServerFigures } from './server-load.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Run a sibling script the way this one runs: compiled JavaScript under `npm run bench` (as
 * the product runs), TypeScript through tsx when started from source.
 */
const fromSource = import.meta.url.endsWith('.ts');

function childPath(name: string): string {
  return join(here, `${name}${fromSource ? '.ts' : '.js'}`);
}

/** --expose-gc: a child may collect before it reads its resident memory. */
function childFlags(): string[] {
  return ['--expose-gc', ...(fromSource ? ['--import', 'tsx'] : [])];
}

function runChild(name: string, args: string[] = []): string {
  return execFileSync(process.execPath, [...childFlags(), childPath(name), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
}

interface IngestFigures {
  seconds: number;
  maxRssMb: number;
  failed: string[];
  versions: number;
  datasets: { name: string; versions: number; listed: number; records: number }[];
}

function ingestInChild(spec: string): IngestFigures {
  const out = runChild('ingest-child', [spec]);
  return JSON.parse(out.trim().split('\n').pop()!) as IngestFigures;
}

async function freshPgSchema(url: string, schema: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

async function dropPgSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}

interface MatchFigures {
  entities: number;
  buildSeconds: number;
  qps: number;
  p50: number;
  p99: number;
  rssMb: number;
  restRssMb: number;
  peakRssMb: number;
}

function matchInChild(storePath: string): MatchFigures {
  const out = runChild('match-child', [storePath]);
  return JSON.parse(out.trim().split('\n').pop()!) as MatchFigures;
}

/** The workbench's speed (issue #8), as bench/web-child.ts measures it in Chromium. */
interface WebFigures {
  jsKbGzip: number;
  cssKbGzip: number;
  firstLoadMs: number;
  keystrokeMedianMs: number;
  keystrokeP90Ms: number;
  keystrokeMaxMs: number;
  queries: number;
}

/** The figures, or why there are none (no Chromium here, or the measurement failed): the rest still runs. */
function webInChild(storePath: string): WebFigures | string {
  try {
    const out = JSON.parse(runChild('web-child', [storePath]).trim().split('\n').pop()!) as WebFigures | { problem: string };
    return 'problem' in out ? `not measured: ${out.problem}` : out;
  } catch (err) {
    return `not measured: ${(err as Error).message.split('\n')[0]}`;
  }
}

function webSection(w: WebFigures | string): string[] {
  if (typeof w === 'string') return [w];
  return [
    '| JavaScript (gzipped) | CSS (gzipped) | first load → results | last keystroke → results: median | 90th percentile | worst | names typed |',
    '|---|---|---|---|---|---|---|',
    `| ${w.jsKbGzip} KB | ${w.cssKbGzip} KB | ${w.firstLoadMs} ms | ${w.keystrokeMedianMs} ms | ${w.keystrokeP90Ms} ms | ${w.keystrokeMaxMs} ms | ${w.queries} |`,
    '',
    'The built workbench in Debian\'s Chromium (headless) against `ghirbal serve` over every list, on loopback. Sizes: what',
    'a first visit to the search page receives, as the server sends it (gzip). First load: navigation start to the first',
    'results of a linked search (`/?q=…`), cold cache, median of 5. Keystroke: listed names (seeded: 24 as written, 8',
    'with a typo, 4 Arabic, 4 Cyrillic) typed key by key 80–120 ms apart, from the last keystroke to the results on',
    'screen, as the page\'s own performance marks time it. Issue #8 targets < 300 KB of JavaScript (gzipped) on first',
    'load and results within 100 ms of the last keystroke.',
  ];
}

const rows: string[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'ghirbal-bench-'));
let sqlite: IngestFigures | null = null;
let server: ServerFigures | string;
let m: MatchFigures;
let web: WebFigures | string;
try {
  sqlite = ingestInChild(join(tmp, 'bench.db'));
  rows.push(`| SQLite (file, WAL) | ${sqlite.seconds.toFixed(1)} s | ${sqlite.maxRssMb.toFixed(0)} MB | ${sqlite.versions} | ${sqlite.failed.length} |`);
  const pgUrl = process.env.GHIRBAL_BENCH_PG_URL ?? process.env.GHIRBAL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  try {
    const spec = await freshPgSchema(pgUrl, 'ghirbal_bench');
    const p = ingestInChild(spec);
    rows.push(`| PostgreSQL (127.0.0.1) | ${p.seconds.toFixed(1)} s | ${p.maxRssMb.toFixed(0)} MB | ${p.versions} | ${p.failed.length} |`);
    await dropPgSchema(pgUrl, 'ghirbal_bench');
  } catch (err) {
    rows.push(`| PostgreSQL | not measured: ${(err as Error).message.split('\n')[0]} | | | |`);
  }
  m = matchInChild(join(tmp, 'bench.db'));
  web = webInChild(join(tmp, 'bench.db'));
  server = await serverFigures(childPath('server-child'), childFlags(), join(tmp, 'bench.db'), await readLists(sharedDataDir(), CURRENT_LISTS))
    .catch((err: Error) => `not measured: ${err.message.split('\n')[0]}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** Batch screening and re-screening figures (issue #5), as bench/batch-child.ts measures them. */
const batchFigures = JSON.parse(runChild('batch-child').trim().split('\n').pop()!) as object;
const article = JSON.parse(runChild('article-child').trim().split('\n').pop()!) as {
  entities: number; articles: number; medianMs: number; p90Ms: number; maxMs: number; cpuMedianMs: number; firstMs: number; byLanguage: Record<string, number>;
};

/** Index sizes of the scale rows; `GHIRBAL_BENCH_SCALE=100000` measures fewer. */
const SCALE_SIZES = (process.env.GHIRBAL_BENCH_SCALE ?? '100000,1000000').split(',').map(Number).filter((n) => n > 0);
const scale: MatchFigures[] = SCALE_SIZES.map((n) => JSON.parse(runChild('scale-child', [String(n)]).trim().split('\n').pop()!) as MatchFigures);

const md = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  '',
  '## Ingest: every list in the data folder (`npm start`\'s job), into an empty store',
  '',
  '| store | time | peak RSS | versions created | failed bundles |',
  '|---|---|---|---|---|',
  ...rows,
  '',
  '## Matching: single-name queries against the index of every list (ghirbal-v1, full scoring, one core)',
  '',
  '| entities indexed | index build | queries/s | p50 | p99 | RSS after | RSS at rest | peak RSS |',
  '|---|---|---|---|---|---|---|---|',
  `| ${m.entities} | ${m.buildSeconds.toFixed(1)} s | ${m.qps.toFixed(0)} | ${m.p50.toFixed(2)} ms | ${m.p99.toFixed(2)} ms | ${m.rssMb.toFixed(0)} MB | ${m.restRssMb.toFixed(0)} MB | ${m.peakRssMb.toFixed(0)} MB |`,
  '',
  'The index is built as `ghirbal match` and `ghirbal serve` build it, streamed from the SQLite store of the ingest',
  'above. Queries: 5,000 listed primary names (seeded sample), half with their words reversed. RSS after: the',
  'process holding the index right after the queries and a collection; at rest: ten idle seconds later, once V8',
  'has handed back the pages it kept while busy (as a server between bursts); peak: the most it held, building',
  'included. Issue #3 targets ≥ 2,000 queries/s,',
  'p99 < 5 ms, index build < 10 s, RSS < 500 MB.',
  '',
  '## Article screening: 1,000-word articles against the index of every list (one core)',
  '',
  '| articles | median | 90th percentile | worst | processor time (median) | first (cold) | median by language |',
  '|---|---|---|---|---|---|---|',
  `| ${article.articles} | ${article.medianMs.toFixed(0)} ms | ${article.p90Ms.toFixed(0)} ms | ${article.maxMs.toFixed(0)} ms | ${article.cpuMedianMs.toFixed(0)} ms | ${article.firstMs.toFixed(0)} ms | ${Object.entries(article.byLanguage).map(([l, ms]) => `${l} ${ms.toFixed(0)} ms`).join(', ')} |`,
  '',
  'Articles put together (seeded) from our evaluation texts and the founding article; each screened whole: furniture,',
  'mentions, every mention matched, sanctions actions. Issue #6 targets < 200 ms per 1,000-word article.',
  '',
  '## Batch screening and monitoring: 100,000 customers (seeded: one row in ten a listed name as screeners meet it)',
  '',
  'Rows/s and peak memory of `ghirbal screen`\'s path over every current list; seconds to re-screen the same rows as',
  'watched subjects after the OFAC SDN list moves from its 2021 set to the 2024 file, and after a small update.',
  '',
  '```json',
  JSON.stringify(batchFigures, null, 2),
  '```',
  '',
  '## HTTP API: `ghirbal serve` over every list, loaded with wrk (autocannon where wrk is missing) from a second process on loopback',
  '',
  ...serverSection(server),
  '',
  '## Web workbench: the search page in a real browser',
  '',
  ...webSection(web),
  '',
  '## Matching at scale: generated entities (real list name parts recombined, seeded)',
  '',
  '| entities indexed | index build | queries/s | p50 | p99 | RSS after | RSS at rest | peak RSS |',
  '|---|---|---|---|---|---|---|---|',
  ...scale.map((x) => `| ${x.entities} | ${x.buildSeconds.toFixed(1)} s | ${x.qps.toFixed(0)} | ${x.p50.toFixed(2)} ms | ${x.p99.toFixed(2)} ms | ${x.rssMb.toFixed(0)} MB | ${x.restRssMb.toFixed(0)} MB | ${x.peakRssMb.toFixed(0)} MB |`),
  '',
  'Half persons (first, optional middle and last name from different listed persons), half companies (two to',
  'four words of listed organisation names); 2,000 queries drawn from the index, half with their words reversed.',
  'Issue #3 targets for 1,000,000 entities: build < 2 minutes, p99 < 20 ms, < 3 GB.',
  '',
  '## Entities per dataset (current versions)',
  '',
  'Listed: the people, companies, vessels and aircraft screening matches against. Records: those plus the',
  'sanction records, documents, addresses and links that describe them.',
  '',
  '| dataset | versions | listed | records |',
  '|---|---|---|---|',
  ...(sqlite?.datasets ?? []).map((d) => `| ${d.name} | ${d.versions} | ${d.listed} | ${d.records} |`),
  '',
];
writeFileSync(join(repoRoot(), 'bench', 'RESULTS.md'), md.join('\n'));
process.stdout.write(md.join('\n'));
if (sqlite?.failed.length) process.stderr.write(`failed: ${sqlite.failed.join('\n')}\n`);
