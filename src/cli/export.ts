/** `ghirbal export --format ftm`: the current entities as FollowTheMoney JSON lines. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { withStore, type GlobalOptions } from './context.js';

export function register(program: Command): void {
  program
    .command('export')
    .description('Write entities as FollowTheMoney JSON lines (readable again by ingest and by OpenSanctions tools)')
    .option('--format <format>', 'output format (only "ftm")', 'ftm')
    .option('--dataset <name>', 'only this dataset (default: every dataset)')
    .option('--version <n>', 'that version of --dataset (default: current)')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: { format: string; dataset?: string; version?: string; out?: string }, cmd: Command) => {
      if (opts.format !== 'ftm') throw new Error(`Unknown export format "${opts.format}" (supported: ftm)`);
      if (opts.version && !opts.dataset) throw new Error('--version needs --dataset');
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
        const source = opts.dataset ? store.entities(opts.dataset, opts.version ? Number(opts.version) : undefined) : store.allCurrentEntities();
        let n = 0;
        for await (const e of source) {
          n++;
          if (!out.write(`${JSON.stringify(e)}\n`)) await once(out, 'drain');
        }
        if (opts.out) {
          out.end();
          await once(out, 'finish');
        }
        process.stderr.write(`${n} entities exported\n`);
      });
    });
}
