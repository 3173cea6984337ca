/** `ghirbal ingest PATH...`: read list files into new dataset versions. */
import { relative } from 'node:path';
import type { Command } from 'commander';
import { importPaths, type BundleOutcome } from './import.js';
import { withStore, type GlobalOptions } from './context.js';
import { printJson, printTable } from './output.js';

/** How many of a bundle's issues to print on a terminal; --json has them all. */
const SHOWN_ISSUES = 5;

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Read list files (or folders of them) into the store, one new version per changed dataset')
    .argument('<paths...>', 'list files or folders')
    .option('--dataset <name>', 'dataset to import into (default: from the format)')
    .option('--format <name>', 'read every file as this format instead of detecting it')
    .action(async (paths: string[], opts: { dataset?: string; format?: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const { outcomes, skipped } = await importPaths(store, paths, { ...opts, json: g.json });
        if (g.json) printJson({ outcomes: outcomes.map(jsonOutcome), skipped });
        else printOutcomes(outcomes, skipped);
        if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
      });
    });
}

function jsonOutcome(o: BundleOutcome) {
  return { ...o, files: o.files.map((f) => relative(process.cwd(), f)) };
}

/** The outcome table, errors, and the first `shownIssues` issues of each bundle. */
export function printOutcomes(outcomes: BundleOutcome[], skipped: string[] = [], shownIssues = SHOWN_ISSUES): void {
  printTable(
    ['dataset', 'format', 'status', 'version', 'records', 'issues', 'secs', 'files'],
    outcomes.map((o) => [
      o.dataset,
      o.format,
      o.status,
      o.version ? `#${o.version.seq}` : '',
      o.entities ?? '',
      o.issues.length,
      o.seconds.toFixed(1),
      o.files.map((f) => relative(process.cwd(), f)).join(' '),
    ]),
    70,
  );
  for (const o of outcomes) {
    if (o.error) process.stderr.write(`error: ${o.error}\n`);
    for (const i of o.issues.slice(0, shownIssues)) {
      process.stderr.write(`  ${i.file}${i.line ? `:${i.line}` : ''}${i.record ? ` [${i.record}]` : ''}${i.field ? ` ${i.field}` : ''}: ${i.message}\n`);
    }
    if (o.issues.length > shownIssues) {
      process.stderr.write(`  ${shownIssues ? '… and ' : ''}${o.issues.length - shownIssues} ${shownIssues ? 'more ' : ''}issues in ${o.dataset}: ghirbal issues ${o.dataset}${o.version ? ` ${o.version.seq}` : ''}\n`);
    }
  }
  for (const s of skipped) process.stderr.write(`skipped (not a list format): ${relative(process.cwd(), s)}\n`);
}
