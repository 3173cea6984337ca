/**
 * The US Consolidated Screening List as trade.gov publishes it: one CSV row per listing on
 * one of thirteen Commerce, State and Treasury lists (the `source` column). A subject on
 * several lists has one row, and one entity, per list; each entity names its list as a dataset.
 */
import { basename } from 'node:path';
import { EntityBuilder, derivedId, makeId, type Entity } from '../model/entity.js';
import { isA } from '../model/schema.js';
import { readTable } from './read.js';
import type { ParseContext, SourceFormat } from './types.js';
import { CSL_LISTS, idRule, type CslList, type IdRule } from './csl-lists.js';

const HEADER_PREFIX = '_id,source,entity_number';
const REQUIRED_COLUMNS = ['_id', 'source', 'type', 'name'];

const TYPE_SCHEMA: Record<string, string> = {
  individual: 'Person',
  entity: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Airplane',
  // Commerce and State lists leave the type empty: people and companies alike.
  '': 'LegalEntity',
};

/** Multi-valued columns: values are separated by "; ". */
const LIST_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['programs', 'program'],
  ['dates_of_birth', 'birthDate'],
  ['places_of_birth', 'birthPlace'],
  ['title', 'position'],
];
const SINGLE_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['remarks', 'notes'],
  ['call_sign', 'callSign'],
  ['vessel_type', 'type'],
  ['gross_tonnage', 'tonnage'],
  ['gross_registered_tonnage', 'grossRegisteredTonnage'],
  ['vessel_flag', 'flag'],
];
/** Cell contents that state an absence rather than a value. */
const ABSENT = new Set(['none identified', 'none', 'n/a', 'unknown']);

const STANDARD_ORDER: Record<string, string> = { y: 'Standard denial order', n: 'Non-standard denial order' };

/** Alias prefixes BIS and State write inside alt_names. */
const ALIAS_PREFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^f\.k\.a\.,?\s*/i, 'previousName'],
  [/^a\.k\.a\.,?\s*/i, 'alias'],
  [/^(?:and|or)\s+/i, 'alias'],
];
/** "Mexpar International, Inc. (a.k.a. Pasadena Aerospace; Aviation Logistics and Supply)". */
const AKA_IN_NAME = /^(.*?)\s*\(a\.k\.a\.\s+(.*)\)$/i;
const COUNTRY_CODE_AT_END = /(?:^|,\s*)([A-Z]{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Row {
  file: string;
  line: number;
  record: string;
  ctx: ParseContext;
  cell(column: string): string;
  /** Unknown lists already reported in this file. */
  reported: Set<string>;
  /** The import's dataset, then the list's. */
  datasets: string[];
  /** Entity ids already given in this file, with how often. */
  seen: Map<string, number>;
}

/** Sanction facts gathered from the row and its `ids` entries. */
interface SanctionFacts {
  provisions: string[];
  listingDate: string[];
  startDate: string[];
}

interface IdEntry {
  type: string;
  value: string;
  country?: string;
  /** As the list writes them: one date of unstated role, or expiry then issue. */
  dates: string[];
}

function splitList(raw: string): string[] {
  return raw
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v && !ABSENT.has(v.toLowerCase()));
}

export function isCslHead(head: Buffer | string): boolean {
  return head.toString().replace(/^\uFEFF/, '').startsWith(HEADER_PREFIX);
}

function report(row: Row, field: string | undefined, message: string): void {
  row.ctx.report({ file: row.file, line: row.line, record: row.record, field, message });
}

function reportRejected(b: EntityBuilder, row: Row): void {
  for (const r of b.rejected) report(row, r.prop, `${r.reason}: "${r.value}"`);
}

/** A list the table does not know keeps its own abbreviation as code, and no dataset of its own. */
function listFor(source: string, row: Row): CslList {
  const known = CSL_LISTS[source.trim()];
  if (known) return known;
  if (!row.reported.has(source)) {
    row.reported.add(source);
    report(row, 'source', `unknown list "${source}": add it to CSL_LISTS (read as a sanctions list)`);
  }
  const code = (source.match(/\(([^)]+)\)/)?.[1] ?? 'other').toLowerCase().replace(/[^a-z0-9]+/g, '');
  return { code, dataset: '', topic: 'sanction', authority: source.split(' - ').pop() ?? source };
}

