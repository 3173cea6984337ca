/**
 * Starting a server: it listens at once (so /healthz answers and /readyz says 503), then
 * builds the index from the store's current versions; `ready` resolves when it answers.
 */
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { MatchThreads } from '../screening/match-threads.js';
import { tuneHeapForServing } from '../screening/serving-heap.js';
import { ServingIndex, type Snapshot } from '../screening/serving-index.js';
import { buildApp, type AppOptions } from './app.js';

export interface StartOptions extends AppOptions {
  port?: number;
  host?: string;
  /**
   * Threads that match beside the main one, each with its own copy of the match index, and the
   * store's --db value they open (an in-memory store cannot be opened twice: it matches here).
   */
  matchThreads?: number;
  storeSpec?: string;
  /**
   * Collect this process's heap as a server's (screening/serving-heap.ts), with this headroom
   * in percent of the live heap, and each build's garbage when it ends. The flags are the whole
   * process's: left out, the process keeps V8's defaults.
   */
  heapHeadroom?: number;
}

export interface RunningServer {
  app: FastifyInstance;
  /** e.g. http://127.0.0.1:8000 */
  url: string;
  serving: ServingIndex;
  /** The first index, answering. Rejects when it cannot be built (the server keeps answering 503). */
  ready: Promise<Snapshot>;
  close(): Promise<void>;
}

/** A logger for a served process: JSON lines at this level. */
export function serverLogger(level = 'info'): FastifyServerOptions['logger'] {
  return { level };
}

export async function startServer(opts: StartOptions): Promise<RunningServer> {
  opts.store.checkpointOffThread?.();
  const tuned = opts.heapHeadroom !== undefined;
  if (opts.heapHeadroom !== undefined) tuneHeapForServing(opts.heapHeadroom);
  const threads = !opts.serving && opts.storeSpec && opts.storeSpec !== ':memory:' && (opts.matchThreads ?? 0) > 0
    ? new MatchThreads(opts.storeSpec, opts.matchThreads ?? 0, (message, detail) => app.log.error(detail, message), tuned)
    : null;
  const serving = opts.serving ?? new ServingIndex(opts.store, threads, tuned);
  const app = await buildApp({ ...opts, serving });
  const url = await app.listen({ port: opts.port ?? 8000, host: opts.host ?? '127.0.0.1' });
  const started = Date.now();
  const ready = serving.snapshot ? Promise.resolve(serving.snapshot) : serving.rebuild();
  ready.then(
    (s) => app.log.info({ entities: s.match.entities.length, records: s.catalog.size, seconds: (Date.now() - started) / 1000, index: s.label }, 'index built: ready'),
    (err) => app.log.error({ err }, 'index build failed: /readyz stays 503'),
  );
  return {
    app, url, serving, ready,
    close: async () => {
      await app.close();
      if (threads) await serving.close();
    },
  };
}
