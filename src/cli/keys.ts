/** `ghirbal keys create|list|revoke`: the API keys clients of `ghirbal serve` present. */
import { Option, type Command } from 'commander';
import { withStore, type GlobalOptions } from './context.js';
import { printJson, printTable, shortTime } from './output.js';
import type { KeyRole } from '../store/types.js';

export function register(program: Command): void {
  const keys = program
    .command('keys')
    .description('Create, list and revoke API keys for the HTTP server');

  keys
    .command('create')
    .description('Create a key; its secret is printed once and never stored')
    .addOption(new Option('--role <role>', 'screen: run screenings; admin: also update data and manage keys')
      .choices(['screen', 'admin'])
      .makeOptionMandatory())
    .option('--label <label>', 'who or what holds the key, e.g. "onboarding service"')
    .action(async (opts: { role: KeyRole; label?: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const { record, key } = await store.createApiKey(opts.role, opts.label);
        const { id, ...rest } = record;
        if (g.json) return printJson({ id, key, ...rest });
        const label = record.label ? ` "${record.label}"` : '';
        process.stdout.write(`Created ${record.role} key ${id}${label}:\n\n  ${key}\n\n`);
        process.stdout.write('Copy it now: Ghirbal keeps only a hash of it and cannot show it again.\n');
        process.stdout.write('Clients send it in the header "Authorization: ApiKey <key>".\n');
      });
    });

  keys
    .command('list')
    .description('List keys (ids, roles, labels, when created and revoked; never the secrets)')
    .action(async (_opts: unknown, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const all = await store.listApiKeys();
        if (g.json) return printJson(all);
        printTable(['id', 'role', 'label', 'created', 'revoked'],
          all.map((k) => [k.id, k.role, k.label, shortTime(k.createdAt), shortTime(k.revokedAt)]));
      });
    });

  keys
    .command('revoke')
    .description('Revoke a key by its id: requests bearing it are refused from then on')
    .argument('<id>', 'the key id, e.g. key_1a2b3c4d (see ghirbal keys list)')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        if (!(await store.revokeApiKey(id))) throw new Error(`No live key with id "${id}" (unknown, or revoked already): see ghirbal keys list`);
        if (g.json) return printJson({ id, revoked: true });
        process.stdout.write(`Revoked ${id}.\n`);
      });
    });
}