function addNames(b: EntityBuilder, row: Row): void {
  const name = row.cell('name').trim();
  const aka = name.match(AKA_IN_NAME);
  b.add('name', aka ? aka[1] : name);
  if (aka) b.add('alias', splitList(aka[2]));
  for (const alt of splitList(row.cell('alt_names'))) {
    const rule = ALIAS_PREFIXES.find(([re]) => re.test(alt));
    b.add(rule ? rule[1] : 'alias', rule ? alt.replace(rule[0], '') : alt);
  }
}

function addAddresses(b: EntityBuilder, row: Row): void {
  for (const address of splitList(row.cell('addresses'))) {
    const code = address.match(COUNTRY_CODE_AT_END)?.[1];
    if (code) b.add('country', code);
    // An "address" that is only a country code says where, not at which address.
    if (address !== code) b.add('address', address);
  }
}

function addCountries(b: EntityBuilder, row: Row): void {
  const person = isA(b.schema, 'Person');
  b.add(person ? 'nationality' : 'country', splitList(row.cell('nationalities')));
  b.add(person ? 'citizenship' : 'country', splitList(row.cell('citizenships')));
}

function parseIdEntry(entry: string): IdEntry | null {
  const parts = entry.split(', ');
  if (parts.length < 2) return null;
  const type = parts.pop()!;
  const country = parts.length > 1 && /^[A-Z]{2}$/.test(parts[0]) ? parts.shift() : undefined;
  const dates: string[] = [];
  while (parts.length > 1 && ISO_DATE.test(parts[0])) dates.push(parts.shift()!);
  return { type, value: parts.join(', '), country, dates };
}

function label(type: string): string {
  return type.trim().replace(/\s*[:-]\s*$/, '');
}

function documentFor(holder: string, entry: IdEntry, schema: string, row: Row): Entity {
  const d = new EntityBuilder(schema, derivedId(holder, 'id', entry.type, entry.value, entry.country ?? ''), row.datasets);
  d.add('holder', holder);
  d.add('number', entry.value);
  d.add('type', label(entry.type));
  d.add('country', entry.country);
  if (entry.dates.length === 2) {
    d.add('endDate', entry.dates[0]);
    d.add('startDate', entry.dates[1]);
  }
  reportRejected(d, row);
  return d.build();
}

/** Apply one `ids` entry; returns the document entity it describes, if any. */
function applyIdEntry(entry: IdEntry, rule: IdRule | undefined, b: EntityBuilder, facts: SanctionFacts, row: Row): Entity | null {
  if (!rule) {
    report(row, 'ids', `unknown identifier type "${entry.type}", kept as a note`);
    b.add('notes', `${label(entry.type)}: ${entry.value}`);
    return null;
  }
  const dates = `date ${entry.dates.join(', ')} of "${entry.type}" ${entry.value} not kept`;
  if (entry.dates.length > 0 && !rule.doc) report(row, 'ids', `${dates}: only identity documents keep dates`);
  else if (entry.dates.length === 1) report(row, 'ids', `${dates}: the list does not say whether it is the issue or the expiry date`);
  if (rule.schema) b.narrow(rule.schema);
  if (rule.prop) b.add(rule.prop, entry.value);
  if (rule.note) b.add('notes', `${label(entry.type)}: ${entry.value}`);
  if (rule.sanction === 'provisions') facts.provisions.push(`${label(entry.type)}: ${entry.value}`);
  else if (rule.sanction) facts[rule.sanction].push(entry.value);
  return rule.doc ? documentFor(b.id, entry, rule.doc, row) : null;
}

function applyIds(b: EntityBuilder, facts: SanctionFacts, row: Row): Entity[] {
  const docs = new Map<string, Entity>();
  // The list repeats some entries verbatim; a repeat is the same document.
  for (const raw of new Set(splitList(row.cell('ids')))) {
    const entry = parseIdEntry(raw);
    if (entry && ABSENT.has(entry.value.toLowerCase())) continue;
    if (!entry) {
      report(row, 'ids', `identifier without a type: "${raw}"`);
      continue;
    }
    const doc = applyIdEntry(entry, idRule(entry.type), b, facts, row);
    if (doc) docs.set(doc.id, doc);
  }
  return [...docs.values()];
}

