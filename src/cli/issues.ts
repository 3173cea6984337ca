/** `ghirbal issues DATASET [VERSION]`: what the parser reported while reading a version. */
import type { Command } from 'commander';
import { withStore, type GlobalOptions } from './context.js';
import { printJson } from './output.js';
import { parseSeq } from './diff.js';

export function register(program: Command): void {
  program
    .command('issues')
    .description('List the problems reported while importing a version (malformed rows, unreadable values…)')
    .argument('<dataset>')
    .argument('[version]', 'version number (default: current)')
    .action(async (dataset: string, version: string | undefined, _opts: unknown, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const issues = await store.versionIssues(dataset, parseSeq(version, 'VERSION'));
        if (issues === null) {
          process.stderr.write(`No version ${version ?? '(current)'} of dataset "${dataset}".\n`);
          process.exitCode = 2;
          return;
        }
        if (g.json) return printJson(issues);
        for (const i of issues) {
          process.stdout.write(`${i.file}${i.line ? `:${i.line}` : ''}${i.record ? ` [${i.record}]` : ''}${i.field ? ` ${i.field}` : ''}: ${i.message}\n`);
        }
        process.stderr.write(`${issues.length} issues\n`);
      });
    });
}
