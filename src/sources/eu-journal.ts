/**
 * EU sanctions as OpenSanctions transcribes the Official Journal's consolidated annexes: one
 * UTF-8 CSV per framework act, named by its CELEX number. All CELEX files of a directory are
 * read together into one dataset version (see `companions`).
 */
import { closeSync, openSync, readSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EntityBuilder, derivedId, makeId, type Entity } from '../model/entity.js';
import { isA } from '../model/schema.js';
import { readTable } from './read.js';
import type { ParseContext, SourceFormat } from './types.js';
import { countryValues, datePhrases, emailValues, splitCell, urlValues } from './eu-cells.js';
import { readNameCell } from './eu-names.js';

const HEADER_PREFIX = 'celex,recordId,programKey';
const CELEX_FILE = /^\d{5}[A-Z]{1,2}\d{4}\.csv$/i;
const AUTHORITY = 'European Union';
const EUR_LEX = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:';
const REQUIRED_COLUMNS = ['celex', 'recordId', 'annex', 'schema', 'name'];

/** For a schema the model lacks (or that no listed subject can be): at least a legal entity. */
const FALLBACK_SCHEMA = 'LegalEntity';

const MEASURE_TOPICS: Record<string, string> = {
  'asset freeze': 'sanction',
  'financial restrictions': 'sanction',
  'investment ban': 'sanction',
  'services ban': 'sanction',
  'transportation restrictions': 'sanction',
  'export control': 'export.control',
};
const FALLBACK_TOPIC = 'sanction';

type Reading = 'names' | 'values' | 'countries' | 'dates' | 'emails' | 'urls';

/** CSV column → entity property, and how the cell holds its values. */
const COLUMNS: ReadonlyArray<readonly [string, string, Reading]> = [
  ['name', 'name', 'names'],
  ['alias', 'alias', 'names'],
  ['weakAlias', 'weakAlias', 'names'],
  ['previousName', 'previousName', 'names'],
  ['country', 'country', 'countries'],
  ['nationality', 'nationality', 'countries'],
  ['jurisdiction', 'jurisdiction', 'countries'],
  ['birthDate', 'birthDate', 'dates'],
  ['birthPlace', 'birthPlace', 'values'],
  ['position', 'position', 'values'],
  ['passportNumber', 'passportNumber', 'values'],
  ['gender', 'gender', 'values'],
  ['appearance', 'appearance', 'values'],
  ['ethnicity', 'ethnicity', 'values'],
  ['fatherName', 'fatherName', 'values'],
  ['motherName', 'motherName', 'values'],
  ['incorporationDate', 'incorporationDate', 'dates'],
  ['legalForm', 'legalForm', 'values'],
  ['sector', 'sector', 'values'],
  ['registrationNumber', 'registrationNumber', 'values'],
  ['taxNumber', 'taxNumber', 'values'],
  ['idNumber', 'idNumber', 'values'],
  ['innCode', 'innCode', 'values'],
  ['ogrnCode', 'ogrnCode', 'values'],
  ['kppCode', 'kppCode', 'values'],
  ['okpoCode', 'okpoCode', 'values'],
  ['leiCode', 'leiCode', 'values'],
  ['swiftBic', 'swiftBic', 'values'],
  ['ticker', 'ticker', 'values'],
  ['imoNumber', 'imoNumber', 'values'],
  ['mmsi', 'mmsi', 'values'],
  ['flag', 'flag', 'countries'],
  ['address', 'address', 'values'],
  ['phone', 'phone', 'values'],
  ['email', 'email', 'emails'],
  ['website', 'website', 'urls'],
  ['notes', 'notes', 'values'],
];

/** Where one row sits, for ids and reports. */
interface Row {
  file: string;
  line: number;
  ctx: ParseContext;
  cell(column: string): string;
  /** Ids already given in this file, with how often. */
  seen: Map<string, number>;
  /** Values already reported once for this file (unknown schemata, measures). */
  reported: Set<string>;
}

export function isEuJournalHead(head: Buffer | string): boolean {
  return head.toString().replace(/^\uFEFF/, '').startsWith(HEADER_PREFIX);
}

