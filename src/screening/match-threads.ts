/**
 * Matching on threads of its own. A server's main thread reads requests, checks keys, writes
 * answers and the audit trail; matching is most of a screening's processor time, and a server
 * that matched there too would leave the machine's other cores idle. Each matcher thread
 * (match-thread.ts) holds a match index of its own, built from the same store and the same
 * dataset versions as the snapshot it serves (so an answer is the same whichever thread gives
 * it). A request goes to the thread with fewest requests in hand among those holding the
 * snapshot's versions; when none does (while they build a new one, or after one failed), the
 * caller matches on the snapshot's own index, so no request waits for a build or fails for it.
 */
import { Worker } from 'node:worker_threads';
import type { MatchOptions, MatchQuery } from '../match/query.js';
import { QueryError } from '../match/query.js';
import type { MatchResult } from '../match/types.js';
import type { DatasetVersion } from '../store/types.js';
import { ReceivedResult, type WrittenResult } from './result-json.js';

export type VersionRef = Pick<DatasetVersion, 'dataset' | 'seq'>;

/** What a thread starts with: the store's --db value, and whether to collect after a build. */
export interface ThreadData {
  store: string;
  collectAfterBuild: boolean;
}

export type ToThread =
  | { type: 'load'; label: string; versions: VersionRef[] }
  | { type: 'match'; id: number; label: string; query: MatchQuery; options: MatchOptions }
  | { type: 'close' };

export type FromThread =
  | { type: 'loaded'; label: string }
  | { type: 'failed'; label: string; message: string }
  | { type: 'answer'; id: number; fullGcs: number; results?: WrittenResult[]; stale?: true; error?: string; queryError?: boolean };

interface Thread {
  worker: Worker;
  /** The versions its index holds (a snapshot label), once built. */
  label: string | null;
  inHand: number;
  alive: boolean;
  /** Called when the build it was last asked for ends, built or not. */
  built: (() => void) | null;
  /** Full collections of its heap, as of its last answer. */
  fullGcs: number;
}

interface Waiting {
  thread: Thread;
  resolve: (results: MatchResult[] | null) => void;
  reject: (err: Error) => void;
}

/** How the pool reports a thread that failed (the server logs it). */
export type ThreadLog = (message: string, detail: Record<string, unknown>) => void;

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const THREAD_FILE = new URL(`./match-thread${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

/**
 * A thread running match-thread. Run from the TypeScript source (the tests), a worker does not
 * inherit the parent's loader hooks, so it registers tsx's before loading the file.
 */
function newThread(data: ThreadData): Worker {
  if (!FROM_SOURCE) return new Worker(THREAD_FILE, { workerData: data });
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(THREAD_FILE.href)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}

export class MatchThreads {
  private readonly threads: Thread[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  /** Queries the threads have answered. */
  answered = 0;

  /**
   * `store` is the store's --db value: each thread opens it for itself. The threads start with
   * the first load, once the server has built its own index: the two builds do not share the
   * machine, and a thread that fails to start reports to a server that is running.
   */
  constructor(
    private readonly store: string,
    private readonly count: number,
    private readonly log: ThreadLog = () => {},
    /** Each thread collects its heap's garbage when a build ends (serving-heap.ts). */
    private readonly collectAfterBuild = false,
  ) {}

  private start(store: string, n: number): Thread {
    const thread: Thread = { worker: newThread({ store, collectAfterBuild: this.collectAfterBuild }), label: null, inHand: 0, alive: true, built: null, fullGcs: 0 };
    thread.worker.on('message', (m: FromThread) => this.receive(thread, m));
    thread.worker.on('error', (err) => {
      this.log('matcher thread failed: matching on the main thread', { thread: n, err });
      this.retire(thread);
    });
    thread.worker.on('exit', () => this.retire(thread));
    return thread;
  }

  private receive(thread: Thread, m: FromThread): void {
    if (m.type === 'loaded' || m.type === 'failed') {
      if (m.type === 'loaded') thread.label = m.label;
      else this.log('matcher thread could not build its index: matching on the main thread', { label: m.label, message: m.message });
      thread.built?.();
      thread.built = null;
    } else {
      thread.fullGcs = m.fullGcs;
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      thread.inHand--;
      if (m.results) {
        this.answered++;
        w.resolve(m.results.map((r) => new ReceivedResult(r)));
      }
      else if (m.stale) w.resolve(null);
      else w.reject(m.queryError ? new QueryError(m.error) : new Error(m.error));
    }
  }

  /** A thread gone: what it held is matched on the main thread instead. */
  private retire(thread: Thread): void {
    if (!thread.alive) return;
    thread.alive = false;
    thread.label = null;
    thread.built?.();
    thread.built = null;
    for (const [id, w] of this.waiting) {
      if (w.thread !== thread) continue;
      this.waiting.delete(id);
      w.resolve(null);
    }
  }

  /**
   * Build these versions' index on every thread; each answers for them once it has. Resolves
   * when every thread has built it or cannot (a newer load supersedes an older one).
   */
  load(label: string, versions: readonly VersionRef[]): Promise<void> {
    if (this.threads.length === 0) for (let i = 0; i < this.count; i++) this.threads.push(this.start(this.store, i));
    const refs = versions.map((v) => ({ dataset: v.dataset, seq: v.seq }));
    return Promise.all(this.threads.filter((t) => t.alive).map((t) => new Promise<void>((resolve) => {
      t.built?.();
      t.built = resolve;
      t.worker.postMessage({ type: 'load', label, versions: refs } satisfies ToThread);
    }))).then(() => undefined);
  }

  /**
   * Full collections of the threads' heaps (as of their last answers): each marks the whole
   * index while the thread's queries wait, so they are where a thread's slow answers come from.
   */
  get fullGcs(): number {
    return this.threads.reduce((n, t) => n + t.fullGcs, 0);
  }

  /** Threads holding these versions' index. */
  holding(label: string): number {
    return this.threads.filter((t) => t.alive && t.label === label).length;
  }

  /**
   * The results of matching `query` on the index of the versions `label` names, or null when
   * no thread holds it (the caller matches on its own index then).
   */
  match(label: string, query: MatchQuery, options: MatchOptions): Promise<MatchResult[] | null> {
    let thread: Thread | null = null;
    for (const t of this.threads) if (t.alive && t.label === label && (!thread || t.inHand < thread.inHand)) thread = t;
    if (!thread) return Promise.resolve(null);
    const id = this.nextId++;
    const chosen = thread;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { thread: chosen, resolve, reject });
      chosen.inHand++;
      chosen.worker.postMessage({ type: 'match', id, label, query, options } satisfies ToThread);
    });
  }

  /** Let every thread close its store and end. */
  async close(): Promise<void> {
    await Promise.all(this.threads.filter((t) => t.alive).map(async (t) => {
      const exited = new Promise((resolve) => t.worker.once('exit', resolve));
      t.worker.postMessage({ type: 'close' } satisfies ToThread);
      await exited;
    }));
  }
}
