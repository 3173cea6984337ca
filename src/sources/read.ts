/**
 * Reading published files as text, CSV records and XML records, streamed so memory stays
 * bounded. Lists arrive gzipped or not, in UTF-8 (with or without BOM), UTF-16 or
 * Windows-1252; all come out as JavaScript strings. Errors name the file and line.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip, gunzipSync } from 'node:zlib';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { parse as csvParse, CsvError } from 'csv-parse';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { SourceError } from './types.js';

const HEAD_BYTES = 64 * 1024;

function isGzip(b: Buffer): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

/** First bytes of a file, gunzipped when it is gzip; for format detection. */
export async function readHead(path: string, bytes = HEAD_BYTES): Promise<Buffer> {
  const head = await readBytes(path, bytes);
  if (!isGzip(head)) return head;
  try {
    return gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH: a truncated head is fine */ }).subarray(0, bytes);
  } catch {
    return Buffer.alloc(0);
  }
}

/** Windows-1252's 0x80–0x9F, which differ from Latin-1 (Node's decoder treats them as C1 controls). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const LATIN1 = new TextDecoder('latin1');
const C1 = /[\u0080-\u009f]/g;

/** Node's "windows-1252" decoder is Latin-1; map the 32 bytes where the two differ ourselves. */
export function decodeCp1252(b: Uint8Array): string {
  return LATIN1.decode(b).replace(C1, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]));
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Sniff the encoding from a BOM or from whether the bytes are valid UTF-8. */
export function sniffEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    // stream: a head cut in the middle of a character is still UTF-8.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * The file as a stream of text chunks: gunzipped, decoded, BOM and the DOS end-of-file byte
 * (0x1A, which OFAC appends) removed. The encoding is sniffed from the first 64 KiB unless given.
 */
export async function* readText(path: string, encoding?: TextEncoding): AsyncGenerator<string> {
  const gzip = isGzip(await readBytes(path, 2));
  const enc = encoding ?? sniffEncoding(await readHead(path));
  const raw = createReadStream(path);
  const src: Readable = gzip ? raw.pipe(createGunzip()) : raw;
  let decoder: TextDecoder | null = enc === 'windows-1252' ? null : new TextDecoder(enc, { fatal: enc === 'utf-8' });
  let first = true;
  try {
    for await (const chunk of src as AsyncIterable<Buffer>) {
      let s: string;
      if (!decoder) s = decodeCp1252(chunk);
      else {
        try {
          s = decoder.decode(chunk, { stream: true });
        } catch {
          // Invalid UTF-8 past the sniffed head: the file mixes encodings. Windows-1252 is what
          // such files turn out to be, and it never loses a byte.
          decoder = null;
          s = decodeCp1252(chunk);
        }
      }
      if (first) {
        s = s.replace(/^\uFEFF/, '');
        first = false;
      }
      yield s.replace(/\u001A/g, '');
    }
    const rest = decoder?.decode();
    if (rest) yield rest;
  } catch (err) {
    throw new SourceError(`cannot read: ${(err as Error).message}`, basename(path));
  }
}

