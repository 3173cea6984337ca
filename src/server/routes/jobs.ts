/**
 * Batch screening over HTTP: POST /v1/jobs takes a customer file as the request body (CSV,
 * Excel or JSON lines), answers 202 with the job and the column mapping it read, and screens
 * it in the background against the index the server answers from; GET /v1/jobs/{id} tells how
 * far it got, and with `?download=csv|jsonl|xlsx` hands over the results once it is done.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveAlgorithm } from '../../screening/algorithms.js';
import { OUTPUT_FORMATS, writeRecords, type OutputFormat } from '../../screening/batch-output.js';
import type { BatchSettings } from '../../screening/batch-record.js';
import { batchRecords, startBatch, type BatchParams } from '../../screening/batch.js';
import { DEFAULT_LIMIT } from '../../screening/screen.js';
import { applyMapOption, checkSchemaChoice, guessMapping, MappingError } from '../../screening/table-input-mapping.js';
import { MAPPABLE_FIELDS, previewTable } from '../../screening/table-input-preview.js';
import { openTable, type Table, type TableFormat } from '../../screening/table-input.js';
import { SourceError } from '../../sources/types.js';
import type { Job } from '../../store/types.js';
import { snapshotOf } from '../context.js';
import { HttpError } from '../errors.js';
import { errorResponse } from '../schemas.js';

/** An upload larger than this is refused (413) before it fills the disk. */
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
/** Records per stored chunk: small, so the event loop turns often while a server screens. */
const SERVER_CHUNK = 50;

const UPLOAD_TYPES: Readonly<Record<string, TableFormat>> = {
  'text/csv': 'csv',
  'text/plain': 'csv',
  'text/tab-separated-values': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/jsonlines': 'jsonl',
  'application/octet-stream': 'csv',
};

const DOWNLOAD_TYPES: Readonly<Record<OutputFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Where an upload goes and how it is read. */
interface UploadTarget {
  filename?: string;
  format?: TableFormat;
}

interface UploadQuery extends UploadTarget {
  map?: string | string[];
  schema: string;
  threshold?: number;
  limit: number;
  cutoff: number;
  algorithm?: string;
}

const jobIdParams = { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] } as const;

function jobJson(job: Job): object {
  const p = job.params as BatchParams;
  return {
    id: job.id, status: job.status, total: job.total, done: job.done, alerts: job.alerts, errors: job.errors, error: job.error,
    created_at: job.createdAt, updated_at: job.updatedAt, finished_at: job.finishedAt,
    file: basename(p.file), format: p.format, mapping: p.mapping, schema: p.schema, algorithm: p.algorithm, threshold: p.threshold,
    download: job.status === 'done' ? Object.fromEntries(OUTPUT_FORMATS.map((f) => [f, `/v1/jobs/${job.id}?download=${f}`])) : null,
  };
}

/** The body, streamed to a file of its own; 413 past the limit. */
async function saveUpload(body: Readable, path: string): Promise<void> {
  const file = createWriteStream(path);
  let bytes = 0;
  try {
    for await (const chunk of body) {
      bytes += (chunk as Buffer).length;
      if (bytes > MAX_UPLOAD_BYTES) throw new HttpError(413, `Upload too large (limit: ${MAX_UPLOAD_BYTES} bytes)`);
      if (!file.write(chunk)) await once(file, 'drain');
    }
  } finally {
    file.end();
    await once(file, 'close');
  }
  if (bytes === 0) throw new HttpError(400, 'Empty upload: send the file as the request body.');
}

function mapSpecs(q: { map?: string | string[] }): string[] {
  return q.map === undefined ? [] : [q.map].flat();
}

