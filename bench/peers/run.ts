/**
 * `npm run bench:peers`: Ghirbal and the alternatives on the same data, written to
 * bench/PEERS.md with its plots in bench/plots/. Each system is measured in a child process of
 * its own; then Ghirbal alone at growing index sizes (bench/scale-child.ts).
 *
 * Options: --sample N (at most N queries per set for every system: a quick run, as CI's test
 * does; also GHIRBAL_PEERS_SAMPLE), --out DIR (where PEERS.md and plots/ go; default bench/),
 * --scale 41209,100000,1000000 | none (default: the size of the lists, 100k and 1M),
 * --systems ghirbal-v1,fuse (measure a few), --only 0,3,4b (the sets whose names start so).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../eval/paths.js';
import { dataDir } from '../../src/cli/quickstart.js';
import { createRunDatabase, dropRunDatabase } from './pg.js';
import { findPeer, PEERS } from './registry.js';
import { peersMarkdown, plotFiles, type RunFacts, type ScaleRun, type SystemRun } from './report.js';
import { writeWorkload, type Limits } from './workload.js';
import type { ChildFigures } from './child.js';

/** Queries sampled per set and for speed: as many as the fastest system answers (see each system's queriesPerSet). */
const DEFAULT_LIMITS: Limits = { perSet: Math.max(...PEERS.map((p) => p.queriesPerSet)), speed: 1000 };
const DEFAULT_SCALE = [100_000, 1_000_000];

const here = dirname(fileURLToPath(import.meta.url));
const fromSource = import.meta.url.endsWith('.ts');

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

function positiveInteger(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}: a positive whole number expected, got "${value}"`);
  return n;
}

function limitsFor(sample: string | undefined): Limits {
  if (!sample) return DEFAULT_LIMITS;
  const n = positiveInteger('--sample', sample);
  return { perSet: Math.min(n, DEFAULT_LIMITS.perSet), speed: Math.min(n, DEFAULT_LIMITS.speed) };
}

/** Run a script beside this one (or at `path` from here) as this one runs: compiled, or TypeScript through tsx. */
function runScript(path: string, args: string[]): string {
  const file = join(here, `${path}${fromSource ? '.ts' : '.js'}`);
  return execFileSync(process.execPath, ['--expose-gc', ...(fromSource ? ['--import', 'tsx'] : []), file, ...args], {
    encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const startedAt = Date.now();
/** Progress on stderr, with the minutes elapsed. */
const log = (s: string) => process.stderr.write(`[${((Date.now() - startedAt) / 60_000).toFixed(1)} min] ${s}\n`);
const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0];

/** The reason a measuring child left in its output file when it failed, if it got that far. */
function childProblem(out: string): string | undefined {
  return existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { problem?: string }).problem : undefined;
}

const args = process.argv.slice(2);
const limits = limitsFor(option(args, '--sample') ?? process.env.GHIRBAL_PEERS_SAMPLE);
const outDir = option(args, '--out') ?? join(repoRoot(), 'bench');
const scaleArg = option(args, '--scale');
const only = option(args, '--only')?.split(',').map((p) => p.trim()) ?? null;
const systems = option(args, '--systems')?.split(',').map((id) => findPeer(id.trim())) ?? [...PEERS];

/** Each system in a child process of its own, against one database of this run's own for the PostgreSQL ones. */
async function measureSystems(work: string): Promise<SystemRun[]> {
  const runs: SystemRun[] = [];
  let pgUrl: string | undefined;
  let pgProblem = '';
  if (systems.some((p) => p.needsPostgres)) {
    try {
      pgUrl = await createRunDatabase(database);
    } catch (err) {
      pgProblem = `PostgreSQL with pg_trgm and fuzzystrmatch unavailable (${firstLine(err)})`;
    }
  }
  try {
    for (const peer of systems) {
      if (peer.needsPostgres && !pgUrl) {
        runs.push({ peer, problem: pgProblem });
        continue;
      }
      log(`measuring ${peer.label}`);
      const out = join(work, `${peer.id}.json`);
      try {
        runScript('child', [peer.id, work, out, ...(pgUrl ? [pgUrl] : [])]);
        runs.push({ peer, figures: JSON.parse(readFileSync(out, 'utf8')) as ChildFigures });
      } catch (err) {
        runs.push({ peer, problem: childProblem(out) ?? firstLine(err) });
      }
    }
  } finally {
    if (pgUrl) await dropRunDatabase(database);
  }
  return runs;
}

/** Ghirbal alone on generated indexes of each size, one process each. */
function measureScale(sizes: number[]): { scale: ScaleRun[]; scaleProblem?: string } {
  const scale: ScaleRun[] = [];
  try {
    for (const n of sizes) {
      log(`Ghirbal at ${n} generated entities`);
      scale.push(JSON.parse(runScript('../scale-child', [String(n)]).trim().split('\n').pop()!) as ScaleRun);
    }
    return { scale };
  } catch (err) {
    return { scale, scaleProblem: firstLine(err) };
  }
}

const started = new Date(startedAt);
const loadAtStart = loadavg();
const database = `ghirbal_peers_${process.pid}`;
const work = mkdtempSync(join(tmpdir(), 'ghirbal-peers-'));
let facts: RunFacts;
try {
  log(`building the eval sets and the workload in ${work}`);
  const plan = await writeWorkload(dataDir(), work, limits, only, log);
  const runs = await measureSystems(work);
  const sizes = scaleArg === 'none' ? [] : scaleArg ? scaleArg.split(',').map((s) => positiveInteger('--scale', s)) : [plan.indexSizes[plan.fullIndex], ...DEFAULT_SCALE];
  facts = { started, seconds: 0, loadAtStart, loadAtEnd: [], plan, systems: runs, ...measureScale(sizes) };
} finally {
  rmSync(work, { recursive: true, force: true });
}
facts.seconds = (Date.now() - started.getTime()) / 1000;
facts.loadAtEnd = loadavg();
mkdirSync(join(outDir, 'plots'), { recursive: true });
for (const [file, svg] of Object.entries(plotFiles(facts))) writeFileSync(join(outDir, file), svg);
const md = peersMarkdown(facts);
writeFileSync(join(outDir, 'PEERS.md'), md);
process.stdout.write(md);
