/**
 * A bundle read for import: its content hash (so identical files make no new version),
 * its entities streamed from the parser, and the issues the parser reported on the way.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Entity } from '../model/entity.js';
import type { SourceFileInfo, VersionMeta } from '../store/types.js';
import type { Bundle } from './registry.js';
import { SourceError, type SourceIssue } from './types.js';

export async function fileInfo(path: string): Promise<SourceFileInfo> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { name: basename(path), sha256: hash.digest('hex'), bytes: (await stat(path)).size };
}

export function contentHash(files: SourceFileInfo[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) h.update(`${f.name}\0${f.sha256}\n`);
  return h.digest('hex');
}

export interface LoadedBundle {
  /** Filled as the parser runs: issues and publication date are final once `entities` is drained. */
  meta: VersionMeta & { issues: SourceIssue[] };
  entities: AsyncIterable<Entity>;
  /** Entities yielded so far. */
  readonly count: number;
}

export interface LoadOptions {
  dataset?: string;
  /** Called every so often with the number of entities read, for progress bars. */
  onProgress?(count: number): void;
  /**
   * Fail the import when fewer entities than this are read: a list that suddenly halves is
   * far more often a broken download than a mass delisting (`update` sets it, `--force` lifts it).
   */
  minEntities?: number;
}

/**
 * Prepare a bundle for import. The entity stream fails (and so the import rolls back) when
 * the parser throws, and when the bundle yields no entity at all: an empty list replacing a
 * full one is almost always a broken download, never something to make current silently.
 */
export async function loadBundle(bundle: Bundle, opts: LoadOptions = {}): Promise<LoadedBundle> {
  const files = await Promise.all(bundle.files.map(fileInfo));
  const dataset = opts.dataset ?? bundle.format.defaultDataset(bundle.files);
  const meta: LoadedBundle['meta'] = {
    dataset,
    format: bundle.format.name,
    files,
    contentHash: contentHash(files),
    publishedAt: null,
    issues: [],
  };
  let count = 0;
  const ctx = {
    dataset,
    report: (issue: SourceIssue) => void meta.issues.push(issue),
    setPublishedAt: (date: string) => void (meta.publishedAt = date),
  };
  async function* entities(): AsyncGenerator<Entity> {
    for await (const e of bundle.format.parse(bundle.files, ctx)) {
      count++;
      if (opts.onProgress && count % 500 === 0) opts.onProgress(count);
      yield e;
    }
    opts.onProgress?.(count);
    if (count === 0) {
      throw new SourceError(`no entities read (${meta.issues.length} issues reported); nothing imported`, files[0].name);
    }
    if (opts.minEntities && count < opts.minEntities) {
      throw new SourceError(
        `only ${count} entities read where at least ${opts.minEntities} were expected; the previous version stays current (use --force to accept)`,
        files[0].name,
      );
    }
  }
  return {
    meta,
    entities: entities(),
    get count() {
      return count;
    },
  };
}
