/** `ghirbal datasets`: what is loaded — each dataset's current version, its date and size. */
import type { Command } from 'commander';
import { withStore, type GlobalOptions } from './context.js';
import { printJson, printTable, shortTime } from './output.js';
import type { DatasetSummary, DatasetVersion } from '../store/types.js';
import { isMatchable } from '../model/schema.js';

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
            ['dataset', 'version', 'current', 'published', 'imported', 'listed', 'records', 'issues', 'format', 'hash'],
            all.flat().map((v) => [v.dataset, `#${v.seq}`, v.current ? 'yes' : '', publishedDate(v), shortTime(v.importedAt), listedCount(v), v.entityCount, v.issueCount, v.format, v.contentHash.slice(0, 12)]),
          );
        }
        if (g.json) return printJson(summaries);
        printDatasets(summaries);
      });
    });
}

/**
 * "Listed" counts what screening matches against (people, companies, vessels…); "records"
 * adds the sanction records, documents, addresses and links that describe them.
 */
export function listedCount(v: DatasetVersion): number {
  return Object.entries(v.schemaCounts).reduce((n, [schema, c]) => n + (isMatchable(schema) ? c : 0), 0);
}

function publishedDate(v: DatasetVersion): string {
  return v.publishedAt?.slice(0, 10) ?? '';
}

function schemaBreakdown(v: DatasetVersion): string {
  return Object.entries(v.schemaCounts)
    .filter(([schema]) => isMatchable(schema))
    .sort((a, b) => b[1] - a[1])
    .map(([schema, c]) => `${schema} ${c}`)
    .join(', ');
}

export function printDatasets(summaries: DatasetSummary[]): void {
  printTable(
    ['dataset', 'version', 'versions', 'published', 'imported', 'listed', 'records', 'issues', 'format', 'listed by schema'],
    summaries.map((s) => [
      s.name,
      s.current ? `#${s.current.seq}` : '',
      s.versionCount,
      s.current ? publishedDate(s.current) : '',
      shortTime(s.current?.importedAt),
      s.current ? listedCount(s.current) : 0,
      s.current?.entityCount ?? 0,
      s.current?.issueCount ?? 0,
      s.current?.format ?? '',
      s.current ? schemaBreakdown(s.current) : '',
    ]),
    80,
  );
  const listed = summaries.reduce((n, s) => n + (s.current ? listedCount(s.current) : 0), 0);
  const total = summaries.reduce((n, s) => n + (s.current?.entityCount ?? 0), 0);
  process.stdout.write(`\n${summaries.length} datasets: ${listed} listed entities, ${total} records in current versions\n`);
}
