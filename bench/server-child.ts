/**
 * A `ghirbal serve` process for the HTTP benchmark (its defaults: one matcher thread, the heap
 * collected as a server's): the store named by argv[2] (every list ingested), a new screen key,
 * the index built. Prints one JSON line when it answers
 * (url, key, build seconds), then one line of its memory and processor time so far each
 * time a line arrives on standard input, with the full collections of the main thread's heap
 * and of the matcher threads' so far, and the main thread's longest event-loop stall since the
 * line before (what a tail latency is made of); ends when standard input does.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { openStore } from '../src/store/open.js';
import { countFullCollections, DEFAULT_HEAP_HEADROOM } from '../src/screening/serving-heap.js';
import { startServer } from '../src/server/start.js';

const store = await openStore(process.argv[2]);
await store.migrate();
const { key } = await store.createApiKey('screen', 'bench');
const started = performance.now();
const server = await startServer({ store, storeSpec: process.argv[2], matchThreads: Number(process.env.GHIRBAL_MATCH_THREADS ?? 1), heapHeadroom: DEFAULT_HEAP_HEADROOM, port: 0, logger: false });
const snapshot = await server.ready;
await server.serving.threadsBuilt;
const mb = (bytes: number) => bytes / 2 ** 20;
const majorGcs = countFullCollections();
const stalls = monitorEventLoopDelay({ resolution: 5 });
stalls.enable();
process.stdout.write(`${JSON.stringify({ url: server.url, key, entities: snapshot.match.entities.length, buildSeconds: (performance.now() - started) / 1000 })}\n`);
for await (const _ of createInterface({ input: process.stdin })) {
  const { user, system } = process.cpuUsage();
  const stallMs = stalls.max / 1e6;
  stalls.reset();
  process.stdout.write(`${JSON.stringify({ rssMb: mb(process.memoryUsage().rss), peakRssMb: process.resourceUsage().maxRSS / 1024, cpuMs: (user + system) / 1000, majorGcs: majorGcs(), threadGcs: server.serving.threadFullGcs, stallMs })}\n`);
}
await server.close();
await store.close();