function sanctionFor(parent: Entity, list: CslList, facts: SanctionFacts, row: Row): Entity {
  const s = new EntityBuilder('Sanction', derivedId(parent.id, 'sanction', list.code), row.datasets);
  s.add('entity', parent.id);
  s.add('authority', list.authority);
  s.add('program', splitList(row.cell('programs')));
  s.add('listingDate', [...facts.listingDate, row.cell('start_date')]);
  s.add('startDate', [...facts.startDate, row.cell('start_date')]);
  s.add('endDate', row.cell('end_date'));
  s.add('provisions', [row.cell('license_requirement'), row.cell('license_policy'), ...facts.provisions]);
  s.add('provisions', STANDARD_ORDER[row.cell('standard_order').trim().toLowerCase()]);
  s.add('summary', row.cell('federal_register_notice') && `Federal Register: ${row.cell('federal_register_notice')}`);
  s.add('sourceUrl', [row.cell('source_list_url'), row.cell('source_information_url')]);
  s.add('recordId', row.record);
  reportRejected(s, row);
  return s.build();
}

function schemaFor(type: string, row: Row): string {
  const schema = TYPE_SCHEMA[type.trim().toLowerCase()];
  if (schema) return schema;
  report(row, 'type', `unknown type "${type}", read as LegalEntity`);
  return 'LegalEntity';
}

/** A list repeats a few rows under one _id; each row stays an entity, so counts match the list. */
function uniqueId(id: string, row: Row): string {
  const count = (row.seen.get(id) ?? 0) + 1;
  row.seen.set(id, count);
  if (count === 1) return id;
  report(row, '_id', `row listed ${count} times on this list; this listing is ${id}-${count}`);
  return `${id}-${count}`;
}

function* rowEntities(row: Row, list: CslList): Generator<Entity> {
  const id = uniqueId(makeId('csl', `${list.code}-${row.record}`), row);
  const b = new EntityBuilder(schemaFor(row.cell('type'), row), id, row.datasets);
  addNames(b, row);
  const facts: SanctionFacts = { provisions: [], listingDate: [], startDate: [] };
  const docs = applyIds(b, facts, row);
  addAddresses(b, row);
  addCountries(b, row);
  for (const [column, prop] of LIST_COLUMNS) b.add(prop, splitList(row.cell(column)));
  for (const [column, prop] of SINGLE_COLUMNS) {
    const v = row.cell(column).trim();
    if (!ABSENT.has(v.toLowerCase())) b.add(prop, v);
  }
  b.add('topics', list.topic);
  b.add('notes', row.cell('vessel_owner') && `Vessel owner: ${row.cell('vessel_owner')}`);
  reportRejected(b, row);
  const entity = b.build();
  yield entity;
  yield sanctionFor(entity, list, facts, row);
  yield* docs;
}

async function* parseFile(path: string, ctx: ParseContext): AsyncGenerator<Entity> {
  const file = basename(path);
  const reported = new Set<string>();
  const seen = new Map<string, number>();
  const noId = 'row without _id skipped';
  const table = readTable(path, { label: 'a Consolidated Screening List CSV', required: REQUIRED_COLUMNS }, (bad) => {
    // A row without an _id is reported as that, whatever its width.
    const record = bad.cell('_id').trim();
    ctx.report({ file, line: bad.line, record, message: record ? bad.message : noId });
  });
  for await (const { line, cell } of table) {
    const record = cell('_id').trim();
    if (!record) {
      ctx.report({ file, line, record, message: noId });
      continue;
    }
    const row: Row = { file, line, record, ctx, cell, reported, seen, datasets: [ctx.dataset] };
    const list = listFor(cell('source'), row);
    if (list.dataset && list.dataset !== ctx.dataset) row.datasets.push(list.dataset);
    yield* rowEntities(row, list);
  }
}

export const usCsl: SourceFormat = {
  name: 'us-csl',
  label: 'US Consolidated Screening List (trade.gov CSV)',
  defaultDataset: () => 'us_trade_csl',
  detect: (_path, head) => isCslHead(head),
  async *parse(files, ctx) {
    for (const path of files) yield* parseFile(path, ctx);
  },
};
