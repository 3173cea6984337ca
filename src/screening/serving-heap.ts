/**
 * How a serving process's heap is collected. V8's defaults suit a page or a short script; a
 * server is the opposite shape: a large heap that lives as long as the process (every record,
 * the text index, a match index on each thread) and a steady stream of short-lived objects per
 * request. Left to the defaults, these cost it its tail latency (measured at 1,500 requests a
 * second on two cores; bench/RESULTS.md):
 *
 * - V8 starts the next full collection at ~1.25× the heap that survived the last one, so a
 *   server holding 260 MB and keeping ~4 MB a second marks all 260 MB every ~15 s: ~300 ms of
 *   marking on both cores while requests queue (a second of answers over 20 ms each time).
 * - Allocation-site pretenuring, having seen an index build's objects survive, sends later
 *   objects from the same sites straight to the old generation: a matcher thread then fills its
 *   old generation with per-query garbage (20 MB a second where it otherwise keeps 0.05).
 * - The memory reducer, seeing a thread allocate little, runs a full collection to give memory
 *   back, which the thread's next queries wait for.
 * - An index build leaves hundreds of megabytes of garbage; collected while serving, with the
 *   sweeping and the memory returned, it stalls answers for seconds.
 *
 * So a server lets its heap grow further past what is live before a full collection (memory
 * for fewer pauses: a setting), allocates young until objects have shown they live, keeps the
 * memory it has, and collects a build's garbage at once, when the build ends. These are
 * process-wide V8 flags: the matcher threads run under them too.
 */
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How far past the live heap the heap grows before a full collection, in percent of it. */
export const DEFAULT_HEAP_HEADROOM = 100;
export const MAX_HEAP_HEADROOM = 1000;

/**
 * Collect this process's heap as a server's. `headroom` is a percentage of the live heap
 * (100: a full collection when the heap reaches twice what survived the last one); 0 leaves
 * the growth to V8.
 */
export function tuneHeapForServing(headroom: number): void {
  if (!Number.isInteger(headroom) || headroom < 0 || headroom > MAX_HEAP_HEADROOM) {
    throw new RangeError(`heap headroom must be a whole percentage from 0 to ${MAX_HEAP_HEADROOM}, got ${headroom}`);
  }
  if (headroom > 0) setFlagsFromString(`--heap-growing-percent=${headroom}`);
  setFlagsFromString('--no-allocation-site-pretenuring');
  setFlagsFromString('--no-memory-reducer');
}

/**
 * Counts this thread's full (mark-compact) collections from now on: what a server's slowest
 * answers wait for, so its metrics and the benchmark report them. Read the count when wanted.
 */
export function countFullCollections(): () => number {
  let count = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if ((e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) count++;
    }
  }).observe({ entryTypes: ['gc'] });
  return () => count;
}

let fullCollection: (() => void) | null = null;

/**
 * A full collection of this thread's heap, now: after an index build, so that the build's
 * garbage goes in one pause at a moment of the server's choosing rather than in a collection
 * that requests would meet later. (V8 offers no call for it but the `gc` function it exposes
 * on a flag: set here, taken from a new context.)
 */
export function collectGarbageNow(): void {
  if (!fullCollection) {
    setFlagsFromString('--expose-gc');
    fullCollection = runInNewContext('gc') as () => void;
  }
  fullCollection();
}
