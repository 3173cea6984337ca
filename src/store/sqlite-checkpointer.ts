/**
 * WAL checkpoints on a thread of their own. In WAL mode SQLite copies the log back into the
 * database file (a checkpoint) from inside whichever commit finds the log past 1,000 pages, and
 * that commit waits for the copy and its fsync: on a server writing the audit trail from its
 * only event loop, every ~10 s one request's audit batch held every request behind it for
 * 20–35 ms (measured at 1,500 requests a second). So a store that serves turns its writer's
 * automatic checkpoints off and lets this thread, with a connection of its own, checkpoint
 * without blocking anyone (PASSIVE: it copies what no reader still needs, and never waits).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the thread checkpoints: the log then holds about this long's writes. */
export const CHECKPOINT_EVERY_MS = 1_000;

/** What `PRAGMA wal_checkpoint` reports: frames in the log, and how many are in the database file. */
export interface CheckpointResult {
  logFrames: number;
  checkpointedFrames: number;
}

type FromCheckpointer = { type: 'checkpointed'; id: number; result?: CheckpointResult; error?: string };

// Plain CommonJS for an eval'd worker: it runs the same from the TypeScript source (tests) and from dist.
const THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { timeout: workerData.busyTimeoutMs });
const checkpoint = () => {
  const [r] = db.pragma('wal_checkpoint(PASSIVE)');
  return { logFrames: r.log, checkpointedFrames: r.checkpointed };
};
const timer = setInterval(() => { try { checkpoint(); } catch {} }, workerData.everyMs);
parentPort.on('message', (m) => {
  if (m.type === 'checkpoint') {
    try { parentPort.postMessage({ type: 'checkpointed', id: m.id, result: checkpoint() }); }
    catch (err) { parentPort.postMessage({ type: 'checkpointed', id: m.id, error: String(err && err.message || err) }); }
  } else if (m.type === 'close') {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (r: CheckpointResult) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private readonly exited: Promise<void>;

  constructor(path: string, busyTimeoutMs: number, everyMs = CHECKPOINT_EVERY_MS) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(THREAD_CODE, { eval: true, workerData: { path, driver, busyTimeoutMs, everyMs } });
    // Its timer must not keep a process alive that is otherwise done; closing the store ends it.
    this.worker.unref();
    this.worker.on('message', (m: FromCheckpointer) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (this.waiting.size === 0) this.worker.unref();
      if (m.result) w.resolve(m.result);
      else w.reject(new Error(`WAL checkpoint failed: ${m.error}`));
    });
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.on('error', () => {
      // A checkpointer that dies leaves the log to grow until the store closes (closing checkpoints it).
      for (const w of this.waiting.values()) w.reject(new Error('the WAL checkpoint thread stopped'));
      this.waiting.clear();
    });
  }

  /** Checkpoint now, on the thread; resolves with the log's frames and those copied back. */
  checkpoint(): Promise<CheckpointResult> {
    const id = this.nextId++;
    // An answer awaited keeps the process alive until it comes.
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'checkpoint', id });
    });
  }

  async close(): Promise<void> {
    this.worker.ref();
    this.worker.postMessage({ type: 'close' });
    await this.exited;
  }
}
