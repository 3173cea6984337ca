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

const here = dirname(fileURLToPath(import.meta.url));

interface IngestFigures {
  seconds: number;
  maxRssMb: number;
  failed: string[];
  versions: number;
  datasets: { name: string; versions: number; listed: number; records: number }[];
}

function ingestInChild(spec: string): IngestFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'ingest-child.ts'), spec], { encoding: 'utf8', maxBuffer: 1 << 24 });
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
}

function matchInChild(): MatchFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'match-child.ts')], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop()!) as MatchFigures;
}

const rows: string[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'ghirbal-bench-'));
let sqlite: IngestFigures | null = null;
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
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const m = matchInChild();

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
  '| entities indexed | index build | queries/s | p50 | p99 | RSS after |',
  '|---|---|---|---|---|---|',
  `| ${m.entities} | ${m.buildSeconds.toFixed(1)} s | ${m.qps.toFixed(0)} | ${m.p50.toFixed(2)} ms | ${m.p99.toFixed(2)} ms | ${m.rssMb.toFixed(0)} MB |`,
  '',
  'Queries: 5,000 listed primary names (seeded sample), half with their words reversed. RSS includes the parsed',
  'entities the index was built from, still held. Issue #3 targets',
  '≥ 2,000 queries/s, p99 < 5 ms, index build < 10 s, RSS < 500 MB.',
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
writeFileSync(join(here, 'RESULTS.md'), md.join('\n'));
process.stdout.write(md.join('\n'));
if (sqlite?.failed.length) process.stderr.write(`failed: ${sqlite.failed.join('\n')}\n`);
