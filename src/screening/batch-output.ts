/**
 * Batch results as files: CSV (the input's columns, then Ghirbal's), JSON lines (one record
 * as batch-record.ts shapes it) or an Excel workbook (the CSV's columns). Written to a
 * stream, or to a file by way of a `.partial` beside it that is renamed when complete, so a
 * crash never leaves a half-written file under the name asked for.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { BatchRecord } from './batch-record.js';

export type OutputFormat = 'csv' | 'jsonl' | 'xlsx';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['csv', 'jsonl', 'xlsx'];

/** Ghirbal's columns after the input's; prefixed so they never collide with a customer's own. */
const RESULT_COLUMNS = [
  'ghirbal_line', 'ghirbal_status', 'ghirbal_match', 'ghirbal_best_score', 'ghirbal_best_id', 'ghirbal_best_caption',
  'ghirbal_reason', 'ghirbal_matches', 'ghirbal_results', 'ghirbal_dataset_versions', 'ghirbal_error',
];

/** Excel refuses longer cells. */
const MAX_CELL = 32767;

export function outputFormatOf(path: string): OutputFormat | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  if (ext === '.xlsx') return 'xlsx';
  return null;
}

function text(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A record as a table row: its input columns as given, then the results. */
export function tableRow(columns: readonly string[], r: BatchRecord): string[] {
  const best = r.results[0];
  return [
    ...columns.map((c) => text(r.input[c])),
    String(r.line), r.status, r.match ? 'true' : 'false', r.best_score === null ? '' : r.best_score.toFixed(4),
    best?.id ?? '', best?.caption ?? '', r.reason, String(r.results.filter((h) => h.match).length),
    r.results.length ? JSON.stringify(r.results) : '',
    Object.entries(r.dataset_versions).map(([d, v]) => `${d}@${v}`).join(' '), r.error ?? '',
  ];
}

export function tableHeader(columns: readonly string[]): string[] {
  return [...columns, ...RESULT_COLUMNS];
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

async function put(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Write the records to an open stream and end it. */
export async function writeRecords(out: Writable, format: OutputFormat, columns: readonly string[], records: AsyncIterable<BatchRecord>): Promise<void> {
  if (format === 'xlsx') return writeWorkbook(out, columns, records);
  if (format === 'csv') await put(out, `${tableHeader(columns).map(csvField).join(',')}\n`);
  for await (const r of records) {
    await put(out, format === 'csv' ? `${tableRow(columns, r).map(csvField).join(',')}\n` : `${JSON.stringify(r)}\n`);
  }
  out.end();
  await once(out, 'finish');
}

async function writeWorkbook(out: Writable, columns: readonly string[], records: AsyncIterable<BatchRecord>): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = book.addWorksheet('results');
  sheet.addRow(tableHeader(columns)).commit();
  for await (const r of records) sheet.addRow(tableRow(columns, r).map((c) => c.slice(0, MAX_CELL))).commit();
  sheet.commit();
  await book.commit();
}

/** Write the records to `path` whole: into `path.partial`, renamed over `path` once complete. */
export async function writeOutputFile(path: string, format: OutputFormat, columns: readonly string[], records: AsyncIterable<BatchRecord>): Promise<void> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  try {
    await writeRecords(out, format, columns, records);
    await rename(partial, path);
  } catch (err) {
    out.destroy();
    await rm(partial, { force: true });
    throw err;
  }
}
