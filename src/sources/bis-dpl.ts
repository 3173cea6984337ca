/**
 * The US Bureau of Industry and Security's Denied Persons List, the tab-separated dpl.txt:
 * one row per denied party per address, every field quoted. BIS does not say whether a party
 * is a person or a company, so parties are LegalEntities, narrowed to Company when the name
 * carries a legal form.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { derivedId, EntityBuilder, makeId, type Entity } from '../model/entity.js';
import { cleanDate } from '../model/dates.js';
import { collapseSpace } from '../model/types.js';
import { readCsv } from './read.js';
import { SourceError, type ParseContext, type SourceFormat } from './types.js';

const COLUMNS = [
  'Name', 'Street_Address', 'City', 'State', 'Country', 'Postal_Code', 'Effective_Date',
  'Expiration_Date', 'Standard_Order', 'Last_Update', 'Action', 'FR_Citation',
] as const;
type Column = (typeof COLUMNS)[number];

/** Name tokens (upper case, dots dropped) that make a party a company: "CO.", "S.A.", "GMBH". */
const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'INC', 'INCORPORATED', 'LTD', 'LIMITED', 'LLC', 'LLP', 'CO', 'COMPANY', 'CORP', 'CORPORATION',
  'GMBH', 'AG', 'KG', 'SA', 'SL', 'SRL', 'SARL', 'SAS', 'SPA', 'BV', 'NV', 'PLC', 'PTE', 'OOO', 'ZAO',
  'OAO', 'PAO', 'JSC', 'CJSC', 'PJSC', 'FZE', 'FZCO', 'FZC',
]);

/**
 * BIS leaves Country empty on most US addresses; a US state or territory code in State says
 * the address is in the US.
 */
const US_STATES: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC',
  'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  'PR', 'GU', 'VI', 'AS', 'MP',
]);

const AUTHORITY = 'Bureau of Industry and Security';
/** Column a rejected property came from, for the report. */
const SOURCE_FIELD: Readonly<Record<string, Column>> = {
  country: 'Country', startDate: 'Effective_Date', endDate: 'Expiration_Date', modifiedAt: 'Last_Update',
};
/** Last_Update values before this are typing errors ("1023-11-01"); the list dates from the 1980s. */
const EARLIEST_UPDATE = '1980-01-01';
const HEADER = /^"?Name"?\t"?Street_Address"?\t[^\r\n]*"?FR_Citation"?\s*(?:\r?\n|$)/;

type Row = (column: Column) => string;

interface Party {
  entity: EntityBuilder;
  /** Addresses and sanctions (one per denial order), by id. */
  subs: Map<string, EntityBuilder>;
}

/** Company when a word of the name is a legal form ("GHARE SABZ CO.", "RADIOTESTER OOO"). */
export function hasLegalForm(name: string): boolean {
  return name.toUpperCase().replace(/\./g, '').split(/[^\p{L}\p{N}]+/u).some((t) => LEGAL_FORMS.has(t));
}

/** The merge key: the name as BIS spells it, up to case and spacing. */
export function partyKey(name: string): string {
  return collapseSpace(name).toUpperCase();
}

/**
 * One entity per party name, not per row. BIS repeats a party once per address (ISSAM
 * SHAMMOUT on four rows of one order) and once per order (HAYDEE HERRERA in 2002 and 2003),
 * so rows with the same name are one party with several addresses and sanctions. Aliases are
 * separate names in the file (CATHY CHEN, CELIA CHEN…) and stay separate entities: the file
 * does not say which names are one person, and co-respondents share addresses too. The id
 * hashes the name alone, so an added or corrected address keeps it stable.
 */
export function partyId(name: string): string {
  return makeId('us-bis-dpl', createHash('sha1').update(partyKey(name)).digest('hex').slice(0, 16));
}

function keep(p: Party, x: EntityBuilder): EntityBuilder {
  const had = p.subs.get(x.id);
  if (had) return had;
  p.subs.set(x.id, x);
  return x;
}

function addressCountry(row: Row): string {
  const country = row('Country');
  return country || (US_STATES.has(row('State').toUpperCase()) ? 'US' : '');
}

function addAddress(p: Party, row: Row): void {
  const b = p.entity;
  const country = addressCountry(row);
  b.add('country', country);
  const parts = [row('Street_Address'), row('City'), row('State'), row('Postal_Code'), country].filter((s) => s);
  if (parts.length === 0) return;
  const full = parts.join(', ');
  const a = keep(p, new EntityBuilder('Address', derivedId(b.id, 'address', full), b.datasets));
  a.add('full', full).add('street', row('Street_Address')).add('city', row('City')).add('state', row('State'));
  a.add('postalCode', row('Postal_Code')).add('country', country);
  b.add('address', full).add('addressEntity', a.id);
}

