/**
 * Which column of a customer file holds which field: guessed from the headers (any of the
 * languages in table-input-headers.ts), overridden by `--map name=Customer Name,...`, and
 * applied to each record to make the query it is screened as.
 */
import { getProperty, isMatchable } from '../model/schema.js';
import { cleanQuery, type CleanQuery } from './screen.js';
import { HEADER_SYNONYMS, SCHEMA_WORDS } from './table-input-headers.js';

/** Field → column: `id`, `schema`, or a property name (name, birthDate, nationality…). */
export type ColumnMapping = Record<string, string>;

export interface MappingGuess {
  mapping: ColumnMapping;
  /** Columns no field took. */
  ignored: string[];
  /** Why a column was read otherwise than its header says (a "Name" beside a "Vorname" is the family name). */
  notes: string[];
}

/** Headers and synonyms compare in this form: lower case, no accents, no apostrophes, words split by one space. */
export function headerKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const EXACT = new Map<string, string>();
const CONTAINED: [string, string][] = [];
for (const [field, words] of Object.entries(HEADER_SYNONYMS)) {
  for (const w of words) {
    const key = headerKey(w);
    if (!EXACT.has(key)) EXACT.set(key, field);
    // Short words ("no", "id", "type") inside a longer header say too little ("phone no", "document type").
    if (key.length >= 3 && field !== 'schema') CONTAINED.push([key, field]);
  }
}
CONTAINED.sort((a, b) => b[0].length - a[0].length);

const SCHEMA_BY_WORD = new Map(Object.entries(SCHEMA_WORDS).map(([w, s]) => [headerKey(w), s]));

/**
 * The fields a header may name, each with how sure: 3 for a field's own name (FtM JSON lines, a
 * file Ghirbal wrote), 2 for a known header, 1 for one holding a known header's words, and the
 * length of what matched (longer is more specific).
 */
function fieldsOf(header: string): { field: string; strength: number; length: number }[] {
  if (isField(header)) return [{ field: header, strength: 3, length: header.length }];
  const key = headerKey(header);
  const exact = EXACT.get(key);
  if (exact) return [{ field: exact, strength: 2, length: key.length }];
  const padded = ` ${key} `;
  return CONTAINED.filter(([w]) => padded.includes(` ${w} `)).map(([w, field]) => ({ field, strength: 1, length: w.length }));
}

/**
 * The mapping the headers suggest: the surest readings first, each column for one field and
 * each field from one column ("Client Ref" beside "Full Name" is the id, not a second name).
 */
export function guessMapping(columns: readonly string[]): MappingGuess {
  const readings = columns.flatMap((column, order) => fieldsOf(column).map((f) => ({ ...f, column, order })));
  readings.sort((a, b) => b.strength - a.strength || b.length - a.length || a.order - b.order);
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const r of readings) {
    if (mapping[r.field] || used.has(r.column)) continue;
    mapping[r.field] = r.column;
    used.add(r.column);
  }
  const notes = readNameParts(mapping);
  const inColumnOrder: ColumnMapping = Object.fromEntries(columns.flatMap((c) => Object.entries(mapping).filter(([, col]) => col === c)));
  return { mapping: inColumnOrder, ignored: columns.filter((c) => !used.has(c)), notes };
}

/**
 * A "name" beside a given-name column and no family-name column is the family name (French
 * nom/prénom, German Name/Vorname); beside a family-name column and no given-name one, it is
 * the given name (Italian nome/cognome, Spanish nombre/apellido).
 */
function readNameParts(mapping: ColumnMapping): string[] {
  const name = mapping.name;
  if (!name) return [];
  if (mapping.firstName && !mapping.lastName) {
    delete mapping.name;
    mapping.lastName = name;
    return [`"${name}" is read as the family name, since "${mapping.firstName}" holds the given name`];
  }
  if (mapping.lastName && !mapping.firstName) {
    delete mapping.name;
    mapping.firstName = name;
    return [`"${name}" is read as the given name, since "${mapping.lastName}" holds the family name`];
  }
  return [];
}

/** A field --map may name: id, schema, or a property some matchable schema has. */
function isField(field: string): boolean {
  if (field === 'id' || field === 'schema') return true;
  return ['Person', 'Company', 'Vessel', 'Airplane'].some((s) => getProperty(s, field) !== undefined);
}

/** The column a --map value names: as written, else the one whose header folds the same. */
function findColumn(columns: readonly string[], wanted: string): string | undefined {
  return columns.find((c) => c === wanted) ?? columns.find((c) => headerKey(c) === headerKey(wanted));
}

/** A --map mistake: the message says what to write instead. */
export class MappingError extends Error {}

