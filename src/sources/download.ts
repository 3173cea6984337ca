/**
 * Fetching list files with conditional requests. A download is written beside the last good
 * copy and only promoted once the caller has imported it successfully, so a failing server,
 * a time-out or a truncated body never replaces a good file.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { RemoteFile } from './official.js';

export interface FileState {
  etag?: string;
  lastModified?: string;
  sha256: string;
  bytes: number;
  fetchedAt: string;
}

export type CacheState = Record<string, FileState>;

export interface Fetched {
  file: string;
  /** "not-modified": the server said 304, or sent the very bytes we already have. */
  status: 'downloaded' | 'not-modified';
  /** Where the bytes to import are: the fresh download, or the last good copy. */
  path: string;
  state: FileState;
}

export interface DownloadOptions {
  timeoutMs: number;
  userAgent?: string;
}

/** A dataset's folder in the download cache: last good files, state.json, and incoming/. */
export class DatasetCache {
  constructor(readonly dir: string) {}

  get incoming(): string {
    return join(this.dir, 'incoming');
  }

  async state(): Promise<CacheState> {
    try {
      return JSON.parse(await readFile(join(this.dir, 'state.json'), 'utf8')) as CacheState;
    } catch {
      return {};
    }
  }

  goodPath(file: string): string {
    return join(this.dir, file);
  }

  /** Make the fetched files the last good copies and remember their validators. */
  async promote(fetched: Fetched[]): Promise<void> {
    const state = await this.state();
    for (const f of fetched) {
      if (f.status === 'downloaded') await rename(f.path, this.goodPath(f.file));
      state[f.file] = f.state;
    }
    await writeFile(join(this.dir, 'state.json'), `${JSON.stringify(state, null, 2)}\n`);
    await this.discard();
  }

  async discard(): Promise<void> {
    await rm(this.incoming, { recursive: true, force: true });
  }
}

export class DownloadError extends Error {
  constructor(readonly url: string, message: string) {
    super(`${url}: ${message}`);
    this.name = 'DownloadError';
  }
}

/** Fetch one file into the cache's incoming folder, or learn that it has not changed. */
export async function fetchFile(cache: DatasetCache, remote: RemoteFile, opts: DownloadOptions): Promise<Fetched> {
  const prev = (await cache.state())[remote.file];
  const headers: Record<string, string> = { 'user-agent': opts.userAgent ?? 'ghirbal-update' };
  if (prev?.etag) headers['if-none-match'] = prev.etag;
  if (prev?.lastModified) headers['if-modified-since'] = prev.lastModified;
  await mkdir(cache.incoming, { recursive: true });

  const signal = AbortSignal.timeout(opts.timeoutMs);
  let res: Response;
  try {
    res = await fetch(remote.url, { headers, signal, redirect: 'follow' });
  } catch (err) {
    throw new DownloadError(remote.url, describeFetchError(err, opts.timeoutMs));
  }
  if (res.status === 304 && prev) {
    return { file: remote.file, status: 'not-modified', path: cache.goodPath(remote.file), state: prev };
  }
  if (!res.ok || !res.body) throw new DownloadError(remote.url, `HTTP ${res.status} ${res.statusText}`);

  const path = join(cache.incoming, remote.file);
  const hash = createHash('sha256');
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      bytes += chunk.length;
      cb(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), count, createWriteStream(path));
  } catch (err) {
    throw new DownloadError(remote.url, `download interrupted after ${bytes} bytes: ${describeFetchError(err, opts.timeoutMs)}`);
  }
  const expected = Number(res.headers.get('content-length'));
  const encoded = res.headers.get('content-encoding');
  if (!encoded && Number.isFinite(expected) && expected > 0 && bytes !== expected) {
    throw new DownloadError(remote.url, `truncated: received ${bytes} of ${expected} bytes`);
  }
  const state: FileState = {
    etag: res.headers.get('etag') ?? undefined,
    lastModified: res.headers.get('last-modified') ?? undefined,
    sha256: hash.digest('hex'),
    bytes,
    fetchedAt: new Date().toISOString().slice(0, 19),
  };
  if (prev && prev.sha256 === state.sha256) {
    return { file: remote.file, status: 'not-modified', path: cache.goodPath(remote.file), state: { ...prev, ...state } };
  }
  return { file: remote.file, status: 'downloaded', path, state };
}

function describeFetchError(err: unknown, timeoutMs: number): string {
  const e = err as Error & { cause?: Error & { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timed out after ${timeoutMs / 1000}s`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause ? `${e.message} (${cause})` : (e?.message ?? String(err));
}
