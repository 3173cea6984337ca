/**
 * HM Treasury / OFSI Consolidated List of Financial Sanctions Targets, CSV (the ConList).
 * Row 1 is "Last Updated,<dd/mm/yyyy>", row 2 the header; then one row per name variant
 * (and, in practice, per date of birth and address too), grouped by Group ID. Columns are
 * found by their header name, so added or reordered columns do not shift the mapping.
 */
import { basename } from 'node:path';
import { derivedId, EntityBuilder, makeId, type Entity } from '../model/entity.js';
import { cleanDate } from '../model/dates.js';
import { collapseSpace } from '../model/types.js';
import { readTable } from './read.js';
import { SourceError, type ParseContext, type SourceFormat } from './types.js';

/** Alias Type → name property. The 2018 file writes "Prime Alias"; later ones "Primary name". */
const ALIAS_TYPES: Readonly<Record<string, string>> = {
  'prime alias': 'name',
  'primary name': 'name',
  'primary name variation': 'alias',
  aka: 'alias',
  fka: 'previousName',
};

/** Group Type → schema. The 2018 file types ships "Entity" (see VESSEL_IMO). */
const GROUP_TYPES: Readonly<Record<string, string>> = {
  individual: 'Person',
  entity: 'Organization',
  ship: 'Vessel',
};

const REQUIRED_COLUMNS = ['Name 6', 'Alias Type', 'Group Type', 'Group ID'];
const GIVEN_NAME_COLUMNS = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'];
const ADDRESS_COLUMNS = ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6', 'Post/Zip Code'];
const AUTHORITY = 'HM Treasury Office of Financial Sanctions Implementation';

/** Column a rejected property came from, for the report. */
const SOURCE_FIELD: Readonly<Record<string, string>> = {
  birthDate: 'DOB', birthCountry: 'Country of Birth', nationality: 'Nationality', country: 'Country',
  listingDate: 'Listed On', modifiedAt: 'Last Updated', title: 'Title', position: 'Position',
  passportNumber: 'Passport Details', idNumber: 'NI Number',
};

/** List markers the file uses inside one cell: "1) A 2) B", "(a) A (b) B", "(1)-(2) A", "(1) to (6) A". */
const ENUM_MARK = /\(?\b(?:\d{1,2}|[a-h])\)(?:\s*(?:-|to)\s*\(?\d{1,2}\))?/g;
const EDGE_PUNCT = /^[\s,;.]+|[\s,;.]+$/g;
const REMARK = /\s*\([^)]*\)?/g;
/**
 * A document number: a token with a digit, an optional letter prefix ("HDDFTH63H28Z352V")
 * and -/. separators, or digit groups split by a space ("842 781").
 */
const DOC_NUMBER = /\b[A-Z]{0,8}[-/]?\d[A-Z0-9]*(?:(?:[-/.]|\s(?=\d{3}\b))[A-Z0-9]+)*/gi;
/** A number a spreadsheet turned into floating point ("2.81083E+11"): its digits are gone. */
const SPREADSHEET_FLOAT = /\b\d\.\d+E\+\d+\b/i;
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
/** Shorter tokens are years or house numbers, unless the cell starts with one ("6487 (Egypt)"). */
const MIN_DOC_NUMBER = 5;
/**
 * "UN Ref QDe.004", "UN REF:QE.A.146.14", "UN Ref.KPI. 076": after the first segment, dotted
 * segments of digits or one or two capitals, so the next sentence ("… .The") is not taken.
 */
const UN_REF = /\bUN\s*(?:Ref|REF|Reference)\b\.?\s*(?:No\.?\s*)?:?\s*([A-Z][A-Za-z0-9]*(?:\.(?:\s?\d{1,3}|[A-Z]{1,2})(?![A-Za-z0-9]))+)/g;
const UN_REF_CURRENT = /^([A-Z]{2})([IE])\.\s?(\d{1,3})$/i;
/** A ship listed as an "Entity": its IMO number stated as its own, not as an owner's or manager's. */
const VESSEL_IMO = /\bIMO(?:\s+number)?\s*:\s*(\d{7})\b/i;
const NOT_A_VESSEL = /\b(?:company|owner|manager|operator)\b/i;
const MMSI = /\bMMSI\s*:\s*(\d{9})\b/i;

type Row = (column: string) => string;

interface Group {
  entity: EntityBuilder;
  /** Addresses, documents and sanctions, by id. */
  subs: Map<string, EntityBuilder>;
  unscIds: Set<string>;
  /** Rows repeat a group's details once per name variant: each problem is reported once. */
  reported: Set<string>;
}

/** "1) Saudi Arabia 2) Qatar" → ["Saudi Arabia", "Qatar"]; a cell without markers is one item. */
export function enumerated(raw: string): string[] {
  return raw.split(ENUM_MARK).map((s) => s.replace(EDGE_PUNCT, '')).filter((s) => s.length > 0);
}

