/**
 * HTTP figures for `npm run bench`: a server over every list (bench/server-child.ts) loaded
 * from this process on loopback with single-query POST /match/default: first as fast as 16
 * connections get answers (wrk, or autocannon without it: the most it answers), then at a constant 1,500
 * requests a second (the target; each request timed from when it was due, so the
 * latency is what clients sending that many meet, not an artefact of a connection count),
 * then 200 connections for a minute (a crowd, no errors allowed); the server's
 * processor time per request and resident memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { sample, seededRandom } from '../eval/rng.js';
import type { Entity } from '../src/model/entity.js';
import { loadAtRate } from './constant-rate.js';
import { haveWrk, wrkLoop, type WrkRun } from './wrk.js';

/** A run's counts and latencies (ms), whichever client put the load. */
export interface LoadRun extends WrkRun {
  /** How the load was put: `16 connections` (each sends when answered) or `1500/s` (on a schedule). */
  load: string;
  /** The load generator: wrk, autocannon, or this process on a schedule. */
  client: string;
  seconds: number;
  /** The server's processor time (user + system, every thread) per request answered. */
  cpuMsPerRequest: number;
  /** Full (mark-compact) collections of the server's main-thread heap during the run. */
  majorGcs: number;
  /** Full collections of the matcher threads' heaps during the run (as of their last answers). */
  threadGcs: number;
  /** The server main thread's longest event-loop stall during the run, ms. */
  stallMs: number;
}

/** What the client saw of a run. */
type ClientRun = Omit<LoadRun, 'cpuMsPerRequest' | 'majorGcs' | 'threadGcs' | 'stallMs'>;

/** The load put on the server after the warm-up; a run given no time is left out. */
export interface LoadPlan {
  capacity: { connections: number; seconds: number };
  sustained: { rate: number; seconds: number };
  crowd: { connections: number; seconds: number };
}

export const DEFAULT_PLAN: LoadPlan = {
  capacity: { connections: 16, seconds: 30 },
  sustained: { rate: 1500, seconds: 120 },
  crowd: { connections: 200, seconds: 60 },
};

/** Connections the constant-rate run may open: far more than a server keeping up needs. */
const RATE_SOCKETS = 64;

export interface ServerFigures {
  entities: number;
  buildSeconds: number;
  capacity: LoadRun | null;
  sustained: LoadRun | null;
  crowd: LoadRun | null;
  rssMb: number;
  peakRssMb: number;
}

/** Bodies of single-query /match requests: listed names as screeners type them. */
function matchBodies(entities: readonly Entity[], n: number): string[] {
  return sample(seededRandom(11), entities, n).map((e) => JSON.stringify({
    queries: { q: { schema: e.schema, properties: { name: [e.properties.name?.[0] ?? e.caption] } } },
  }));
}

function headers(key: string): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `ApiKey ${key}` };
}

/**
 * Connections each sending again when answered, for `seconds`: wrk's when the machine has it
 * (a lighter client leaves the server the processor time autocannon would take), else
 * autocannon's. With `amount`, autocannon's until that many are answered (the warm-up).
 */
async function closedLoop(
  url: string, key: string, bodies: readonly string[], connections: number, seconds: number, amount?: number,
): Promise<ClientRun> {
  if (amount !== undefined || !haveWrk()) return autocannonLoop(url, key, bodies, connections, seconds, amount);
  const r = await wrkLoop(`${url}/match/default`, headers(key), bodies, connections, seconds);
  return { load: `${connections} connections`, client: 'wrk', seconds, ...r };
}

function autocannonLoop(
  url: string, key: string, bodies: readonly string[], connections: number, seconds: number, amount?: number,
): Promise<ClientRun> {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon({
      url: `${url}/match/default`,
      connections,
      ...(amount === undefined ? { duration: seconds } : { amount }),
      requests: [{
        method: 'POST',
        headers: headers(key),
        setupRequest: (req: autocannon.Request) => ({ ...req, body: bodies[next++ % bodies.length] }),
      }],
    }, (err: Error | null, r: autocannon.Result) => {
      if (err) return reject(err);
      resolve({
        load: `${connections} connections`, client: 'autocannon', seconds, requests: r.requests.total, rps: r.requests.average,
        p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx,
      });
    });
  });
}

/**
 * The child ends itself when its standard input does (closing the server flushes the audit
 * trail, and `--cpu-prof` writes its profile only on a clean exit); a child that does not is
 * killed after a grace period.
 */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.stdin?.end();
  const grace = setTimeout(() => child.kill(), 30_000);
  await exited;
  clearTimeout(grace);
}

