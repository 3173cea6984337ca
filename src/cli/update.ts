/**
 * `ghirbal update`: fetch each source's files with conditional requests, import what
 * changed, and keep the last good file and version whenever anything fails.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { DatasetCache, fetchFile, type Fetched } from '../sources/download.js';
import { OFFICIAL_SOURCES, parseSources, type RemoteSource } from '../sources/official.js';
import { formatByName } from '../sources/registry.js';
import type { Store } from '../store/types.js';
import { withStore, type GlobalOptions } from './context.js';
import { errorText, importBundle, type BundleOutcome } from './import.js';
import { printOutcomes } from './ingest.js';
import { printJson } from './output.js';

/** A new version must hold at least this share of the previous one's entities. */
const MIN_SHARE_OF_PREVIOUS = 0.5;

interface UpdateOptions {
  sources?: string;
  cache?: string;
  timeout: string;
  only?: string[];
  force?: boolean;
}

export function register(program: Command): void {
  program
    .command('update')
    .description("Download the official lists (conditional requests), import what changed, keep the last good version on failure")
    .option('--sources <file>', 'JSON file of sources [{dataset, format, files: [{url, file}]}] (default: the official URLs)')
    .option('--cache <dir>', 'where downloads are kept', process.env.GHIRBAL_CACHE ?? '.ghirbal/downloads')
    .option('--timeout <seconds>', 'per-file time limit', '120')
    .option('--only <datasets...>', 'update only these datasets')
    .option('--force', 'accept a new version even if it lost more than half of the entities')
    .action(async (opts: UpdateOptions, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const timeoutMs = Number(opts.timeout) * 1000;
      if (!(timeoutMs > 0)) throw new Error(`--timeout must be a positive number of seconds, got "${opts.timeout}"`);
      let sources = opts.sources ? parseSources(JSON.parse(await readFile(opts.sources, 'utf8')), opts.sources) : OFFICIAL_SOURCES;
      if (opts.only) sources = sources.filter((s) => opts.only!.includes(s.dataset));
      await withStore(g, async (store) => {
        const outcomes: BundleOutcome[] = [];
        for (const source of sources) {
          outcomes.push(await updateSource(store, source, resolve(opts.cache!), timeoutMs, opts.force ?? false, g.json ?? false));
        }
        if (g.json) printJson({ outcomes });
        else printOutcomes(outcomes);
        if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
      });
    });
}

export async function updateSource(
  store: Store,
  source: RemoteSource,
  cacheRoot: string,
  timeoutMs: number,
  force: boolean,
  json: boolean,
): Promise<BundleOutcome> {
  const started = performance.now();
  const cache = new DatasetCache(join(cacheRoot, source.dataset));
  const fail = (error: string): BundleOutcome => ({
    files: source.files.map((f) => f.url),
    format: source.format,
    dataset: source.dataset,
    status: 'failed',
    issues: [],
    error,
    seconds: (performance.now() - started) / 1000,
  });
  let fetched: Fetched[];
  try {
    const format = formatByName(source.format);
    fetched = [];
    for (const f of source.files) fetched.push(await fetchFile(cache, f, { timeoutMs }));
    const current = await store.version(source.dataset);
    if (current && fetched.every((f) => f.status === 'not-modified')) {
      await cache.discard();
      return { ...fail(''), error: undefined, status: 'unchanged', version: current, entities: current.entityCount, files: fetched.map((f) => f.path) };
    }
    const minEntities = force || !current ? undefined : Math.ceil(current.entityCount * MIN_SHARE_OF_PREVIOUS);
    const outcome = await importBundle(store, { format, files: fetched.map((f) => f.path) }, { dataset: source.dataset, json, minEntities });
    if (outcome.status === 'failed') await cache.discard();
    else await cache.promote(fetched);
    return outcome;
  } catch (err) {
    await cache.discard();
    return fail(errorText(err));
  }
}
