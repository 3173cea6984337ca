/**
 * `ghirbal serve`: the HTTP API (yente-compatible routes, /v1, /openapi.json, /docs, /metrics)
 * over the store's current lists. It answers /healthz at once and /readyz with 503 until the
 * index is built; SIGINT or SIGTERM closes it after the requests in flight and the audit
 * records waiting are written.
 */
import type { Command } from 'commander';
import { storeSpec, withStore, type GlobalOptions } from './context.js';
import { DEFAULT_HEAP_HEADROOM, MAX_HEAP_HEADROOM } from '../screening/serving-heap.js';
import { serverLogger, startServer } from '../server/start.js';

interface ServeOptions {
  port: string;
  host: string;
  auth: boolean;
  updateToken?: string;
  rateLimit?: string;
  matchThreads: string;
  heapHeadroom: string;
}

/** A command-line mistake: printed as a usage error (exit code 2). */
class UsageError extends Error {}

function wholeNumber(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
  });
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API (yente-compatible and /v1) over the current lists')
    .option('--port <n>', 'port to listen on', '8000')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--no-auth', 'let anyone screen without an API key (admin routes still need an admin key)')
    .option('--update-token <token>', "token for yente's POST /updatez?token= (default: $GHIRBAL_UPDATE_TOKEN)")
    .option('--rate-limit <n>', 'requests per second per API key, 0 for no limit (default 5000)')
    .option('--match-threads <n>', 'threads that match beside the main one, each holding a copy of the match index (0: match on the main thread)', '1')
    .option('--heap-headroom <percent>', 'how far the heap may grow past what is live before a full collection, in percent of it: more memory, fewer pauses (0: V8\'s own choice)', String(DEFAULT_HEAP_HEADROOM))
    .action(async (o: ServeOptions, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      let port: number;
      let ratePerSecond: number | undefined;
      let matchThreads: number;
      let heapHeadroom: number;
      try {
        port = wholeNumber(o.port, '--port', 0, 65535);
        matchThreads = wholeNumber(o.matchThreads, '--match-threads', 0, 64);
        heapHeadroom = wholeNumber(o.heapHeadroom, '--heap-headroom', 0, MAX_HEAP_HEADROOM);
        ratePerSecond = o.rateLimit === undefined ? undefined : wholeNumber(o.rateLimit, '--rate-limit', 0, 1_000_000);
      } catch (err) {
        if (!(err instanceof UsageError)) throw err;
        process.stderr.write(`ghirbal serve: ${err.message}\n`);
        process.exitCode = 2;
        return;
      }
      await withStore(g, async (store) => {
        const noAuth = o.auth === false;
        if (noAuth) process.stderr.write('\n*** WARNING: started with --no-auth: anyone who can reach this server may screen without an API key ***\n\n');
        const server = await startServer({
          store, storeSpec: storeSpec(g), matchThreads, heapHeadroom, port, host: o.host, noAuth, ratePerSecond,
          rateBurst: ratePerSecond === undefined ? undefined : ratePerSecond * 2,
          updateToken: o.updateToken ?? process.env.GHIRBAL_UPDATE_TOKEN,
          logger: serverLogger(),
        });
        process.stderr.write(`Listening on ${server.url} (docs: ${server.url}/docs); building the index…\n`);
        const signal = await untilSignal();
        process.stderr.write(`${signal}: closing\n`);
        await server.close();
      });
    });
}