function settingsFor(q: UploadQuery, columns: string[]): BatchSettings {
  const algorithm = resolveAlgorithm(q.algorithm);
  if (!algorithm) throw new HttpError(400, 'Invalid algorithm');
  let guess = guessMapping(columns);
  const map = mapSpecs(q);
  if (map.length) guess = applyMapOption(guess, columns, map);
  if (!['name', 'firstName', 'lastName', 'alias'].some((f) => guess.mapping[f])) {
    throw new HttpError(400, `No column is read as a name: add map=name=COLUMN (columns: ${columns.map((c) => `"${c}"`).join(', ')})`);
  }
  return {
    mapping: guess.mapping, schema: checkSchemaChoice(q.schema), algorithm,
    threshold: q.threshold ?? algorithm.defaultThreshold, limit: q.limit, cutoff: q.cutoff,
  };
}

/** How a posted file is read: the same for a preview and a job. */
const UPLOAD_PARAMS = {
  filename: { type: 'string', maxLength: 255 },
  format: { type: 'string', enum: ['csv', 'xlsx', 'jsonl'] },
  map: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  schema: { type: 'string', default: 'auto' },
} as const;

export async function jobRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ghirbal;
  const running = new Set<Promise<unknown>>();
  const uploads = process.env.GHIRBAL_JOBS_DIR ?? join(tmpdir(), 'ghirbal-jobs');
  // A job runs to the end of its last chunk before the server lets the store go.
  app.addHook('onClose', async () => { await Promise.allSettled([...running]); });
  app.addContentTypeParser(Object.keys(UPLOAD_TYPES), (_request, payload, done) => done(null, payload));

  /** The job, if this caller may see it: its own, or any for an admin key. */
  async function visibleJob(request: FastifyRequest, id: string): Promise<Job> {
    const job = await ctx.store.screening.job(id);
    const key = request.apiKey;
    if (!job || job.kind !== 'batch' || (key?.role !== 'admin' && job.owner !== (key?.id ?? null))) throw new HttpError(404, 'No such job.');
    return job;
  }

  /**
   * The request body saved to a folder of its own and read as a table, then handed to `use`;
   * the folder is removed when `use` fails, else when the work it returns as `keep` settles
   * (which the server waits for before it closes).
   */
  async function withUpload<T>(request: FastifyRequest<{ Querystring: UploadTarget }>, use: (table: Table) => Promise<{ answer: T; keep?: Promise<unknown> }>): Promise<T> {
    const q = request.query;
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!UPLOAD_TYPES[type]) throw new HttpError(415, 'Send the file as text/csv, application/x-ndjson or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await mkdir(uploads, { recursive: true });
    const dir = await mkdtemp(join(uploads, 'upload-'));
    const path = join(dir, basename(q.filename ?? `upload.${q.format ?? UPLOAD_TYPES[type]}`));
    try {
      await saveUpload(request.body as Readable, path);
      const { answer, keep } = await use(await openTable(path, q.format ?? UPLOAD_TYPES[type]));
      const done = (keep ?? Promise.resolve()).finally(() => rm(dir, { recursive: true, force: true }))
        .catch((err) => request.log.warn({ err, dir }, 'an upload folder could not be removed'));
      running.add(done);
      void done.finally(() => running.delete(done));
      return answer;
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      if (err instanceof MappingError || err instanceof SourceError) throw new HttpError(400, err.message);
      throw err;
    }
  }

  app.post('/v1/jobs/preview', {
    config: { access: 'screen' },
    schema: {
      summary: 'How a file would be read, before it is screened: its columns, the guessed column mapping and its first records',
      description: 'Send the file as the body, as for POST /v1/jobs (and the same `map` and `schema`). Nothing is screened or kept: '
        + 'confirm or change the mapping, then POST the file to /v1/jobs with `map` set accordingly. `named` is false when no column is read as a name.',
      tags: ['Native'],
      querystring: {
        type: 'object',
        properties: {
          ...UPLOAD_PARAMS,
          sample: { type: 'integer', minimum: 0, maximum: 50, default: 5 },
          api_key: { type: 'string' },
        },
      },
      response: { '4xx': errorResponse },
    },
  }, async (request: FastifyRequest<{ Querystring: UploadTarget & { map?: string | string[]; schema: string; sample: number } }>) => {
    const q = request.query;
    return withUpload(request, async (table) => {
      const preview = await previewTable(table, mapSpecs(q), checkSchemaChoice(q.schema), q.sample);
      return { answer: { file: basename(table.path), ...preview, fields: MAPPABLE_FIELDS } };
    });
  });

  app.post('/v1/jobs', {
    config: { access: 'screen' },
    schema: {
      summary: 'Screen a file of customers, suppliers or vessels (the request body) as a background job',
      description: 'Send the file as the body: CSV (any delimiter; text/csv), Excel (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) or JSON lines (application/x-ndjson). '
        + 'Columns are guessed from the headers; `map=name=Customer Name` (repeatable) changes the mapping. Answers 202 with the job.',
      tags: ['Native'],
      querystring: {
        type: 'object',
        properties: {
          ...UPLOAD_PARAMS,
          threshold: { type: 'number', minimum: 0, maximum: 1 },
          limit: { type: 'integer', minimum: 1, maximum: 100, default: DEFAULT_LIMIT },
          cutoff: { type: 'number', minimum: 0, maximum: 1, default: 0.5 },
          algorithm: { type: 'string' },
          api_key: { type: 'string' },
        },
      },
      response: { '4xx': errorResponse, 503: errorResponse },
    },
  }, async (request: FastifyRequest<{ Querystring: UploadQuery }>, reply) => {
    const snapshot = snapshotOf(ctx);
    const job = await withUpload(request, async (table) => {
      const batch = await startBatch({
        store: ctx.store, table, settings: settingsFor(request.query, table.columns), index: async () => snapshot,
        owner: request.apiKey?.id ?? null, channel: 'POST /v1/jobs', chunk: SERVER_CHUNK,
      });
      const run = batch.run().catch((err) => request.log.error({ err, job: batch.job.id }, 'batch job failed'));
      return { answer: batch.job, keep: run };
    });
    return reply.code(202).send(jobJson(job));
  });

  app.get('/v1/jobs', {
    config: { access: 'screen' },
    schema: { summary: "The caller's batch jobs, newest first (an admin key sees all)", tags: ['Native'], response: { '4xx': errorResponse } },
  }, async (request) => {
    const key = request.apiKey;
    const jobs = await ctx.store.screening.jobs(key?.role === 'admin' ? {} : { owner: key?.id ?? null });
    return { jobs: jobs.filter((j) => j.kind === 'batch').map(jobJson) };
  });

  app.get('/v1/jobs/:id', {
    config: { access: 'screen' },
    schema: {
      summary: "A batch job's progress; with download=csv|jsonl|xlsx, its results once done",
      tags: ['Native'],
      params: jobIdParams,
      querystring: { type: 'object', properties: { download: { type: 'string', enum: [...OUTPUT_FORMATS] }, api_key: { type: 'string' } } },
      response: { '4xx': errorResponse },
    },
  }, async (request: FastifyRequest<{ Params: { id: string }; Querystring: { download?: OutputFormat } }>, reply) => {
    const job = await visibleJob(request, request.params.id);
    const format = request.query.download;
    if (!format) return jobJson(job);
    if (job.status !== 'done') throw new HttpError(409, `Job ${job.id} is ${job.status}: ${job.done} of ${job.total ?? '?'} records screened; download when it is done.`);
    const body = new PassThrough();
    const params = job.params as BatchParams;
    writeRecords(body, format, params.columns, batchRecords(ctx.store, job.id)).catch((err) => body.destroy(err));
    const name = `${basename(params.file).replace(/\.[^.]*$/, '')}.screened.${format}`;
    return reply.type(DOWNLOAD_TYPES[format]).header('content-disposition', `attachment; filename="${name.replace(/"/g, '')}"`).send(body);
  });
}
