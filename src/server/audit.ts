/**
 * The audit trail of screenings: every screening a route answers is recorded — who asked (the
 * key's id), through which route, the query as cleaned, the algorithm and its version, the
 * threshold, the dataset versions, and each returned id with its score. Records are buffered
 * and appended in batches (a full batch, a short timer, or the server closing), so a busy
 * server writes one transaction per batch rather than one per request.
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { MatchAlgorithm } from '../match/types.js';
import type { Screened } from '../screening/screen.js';
import type { AuditEntryInput, Store } from '../store/types.js';

/** Records held while the store refuses them, at most; past this the oldest are dropped (and said so). */
const MAX_PENDING = 100_000;

export class AuditLog {
  private buffer: AuditEntryInput[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** Appends run one after another, so records reach the chain in the order they were made. */
  private writing: Promise<void> = Promise.resolve();
  private written = 0;
  private failed = 0;

  constructor(
    private readonly store: Store,
    private readonly batch: number,
    private readonly flushMs: number,
    private readonly log: FastifyBaseLogger,
  ) {}

  get pending(): number {
    return this.buffer.length;
  }

  get counts(): { written: number; failed: number } {
    return { written: this.written, failed: this.failed };
  }

  record(entries: readonly AuditEntryInput[]): void {
    if (entries.length === 0) return;
    this.buffer.push(...entries);
    if (this.buffer.length >= this.batch) void this.flush();
    else if (!this.timer) this.timer = setTimeout(() => void this.flush(), this.flushMs);
  }

  /** Append what is buffered; resolves when every record made so far is written (or has failed). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const entries = this.buffer;
    this.buffer = [];
    if (entries.length > 0) this.writing = this.writing.then(() => this.append(entries));
    return this.writing;
  }

  private async append(entries: AuditEntryInput[]): Promise<void> {
    try {
      await this.store.appendAudit(entries);
      this.written += entries.length;
    } catch (err) {
      this.failed++;
      this.log.error({ err, records: entries.length }, 'audit records not written; kept to try again');
      this.buffer = [...entries, ...this.buffer];
      const dropped = this.buffer.length - MAX_PENDING;
      if (dropped > 0) {
        this.buffer = this.buffer.slice(dropped);
        this.log.error({ dropped }, 'audit buffer full: oldest records dropped');
      }
      if (!this.timer) this.timer = setTimeout(() => void this.flush(), this.flushMs * 10);
    }
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** One screening as the trail keeps it. */
export function auditEntry(
  request: FastifyRequest,
  channel: string,
  screened: Screened,
  algorithm: MatchAlgorithm,
  threshold: number,
  datasetVersions: Record<string, number>,
): AuditEntryInput {
  return {
    keyId: request.apiKey?.id ?? null,
    channel,
    query: screened.query,
    algorithm: algorithm.name,
    algorithmVersion: algorithm.version,
    threshold,
    datasetVersions,
    results: screened.results.map((r) => ({ id: r.id, score: r.score })),
  };
}

export const auditPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onClose', async () => app.ghirbal.audit.close());
}, { name: 'ghirbal-audit' });
