/**
 * The UN Security Council Consolidated List, XML (scsanctions.un.org consolidated.xml):
 * INDIVIDUAL records become Persons and ENTITY records Organizations, each with one Sanction.
 * Names keep their own script: NAME_ORIGINAL_SCRIPT is a primary name, and the original
 * spellings the UN writes inside aliases ("Jin Tiesan (金铁三)", a note "original script: …")
 * become names of their own, since they are what cross-script screening matches on.
 */
import { basename } from 'node:path';
import { derivedId, EntityBuilder, makeId, type Entity } from '../model/entity.js';
import { collapseSpace } from '../model/types.js';
import { child, childrenNamed, childText, readXmlRecords, type XmlNode } from './read.js';
import type { ParseContext, SourceFormat } from './types.js';
import {
  ALIAS_QUALITY, BIRTH_DATE_FORMS, FAMILY_NAME_FIRST, PASSPORT_TYPES, SOURCE_FIELD,
} from './un-vocab.js';

const RECORDS: ReadonlySet<string> = new Set(['INDIVIDUAL', 'ENTITY']);
const SCHEMA: Readonly<Record<string, string>> = { INDIVIDUAL: 'Person', ENTITY: 'Organization' };
const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];
const AUTHORITY = 'United Nations Security Council';
const ROOT = /^(?:\uFEFF)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<CONSOLIDATED_LIST[\s>]/;

/** A letter of any script but Latin: marks a name written in its own script. */
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/u;
/** The UN's marker after an own-script name inside a list: "هيئة تحرير الشام (original script)". */
const ORIGINAL_SCRIPT_MARK = /\s*\(original\s+script\)/giu;
const ORIGINAL_SCRIPT_LABEL = /^original\s+script\s*:\s*/iu;
/** Alias notes that give the alias in its own script. */
const OWN_SCRIPT_NOTE = /(?:original\s+script|in\s+arabic)\s*:\s*(.+)$/isu;
const PAREN_GROUP = /\(([^()]+)\)/g;
const NAME_LIKE = /^[\p{L}\p{M}'’‘`.\- ]{2,80}$/u;
const MAX_NAME_WORDS = 6;

type Report = ParseContext['report'];

interface Where {
  file: string;
  line: number;
  record: string;
}

function hasNonLatin(s: string): boolean {
  return NON_LATIN_LETTER.test(s);
}

/** Split on ";" outside parentheses: "A; B (C; D)" → ["A", "B (C; D)"]. */
function splitOutsideParens(raw: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      out.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  out.push(raw.slice(start));
  return out.map(collapseSpace).filter((s) => s.length > 0);
}

/** "Outer (inner)" with the group last (nesting allowed) → [outer, inner], else null. */
function trailingGroup(piece: string): [string, string] | null {
  const s = piece.replace(/[\s,]+$/, '');
  if (!s.endsWith(')')) return null;
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] === ')') depth++;
    else if (s[i] === '(' && --depth === 0) {
      const outer = s.slice(0, i).trim();
      return outer ? [outer, s.slice(i + 1, -1)] : null;
    }
  }
  return null;
}

/**
 * The names in an ALIAS_NAME: several spellings are ";"-separated, and a trailing group that
 * is another script ("El Harrachi (الحراشي)") or a list of spellings ("حسن غول (Hassan Ghul;
 * Hassan Gul)") holds names of its own. Any other group ("(LRM)", "(birth name)") stays
 * part of the name it qualifies.
 */
export function aliasNames(raw: string): string[] {
  return splitOutsideParens(raw.replace(ORIGINAL_SCRIPT_MARK, '')).flatMap((piece) => {
    const group = trailingGroup(piece);
    if (!group) return [piece];
    const [outer, inner] = [group[0], group[1].replace(ORIGINAL_SCRIPT_LABEL, '')];
    const isList = splitOutsideParens(inner).length > 1;
    if (!isList && hasNonLatin(outer) === hasNonLatin(inner)) return [piece];
    return [outer, ...aliasNames(inner)];
  });
}

