/** `ghirbal entity ID`: everything the lists say about one entity, and its history. */
import type { Command } from 'commander';
import { withStore, type GlobalOptions } from './context.js';
import { printJson } from './output.js';

export function register(program: Command): void {
  program
    .command('entity')
    .description('Show one entity by id (e.g. ofac-35233), with the versions it appears in')
    .argument('<id>')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const e = await store.entity(id);
        if (!e) {
          process.stderr.write(`No entity with id "${id}" in any current dataset version.\n`);
          process.exitCode = 2;
          return;
        }
        const history = await store.entityHistory(id);
        if (g.json) return printJson({ ...e, history: history.map((h) => ({ dataset: h.version.dataset, version: h.version.seq, importedAt: h.version.importedAt })) });
        const out = process.stdout;
        out.write(`${e.caption}\n${e.schema} · ${e.id} · ${e.datasets.join(', ')}${e.target ? ' · target' : ''}\n\n`);
        const width = Math.max(...Object.keys(e.properties).map((k) => k.length));
        for (const [prop, values] of Object.entries(e.properties)) {
          for (const [i, v] of values.entries()) out.write(`  ${(i === 0 ? prop : '').padEnd(width)}  ${v}\n`);
        }
        out.write(`\nIn versions: ${history.map((h) => `${h.version.dataset}#${h.version.seq}`).join(', ')}\n`);
      });
    });
}
