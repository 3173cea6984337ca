/**
 * `ghirbal quickstart` (what `npm start` runs): load every list file in the data folder into
 * the embedded store and show what is loaded. Versions of one list are imported oldest first,
 * so the store ends with the newest current and `ghirbal diff` has something to show.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { withStore, type GlobalOptions } from './context.js';
import { importPaths, type BundleOutcome } from './import.js';
import { printOutcomes } from './ingest.js';
import { printDatasets } from './datasets.js';
import { printJson } from './output.js';

/** The list files of the shared data folder, each list's versions oldest first. */
export const LIST_PATHS = [
  'ofac/sdn_set_2021-07-07',
  'ofac/sdn_2024-05-03',
  'ofac/consolidated_nonsdn_enhanced_xml_2025-01-10',
  'ofac/consolidated_nonsdn_xml_2025-03-28',
  'ofac/consolidated_nonsdn_csv_2025-12',
  'un',
  'eu/opensanctions_eu_journal_consolidated',
  'uk',
  'us_csl',
  'opensanctions/ftm_samples',
];

/** GHIRBAL_DATA_DIR, else ../shared/data beside the installed package. */
export function dataDir(): string {
  if (process.env.GHIRBAL_DATA_DIR) return resolve(process.env.GHIRBAL_DATA_DIR);
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return resolve(dir, '..', 'shared', 'data');
  }
  return resolve('..', 'shared', 'data');
}

export function register(program: Command): void {
  program
    .command('quickstart')
    .description('Load every list in the data folder (GHIRBAL_DATA_DIR or ../shared/data) and show what is loaded')
    .action(async (_opts: unknown, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const dir = dataDir();
      const paths = LIST_PATHS.map((p) => join(dir, p)).filter((p) => existsSync(p));
      if (paths.length === 0) throw new Error(`No list files found in ${dir}. Set GHIRBAL_DATA_DIR to a folder of downloaded lists, or run "ghirbal update".`);
      await withStore(g, async (store) => {
        const outcomes: BundleOutcome[] = [];
        const skipped: string[] = [];
        for (const p of paths) {
          const r = await importPaths(store, [p], { json: g.json });
          outcomes.push(...r.outcomes);
          skipped.push(...r.skipped);
        }
        const summaries = await store.datasets();
        if (g.json) return printJson({ outcomes, skipped, datasets: summaries });
        printOutcomes(outcomes, skipped, 0);
        process.stdout.write('\n');
        printDatasets(summaries);
        if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
      });
    });
}
