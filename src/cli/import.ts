/**
 * Paths → bundles → dataset versions. Shared by `ingest`, `update` and the quick start so
 * that every way in applies the same rules: one transaction per bundle, identical content
 * makes no new version, and a failed bundle leaves its dataset as it was.
 */
import { bundlesFor, formatByName, type Bundle } from '../sources/registry.js';
import { loadBundle } from '../sources/load.js';
import { SourceError, type SourceIssue } from '../sources/types.js';
import type { DatasetVersion, Store } from '../store/types.js';
import { progressBar } from './progress.js';
import { rescreenAfterImport } from './subjects.js';

export interface BundleOutcome {
  files: string[];
  format: string;
  dataset: string;
  status: 'created' | 'unchanged' | 'failed';
  version?: DatasetVersion;
  entities?: number;
  issues: SourceIssue[];
  error?: string;
  seconds: number;
}

export interface ImportOptions {
  dataset?: string;
  format?: string;
  json?: boolean;
  minEntities?: number;
  /** Re-screen the watched subjects when a version is created (default); importPaths does it once for all its bundles. */
  rescreen?: boolean;
}

export async function importBundle(store: Store, bundle: Bundle, opts: ImportOptions = {}): Promise<BundleOutcome> {
  const started = performance.now();
  const bar = progressBar(`${bundle.format.name}`, null, { json: opts.json });
  const loaded = await loadBundle(bundle, { dataset: opts.dataset, minEntities: opts.minEntities, onProgress: (n) => bar.update(n, 'entities') });
  const base = { files: bundle.files, format: bundle.format.name, dataset: loaded.meta.dataset };
  try {
    const res = await store.importVersion(loaded.meta, loaded.entities);
    bar.done();
    if (res.status === 'created' && opts.rescreen !== false) await rescreenSubjects(store, opts.json);
    return {
      ...base,
      status: res.status,
      version: res.version,
      entities: res.version.entityCount,
      issues: loaded.meta.issues,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (err) {
    bar.done();
    return {
      ...base,
      status: 'failed',
      issues: loaded.meta.issues,
      error: errorText(err),
      seconds: (performance.now() - started) / 1000,
    };
  }
}

export async function importPaths(store: Store, paths: string[], opts: ImportOptions = {}): Promise<{ outcomes: BundleOutcome[]; skipped: string[] }> {
  const forced = opts.format ? formatByName(opts.format) : undefined;
  const { bundles, skipped } = await bundlesFor(paths, forced);
  const outcomes: BundleOutcome[] = [];
  for (const b of bundles) outcomes.push(await importBundle(store, b, { ...opts, rescreen: false }));
  if (opts.rescreen !== false && outcomes.some((o) => o.status === 'created')) await rescreenSubjects(store, opts.json);
  return { outcomes, skipped };
}

/**
 * The watched subjects re-screened against what the import changed. A failure here leaves the
 * new version in place and the subjects marked as screened against the old one, so the next
 * import (or `ghirbal subjects add`, or a server's /updatez) catches them up; it is reported, not fatal.
 */
async function rescreenSubjects(store: Store, json?: boolean): Promise<void> {
  try {
    await rescreenAfterImport(store, json);
  } catch (err) {
    process.stderr.write(`warning: the watched subjects were not re-screened: ${errorText(err)}\n`);
  }
}

export function errorText(err: unknown): string {
  if (err instanceof SourceError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