/** Country names in a cell, without remarks: "Pakistan (at time of listing)" → "Pakistan". */
export function countryNames(raw: string): string[] {
  return enumerated(raw).map((s) => s.replace(REMARK, '').replace(EDGE_PUNCT, '')).filter((s) => s.length > 0);
}

/** The first token that reads as a document number: "Passport No: 592667 (Qatari …)" → "592667". */
function documentNumber(text: string): string | undefined {
  if (SPREADSHEET_FLOAT.test(text)) return undefined;
  for (const m of text.matchAll(DOC_NUMBER)) {
    if ((m[0].length >= MIN_DOC_NUMBER || m.index === 0) && !DATE_LIKE.test(m[0])) return m[0];
  }
  return undefined;
}

/**
 * One cell's documents: "Passport No: (a) 472320665 (…), (b) 563120356" → two, each with
 * its number and its own text; a leading piece without a number labels the rest.
 */
export function documents(raw: string): { number?: string; text: string }[] {
  const pieces = enumerated(raw);
  const label = pieces.length > 1 && !documentNumber(pieces[0]) ? pieces.shift()!.replace(/:$/, '') : undefined;
  return pieces.map((p) => ({ number: documentNumber(p), text: label ? `${label}: ${p}` : p }));
}

/** UN reference numbers in Other Information, the current ones in the UN's own spelling ("KPI.067" → "KPi.067"). */
export function unReferences(text: string): string[] {
  return [...text.matchAll(UN_REF)].map((m) => {
    const ref = m[1].replace(/\s+/g, '');
    const cur = UN_REF_CURRENT.exec(ref);
    return cur ? `${cur[1].toUpperCase()}${cur[2].toLowerCase()}.${cur[3].padStart(3, '0')}` : ref;
  });
}

function groupSchema(groupType: string, info: string): string | undefined {
  const schema = GROUP_TYPES[groupType.toLowerCase()];
  if (schema === 'Organization' && VESSEL_IMO.test(info) && !NOT_A_VESSEL.test(info)) return 'Vessel';
  return schema;
}

function keep(g: Group, x: EntityBuilder): EntityBuilder {
  const had = g.subs.get(x.id);
  if (had) return had;
  g.subs.set(x.id, x);
  return x;
}

function addNames(b: EntityBuilder, row: Row, prop: string): void {
  const given = GIVEN_NAME_COLUMNS.map(row).filter((s) => s.length > 0);
  const surname = row('Name 6');
  b.add(prop, [...given, surname].filter((s) => s.length > 0).join(' '));
  if (prop !== 'name' || b.schema !== 'Person') return;
  b.add('firstName', given[0]).add('middleName', given.slice(1).join(' ')).add('lastName', surname);
}

function addDocuments(g: Group, raw: string, kind: 'Passport' | 'Identification', reportMissing: (piece: string) => void): void {
  const b = g.entity;
  for (const { number, text } of documents(raw)) {
    if (!number) reportMissing(text);
    const d = keep(g, new EntityBuilder(kind, derivedId(b.id, 'id', kind, text), b.datasets));
    d.add('holder', b.id).add('number', number).add('summary', text);
    b.add(kind === 'Passport' ? 'passportNumber' : 'idNumber', number);
  }
}

function addAddress(g: Group, row: Row): void {
  const b = g.entity;
  const country = row('Country');
  const countries = countryNames(country);
  b.add('country', countries);
  const lines = ADDRESS_COLUMNS.map(row).filter((s) => s.length > 0);
  if (lines.length === 0) return;
  const full = [...lines, country].filter((s) => s.length > 0).join(', ');
  const a = keep(g, new EntityBuilder('Address', derivedId(b.id, 'address', full), b.datasets));
  a.add('full', full).add('postalCode', row('Post/Zip Code')).add('country', countries);
  b.add('address', full).add('addressEntity', a.id);
}

function addSanction(g: Group, row: Row): void {
  const b = g.entity;
  const regime = row('Regime');
  const s = keep(g, new EntityBuilder('Sanction', derivedId(b.id, 'sanction', regime), b.datasets));
  s.add('entity', b.id).add('authority', AUTHORITY).add('program', regime);
  s.add('listingDate', row('Listed On')).add('modifiedAt', row('Last Updated'));
  b.add('program', regime);
}

