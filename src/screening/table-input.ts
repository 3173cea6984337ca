/**
 * Customer and supplier files, read as records with the line each starts on: CSV with any
 * delimiter (sniffed), quoted or not, with or without BOM, UTF-8 or Windows-1252 (the
 * encoding sniffed by the list readers'); Excel workbooks (the first sheet); JSON lines, flat
 * or FtM-shaped. A malformed record comes through with an `error` naming what is wrong, so
 * the caller can report it and still account for every record.
 */
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parse as csvParse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { decodeCp1252, readHead, readText, sniffEncoding, type TextEncoding } from '../sources/read.js';
import { SourceError } from '../sources/types.js';

export type TableFormat = 'csv' | 'xlsx' | 'jsonl';

export interface TableRecord {
  /** 1, 2, 3… over the data records (the header is not one). */
  seq: number;
  /** Line in the file where the record starts (the row, in a workbook). */
  line: number;
  /** Column → value as the file has it. */
  fields: Record<string, unknown>;
  /** Why the record cannot be read as it stands. */
  error?: string;
}

export interface Table {
  path: string;
  format: TableFormat;
  columns: string[];
  /** CSV only: the delimiter and encoding found. */
  delimiter?: string;
  encoding?: TextEncoding;
  /** The records, read afresh from the file each time. */
  records(): AsyncIterable<TableRecord>;
}

const EXTENSIONS: Readonly<Record<string, TableFormat>> = {
  '.csv': 'csv', '.tsv': 'csv', '.txt': 'csv', '.xlsx': 'xlsx', '.xlsm': 'xlsx', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'jsonl',
};

const DELIMITERS = [',', ';', '\t', '|'];
/** Lines of the head the delimiter is judged on. */
const SNIFF_LINES = 50;
/** JSON lines read to learn the columns (a key first seen later is still kept with its record). */
const JSONL_HEAD_LINES = 1000;

export async function openTable(path: string, format?: TableFormat): Promise<Table> {
  const head = await readHead(path, 64 * 1024);
  const kind = format ?? EXTENSIONS[extname(path).toLowerCase()] ?? sniffFormat(head);
  if (kind === 'xlsx') return xlsxTable(path);
  if (kind === 'jsonl') return jsonlTable(path);
  return csvTable(path, head);
}