/** One Sanction per denial order, known by its effective and expiration dates. */
function addSanction(p: Party, row: Row, lastUpdate: string | null): void {
  const b = p.entity;
  const order = [row('Effective_Date'), row('Expiration_Date')];
  const s = keep(p, new EntityBuilder('Sanction', derivedId(b.id, 'sanction', ...order), b.datasets));
  s.add('entity', b.id).add('authority', AUTHORITY).add('provisions', row('Action'));
  s.add('startDate', row('Effective_Date'), { dateOrder: 'mdy' }).add('endDate', row('Expiration_Date'), { dateOrder: 'mdy' });
  s.add('summary', row('FR_Citation')).add('modifiedAt', lastUpdate);
}

function newParty(name: string, dataset: string): Party {
  const entity = new EntityBuilder('LegalEntity', partyId(name), [dataset]);
  if (hasLegalForm(name)) entity.narrow('Company');
  entity.add('name', name).add('topics', 'export.control');
  return { entity, subs: new Map() };
}

/**
 * A Last_Update is plausible between the list's start and today; the file has "3033-09-30"
 * and "1023-11-01", which must not become its publication date.
 */
function plausibleUpdate(raw: string, today: string): string | null {
  const d = cleanDate(raw);
  return d && d >= EARLIEST_UPDATE && d <= today ? d : null;
}

function checkHeader(fields: string[], file: string, line: number): void {
  const got = fields.map(collapseSpace);
  if (COLUMNS.some((c, i) => got[i] !== c)) {
    throw new SourceError(`not a BIS Denied Persons List: expected columns ${COLUMNS.join(', ')}`, file, line);
  }
}

/** What the party's builders rejected on this row, once per field and value. */
function reportRejected(p: Party, seen: WeakMap<EntityBuilder, number>, report: (field: string, message: string) => void): void {
  const done = new Set<string>();
  for (const b of [p.entity, ...p.subs.values()]) {
    for (const r of b.rejected.slice(seen.get(b) ?? 0)) {
      const field = SOURCE_FIELD[r.prop] ?? r.prop;
      const message = `${r.reason}: "${r.value}"`;
      if (!done.has(field + message)) report(field, message);
      done.add(field + message);
    }
    seen.set(b, b.rejected.length);
  }
}

async function* parseDpl(path: string, ctx: ParseContext): AsyncGenerator<Entity> {
  const file = basename(path);
  const today = new Date().toISOString().slice(0, 10);
  // A party's rows are not always adjacent (" I. ASH" is row 2, "I. ASH" row 248), so parties
  // are held until the end: the list has a few hundred.
  const parties = new Map<string, Party>();
  const seen = new WeakMap<EntityBuilder, number>();
  const rowKeys = new Set<string>();
  let headerSeen = false;
  let published: string | null = null;
  for await (const rec of readCsv(path, { delimiter: '\t' })) {
    if (!headerSeen) {
      checkHeader(rec.fields, file, rec.line);
      headerSeen = true;
      continue;
    }
    const row: Row = (column) => collapseSpace(rec.fields[COLUMNS.indexOf(column)] ?? '');
    const name = row('Name');
    const report = (field: string, message: string) => ctx.report({ file, line: rec.line, record: name, field, message });
    if (rec.fields.length !== COLUMNS.length) {
      report('', `row has ${rec.fields.length} fields, not ${COLUMNS.length}; row skipped`);
      continue;
    }
    if (!name) {
      report('Name', 'no name; row skipped');
      continue;
    }
    const rowKey = rec.fields.map(collapseSpace).join('\t');
    if (rowKeys.has(rowKey)) report('', 'the same row again');
    rowKeys.add(rowKey);
    const lastUpdate = plausibleUpdate(row('Last_Update'), today);
    if (!lastUpdate) report('Last_Update', `implausible date "${row('Last_Update')}"; not used`);
    else if (!published || lastUpdate > published) published = lastUpdate;
    const key = partyKey(name);
    let p = parties.get(key);
    if (!p) parties.set(key, (p = newParty(name, ctx.dataset)));
    addAddress(p, row);
    addSanction(p, row, lastUpdate);
    reportRejected(p, seen, report);
  }
  if (!headerSeen) throw new SourceError('not a BIS Denied Persons List: empty file', file);
  if (published) ctx.setPublishedAt(published);
  for (const p of parties.values()) yield* [p.entity, ...p.subs.values()].map((x) => x.build());
}

export const bisDpl: SourceFormat = {
  name: 'bis-dpl',
  label: 'US BIS Denied Persons List (tab-separated)',
  defaultDataset: () => 'us_bis_dpl',
  detect: (_path, head) => HEADER.test(head.toString('utf8').replace(/^\uFEFF/, '')),
  parse: (files, ctx) => parseDpl(files[0], ctx),
};