/** A ";"-separated list in which every piece reads as a name, else nothing. */
function nameList(text: string): string[] {
  const names = splitOutsideParens(text);
  const isName = (n: string) => NAME_LIKE.test(n) && n.split(' ').length <= MAX_NAME_WORDS;
  return names.length > 1 && names.every(isName) ? names : [];
}

/**
 * Names an alias NOTE adds: the own-script form ("original script: Абу Банат", "In Arabic:
 * سيف العدل"), a bracketed list of spellings ("(Abu Du’a; Abu Duaa’) prominently known by
 * this nom de guerre"), or, for an alias in its own script, a note that is a list of its
 * Latin spellings.
 */
export function aliasNoteNames(note: string, alias: string): string[] {
  const text = collapseSpace(note);
  const own = OWN_SCRIPT_NOTE.exec(text);
  if (own) return splitOutsideParens(own[1]);
  const lists = [...text.matchAll(PAREN_GROUP)].map((m) => m[1]);
  if (hasNonLatin(alias) && !hasNonLatin(text)) lists.push(text);
  return lists.flatMap(nameList);
}

/**
 * firstName/secondName/middleName/lastName from FIRST_NAME..FOURTH_NAME. The UN numbers
 * the parts in writing order, not by role; in the data the last part is the family name (or
 * nisba), the first the given name, except on lists that write the family name first.
 */
export function nameParts(parts: string[], familyNameFirst: boolean): Record<string, string> {
  const p = parts.filter((x) => x.length > 0);
  if (p.length < 2) return {};
  if (familyNameFirst) return { lastName: p[0], firstName: p.slice(1).join(' ') };
  const out: Record<string, string> = { firstName: p[0], lastName: p[p.length - 1] };
  if (p.length >= 3) out.secondName = p[1];
  if (p.length === 4) out.middleName = p[2];
  return out;
}

/** The UN writes "na" for "not available"; as a nationality it would read as Namibia. */
const NOT_AVAILABLE = /^(?:na|n\/a)$/i;

function values(node: XmlNode, name: string): string[] {
  const group = child(node, name);
  if (!group) return [];
  return childrenNamed(group, 'VALUE').map((v) => collapseSpace(v.text)).filter((v) => v.length > 0 && !NOT_AVAILABLE.test(v));
}

function text(node: XmlNode, name: string): string | undefined {
  const t = childText(node, name);
  return t ? collapseSpace(t) : undefined;
}

/** What the builders rejected, once per field and value (a holder and its address share a COUNTRY). */
function reportRejected(builders: EntityBuilder[], where: Where, report: Report): void {
  const done = new Set<string>();
  for (const r of builders.flatMap((b) => b.rejected)) {
    const field = SOURCE_FIELD[r.prop] ?? r.prop;
    const message = `${r.reason}: "${r.value}"`;
    if (done.has(field + message)) continue;
    done.add(field + message);
    report({ ...where, field, message });
  }
}

function addNames(b: EntityBuilder, rec: XmlNode): void {
  const parts = NAME_PARTS.map((n) => text(rec, n) ?? '');
  if (rec.name === 'ENTITY') {
    b.add('name', splitOutsideParens(parts[0]));
  } else {
    b.add('name', parts.filter((p) => p).join(' '));
    const familyFirst = FAMILY_NAME_FIRST.has(text(rec, 'UN_LIST_TYPE') ?? '');
    for (const [prop, v] of Object.entries(nameParts(parts, familyFirst))) b.add(prop, v);
  }
  const original = childText(rec, 'NAME_ORIGINAL_SCRIPT');
  if (original) b.add('name', splitOutsideParens(original));
}

