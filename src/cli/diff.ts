/** `ghirbal diff DATASET [FROM] [TO]`: what changed between two versions of a list. */
import type { Command } from 'commander';
import { withStore, type GlobalOptions } from './context.js';
import { printJson } from './output.js';
import type { VersionDiff } from '../store/types.js';
import { isMatchable } from '../model/schema.js';

const SHOWN = 50;

export function parseSeq(v: string | undefined, what: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/^#/, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a version number like 2 or #2, got "${v}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('diff')
    .description('Show entities added, removed and changed between two versions (default: previous → current)')
    .argument('<dataset>')
    .argument('[from]', 'version number (default: the one before "to")')
    .argument('[to]', 'version number (default: current)')
    .option('--all', 'print every change, not the first 50 of each kind')
    .action(async (dataset: string, from: string | undefined, to: string | undefined, opts: { all?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const d = await store.diff(dataset, parseSeq(from, 'FROM'), parseSeq(to, 'TO'));
        if (g.json) return printJson(d);
        printDiff(d, opts.all ? Infinity : SHOWN);
      });
    });
}

/**
 * Listed entities (people, companies, vessels…) first: they are what an analyst reads a diff
 * for. Sanction records, documents and links that changed with them are counted after.
 */
function listedFirst<T extends { schema: string }>(items: T[]): { listed: T[]; related: number } {
  const listed = items.filter((e) => isMatchable(e.schema));
  return { listed, related: items.length - listed.length };
}

function printDiff(d: VersionDiff, shown: number): void {
  const out = process.stdout;
  const label = (v: VersionDiff['from']) => (v ? `#${v.seq} (${v.publishedAt ?? v.importedAt.slice(0, 10)})` : '(nothing)');
  const added = listedFirst(d.added);
  const removed = listedFirst(d.removed);
  const changed = listedFirst(d.changed);
  out.write(`${d.dataset}: ${label(d.from)} → ${label(d.to)}\n`);
  out.write(`  listed entities: ${added.listed.length} added, ${removed.listed.length} removed, ${changed.listed.length} changed\n`);
  out.write(`  related records (sanctions, documents, links, addresses): ${added.related} added, ${removed.related} removed, ${changed.related} changed\n`);
  const more = (n: number) => (n > shown ? `  … ${n - shown} more (use --all or --json)\n` : '');
  if (added.listed.length) out.write('\nAdded\n');
  for (const e of added.listed.slice(0, shown)) out.write(`  + ${e.id}  ${e.schema}  ${e.caption}\n`);
  out.write(more(added.listed.length));
  if (removed.listed.length) out.write('\nRemoved\n');
  for (const e of removed.listed.slice(0, shown)) out.write(`  - ${e.id}  ${e.schema}  ${e.caption}\n`);
  out.write(more(removed.listed.length));
  if (changed.listed.length) out.write('\nChanged\n');
  for (const c of changed.listed.slice(0, shown)) {
    out.write(`  ~ ${c.id}  ${c.schema}  ${c.caption}\n`);
    for (const p of c.changes) out.write(`      ${p.prop}: ${JSON.stringify(p.old)} → ${JSON.stringify(p.new)}\n`);
  }
  out.write(more(changed.listed.length));
}
