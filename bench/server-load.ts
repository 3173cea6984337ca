/**
 * HTTP figures for `npm run bench`: a server over every list (bench/server-child.ts) loaded
 * from this process with autocannon on loopback: single-query POST /match/default, first
 * sustained at a modest concurrency, then 200 connections for a minute; and the server's
 * resident memory.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { sample, seededRandom } from '../eval/rng.js';
import type { Entity } from '../src/model/entity.js';

export interface LoadRun {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface ServerFigures {
  entities: number;
  buildSeconds: number;
  sustained: LoadRun;
  crowd: LoadRun;
  rssMb: number;
  peakRssMb: number;
}

/** Bodies of single-query /match requests: listed names as screeners type them. */
function matchBodies(entities: readonly Entity[], n: number): string[] {
  return sample(seededRandom(11), entities, n).map((e) => JSON.stringify({
    queries: { q: { schema: e.schema, properties: { name: [e.properties.name?.[0] ?? e.caption] } } },
  }));
}

function load(url: string, key: string, bodies: readonly string[], connections: number, seconds: number): Promise<LoadRun> {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon({
      url: `${url}/match/default`,
      connections,
      duration: seconds,
      requests: [{
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
        setupRequest: (req: autocannon.Request) => ({ ...req, body: bodies[next++ % bodies.length] }),
      }],
    }, (err: Error | null, r: autocannon.Result) => {
      if (err) return reject(err);
      resolve({
        connections, seconds, requests: r.requests.total, rps: r.requests.average,
        p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx,
      });
    });
  });
}

/** Start the server child on `db`, load it, read its memory, stop it. */
export async function serverFigures(childFile: string, childArgs: string[], db: string, entities: readonly Entity[]): Promise<ServerFigures> {
  const child = spawn(process.execPath, [...childArgs, childFile, db], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const readLine = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error('the server child ended before answering');
    return JSON.parse(value) as Record<string, unknown>;
  };
  try {
    const started = await readLine() as { url: string; key: string; entities: number; buildSeconds: number };
    const bodies = matchBodies(entities, 5000);
    await load(started.url, started.key, bodies.slice(0, 200), 8, 5); // warm-up
    const sustained = await load(started.url, started.key, bodies, 16, 30);
    const crowd = await load(started.url, started.key, bodies, 200, 60);
    child.stdin.write('memory\n');
    const memory = await readLine() as { rssMb: number; peakRssMb: number };
    return { entities: started.entities, buildSeconds: started.buildSeconds, sustained, crowd, ...memory };
  } finally {
    child.stdin.end();
    child.kill();
  }
}
