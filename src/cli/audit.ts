/** `ghirbal audit verify|export`: check the screening audit trail, and hand it over. */
import { once } from 'node:events';
import type { Command } from 'commander';
import { withStore, type GlobalOptions } from './context.js';
import { printJson } from './output.js';

export function register(program: Command): void {
  const audit = program
    .command('audit')
    .description('Verify and export the hash-chained log of every screening');

  audit
    .command('verify')
    .description('Re-hash the whole log: exit 0 when intact, 1 naming the first record that was edited, removed or added')
    .action(async (_opts: unknown, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const v = await store.verifyAudit();
        if (!v.ok) process.exitCode = 1;
        if (g.json) return printJson(v);
        if (v.ok) {
          process.stdout.write(`Audit log intact: ${v.checked} records.\n`);
          if (v.checked > 0 && v.lastHash) process.stdout.write(`Last hash: ${v.lastHash}\n(keep it outside the database to show later the log was not rewritten)\n`);
          return;
        }
        process.stdout.write(`Audit log BROKEN at record ${v.firstBad?.seq}: ${v.firstBad?.reason}\n`);
        process.stdout.write(`${v.checked} records before it fit the chain.\n`);
      });
    });

  audit
    .command('export')
    .description('Write audit records as JSON lines, oldest first')
    .option('--from <iso>', 'first time included, e.g. 2024-05-01 or 2024-05-01T09:00:00Z (UTC unless a zone is given)')
    .option('--to <iso>', 'first time excluded')
    .action(async (opts: { from?: string; to?: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        for await (const record of store.auditRecords({ from: opts.from, to: opts.to })) {
          if (!process.stdout.write(`${JSON.stringify(record)}\n`)) await once(process.stdout, 'drain');
        }
      });
    });
}