function addAliases(b: EntityBuilder, rec: XmlNode, where: Where, report: Report): void {
  for (const a of childrenNamed(rec, `${rec.name}_ALIAS`)) {
    const raw = text(a, 'ALIAS_NAME');
    if (!raw) continue;
    const quality = text(a, 'QUALITY') ?? '';
    let prop = ALIAS_QUALITY[quality.toLowerCase()];
    if (!prop) {
      report({ ...where, field: 'QUALITY', message: `unknown alias quality "${quality}"; "${raw}" kept as alias` });
      prop = 'alias';
    }
    b.add(prop, aliasNames(raw));
    const note = childText(a, 'NOTE');
    if (note) b.add(prop, aliasNoteNames(note, raw));
    // A date or place of birth given with an alias belongs to the identity the person used.
    b.add('birthDate', text(a, 'DATE_OF_BIRTH'));
    b.add('birthPlace', joinPlace([text(a, 'CITY_OF_BIRTH'), text(a, 'COUNTRY_OF_BIRTH')]));
    b.add('birthCountry', text(a, 'COUNTRY_OF_BIRTH'));
  }
}

function joinPlace(parts: (string | undefined)[]): string | undefined {
  const p = parts.filter((x): x is string => !!x);
  return p.length > 0 ? p.join(', ') : undefined;
}

function birthDateText(node: XmlNode): string | undefined {
  const type = text(node, 'TYPE_OF_DATE');
  if (!type) return undefined;
  const form = BIRTH_DATE_FORMS[type.toUpperCase()];
  if (!form) return text(node, 'DATE') ?? text(node, 'YEAR');
  return form({
    date: text(node, 'DATE'), year: text(node, 'YEAR'),
    from: text(node, 'FROM_YEAR'), to: text(node, 'TO_YEAR'), note: text(node, 'NOTE'),
  });
}

