/**
 * `ghirbal screen FILE`: screen every record of a customer or supplier file (CSV, Excel, JSON
 * lines) against the current lists and write one result record per input record. The column
 * mapping is guessed from the headers and printed; --map changes it. The batch is a job in the
 * store: run the same command again after a crash and it carries on where it stopped.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { ALGORITHMS, DEFAULT_ALGORITHM, findAlgorithm } from '../match/algorithms/index.js';
import { outputFormatOf, OUTPUT_FORMATS, type OutputFormat } from '../screening/batch-output.js';
import { buildListIndex } from '../screening/batch-index.js';
import type { BatchSettings } from '../screening/batch-record.js';
import { startBatch, type BatchProgress, type BatchSummary } from '../screening/batch.js';
import { DEFAULT_LIMIT } from '../screening/screen.js';
import { applyMapOption, checkSchemaChoice, guessMapping, MappingError, type MappingGuess } from '../screening/table-input-mapping.js';
import { openTable, type Table, type TableFormat } from '../screening/table-input.js';
import { SourceError } from '../sources/types.js';
import type { Store } from '../store/types.js';
import { withStore, type GlobalOptions } from './context.js';
import { progressBar } from './progress.js';

interface ScreenCliOptions {
  map: string[];
  schema: string;
  out?: string;
  threshold?: string;
  limit: string;
  cutoff: string;
  algorithm: string;
  format?: string;
}

/** A command-line mistake: printed as a usage error (exit code 2), not a crash. */
class UsageError extends Error {}

const NAME_FIELDS = ['name', 'firstName', 'lastName', 'middleName', 'fatherName', 'alias'];