/**
 * `name=Customer Name,birthDate=DOB` (or several --map options) applied over the guess;
 * `field=` leaves a field unread. Commas separate pairs only where a `field=` follows.
 */
export function applyMapOption(guess: MappingGuess, columns: readonly string[], specs: readonly string[]): MappingGuess {
  const mapping = { ...guess.mapping };
  for (const pair of specs.flatMap((s) => s.split(/,(?=\s*[A-Za-z]+\s*=)/))) {
    const at = pair.indexOf('=');
    if (at < 0) throw new MappingError(`--map "${pair}": write field=Column, e.g. name=Customer Name`);
    const field = pair.slice(0, at).trim();
    const wanted = pair.slice(at + 1).trim();
    if (!isField(field)) throw new MappingError(`--map ${field}: not a field (use id, schema, name, firstName, lastName, birthDate, nationality, country, idNumber…)`);
    if (wanted === '') {
      delete mapping[field];
      continue;
    }
    const column = findColumn(columns, wanted);
    if (!column) throw new MappingError(`--map ${field}=${wanted}: no such column (columns: ${columns.map((c) => `"${c}"`).join(', ')})`);
    for (const [f, c] of Object.entries(mapping)) if (c === column) delete mapping[f];
    mapping[field] = column;
  }
  const used = new Set(Object.values(mapping));
  return { mapping, ignored: columns.filter((c) => !used.has(c)), notes: guess.notes.filter((n) => Object.values(mapping).some((c) => n.startsWith(`"${c}"`))) };
}

/** `--schema`: one schema for every record, or `auto` (from a type column, else from the fields filled in). */
export type SchemaChoice = 'auto' | string;

const PERSON_FIELDS = ['firstName', 'middleName', 'lastName', 'fatherName', 'birthDate', 'birthPlace', 'birthCountry', 'nationality', 'gender', 'passportNumber'];
const COMPANY_FIELDS = ['registrationNumber', 'jurisdiction', 'leiCode'];
/** Fields whose cells may list several values. */
const LISTS = new Set(['alias', 'nationality', 'country']);

export function checkSchemaChoice(choice: string): SchemaChoice {
  if (choice === 'auto' || isMatchable(choice)) return choice;
  throw new MappingError(`--schema ${choice}: use Person, Company, Organization, LegalEntity, Vessel, Airplane or auto`);
}

/** What a record is: the schema chosen, its type column's word, or a guess from the fields it fills. */
function recordSchema(choice: SchemaChoice, values: Readonly<Record<string, string[]>>): string {
  if (choice !== 'auto') return choice;
  const typed = values.schema?.map((v) => SCHEMA_BY_WORD.get(headerKey(v)) ?? (isMatchable(v) ? v : undefined)).find(Boolean);
  if (typed) return typed;
  const filled = (fields: string[]) => fields.some((f) => (values[f]?.length ?? 0) > 0);
  if (filled(PERSON_FIELDS)) return 'Person';
  if (filled(COMPANY_FIELDS)) return 'Company';
  if (filled(['imoNumber'])) return 'Vessel';
  return 'LegalEntity';
}

/** A record's cells by field, through the mapping; empty cells left out. */
export function mappedValues(mapping: ColumnMapping, cell: (column: string) => unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, column] of Object.entries(mapping)) {
    const values = cellStrings(cell(column)).flatMap((v) => (LISTS.has(field) ? v.split(/[;|]/) : [v])).map((v) => v.trim()).filter(Boolean);
    if (values.length > 0) out[field] = values;
  }
  return out;
}

function cellStrings(value: unknown): string[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap(cellStrings);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  return [];
}

export class RecordError extends Error {}

/** The query a record is screened as; throws RecordError when it has nothing to screen on. */
export function recordQuery(mapping: ColumnMapping, choice: SchemaChoice, values: Record<string, string[]>): CleanQuery {
  const { id: ids, schema: _schema, ...properties } = values;
  const query = cleanQuery({ id: ids?.[0], schema: recordSchema(choice, values), properties });
  if (!hasScreenable(query)) {
    const nameColumns = ['name', 'firstName', 'lastName'].flatMap((f) => (mapping[f] ? [`"${mapping[f]}"`] : []));
    throw new RecordError(nameColumns.length ? `no name to screen (${nameColumns.join(', ')} empty)` : 'no name to screen: no column is read as a name (use --map name=COLUMN)');
  }
  return query;
}

const NAME_PROPS = ['name', 'alias', 'firstName', 'middleName', 'lastName', 'fatherName', 'secondName', 'motherName', 'previousName', 'weakAlias'];

function hasScreenable(q: CleanQuery): boolean {
  return Object.keys(q.properties).some((p) => NAME_PROPS.includes(p) || getProperty(q.schema, p)?.type === 'identifier');
}
