/**
 * `ghirbal subjects add FILE | list | remove ID...`: the customers, suppliers and vessels
 * watched. Adding screens them at once; every list update re-screens them against what
 * changed (rescreenAfterImport, which the import path calls).
 */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { buildListIndex } from '../screening/batch-index.js';
import { monitorOptions, rescreenChanges, type MonitorReport } from '../screening/monitor.js';
import { addSubjectFile, buildOnce } from '../screening/subjects.js';
import { applyMapOption, checkSchemaChoice, guessMapping, MappingError } from '../screening/table-input-mapping.js';
import { openTable } from '../screening/table-input.js';
import { WebhookDispatcher } from '../screening/webhooks.js';
import { SourceError } from '../sources/types.js';
import type { Store } from '../store/types.js';
import { withStore, type GlobalOptions } from './context.js';
import { printJson, printTable } from './output.js';
import { progressBar } from './progress.js';

function lazyIndex(store: Store, json?: boolean) {
  return buildOnce(async () => {
    const bar = progressBar('Indexing lists', null, { json });
    const index = await buildListIndex(store, (n) => bar.update(n, 'entities'));
    bar.done();
    return index;
  });
}

function rescreenLine(r: MonitorReport): string {
  const lists = r.datasets.map((d) => `${d.dataset} ${d.from === null ? 'new' : `@${d.from}`}→@${d.to} (+${d.added} ~${d.changed} −${d.removed})`).join(', ');
  return `Re-screened ${r.subjects} subjects against ${lists || 'no changes'} in ${r.seconds.toFixed(1)} s: `
    + `${r.raised} new alerts, ${r.reopened} reopened, ${r.changed} changed, ${r.delisted} closed as delisted\n`;
}

/**
 * After a list import: screen the watched subjects against what changed, then send the alerts
 * to the webhooks (once; failures are retried by a server or `ghirbal webhooks deliver`).
 */
export async function rescreenAfterImport(store: Store, json?: boolean): Promise<MonitorReport> {
  const report = await rescreenChanges(monitorOptions(store, lazyIndex(store, json)));
  if (report.subjects > 0 && !json) process.stderr.write(rescreenLine(report));
  await new WebhookDispatcher(store).deliverDue();
  return report;
}

interface AddOptions {
  map: string[];
  schema: string;
}

async function addFile(store: Store, file: string, o: AddOptions, g: GlobalOptions): Promise<void> {
  const table = await openTable(file);
  let guess = guessMapping(table.columns);
  if (o.map.length) guess = applyMapOption(guess, table.columns, o.map);
  if (!g.json) {
    process.stderr.write(`Columns: ${Object.entries(guess.mapping).map(([f, c]) => `${f} ← "${c}"`).join(', ')}${guess.ignored.length ? `; not read: ${guess.ignored.map((c) => `"${c}"`).join(', ')}` : ''}\n`);
  }
  const bar = progressBar('Adding subjects', null, { json: g.json });
  const errors: { line: number; error: string }[] = [];
  const report = await addSubjectFile({
    ...monitorOptions(store, lazyIndex(store, g.json)),
    table, mapping: guess.mapping, schema: checkSchemaChoice(o.schema),
    onRecordError: (line, error) => {
      errors.push({ line, error });
      if (!g.json) process.stderr.write(`${clearLine()}${basename(file)}: line ${line}: ${error}\n`);
    },
    onProgress: (n) => bar.update(n, 'records'),
  });
  bar.done();
  await new WebhookDispatcher(store).deliverDue();
  const { alerts, catchUp, ...counts } = report;
  if (g.json) return printJson({ ...counts, mapping: guess.mapping, errors, alerts: alerts.map((a) => a.id), rescreened: catchUp });
  if (catchUp.subjects > 0 && catchUp.datasets.length > 0) process.stderr.write(rescreenLine(catchUp));
  process.stdout.write(`${counts.added} subjects added, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.errors} not added; `
    + `${alerts.filter((a) => a.status === 'open').length} alerts raised or reopened (ghirbal alerts --open)\n`);
}

export function register(program: Command): void {
  const subjects = program.command('subjects').description('Customers, suppliers, vessels… watched: re-screened after every list update');

  subjects
    .command('add')
    .description('Watch the records of a CSV, Excel or JSON-lines file (each with its own id), screening them now')
    .argument('<file>', 'same formats and column mapping as `ghirbal screen`')
    .option('--map <field=Column,...>', 'which column holds which field (repeatable); id=COLUMN names the subject ids', (v: string, prev: string[]) => [...prev, v], [])
    .option('--schema <schema>', 'Person, Company, Organization, LegalEntity, Vessel, Airplane, or auto', 'auto')
    .action(async (file: string, o: AddOptions, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      try {
        await withStore(g, (store) => addFile(store, file, o, g));
      } catch (err) {
        if (!(err instanceof MappingError || err instanceof SourceError || (err as NodeJS.ErrnoException).code === 'ENOENT')) throw err;
        process.stderr.write(`ghirbal subjects add: ${(err as Error).message}\n`);
        process.exitCode = 2;
      }
    });

  subjects
    .command('list')
    .description('The subjects watched, by id')
    .option('--limit <n>', 'at most this many', '1000')
    .action(async (o: { limit: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const limit = Number(o.limit);
        const list = [];
        for await (const s of store.screening.subjects()) {
          if (list.length >= limit) break;
          list.push(s);
        }
        if (g.json) return printJson({ total: await store.screening.countSubjects(), subjects: list });
        printTable(['id', 'schema', 'name', 'birth date', 'country', 'added'], list.map((s) => [
          s.id, s.schema, (s.properties.name ?? [s.properties.firstName, s.properties.lastName].flat().filter(Boolean)).join(' / '),
          s.properties.birthDate?.join(', '), [...(s.properties.nationality ?? []), ...(s.properties.country ?? [])].join(', '), s.addedAt.slice(0, 10),
        ]));
      });
    });

  subjects
    .command('remove')
    .description('Stop watching these subjects (their open alerts close)')
    .argument('<ids...>', 'subject ids')
    .action(async (ids: string[], _o: unknown, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      await withStore(g, async (store) => {
        const removed = await store.screening.removeSubjects(ids);
        const missing = ids.filter((id) => !removed.includes(id));
        if (g.json) printJson({ removed, missing });
        else process.stdout.write(`${removed.length} removed${missing.length ? `; not watched: ${missing.join(', ')}` : ''}\n`);
        if (missing.length) process.exitCode = 1;
      });
    });
}

/** On a terminal, the progress bar's line is cleared before a message is printed over it. */
function clearLine(): string {
  return process.stderr.isTTY ? '\r\x1b[2K' : '';
}