function addRow(g: Group, row: Row, report: (field: string, message: string) => void): void {
  const b = g.entity;
  const aliasType = row('Alias Type');
  let prop = ALIAS_TYPES[aliasType.toLowerCase()];
  if (!prop) {
    report('Alias Type', `unknown alias type "${aliasType}"; name kept as alias`);
    prop = 'alias';
  }
  addNames(b, row, prop);
  b.add('title', enumerated(row('Title')).flatMap((t) => t.split('/')));
  b.add('birthDate', row('DOB'));
  const birthPlace = [row('Town of Birth'), row('Country of Birth')].filter((s) => s.length > 0).join(', ');
  b.add('birthPlace', birthPlace).add('birthCountry', countryNames(row('Country of Birth')));
  b.add('nationality', countryNames(row('Nationality'))).add('position', row('Position'));
  const missing = (column: string) => (piece: string) => report(column, `no document number in "${piece}"`);
  addDocuments(g, row('Passport Details'), 'Passport', missing('Passport Details'));
  addDocuments(g, row('NI Number'), 'Identification', missing('NI Number'));
  addAddress(g, row);
  const info = row('Other Information');
  b.add('notes', info);
  for (const ref of unReferences(info)) g.unscIds.add(ref);
  if (b.schema === 'Vessel') b.add('imoNumber', VESSEL_IMO.exec(info)?.[1]).add('mmsi', MMSI.exec(info)?.[1]);
  addSanction(g, row);
}

function newGroup(id: string, schema: string, dataset: string): Group {
  const entity = new EntityBuilder(schema, makeId('gb-hmt', id), [dataset]);
  entity.add('topics', 'sanction');
  return { entity, subs: new Map(), unscIds: new Set(), reported: new Set() };
}

function finish(g: Group): Entity[] {
  for (const s of g.subs.values()) if (s.schema === 'Sanction') s.add('unscId', [...g.unscIds]);
  return [g.entity, ...g.subs.values()].map((x) => x.build());
}

/** The file's own date from row 1, "Last Updated,13/04/2018". */
function publishedAt(fields: string[], file: string): string | null {
  if (collapseSpace(fields[0] ?? '').toLowerCase() !== 'last updated') {
    throw new SourceError('not an OFSI ConList: row 1 is not "Last Updated,<date>"', file, 1);
  }
  return cleanDate(fields[1] ?? '', 'dmy');
}

/** Reports what the group's builders rejected since the last call, as found on this row. */
function reportRejected(g: Group, seen: WeakMap<EntityBuilder, number>, report: (field: string, message: string) => void): void {
  for (const b of [g.entity, ...g.subs.values()]) {
    const from = seen.get(b) ?? 0;
    for (const r of b.rejected.slice(from)) report(SOURCE_FIELD[r.prop] ?? r.prop, `${r.reason}: "${r.value}"`);
    seen.set(b, b.rejected.length);
  }
}

async function* parseConlist(path: string, ctx: ParseContext): AsyncGenerator<Entity> {
  const file = basename(path);
  // Rows of one group are scattered through the file (821 of 2,106 groups in the 2018 file),
  // so groups are held until the end; a few thousand small builders.
  const groups = new Map<string, Group>();
  const seen = new WeakMap<EntityBuilder, number>();
  const table = readTable(
    path,
    {
      label: 'an OFSI ConList',
      required: REQUIRED_COLUMNS,
      clean: collapseSpace,
      noHeader: 'not an OFSI ConList: no header row',
      preambleRows: 1,
      onPreamble: (rec) => {
        const date = publishedAt(rec.fields, file);
        if (date) ctx.setPublishedAt(date);
        else ctx.report({ file, line: rec.line, field: 'Last Updated', message: `not a valid date: "${rec.fields[1] ?? ''}"` });
      },
    },
    (bad) => {
      const message = `row has ${bad.fields.length} fields, the header ${bad.width}; row skipped`;
      ctx.report({ file, line: bad.line, record: bad.cell('Group ID'), field: '', message });
    },
  );
  for await (const { line, cell: row } of table) {
    const groupId = row('Group ID');
    const reportRow = (field: string, message: string) => ctx.report({ file, line, record: groupId, field, message });
    if (!groupId) {
      reportRow('Group ID', 'no Group ID; row skipped');
      continue;
    }
    let g = groups.get(groupId);
    if (!g) {
      const schema = groupSchema(row('Group Type'), row('Other Information'));
      if (!schema) reportRow('Group Type', `unknown group type "${row('Group Type')}"; read as LegalEntity`);
      g = newGroup(groupId, schema ?? 'LegalEntity', ctx.dataset);
      groups.set(groupId, g);
    }
    const group = g;
    const report = (field: string, message: string) => {
      const key = `${field}\u001f${message}`;
      if (group.reported.has(key)) return;
      group.reported.add(key);
      reportRow(field, message);
    };
    addRow(g, row, report);
    reportRejected(g, seen, report);
  }
  for (const g of groups.values()) yield* finish(g);
}

function detectConlist(head: Buffer): boolean {
  const [first, second = ''] = head.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 2);
  return /^"?Last Updated"?,/i.test(first) && /(?:^|,)"?Group ID"?(?:,|$)/.test(second);
}

export const ukConlist: SourceFormat = {
  name: 'uk-conlist',
  label: 'UK HM Treasury / OFSI Consolidated List (CSV)',
  defaultDataset: () => 'gb_hmt_sanctions',
  detect: (_path, head) => detectConlist(head),
  parse: (files, ctx) => parseConlist(files[0], ctx),
};