function numberIn(value: string, flag: string, min: number, max: number, whole = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n))) {
    throw new UsageError(`${flag} must be ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

function settingsFrom(o: ScreenCliOptions, guess: MappingGuess): BatchSettings {
  const algorithm = findAlgorithm(o.algorithm);
  if (!algorithm) throw new UsageError(`unknown --algorithm "${o.algorithm}" (known: ${ALGORITHMS.map((a) => a.name).join(', ')})`);
  return {
    mapping: guess.mapping,
    schema: checkSchemaChoice(o.schema),
    algorithm,
    threshold: o.threshold === undefined ? algorithm.defaultThreshold : numberIn(o.threshold, '--threshold', 0, 1),
    limit: numberIn(o.limit, '--limit', 1, 100, true),
    cutoff: numberIn(o.cutoff, '--cutoff', 0, 1),
  };
}

/** --out, else `<input name>.screened.<same kind>` beside the input. */
function outputOf(file: string, table: Table, out?: string): { path: string; format: OutputFormat } {
  if (out) {
    const format = outputFormatOf(out);
    if (!format) throw new UsageError(`--out ${out}: name a .csv, .jsonl or .xlsx file`);
    return { path: out, format };
  }
  const format: OutputFormat = table.format;
  return { path: join(dirname(file), `${basename(file, extname(file))}.screened.${format}`), format };
}

function describeMapping(table: Table, guess: MappingGuess, given: boolean): string {
  const lines = [`Columns (${given ? 'guessed, then --map' : 'guessed from the headers; change with --map field=Column'}):`];
  for (const [field, column] of Object.entries(guess.mapping)) lines.push(`  ${field.padEnd(18)} ← "${column}"`);
  for (const note of guess.notes) lines.push(`  (${note})`);
  if (guess.ignored.length) lines.push(`  not screened: ${guess.ignored.map((c) => `"${c}"`).join(', ')}`);
  if (table.delimiter) lines.push(`  read as ${table.encoding} CSV delimited by ${JSON.stringify(table.delimiter)}`);
  return `${lines.join('\n')}\n`;
}

function emit(value: object): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

function printSummary(s: BatchSummary, out: string): void {
  const resumed = s.resumedFrom > 0 ? ` (resumed after record ${s.resumedFrom})` : '';
  process.stderr.write(`Screened ${s.rows} records${resumed} in ${s.seconds.toFixed(1)} s (${Math.round(s.rowsPerSecond)} records/s): `
    + `${s.alerts} with a match, ${s.errors} not screened${s.errors ? ' (lines above)' : ''}.\nResults: ${out}\n`);
}

async function screenFile(store: Store, file: string, o: ScreenCliOptions, g: GlobalOptions): Promise<void> {
  const table = await openTable(file, o.format as TableFormat | undefined);
  let guess = guessMapping(table.columns);
  if (o.map.length) guess = applyMapOption(guess, table.columns, o.map);
  if (g.json) emit({ type: 'mapping', columns: guess.mapping, notes: guess.notes, ignored: guess.ignored, format: table.format, delimiter: table.delimiter ?? null });
  else process.stderr.write(describeMapping(table, guess, o.map.length > 0));
  if (!NAME_FIELDS.some((f) => guess.mapping[f])) throw new UsageError(`no column is read as a name in ${basename(file)}: use --map name=COLUMN (columns: ${table.columns.map((c) => `"${c}"`).join(', ')})`);
  const settings = settingsFrom(o, guess);
  const out = outputOf(file, table, o.out);
  const batch = await startBatch({
    store, table, settings, owner: null, channel: 'cli screen',
    index: async () => {
      const bar = progressBar('Indexing lists', null, { json: g.json });
      const index = await buildListIndex(store, (n) => bar.update(n, 'entities'));
      bar.done();
      if (index.match.entities.length === 0) throw new UsageError('no lists in this store: run `ghirbal ingest` or `ghirbal quickstart` first');
      return index;
    },
  });
  const { job } = batch;
  if (job.done > 0) process.stderr.write(`Resuming job ${job.id}: ${job.done} of ${job.total} records were screened before.\n`);
  if (g.json) emit({ type: 'job', job: job.id, total: job.total, done: job.done, resumed: job.done > 0 });
  const bar = progressBar('Screening', job.total === null ? null : job.total - job.done, { json: g.json });
  const summary = await batch.run({
    out,
    onProgress: (p: BatchProgress) => {
      if (g.json) emit({ type: 'progress', job: job.id, done: p.done, total: p.total, rate: Math.round(p.rate), eta_seconds: p.etaSeconds === null ? null : Math.round(p.etaSeconds) });
      else bar.update(p.done - job.done, 'records');
    },
    onRecordError: (r) => {
      if (g.json) emit({ type: 'record_error', row: r.row, line: r.line, error: r.error });
      else process.stderr.write(`${clearLine()}${basename(file)}: ${r.error}\n`);
    },
  });
  bar.done();
  if (g.json) emit({ type: 'summary', ...summary, out: out.path, format: out.format });
  else printSummary(summary, out.path);
}

export function register(program: Command): void {
  program
    .command('screen')
    .description('Screen every record of a CSV, Excel or JSON-lines file against the current lists (resumable)')
    .argument('<file>', 'customers, suppliers, vessels…: .csv (any delimiter), .xlsx or .jsonl')
    .option('--map <field=Column,...>', 'which column holds which field, e.g. name=Customer Name,birthDate=DOB (repeatable)', (v: string, prev: string[]) => [...prev, v], [])
    .option('--schema <schema>', 'Person, Company, Organization, LegalEntity, Vessel, Airplane, or auto (from a type column, else from the fields filled in)', 'auto')
    .option('--out <file>', `results: .csv, .jsonl or .xlsx (default: <file>.screened.<same kind>); formats ${OUTPUT_FORMATS.join(', ')}`)
    .option('--threshold <t>', "score from which a hit is a match (default: the algorithm's)")
    .option('--limit <n>', 'hits kept per record', String(DEFAULT_LIMIT))
    .option('--cutoff <score>', 'hits scoring this or less are left out unless they match', '0.5')
    .option('--algorithm <name>', `scoring algorithm: ${ALGORITHMS.map((a) => a.name).join(', ')}`, DEFAULT_ALGORITHM)
    .option('--format <kind>', 'read the file as csv, xlsx or jsonl instead of going by its name')
    .action(async (file: string, o: ScreenCliOptions, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      try {
        if (o.format !== undefined && !['csv', 'xlsx', 'jsonl'].includes(o.format)) throw new UsageError(`--format ${o.format}: use csv, xlsx or jsonl`);
        await withStore(g, (store) => screenFile(store, file, o, g));
      } catch (err) {
        if (!(err instanceof UsageError || err instanceof MappingError || err instanceof SourceError || isMissingFile(err))) throw err;
        process.stderr.write(`ghirbal screen: ${(err as Error).message}\n`);
        process.exitCode = 2;
      }
    });
}

function isMissingFile(err: unknown): boolean {
  return (err as NodeJS.ErrnoException)?.code === 'ENOENT';
}

/** On a terminal, the progress bar's line is cleared before a message is printed over it. */
function clearLine(): string {
  return process.stderr.isTTY ? '\r\x1b[2K' : '';
}
