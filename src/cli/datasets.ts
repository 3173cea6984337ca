/** `ghirbal datasets`: what is loaded — each dataset's current version, its date and size. */
import type { Command } from 'commander';
import { withStore, type GlobalOptions } from './context.js';
import { printJson, printTable, shortTime } from './output.js';
import type { DatasetSummary } from '../store/types.js';

export function register(program: Command): void {
  program
    .command('datasets')
    .description('List datasets with their current version, publication date and entity count')
    .option('--versions', 'list every version of every dataset')
    .action(async (opts: { versions?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const summaries = await store.datasets();
        if (opts.versions) {
          const all = await Promise.all(summaries.map((s) => store.versions(s.name)));
          if (g.json) return printJson(all.flat());
          return printTable(
            ['dataset', 'version', 'current', 'published', 'imported', 'entities', 'issues', 'format', 'hash'],
            all.flat().map((v) => [v.dataset, `#${v.seq}`, v.current ? 'yes' : '', v.publishedAt ?? '', shortTime(v.importedAt), v.entityCount, v.issueCount, v.format, v.contentHash.slice(0, 12)]),
          );
        }
        if (g.json) return printJson(summaries);
        printDatasets(summaries);
      });
    });
}

export function printDatasets(summaries: DatasetSummary[]): void {
  printTable(
    ['dataset', 'version', 'versions', 'published', 'imported', 'entities', 'issues', 'format'],
    summaries.map((s) => [
      s.name,
      s.current ? `#${s.current.seq}` : '',
      s.versionCount,
      s.current?.publishedAt ?? '',
      shortTime(s.current?.importedAt),
      s.current?.entityCount ?? 0,
      s.current?.issueCount ?? 0,
      s.current?.format ?? '',
    ]),
  );
  const total = summaries.reduce((n, s) => n + (s.current?.entityCount ?? 0), 0);
  process.stdout.write(`\n${summaries.length} datasets, ${total} entities in current versions\n`);
}
