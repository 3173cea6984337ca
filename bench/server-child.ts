/**
 * A `ghirbal serve` process for the HTTP benchmark: the store named by argv[2] (every list
 * ingested), a new screen key, the index built. Prints one JSON line when it answers
 * (url, key, build seconds), then one line of its memory and processor time so far each
 * time a line arrives on standard input; ends when standard input does.
 */
import { createInterface } from 'node:readline';
import { openStore } from '../src/store/open.js';
import { startServer } from '../src/server/start.js';

const store = await openStore(process.argv[2]);
await store.migrate();
const { key } = await store.createApiKey('screen', 'bench');
const started = performance.now();
const server = await startServer({ store, storeSpec: process.argv[2], matchThreads: Number(process.env.GHIRBAL_MATCH_THREADS ?? 1), port: 0, logger: false });
const snapshot = await server.ready;
await server.serving.threadsBuilt;
const mb = (bytes: number) => bytes / 2 ** 20;
process.stdout.write(`${JSON.stringify({ url: server.url, key, entities: snapshot.match.entities.length, buildSeconds: (performance.now() - started) / 1000 })}\n`);
for await (const _ of createInterface({ input: process.stdin })) {
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ rssMb: mb(process.memoryUsage().rss), peakRssMb: process.resourceUsage().maxRSS / 1024, cpuMs: (user + system) / 1000 })}\n`);
}
await server.close();
await store.close();