function addBirth(b: EntityBuilder, rec: XmlNode, where: Where, report: Report): void {
  for (const dob of childrenNamed(rec, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const raw = birthDateText(dob);
    if (raw) b.add('birthDate', raw);
    else if (text(dob, 'TYPE_OF_DATE')) {
      report({ ...where, field: 'INDIVIDUAL_DATE_OF_BIRTH', message: `no date in a ${text(dob, 'TYPE_OF_DATE')} date of birth` });
    }
  }
  for (const pob of childrenNamed(rec, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    const place = joinPlace(['STREET', 'CITY', 'STATE_PROVINCE', 'COUNTRY'].map((n) => text(pob, n)));
    const note = text(pob, 'NOTE');
    b.add('birthPlace', place && note ? `${place} (${note})` : (place ?? note));
    b.add('birthCountry', text(pob, 'COUNTRY'));
  }
}

/**
 * An Address entity for an address with more than a country (a bare country only fills the
 * holder's `country`). An address that is only a note ("Believed to be in Pakistan or
 * Afghanistan") keeps the note as its text.
 */
function addressEntity(node: XmlNode, holder: EntityBuilder): EntityBuilder | null {
  const street = text(node, 'STREET');
  const city = text(node, 'CITY');
  const region = text(node, 'STATE_PROVINCE');
  const postalCode = text(node, 'ZIP_CODE');
  const country = text(node, 'COUNTRY');
  const note = text(node, 'NOTE');
  holder.add('country', country);
  const located = joinPlace([street, city, region, postalCode]);
  if (!located && !note) return null;
  const full = located ? joinPlace([located, country])! : note!;
  const a = new EntityBuilder('Address', derivedId(holder.id, 'address', full, note ?? ''), holder.datasets);
  a.add('full', full).add('street', street).add('city', city).add('region', region);
  a.add('postalCode', postalCode).add('country', country);
  if (located) {
    a.add('notes', note);
    holder.add('address', full);
  }
  holder.add('addressEntity', a.id);
  return a;
}

function documentEntity(node: XmlNode, holder: EntityBuilder): EntityBuilder | null {
  const type = text(node, 'TYPE_OF_DOCUMENT');
  const number = text(node, 'NUMBER');
  const note = text(node, 'NOTE');
  if (!type && !number && !note) return null;
  const isPassport = PASSPORT_TYPES.has((type ?? '').toLowerCase());
  const country = text(node, 'COUNTRY_OF_ISSUE') ?? text(node, 'ISSUING_COUNTRY');
  const d = new EntityBuilder(
    isPassport ? 'Passport' : 'Identification',
    derivedId(holder.id, 'id', type ?? '', number ?? '', country ?? '', note ?? ''),
    holder.datasets,
  );
  d.add('holder', holder.id).add('number', number).add('type', text(node, 'TYPE_OF_DOCUMENT2') ?? type);
  d.add('country', country).add('startDate', text(node, 'DATE_OF_ISSUE')).add('summary', note);
  const city = text(node, 'CITY_OF_ISSUE');
  if (city) d.add('summary', `Issued in ${city}`);
  holder.add(isPassport ? 'passportNumber' : 'idNumber', number);
  return d;
}

function sanctionEntity(rec: XmlNode, holder: EntityBuilder, ref: string | undefined): EntityBuilder {
  const s = new EntityBuilder('Sanction', derivedId(holder.id, 'sanction', 'unsc'), holder.datasets);
  s.add('entity', holder.id).add('authority', AUTHORITY).add('program', text(rec, 'UN_LIST_TYPE'));
  s.add('listingDate', text(rec, 'LISTED_ON')).add('unscId', ref).add('reason', childText(rec, 'COMMENTS1'));
  return s;
}

/** One INDIVIDUAL or ENTITY record → the listed entity, then its addresses, documents and sanction. */
function recordEntities(rec: XmlNode, file: string, ctx: ParseContext): Entity[] {
  const ref = text(rec, 'REFERENCE_NUMBER');
  const dataId = text(rec, 'DATAID');
  const key = ref ?? dataId;
  const where: Where = { file, line: rec.line, record: key ?? '' };
  if (!key) {
    ctx.report({ ...where, field: 'REFERENCE_NUMBER', message: `${rec.name} with neither REFERENCE_NUMBER nor DATAID; skipped` });
    return [];
  }
  if (!ref) ctx.report({ ...where, field: 'REFERENCE_NUMBER', message: `no REFERENCE_NUMBER; id made from DATAID ${dataId}` });

  const b = new EntityBuilder(SCHEMA[rec.name], makeId('un', key), [ctx.dataset]);
  addNames(b, rec);
  addAliases(b, rec, where, ctx.report);
  b.add('topics', 'sanction').add('program', text(rec, 'UN_LIST_TYPE'));
  b.add('notes', childText(rec, 'COMMENTS1')).add('modifiedAt', values(rec, 'LAST_DAY_UPDATED'));
  // Keyed by id: a record that repeats an address word for word gets one Address.
  const subs = new Map<string, EntityBuilder>();
  const keep = (x: EntityBuilder | null) => {
    if (x && !subs.has(x.id)) subs.set(x.id, x);
  };
  if (rec.name === 'INDIVIDUAL') {
    b.add('title', values(rec, 'TITLE')).add('position', values(rec, 'DESIGNATION'));
    b.add('nationality', values(rec, 'NATIONALITY')).add('gender', text(rec, 'GENDER'));
    addBirth(b, rec, where, ctx.report);
    for (const doc of childrenNamed(rec, 'INDIVIDUAL_DOCUMENT')) keep(documentEntity(doc, b));
  }
  for (const node of childrenNamed(rec, `${rec.name}_ADDRESS`)) keep(addressEntity(node, b));
  keep(sanctionEntity(rec, b, ref));
  const all = [b, ...subs.values()];
  reportRejected(all, where, ctx.report);
  return all.map((x) => x.build());
}

export const unXml: SourceFormat = {
  name: 'un-xml',
  label: 'UN Security Council Consolidated List (XML)',
  defaultDataset: () => 'un_sc_sanctions',
  detect: (_path, head) => ROOT.test(head.toString('utf8')),
  async *parse(files, ctx) {
    const path = files[0];
    const file = basename(path);
    const onOther = (node: XmlNode) => {
      const generated = node.name === 'CONSOLIDATED_LIST' ? node.attrs.dateGenerated : undefined;
      if (generated) ctx.setPublishedAt(generated);
    };
    for await (const rec of readXmlRecords(path, { records: RECORDS, onOther })) {
      yield* recordEntities(rec, file, ctx);
    }
  },
};
