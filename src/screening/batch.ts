/**
 * A batch screening is a job in the store. Each chunk of records is screened and stored with
 * its audit records in one transaction, so after a crash or a kill the same file with the same
 * settings resumes after the last chunk stored; the output is written from the stored rows at
 * the end, so it holds every record exactly once however often the run was interrupted.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { SourceError } from '../sources/types.js';
import { canonicalJson } from '../store/audit-chain.js';
import type { Job, JobRowInput, Store } from '../store/types.js';
import { writeOutputFile, type OutputFormat } from './batch-output.js';
import { batchAudit, jobRow, screenRecord, type BatchRecord, type BatchSettings, type ListIndex } from './batch-record.js';
import type { Table } from './table-input.js';

/** What a job keeps to be resumed, and to render its results later. */
export interface BatchParams {
  file: string;
  sha256: string;
  format: Table['format'];
  columns: string[];
  mapping: BatchSettings['mapping'];
  schema: BatchSettings['schema'];
  algorithm: string;
  threshold: number;
  limit: number;
  cutoff: number;
}

export interface BatchProgress {
  done: number;
  total: number | null;
  /** Records per second in this run. */
  rate: number;
  etaSeconds: number | null;
}

export interface BatchSummary {
  job: string;
  rows: number;
  /** Records with at least one match. */
  alerts: number;
  errors: number;
  /** Where this run started: 0, or the records a previous run had stored. */
  resumedFrom: number;
  /** Screening, storing and writing the output; the index is built before. */
  seconds: number;
  rowsPerSecond: number;
  datasetVersions: Record<string, number>;
}

export interface BatchRun {
  job: Job;
  /** Screen the records not yet stored, then finish the job (and write `out` when given). */
  run(opts?: RunOptions): Promise<BatchSummary>;
}

export interface RunOptions {
  out?: { path: string; format: OutputFormat };
  onProgress?(p: BatchProgress): void;
  /** Each record that could not be screened, as it is met. */
  onRecordError?(r: BatchRecord): void;
}

export interface BatchStart {
  store: Store;
  table: Table;
  settings: BatchSettings;
  /** The index to screen against, asked for only when records remain. */
  index: () => Promise<ListIndex>;
  /** The API key that started it (null: the command line), and the audit channel its screenings are recorded under. */
  owner: string | null;
  channel: string;
  /** Records per stored chunk. */
  chunk?: number;
}

const DEFAULT_CHUNK = 250;

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function countRecords(table: Table): Promise<number> {
  let n = 0;
  for await (const _ of table.records()) n++;
  return n;
}

/** Equal for the same bytes screened with the same settings by the same caller: what a resumed run is found by. */
function jobKey(p: BatchParams, owner: string | null): string {
  const { file: _file, columns: _columns, ...settings } = p;
  return createHash('sha256').update(canonicalJson({ settings, owner })).digest('hex');
}

export function batchParams(table: Table, sha256: string, s: BatchSettings): BatchParams {
  return {
    file: table.path, sha256, format: table.format, columns: table.columns, mapping: s.mapping, schema: s.schema,
    algorithm: s.algorithm.name, threshold: s.threshold, limit: s.limit, cutoff: s.cutoff,
  };
}

/** Find the unfinished job for this file and these settings, or start one. */
export async function startBatch(b: BatchStart): Promise<BatchRun> {
  const params = batchParams(b.table, await sha256File(b.table.path), b.settings);
  const key = jobKey(params, b.owner);
  let job = await b.store.screening.resumableJob(key)
    ?? await b.store.screening.createJob({ kind: 'batch', key, params, total: await countRecords(b.table), owner: b.owner });
  const resumedFrom = job.done;
  return {
    job,
    async run(opts: RunOptions = {}) {
      // Records per second count screening only: building the index is not per record.
      let started = performance.now();
      let versions: Record<string, number> = {};
      const progress = () => {
        const seconds = (performance.now() - started) / 1000;
        const rate = seconds > 0 ? (job.done - resumedFrom) / seconds : 0;
        const left = job.total === null ? null : job.total - job.done;
        opts.onProgress?.({ done: job.done, total: job.total, rate, etaSeconds: left !== null && rate > 0 ? left / rate : null });
      };
      if (job.total === null || job.done < job.total) {
        const index = await b.index();
        started = performance.now();
        versions = { ...index.datasetVersions };
        let pending: JobRowInput[] = [];
        const flush = async () => {
          job = await b.store.screening.appendJobRows(job.id, pending);
          pending = [];
          progress();
        };
        try {
          for await (const record of b.table.records()) {
            if (record.seq <= job.done) continue;
            const r = screenRecord(record, index, b.settings);
            if (r.error) opts.onRecordError?.(r);
            pending.push({ ...jobRow(r), audit: batchAudit(r, b.settings, b.channel, b.owner) });
            if (pending.length >= (b.chunk ?? DEFAULT_CHUNK)) await flush();
          }
        } catch (err) {
          // A file that cannot be read on (broken quoting…) fails the same way every time: no resuming it.
          if (err instanceof SourceError) await b.store.screening.finishJob(job.id, 'failed', err.message);
          throw err;
        }
        await flush();
      }
      if (opts.out) await writeOutputFile(opts.out.path, opts.out.format, b.table.columns, batchRecords(b.store, job.id));
      job = await b.store.screening.finishJob(job.id, 'done');
      const seconds = (performance.now() - started) / 1000;
      return {
        job: job.id, rows: job.done, alerts: job.alerts, errors: job.errors, resumedFrom, seconds,
        rowsPerSecond: seconds > 0 ? (job.done - resumedFrom) / seconds : 0, datasetVersions: versions,
      };
    },
  };
}

/** A job's stored records, in input order. */
export async function* batchRecords(store: Store, jobId: string): AsyncGenerator<BatchRecord> {
  for await (const row of store.screening.jobRows(jobId)) yield row.record as BatchRecord;
}
