/** Query timing shared by the matching benchmarks: one core, full scoring, after a warm-up. */
import { resourceUsage } from 'node:process';
import type { Entity } from '../src/model/entity.js';
import { buildIndex, type MatchIndex } from '../src/match/index.js';
import { match, type MatchQuery } from '../src/match/query.js';

const WARM_UP = 200;

export interface QueryTiming {
  qps: number;
  p50: number;
  p99: number;
}

/** Queries per second and latency percentiles (ms) of matching each query once, in order. */
export function timeQueries(index: MatchIndex, queries: readonly MatchQuery[]): QueryTiming {
  for (const q of queries.slice(0, WARM_UP)) match(index, q);
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
  return { qps: queries.length / seconds, p50: pct(0.5), p99: pct(0.99) };
}

/** A listed name as screeners type it: as written, or (every other query) with its words reversed. */
export function asTyped(schema: string, name: string, i: number): MatchQuery {
  const words = name.replace(/,/g, '').split(/\s+/).filter(Boolean);
  return { schema, properties: { name: [i % 2 ? words.reverse().join(' ') : name] } };
}

/** How long a server sits idle between bursts before its resident memory is read "at rest". */
const REST_MS = 10_000;

/**
 * Build an index of `entities` (a store's stream, or a list let go of as it is read, as a
 * server lets go of the rows it read),
 * time the queries on it, and print one JSON line: sizes, build time, speed and memory:
 * resident right after the queries and a collection (when the harness allows it, --expose-gc);
 * at rest, after ten idle seconds, when V8 has handed back the pages it kept for a busy heap
 * (as in a server between bursts); and at its peak.
 */
export async function benchIndex(entities: Entity[] | AsyncIterable<Entity>, queries: readonly MatchQuery[]): Promise<void> {
  const t0 = performance.now();
  const index = await buildIndex(Array.isArray(entities) ? entities.splice(0) : entities);
  const buildSeconds = (performance.now() - t0) / 1000;
  const timing = timeQueries(index, queries);
  (globalThis as { gc?: () => void }).gc?.();
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  await new Promise((resolve) => setTimeout(resolve, REST_MS));
  process.stdout.write(`${JSON.stringify({
    entities: index.entities.length,
    buildSeconds,
    ...timing,
    rssMb,
    restRssMb: process.memoryUsage().rss / 2 ** 20,
    peakRssMb: resourceUsage().maxRSS / 1024,
  })}\n`);
}