async function readBytes(path: string, bytes: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvOptions {
  delimiter?: string;
  /** Treat quotes as ordinary characters (BIS's tab files quote every field, plainly). */
  quote?: string | false;
  encoding?: TextEncoding;
}

/**
 * CSV records with their line numbers. Rows with a different number of fields are passed on
 * (the caller checks and reports); broken quoting is fatal, since everything after an unclosed
 * quote would be misread: it throws a SourceError naming the file and line.
 */
export async function* readCsv(path: string, opts: CsvOptions = {}): AsyncGenerator<CsvRecord> {
  const file = basename(path);
  const parser = csvParse({
    delimiter: opts.delimiter ?? ',',
    quote: opts.quote === false ? null : (opts.quote ?? '"'),
    relax_column_count: true,
    relax_quotes: false,
    skip_empty_lines: true,
    info: true,
    raw: true,
    bom: true,
  });
  // Once the parser fails it is destroyed and never drains again: stop feeding it then.
  const drainedOrClosed = () =>
    new Promise<void>((r) => {
      const done = () => {
        parser.off('drain', done);
        parser.off('close', done);
        r();
      };
      parser.on('drain', done);
      parser.on('close', done);
    });
  const feed = (async () => {
    try {
      // csv-parse miscounts lines in CRLF files; fold CRLF to LF (carrying a chunk's last CR).
      let carry = '';
      for await (const chunk of readText(path, opts.encoding)) {
        if (parser.destroyed) return;
        let text = carry + chunk;
        carry = text.endsWith('\r') ? '\r' : '';
        if (carry) text = text.slice(0, -1);
        if (!parser.write(text.replace(/\r\n/g, '\n'))) await drainedOrClosed();
      }
      if (carry && !parser.destroyed) parser.write(carry);
      if (!parser.destroyed) parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number; records: number } }>) {
      // info.lines is where the record ends; a quoted field may span lines, so count back.
      const r = rec as unknown as { raw: string; info: { lines: number } };
      yield { line: r.info.lines - countNewlines(r.raw.replace(/^\n+/, '').replace(/\n$/, '')), fields: rec.record };
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    const e = err as CsvError & { lines?: number; column?: number };
    throw new SourceError(`malformed CSV: ${e.message.replace(/^Invalid [^:]*: /, '')}`, file, e.lines);
  } finally {
    await feed;
  }
}

export interface TableRow {
  /** 1-based line where the row starts. */
  line: number;
  /** The row's fields as the file has them (`cell` cleans them). */
  fields: string[];
  /** The cell under this header column, cleaned; '' when the file has no such column. */
  cell(column: string): string;
}

/** A row whose field count is not the header's: reported by the caller, then skipped. */
export interface BadRow extends TableRow {
  /** The header's field count. */
  width: number;
  /** "expected <width> fields, found <n>; row skipped". */
  message: string;
}

export interface TableOptions extends CsvOptions {
  /** The format with its article, for errors: "not <label>: no column Name". */
  label: string;
  /** Header columns the format cannot do without; any one missing is fatal. */
  required: readonly string[];
  /** Rows before the header (UK's "Last Updated,<date>"), each passed to `onPreamble`. */
  preambleRows?: number;
  onPreamble?(rec: CsvRecord): void;
  /** Applied to header names and cells. Default: header names trimmed, cells as they are. */
  clean?(text: string): string;
  /** The error when the file ends before its header. Default "empty file: no header row". */
  noHeader?: string;
}

/**
 * The data rows of a CSV whose header row names its columns, each with a `cell(column)`
 * accessor, so added or reordered columns do not shift the mapping. A missing required
 * column, or no header at all, throws a SourceError naming the file (and the header's line);
 * a row with more or fewer fields than the header goes to `onBadRow` and is not yielded.
 */
export async function* readTable(path: string, opts: TableOptions, onBadRow: (row: BadRow) => void): AsyncGenerator<TableRow> {
  const file = basename(path);
  const clean = opts.clean ?? ((s: string) => s);
  const cleanName = opts.clean ?? ((s: string) => s.trim());
  let preamble = opts.preambleRows ?? 0;
  let index: Map<string, number> | null = null;
  let width = 0;
  for await (const rec of readCsv(path, opts)) {
    if (preamble > 0) {
      preamble--;
      opts.onPreamble?.(rec);
      continue;
    }
    if (!index) {
      const header = new Map(rec.fields.map((name, i) => [cleanName(name), i] as const));
      const missing = opts.required.filter((c) => !header.has(c));
      if (missing.length > 0) throw new SourceError(`not ${opts.label}: no column ${missing.join(', ')}`, file, rec.line);
      index = header;
      width = rec.fields.length;
      continue;
    }
    const { line, fields } = rec;
    const columns = index;
    const cell = (column: string): string => {
      const i = columns.get(column);
      return i === undefined ? '' : clean(fields[i] ?? '');
    };
    if (fields.length !== width) {
      onBadRow({ line, fields, cell, width, message: `expected ${width} fields, found ${fields.length}; row skipped` });
      continue;
    }
    yield { line, fields, cell };
  }
  if (!index) throw new SourceError(opts.noHeader ?? 'empty file: no header row', file);
}

/** An XML element with its attributes, text and child elements: one list record. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
  line: number;
}

/** The first child with this local name (namespace prefixes ignored). */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** Trimmed text of a child element, or undefined when absent or empty. */
export function childText(node: XmlNode, name: string): string | undefined {
  const t = child(node, name)?.text.trim();
  return t ? t : undefined;
}

/** saxes prefixes its messages with the position; ours carry it in the SourceError. */
function xmlMessage(err: unknown): string {
  const msg = (err as Error).message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
  return /must contain a root element/.test(msg) ? 'empty file: no XML element found' : `malformed XML: ${msg}`;
}

function localName(tag: string): string {
  const i = tag.indexOf(':');
  return i >= 0 ? tag.slice(i + 1) : tag;
}

export interface XmlReadOptions {
  /** Local names of the elements to yield whole (records), wherever they are. */
  records: ReadonlySet<string>;
  /** Called for each element outside a record when it closes (publication dates, counts…). */
  onOther?(node: XmlNode, path: string[]): void;
}

/**
 * Yields each record element as a small tree. Refuses DOCTYPE and entity declarations
 * outright: list files never need them, and expanding them is how XML bombs and external
 * fetches happen. Malformed or truncated XML throws a SourceError with line and column.
 */
export async function* readXmlRecords(path: string, opts: XmlReadOptions): AsyncGenerator<XmlNode> {
  const file = basename(path);
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlNode[] = [];
  const names: string[] = [];
  let depthInRecord = -1;
  let ready: XmlNode[] = [];
  let failure: SourceError | null = null;
  let sawRoot = false;

  const fail = (msg: string) => {
    failure ??= new SourceError(msg, file, parser.line, parser.column);
  };
  parser.on('doctype', () => fail('XML with a DOCTYPE is refused (no entity expansion, no external fetch)'));
  parser.on('error', (e) => fail(xmlMessage(e)));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    sawRoot = true;
    const node: XmlNode = { name: localName(tag.name), attrs: tag.attributes as Record<string, string>, text: '', children: [], line: parser.line };
    if (depthInRecord < 0 && opts.records.has(node.name)) depthInRecord = stack.length;
    stack.push(node);
    names.push(node.name);
  });
  const onText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const node = stack.pop()!;
    names.pop();
    const parent = stack[stack.length - 1];
    if (depthInRecord >= 0) {
      if (stack.length === depthInRecord) {
        depthInRecord = -1;
        ready.push(node);
      } else if (parent) {
        parent.children.push(node);
      }
    } else {
      opts.onOther?.(node, names);
      // Outside records, keep only leaf text for onOther; don't grow the root's child list.
    }
  });

  for await (const chunk of readText(path)) {
    try {
      parser.write(chunk);
    } catch (e) {
      fail(xmlMessage(e));
    }
    if (failure) throw failure;
    const out = ready;
    ready = [];
    yield* out;
  }
  try {
    parser.close();
  } catch (e) {
    fail(xmlMessage(e));
  }
  if (!sawRoot) fail('empty file: no XML element found');
  if (stack.length > 0) fail(`truncated XML: <${stack[stack.length - 1].name}> is never closed`);
  if (failure) throw failure;
  yield* ready;
}