/** Start the server child on `db`, load it, read its memory, stop it. */
export async function serverFigures(
  childFile: string, childArgs: string[], db: string, entities: readonly Entity[], plan: LoadPlan = DEFAULT_PLAN,
): Promise<ServerFigures> {
  const child = spawn(process.execPath, [...childArgs, childFile, db], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  // Node's own diagnostics (--trace-gc…) share the child's standard output: only JSON lines are the child's.
  const readLine = async (): Promise<Record<string, unknown>> => {
    for (;;) {
      const { value, done } = await lines.next();
      if (done) throw new Error('the server child ended before answering');
      if (value.startsWith('{')) return JSON.parse(value) as Record<string, unknown>;
      process.stderr.write(`${value}\n`);
    }
  };
  const stats = async () => {
    child.stdin.write('stats\n');
    return await readLine() as { rssMb: number; peakRssMb: number; cpuMs: number; majorGcs: number; threadGcs: number; stallMs: number };
  };
  try {
    const started = await readLine() as { url: string; key: string; entities: number; buildSeconds: number };
    const bodies = matchBodies(entities, 5000);
    const measured = async (seconds: number, run: () => Promise<ClientRun>): Promise<LoadRun | null> => {
      if (seconds <= 0) return null;
      const before = await stats();
      const r = await run();
      const after = await stats();
      return {
        ...r, cpuMsPerRequest: (after.cpuMs - before.cpuMs) / Math.max(1, r.requests),
        majorGcs: after.majorGcs - before.majorGcs, threadGcs: after.threadGcs - before.threadGcs, stallMs: after.stallMs,
      };
    };
    // Warm-up: each body once, so that no run meets a name (or compiled code) for the first time.
    await closedLoop(started.url, started.key, bodies, 8, 0, bodies.length);
    const { capacity: c, sustained: s, crowd: k } = plan;
    const capacity = await measured(c.seconds, () => closedLoop(started.url, started.key, bodies, c.connections, c.seconds));
    const sustained = await measured(s.seconds, async () => {
      const r = await loadAtRate(`${started.url}/match/default`, headers(started.key), bodies, s.rate, s.seconds, RATE_SOCKETS);
      return { ...r, load: `${s.rate}/s`, client: 'scheduled (bench/constant-rate.ts)' };
    });
    const crowd = await measured(k.seconds, () => closedLoop(started.url, started.key, bodies, k.connections, k.seconds));
    const { rssMb, peakRssMb } = await stats();
    return { entities: started.entities, buildSeconds: started.buildSeconds, capacity, sustained, crowd, rssMb, peakRssMb };
  } finally {
    await stopChild(child);
  }
}

function row(name: string, r: LoadRun | null): string[] {
  if (!r) return [];
  return [`| ${name} | ${r.load} (${r.client}) | ${r.seconds} s | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.cpuMsPerRequest.toFixed(2)} ms | ${r.majorGcs} / ${r.threadGcs} | ${r.stallMs.toFixed(0)} ms | ${r.errors} | ${r.non2xx} |`];
}

/** The HTTP section of bench/RESULTS.md (or why it was not measured). */
export function serverSection(s: ServerFigures | string): string[] {
  if (typeof s === 'string') return [s];
  return [
    '| run | load | duration | requests | requests/s | p50 | p99 | server CPU per request | full GCs (main / matcher) | longest stall (main) | errors | non-2xx |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...row('capacity', s.capacity),
    ...row('sustained', s.sustained),
    ...row('crowd', s.crowd),
    '',
    `Single-query \`POST /match/default\` with an API key (audited), 5,000 listed names in turn. The server indexed ${s.entities}`,
    `entities from the SQLite store in ${s.buildSeconds.toFixed(1)} s; its resident memory after the runs: ${s.rssMb.toFixed(0)} MB (peak ${s.peakRssMb.toFixed(0)} MB).`,
    'It holds the match index and every record whole (for nested entities, adjacency and search), and matches on one',
    'thread of its own (`--match-threads 1`, the default) holding a second copy of the match index; the main thread',
    'reads requests, writes answers and the audit trail; its heap is collected as `ghirbal serve` collects it',
    '(`--heap-headroom 100`, src/screening/serving-heap.ts). Both processes share the same two cores; the runs follow a',
    'warm-up that sends each name once. Capacity: connections (wrk\'s, the lightest client) each',
    'sending again when answered: the most the server answers; its latency is the line of requests ahead of each one',
    '(connections ÷ requests/s), so it says how many connections were chosen rather than how fast an answer comes.',
    'Sustained: requests sent on a fixed schedule at the target rate whether or not the earlier ones were answered (as',
    'wrk2 does), each timed from when it was due, so a stall is charged to every request behind it: the latency clients',
    'sending that many a second meet (a server answering fewer falls further behind for as long as the run lasts).',
    'It lasts long enough to take in a full collection of the main thread\'s heap (one every ~75 s at this rate), and',
    'its client writes prepared requests on keep-alive sockets so that its own pauses are not charged to the server.',
    'Crowd: 200 connections. Server CPU: the server process\'s processor time (every thread: collection',
    'and I/O helpers too) per request answered. Full GCs: mark-compact collections during the run of the main thread\'s',
    'heap (everything the server holds) and of the matcher thread\'s (its match index): each marks the whole heap on',
    'every core while requests wait: the slowest answers wait on them; longest stall: the main thread\'s longest',
    'event-loop delay in the run. Issue #4 targets ≥ 1,500 requests/s with p99 < 20 ms, and zero errors',
    'at 200 connections for 60 s.',
  ];
}