function fileHasEuHeader(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(HEADER_PREFIX.length + 3);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return isEuJournalHead(buf.subarray(0, n));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The detected CELEX file first, then every other CELEX file beside it, sorted. */
function celexSiblings(path: string): string[] {
  const own = basename(path);
  if (!CELEX_FILE.test(own)) return [path];
  const dir = dirname(path);
  const others = readdirSync(dir)
    .filter((name) => name !== own && CELEX_FILE.test(name))
    .sort()
    .map((name) => join(dir, name))
    .filter(fileHasEuHeader);
  return [path, ...others];
}

function reportOnce(row: Row, key: string, field: string, message: string): void {
  if (row.reported.has(key)) return;
  row.reported.add(key);
  row.ctx.report({ file: row.file, line: row.line, field, message });
}

function schemaFor(raw: string, row: Row): string {
  if (isA(raw, 'LegalEntity') || isA(raw, 'Asset')) return raw;
  reportOnce(row, `schema:${raw}`, 'schema', `unknown schema "${raw}", read as ${FALLBACK_SCHEMA}`);
  return FALLBACK_SCHEMA;
}

function topicFor(measure: string, row: Row): string {
  const topic = MEASURE_TOPICS[measure.trim().toLowerCase()];
  if (topic) return topic;
  reportOnce(row, `measure:${measure}`, 'measure', `unknown measure "${measure}", read as ${FALLBACK_TOPIC}`);
  return FALLBACK_TOPIC;
}

/**
 * The record's key within its act: annex and record number (numbers restart in each annex).
 * Some annexes number nothing; their records are keyed by name.
 */
function recordKey(row: Row): { id: string; record: string } {
  const celex = row.cell('celex') || basename(row.file, '.csv');
  const annex = row.cell('annex');
  const recordId = row.cell('recordId');
  if (recordId) return { id: makeId('eu', `${celex}-${annex}-${recordId}`), record: `${annex}/${recordId}` };
  const name = row.cell('name');
  return { id: derivedId(makeId('eu', `${celex}-${annex}`), 'n', name), record: `${annex}/${name}` };
}

/** The act sometimes lists one subject twice under one key; each listing stays an entity. */
function uniqueId(id: string, record: string, row: Row): string {
  const count = (row.seen.get(id) ?? 0) + 1;
  row.seen.set(id, count);
  if (count === 1) return id;
  row.ctx.report({ file: row.file, line: row.line, record, message: `record listed ${count} times; this listing is ${id}-${count}` });
  return `${id}-${count}`;
}

/** A name cell: each name it holds under its own property, and what was left out reported. */
function addNames(b: EntityBuilder, prop: string, raw: string, row: Row, record: string): void {
  const { names, notes } = readNameCell(raw, prop, b.schema);
  for (const n of names) b.add(n.prop, n.value);
  for (const message of notes) row.ctx.report({ file: row.file, line: row.line, record, field: prop, message });
}

function addCell(b: EntityBuilder, prop: string, raw: string, reading: Reading, row: Row, record: string): void {
  if (!raw.trim()) return;
  if (reading === 'names') {
    addNames(b, prop, raw, row, record);
  } else if (reading === 'countries') {
    b.add(prop, countryValues(raw));
  } else if (reading === 'emails') {
    b.add(prop, emailValues(raw));
  } else if (reading === 'urls') {
    b.add(prop, urlValues(raw));
  } else if (reading === 'dates') {
    const { phrases, otherCalendar } = datePhrases(raw);
    b.add(prop, phrases);
    for (const d of otherCalendar) {
      row.ctx.report({ file: row.file, line: row.line, record, field: prop, message: `date in a non-Gregorian calendar not kept: "${d}"` });
    }
  } else {
    b.add(prop, splitCell(raw));
  }
}

function reportRejected(b: EntityBuilder, row: Row, record: string): void {
  for (const r of b.rejected) {
    row.ctx.report({ file: row.file, line: row.line, record, field: r.prop, message: `${r.reason}: "${r.value}"` });
  }
}

function sanctionFor(parent: Entity, row: Row, record: string): Entity {
  const celex = row.cell('celex') || basename(row.file, '.csv');
  const s = new EntityBuilder('Sanction', derivedId(parent.id, 'sanction', celex, row.cell('programKey'), row.cell('measure')), [row.ctx.dataset]);
  s.add('entity', parent.id);
  s.add('authority', AUTHORITY);
  s.add('program', row.cell('programKey'));
  s.add('measure', row.cell('measure'));
  s.add('reason', row.cell('reason'));
  s.add('sourceUrl', `${EUR_LEX}${celex}`);
  s.add('recordId', record);
  addCell(s, 'listingDate', row.cell('startDate'), 'dates', row, record);
  reportRejected(s, row, record);
  return s.build();
}

function* rowEntities(row: Row): Generator<Entity> {
  const key = recordKey(row);
  const id = uniqueId(key.id, key.record, row);
  const b = new EntityBuilder(schemaFor(row.cell('schema').trim(), row), id, [row.ctx.dataset]);
  for (const [column, prop, reading] of COLUMNS) addCell(b, prop, row.cell(column), reading, row, key.record);
  b.add('program', row.cell('programKey'));
  b.add('topics', topicFor(row.cell('measure'), row));
  reportRejected(b, row, key.record);
  const entity = b.build();
  yield entity;
  yield sanctionFor(entity, row, key.record);
}

async function* parseFile(path: string, ctx: ParseContext): AsyncGenerator<Entity> {
  const file = basename(path);
  const seen = new Map<string, number>();
  const reported = new Set<string>();
  const table = readTable(path, { label: 'an EU Official Journal CSV', required: REQUIRED_COLUMNS }, (bad) =>
    ctx.report({ file, line: bad.line, message: bad.message }),
  );
  for await (const { line, cell } of table) yield* rowEntities({ file, line, ctx, cell, seen, reported });
}

export const euJournal: SourceFormat = {
  name: 'eu-journal',
  label: 'EU Official Journal consolidated annexes (OpenSanctions CSV transcription)',
  defaultDataset: () => 'eu_journal_sanctions',
  detect: (_path, head) => isEuJournalHead(head),
  companions: celexSiblings,
  async *parse(files, ctx) {
    for (const path of files) yield* parseFile(path, ctx);
  },
};
