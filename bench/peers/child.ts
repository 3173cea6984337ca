/**
 * One system measured in a process of its own, so its memory is its own. Speed first, on the
 * index of every list (build time, timed queries, memory the index holds, peak); then quality:
 * every set's sampled queries against that set's index. Writes one JSON file.
 * Usage: child SYSTEM WORKLOAD_DIR OUT_FILE [PG_URL]
 */
import { writeFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { findPeer } from './registry.js';
import { closeConnection } from './pg.js';
import { answeredBy, readIndex, readPlan, type Plan, type WorkloadSet } from './workload.js';
import type { BuildContext, Peer, PeerQuery, Searcher } from './types.js';

export interface SpeedFigures {
  entities: number;
  buildSeconds: number;
  queries: number;
  qps: number;
  p50: number;
  p99: number;
  /** Resident memory the built index added (MB), measured after a collection. */
  indexMb: number;
  peakRssMb: number;
  /** What the server holds for it (MB), for the systems that live in PostgreSQL. */
  serverMb: number | null;
}

export interface SetOutcome {
  name: string;
  /** Positives: 1-based rank of the first accepted entity in the top 10, 0 when absent. */
  ranks: number[];
  /** Positives: that entity's score (null when absent). */
  hitScores: (number | null)[];
  /** Negatives: the top result's score (null when nothing came back). */
  topScores: (number | null)[];
  seconds: number;
}

export interface ChildFigures {
  speed: SpeedFigures;
  sets: SetOutcome[];
}

const TOP_K = 10;
const WARM_UP_SHARE = 0.1;
const MAX_WARM_UP = 100;

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const rssMb = () => process.memoryUsage().rss / 2 ** 20;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** A searcher and what it was built from (an index, and for Ghirbal a dictionary). */
interface Built {
  key: string;
  searcher: Searcher;
}

const builtKey = (peer: Peer, index: number, dictionary: number | 'shipped') => (peer.readsDictionary ? `${index}/${dictionary}` : `${index}`);

/** Speed on the full index; the searcher is handed on, so that a peer's quality sets on that index reuse it. */
async function measureSpeed(peer: Peer, dir: string, plan: Plan, context: BuildContext): Promise<{ speed: SpeedFigures; built: Built }> {
  const entities = readIndex(dir, plan.fullIndex);
  gc();
  const before = rssMb();
  const t0 = performance.now();
  const searcher = await peer.build(entities, context);
  const buildSeconds = (performance.now() - t0) / 1000;
  const queries = answeredBy(peer, plan.speedQueries);
  const warmUp = Math.min(MAX_WARM_UP, Math.ceil(queries.length * WARM_UP_SHARE));
  for (const q of queries.slice(0, warmUp)) await searcher.search(q, TOP_K);
  const latencies: number[] = [];
  const started = performance.now();
  for (const q of queries) {
    const s = performance.now();
    await searcher.search(q, TOP_K);
    latencies.push(performance.now() - s);
  }
  const seconds = (performance.now() - started) / 1000;
  gc();
  const indexMb = rssMb() - before;
  const serverBytes = await searcher.externalBytes?.();
  latencies.sort((a, b) => a - b);
  const speed = {
    entities: entities.length, buildSeconds, queries: queries.length, qps: queries.length / seconds,
    p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), indexMb,
    peakRssMb: resourceUsage().maxRSS / 1024, serverMb: serverBytes === undefined ? null : serverBytes / 2 ** 20,
  };
  // Ghirbal's speed index uses the shipped dictionary, which no set is measured with.
  return { speed, built: { key: builtKey(peer, plan.fullIndex, 'shipped'), searcher } };
}

async function runSet(searcher: Searcher, set: WorkloadSet, queries: readonly (PeerQuery & { accept: string[] })[]): Promise<SetOutcome> {
  const out: SetOutcome = { name: set.name, ranks: [], hitScores: [], topScores: [], seconds: 0 };
  const started = performance.now();
  for (const q of queries) {
    const ranked = await searcher.search(q, TOP_K);
    if (set.negative) {
      out.topScores.push(ranked[0]?.[1] ?? null);
      continue;
    }
    const accept = new Set(q.accept);
    const at = ranked.findIndex(([id]) => accept.has(id));
    out.ranks.push(at + 1);
    out.hitScores.push(at < 0 ? null : ranked[at][1]);
  }
  out.seconds = (performance.now() - started) / 1000;
  return out;
}

async function measureQuality(peer: Peer, dir: string, plan: Plan, context: BuildContext, built: Built): Promise<SetOutcome[]> {
  const outcomes: SetOutcome[] = [];
  let builtFor = built.key;
  let searcher = built.searcher;
  for (const set of plan.sets) {
    // Sets sharing an index (and, for Ghirbal, a dictionary) come one after another: built once.
    const key = builtKey(peer, set.index, set.dictionary);
    if (builtFor !== key) {
      await searcher.close();
      searcher = await peer.build(readIndex(dir, set.index), { ...context, dictionary: plan.dictionaries[set.dictionary] });
      builtFor = key;
    }
    const queries = answeredBy(peer, set.queries);
    const outcome = await runSet(searcher, set, queries);
    outcomes.push(outcome);
    process.stderr.write(`  ${peer.id} ${set.name}: ${queries.length} queries, ${outcome.seconds.toFixed(1)} s\n`);
  }
  await searcher.close();
  return outcomes;
}

const [system, dir, outFile, pgUrl] = process.argv.slice(2);
if (!system || !dir || !outFile) throw new Error('usage: child SYSTEM WORKLOAD_DIR OUT_FILE [PG_URL]');
const peer = findPeer(system);
const plan = readPlan(dir);
const context: BuildContext = { pgUrl };
try {
  const { speed, built } = await measureSpeed(peer, dir, plan, context);
  process.stderr.write(`  ${peer.id} speed: build ${speed.buildSeconds.toFixed(1)} s, ${speed.qps.toFixed(0)} queries/s\n`);
  const figures: ChildFigures = { speed, sets: await measureQuality(peer, dir, plan, context, built) };
  writeFileSync(outFile, JSON.stringify(figures));
} catch (err) {
  // The driver reports why a system was not measured: the reason goes where the figures would.
  writeFileSync(outFile, JSON.stringify({ problem: (err instanceof Error ? err.message : String(err)).split('\n')[0] }));
  throw err;
} finally {
  await closeConnection();
}