function sniffFormat(head: Buffer): TableFormat {
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  return head.toString('utf8').trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

/** Blank headers get their position; a repeated header its count, so every column has a name of its own. */
function columnNames(raw: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const name = String(h ?? '').trim() || `column ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/** Fields split by one delimiter, quotes respected: for judging the delimiter only. */
function countFields(line: string, delimiter: string): number {
  let n = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) n++;
  }
  return n;
}

/**
 * The delimiter that splits the header into the most fields and most of the lines after it
 * into as many; a comma when none splits anything (a one-column file).
 */
export function sniffDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, SNIFF_LINES);
  if (lines.length > 1 && !text.endsWith('\n')) lines.pop();
  let best = { delimiter: ',', score: 0 };
  for (const d of DELIMITERS) {
    const width = countFields(lines[0] ?? '', d);
    if (width < 2) continue;
    const agreeing = lines.slice(1).filter((l) => countFields(l, d) === width).length;
    const score = (agreeing + 1) * width;
    if (score > best.score) best = { delimiter: d, score };
  }
  return best.delimiter;
}

async function* lfText(path: string, encoding: TextEncoding): AsyncGenerator<string> {
  // csv-parse counts lines wrongly in CRLF files: fold CRLF to LF, carrying a chunk's last CR.
  let carry = '';
  for await (const chunk of readText(path, encoding)) {
    let text = carry + chunk;
    carry = text.endsWith('\r') ? '\r' : '';
    if (carry) text = text.slice(0, -1);
    yield text.replace(/\r\n/g, '\n');
  }
  if (carry) yield carry;
}

interface ParsedCsv {
  record: string[];
  raw: string;
  info: { lines: number };
}

async function* csvRows(path: string, delimiter: string, encoding: TextEncoding): AsyncGenerator<{ line: number; fields: string[] }> {
  const parser = Readable.from(lfText(path, encoding)).pipe(csvParse({
    delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true,
    info: true, raw: true, bom: true,
  }));
  try {
    for await (const r of parser as AsyncIterable<ParsedCsv>) {
      // info.lines is where the record ends; a quoted field may span lines, so count back.
      const spans = r.raw.replace(/^\n+/, '').replace(/\n$/, '').split('\n').length - 1;
      yield { line: r.info.lines - spans, fields: r.record };
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    const e = err as Error & { lines?: number };
    throw new SourceError(`malformed CSV: ${e.message.replace(/^Invalid [^:]*: /, '')}`, basename(path), e.lines);
  }
}

async function csvTable(path: string, head: Buffer): Promise<Table> {
  const encoding = sniffEncoding(head);
  const text = encoding === 'windows-1252' ? decodeCp1252(head) : new TextDecoder(encoding).decode(head);
  const delimiter = sniffDelimiter(text.replace(/^\uFEFF/, ''));
  let columns: string[] | null = null;
  for await (const row of csvRows(path, delimiter, encoding)) {
    columns = columnNames(row.fields);
    break;
  }
  if (!columns) throw new SourceError('empty file: no header row', basename(path));
  const names = columns;
  return {
    path, format: 'csv', columns: names, delimiter, encoding,
    async *records() {
      let seq = 0;
      let header = true;
      for await (const { line, fields } of csvRows(path, delimiter, encoding)) {
        if (header) {
          header = false;
          continue;
        }
        const extra = fields.slice(names.length).filter((f) => f.trim() !== '').length;
        const record: TableRecord = { seq: ++seq, line, fields: Object.fromEntries(names.map((c, i) => [c, fields[i] ?? ''])) };
        if (fields.length < names.length || extra > 0) {
          record.error = `expected ${names.length} fields, found ${fields.length}`;
        }
        yield record;
      }
    },
  };
}

/** A JSON line's fields: an FtM entity's id, schema and properties side by side, or the object as it is. */
function jsonFields(value: Record<string, unknown>): Record<string, unknown> {
  const props = value.properties;
  if (typeof value.schema !== 'string' || props === null || typeof props !== 'object' || Array.isArray(props)) return value;
  return { ...(value.id !== undefined ? { id: value.id } : {}), schema: value.schema, ...(props as Record<string, unknown>) };
}

async function* jsonlRecords(path: string): AsyncGenerator<TableRecord> {
  const lines = createInterface({ input: Readable.from(readText(path)), crlfDelay: Infinity });
  let line = 0;
  let seq = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      yield { seq: ++seq, line, fields: {}, error: `not JSON (${(err as Error).message})` };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { seq: ++seq, line, fields: {}, error: 'not a JSON object' };
      continue;
    }
    yield { seq: ++seq, line, fields: jsonFields(value as Record<string, unknown>) };
  }
}

async function jsonlTable(path: string): Promise<Table> {
  const columns = new Set<string>();
  for await (const r of jsonlRecords(path)) {
    for (const k of Object.keys(r.fields)) columns.add(k);
    if (r.seq >= JSONL_HEAD_LINES) break;
  }
  return { path, format: 'jsonl', columns: [...columns], records: () => jsonlRecords(path) };
}

/** A cell as text: dates as ISO dates (with the time when there is one), formulas as their result. */
export function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof value !== 'object') return String(value);
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; formula?: unknown; error?: unknown };
  if (v.richText) return v.richText.map((t) => t.text).join('');
  if (v.formula !== undefined || v.result !== undefined) return cellText(v.result);
  if (v.text !== undefined) return cellText(v.text);
  return '';
}

async function* xlsxRows(path: string): AsyncGenerator<{ line: number; cells: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore' });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]).trim());
        if (cells.some((c) => c !== '')) yield { line: row.number, cells };
      }
      return;
    }
  } catch (err) {
    throw new SourceError(`not a readable workbook: ${(err as Error).message}`, basename(path));
  }
}

async function xlsxTable(path: string): Promise<Table> {
  let columns: string[] | null = null;
  for await (const row of xlsxRows(path)) {
    columns = columnNames(row.cells);
    break;
  }
  if (!columns) throw new SourceError('empty workbook: no header row in the first sheet', basename(path));
  const names = columns;
  return {
    path, format: 'xlsx', columns: names,
    async *records() {
      let seq = -1;
      for await (const { line, cells } of xlsxRows(path)) {
        if (++seq === 0) continue;
        const extra = cells.slice(names.length).filter(Boolean).length;
        const record: TableRecord = { seq, line, fields: Object.fromEntries(names.map((c, i) => [c, cells[i] ?? ''])) };
        if (extra > 0) record.error = `${extra} cell${extra > 1 ? 's' : ''} beyond the last headed column`;
        yield record;
      }
    },
  };
}

