/**
 * OFAC's remarks and features → facts about an entity, and the assembly of those facts
 * into entities. The legacy CSV packs everything but names and addresses into one
 * semicolon-separated Remarks field ("DOB 21 Mar 1950; POB Moscow, Russia; Passport
 * 1084010 (Egypt)"); the XML formats give the same labels as id and feature types. Both go
 * through `featureFacts`, so a label means the same thing in every OFAC format.
 */
import { cleanCountry } from '../model/countries.js';
import { EntityBuilder, derivedId, makeId, type Entity } from '../model/entity.js';
import { getProperty, isA } from '../model/schema.js';
import type { ParseContext, SourceIssue } from './types.js';
import {
  ALIAS_TYPES, FEATURES, FEATURE_PATTERNS, LEGAL_FORMS, OFAC_AUTHORITY, PROPERTY_FALLBACKS, SDN_TYPES, type FeatureSpec,
} from './ofac-vocab.js';

export interface IdParts {
  number: string;
  country?: string;
  issued?: string;
  expires?: string;
}

export type Fact =
  | { kind: 'prop'; prop: string; value: string; schema?: string }
  | ({ kind: 'id'; type: string; prop: string; passport: boolean } & IdParts)
  | { kind: 'ref'; prop: string; label: string; name: string }
  | { kind: 'link'; name: string }
  | { kind: 'sanction'; prop: string; value: string }
  | { kind: 'note'; value: string };

const CLAUSE_SPLIT = /;\s*/;
const FINAL_STOP = /\.\s*$/;
const WRAPPED = /^\((.*)\)$/s;
const ALT_PREFIX = /^alt\.\s+/i;
const QUOTED = /^(['"])(.*)\1$/s;
const LABEL_TAIL = /[\s:-]+$/;
const VALUE_HEAD = /^\s*(?::|-(?=\s))?\s*/;
const ID_EXPIRES = /\s+expires\s+(.+)$/i;
const ID_ISSUED = /\s+issued\s+(.+)$/i;
const ID_COUNTRY = /\s*\(([^()]+)\)$/;
const IMO = /^IMO\s*(\d{7})$/i;
const NAME_TAIL = /[\s.]+$/;
const SPACES = /\s+/g;
const NAME_TOKEN_JUNK = /['’.]/g;
const NAME_TOKEN_SPLIT = /[^A-Z0-9]+/;
const PROGRAM_SPLIT = /\]\s*\[/;
const ALIAS_TYPE_JUNK = /[.\s]/g;

/** Vocabulary keys by first word, longest first, so "nationality of registration" wins over "nationality". */
const BY_FIRST_WORD = new Map<string, string[]>();
for (const key of Object.keys(FEATURES)) {
  const first = key.split(' ')[0];
  const list = BY_FIRST_WORD.get(first) ?? [];
  list.push(key);
  BY_FIRST_WORD.set(first, list);
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.length - a.length);

/** How a label is looked up: lower case, without the ":" or " -" OFAC writes after some. */
function labelKey(label: string): string {
  return label.toLowerCase().replace(LABEL_TAIL, '');
}

/** The clauses of a Remarks field: split on ";", the closing full stop and (parentheses) removed. */
export function splitRemarks(remarks: string): string[] {
  const out: string[] = [];
  for (const part of remarks.replace(FINAL_STOP, '').split(CLAUSE_SPLIT)) {
    const clause = part.trim().replace(WRAPPED, '$1').trim();
    if (clause) out.push(clause);
  }
  return out;
}

/** "1084010 (Egypt) issued 01 Jan 2000 expires 01 Jan 2010" → number, country and dates apart. */
export function parseIdValue(raw: string): IdParts {
  let s = raw.trim();
  const parts: IdParts = { number: '' };
  let m = ID_EXPIRES.exec(s);
  if (m) {
    parts.expires = m[1].trim();
    s = s.slice(0, m.index);
  }
  m = ID_ISSUED.exec(s);
  if (m) {
    parts.issued = m[1].trim();
    s = s.slice(0, m.index);
  }
  m = ID_COUNTRY.exec(s);
  if (m && m.index > 0) {
    parts.country = m[1].trim();
    s = s.slice(0, m.index);
  }
  parts.number = s.trim();
  return parts;
}

function findLabel(clause: string): { spec: FeatureSpec; label: string; value: string } | null {
  const lower = clause.toLowerCase();
  const space = lower.indexOf(' ');
  const first = (space < 0 ? lower : lower.slice(0, space)).replace(LABEL_TAIL, '');
  for (const key of BY_FIRST_WORD.get(first) ?? []) {
    const next = lower.charAt(key.length);
    if (lower.startsWith(key) && (next === '' || next === ' ' || next === ':')) {
      return { spec: FEATURES[key], label: clause.slice(0, key.length), value: clause.slice(key.length).replace(VALUE_HEAD, '') };
    }
  }
  for (const [pattern, spec] of FEATURE_PATTERNS) {
    const m = pattern.exec(clause);
    if (m) return { spec, label: m[0], value: clause.slice(m[0].length).trim() };
  }
  return null;
}

function placeCountry(place: string): string | null {
  const last = place.slice(place.lastIndexOf(',') + 1);
  return cleanCountry(last);
}

function factsFor(spec: FeatureSpec, label: string, value: string, text: string, doc?: Partial<IdParts>): Fact[] {
  switch (spec.kind) {
    case 'prop': {
      const v = spec.quoted ? value.replace(QUOTED, '$2') : value;
      const out: Fact[] = [{ kind: 'prop', prop: spec.prop!, value: v, ...(spec.schema ? { schema: spec.schema } : {}) }];
      if (spec.also) out.push({ kind: 'prop', prop: spec.also, value: v });
      const country = spec.placeCountry ? placeCountry(v) : null;
      if (country) out.push({ kind: 'prop', prop: spec.placeCountry!, value: country });
      return out;
    }
    case 'id': {
      const parts = { ...parseIdValue(value), ...definedOnly(doc) };
      const imo = IMO.exec(parts.number);
      if (imo) return [{ kind: 'prop', prop: 'imoNumber', value: `IMO${imo[1]}` }];
      if (!parts.number) return [{ kind: 'note', value: text }];
      return [{ kind: 'id', type: label.trim(), prop: spec.prop!, passport: spec.passport === true, ...parts }];
    }
    case 'ref':
      return [{ kind: 'ref', prop: spec.prop!, label: label.trim(), name: value }];
    case 'link':
      return [{ kind: 'link', name: value }];
    case 'sanction':
      return [{ kind: 'sanction', prop: spec.prop!, value: text }];
    case 'note':
      return [{ kind: 'note', value: text }];
  }
}

function definedOnly(doc?: Partial<IdParts>): Partial<IdParts> {
  const out: Partial<IdParts> = {};
  for (const [k, v] of Object.entries(doc ?? {})) if (v) out[k as keyof IdParts] = v;
  return out;
}

/** One remark clause → facts; a clause of no known label is kept whole as a note. */
export function parseClause(clause: string): Fact[] {
  const bare = clause.replace(ALT_PREFIX, '');
  const hit = findLabel(bare);
  return hit ? factsFor(hit.spec, hit.label, hit.value, bare, undefined) : [{ kind: 'note', value: clause }];
}

export function parseRemarks(remarks: string): Fact[] {
  return splitRemarks(remarks).flatMap(parseClause);
}

/**
 * A labelled value as the XML formats give it (idType + idNumber, or a feature type and
 * its value), with the document's country and dates when given apart.
 */
export function featureFacts(label: string, value: string, doc?: Partial<IdParts>): Fact[] {
  const text = `${label} ${value}`;
  const spec = featureSpec(label);
  return spec ? factsFor(spec, label, value, text, doc) : [{ kind: 'note', value: text }];
}

/** What the vocabulary says about a label as the XML formats give it, if it knows the label. */
export function featureSpec(label: string): FeatureSpec | undefined {
  return FEATURES[labelKey(label)] ?? FEATURE_PATTERNS.find(([p]) => p.test(label))?.[1];
}

/** "SDGT] [IFSR" (the CSV's way of listing several programs) → its codes. */
export function splitPrograms(raw: string): string[] {
  return raw.split(PROGRAM_SPLIT).map((p) => p.trim()).filter(Boolean);
}

/** "LAVROV, Sergei Viktorovich" → last name and given names, as OFAC structures a person's name. */
export function splitPersonName(name: string): { lastName: string; firstName?: string } {
  const comma = name.indexOf(',');
  if (comma < 0) return { lastName: name.trim() };
  const firstName = name.slice(comma + 1).trim();
  return { lastName: name.slice(0, comma).trim(), firstName: firstName || undefined };
}

/** An entity's schema from the legal form its name carries ("… CO., LTD." → Company). */
export function legalEntitySchema(name: string): string {
  let schema = 'LegalEntity';
  for (const token of name.toUpperCase().replace(NAME_TOKEN_JUNK, '').split(NAME_TOKEN_SPLIT)) {
    const form = LEGAL_FORMS[token];
    if (form === 'Company') return form;
    if (form) schema = form;
  }
  return schema;
}

/** Schema for an OFAC type (individual, entity, vessel, aircraft), or null when unknown. */
export function schemaFor(type: string | null, name: string): string | null {
  const schema = SDN_TYPES[(type ?? 'entity').trim().toLowerCase()];
  if (!schema) return null;
  return schema === 'LegalEntity' ? legalEntitySchema(name) : schema;
}

/** How names are compared for "Linked To": case, spacing and a closing full stop do not count. */
export function nameKey(name: string): string {
  return name.toUpperCase().replace(SPACES, ' ').replace(NAME_TAIL, '').trim();
}

type Pending = { kind: 'ref'; prop: string; label: string; name: string } | { kind: 'link'; name: string; role: string; targetKey?: string };

/**
 * One listed entity as it is assembled: the entity, its Sanction, its identity documents,
 * and the names of other entities it points at (resolved once the whole file is read).
 */
export class OfacRecord {
  readonly entity: EntityBuilder;
  readonly sanction: EntityBuilder;
  readonly pending: Pending[] = [];
  private readonly documents = new Map<string, EntityBuilder>();
  private title: string | undefined;

  constructor(
    readonly where: Omit<SourceIssue, 'message' | 'field'>,
    key: string,
    schema: string,
    dataset: string,
  ) {
    const id = makeId('ofac', key);
    this.entity = new EntityBuilder(schema, id, [dataset]).add('topics', 'sanction');
    this.sanction = new EntityBuilder('Sanction', derivedId(id, 'sanction', dataset), [dataset])
      .add('entity', id)
      .add('authority', OFAC_AUTHORITY)
      .add('authorityId', key);
  }

  get id(): string {
    return this.entity.id;
  }

  /**
   * The primary name first (it is what links resolve against). A person's parts come from
   * the source's structure when it has one, else from OFAC's "LAST, Given" spelling.
   */
  addPrimaryName(name: string, parts: Record<string, string | undefined> = splitPersonName(name)): void {
    this.entity.add('name', name);
    if (this.entity.schema !== 'Person') return;
    for (const [prop, value] of Object.entries(parts)) this.entity.add(prop, value);
  }

  /** Alternative names by OFAC alias type (aka, F.K.A., n.k.a.…) and OFAC's weak flag. */
  addAlias(type: string, weak: boolean, name: string): boolean {
    const spec = ALIAS_TYPES[type.toLowerCase().replace(ALIAS_TYPE_JUNK, '')];
    for (const prop of spec ? spec[weak ? 'weak' : 'strong'] : ['alias']) this.entity.add(prop, name);
    return spec !== undefined;
  }

  addPrograms(codes: string[]): void {
    this.entity.add('program', codes).add('programId', codes);
    this.sanction.add('program', codes);
  }

  /** OFAC's Title is a person's position (and some remarks repeat it: those are dropped). */
  addTitle(title: string | null | undefined): void {
    if (!title) return;
    this.title = title;
    this.entity.add(this.entity.schema === 'Person' ? 'position' : 'notes', title);
  }

  addRemarks(remarks: string | null | undefined): void {
    if (remarks) this.apply(parseRemarks(remarks).filter((f) => !(f.kind === 'note' && f.value === this.title)));
  }

  addAddress(full: string, country: string | null | undefined): void {
    this.entity.add('address', full).add('country', country ?? undefined);
  }

  /** A relationship to another listed entity by its OFAC id (the Enhanced XML gives them). */
  addRelation(role: string, targetKey: string, name: string): void {
    this.pending.push({ kind: 'link', role, targetKey, name });
  }

  apply(facts: Fact[]): void {
    for (const fact of facts) {
      switch (fact.kind) {
        case 'prop':
          if (fact.schema) this.entity.narrow(fact.schema);
          this.entity.add(getProperty(this.entity.schema, fact.prop) ? fact.prop : (PROPERTY_FALLBACKS[fact.prop] ?? fact.prop), fact.value);
          break;
        case 'id':
          this.addDocument(fact);
          break;
        case 'ref':
          this.pending.push(fact);
          break;
        case 'link':
          this.pending.push({ kind: 'link', name: fact.name, role: 'Linked To' });
          break;
        case 'sanction':
          this.sanction.add(fact.prop, fact.value);
          break;
        case 'note':
          this.entity.add('notes', fact.value);
          break;
      }
    }
  }

  private addDocument(doc: Extract<Fact, { kind: 'id' }>): void {
    const prop = getProperty(this.entity.schema, doc.prop) ? doc.prop : 'registrationNumber';
    this.entity.add(prop, doc.number);
    // A vessel's or aircraft's numbers are its own properties, not documents someone holds.
    if (!isA(this.entity.schema, 'LegalEntity')) return;
    const schema = doc.passport ? 'Passport' : 'Identification';
    // The id hashes the country as a code where it can, so every OFAC format derives the same one.
    const country = doc.country ? (cleanCountry(doc.country) ?? doc.country) : '';
    const id = derivedId(this.id, 'id', doc.type, doc.number, country);
    // Lists repeat a document now and then; it stays one document.
    const b = this.documents.get(id) ?? new EntityBuilder(schema, id, this.entity.datasets);
    b.add('holder', this.id).add('number', doc.number).add('type', doc.type).add('country', doc.country);
    b.add('startDate', doc.issued).add('endDate', doc.expires);
    this.documents.set(id, b);
  }

  /** The built entities; every value the builders refused is reported with where it came from. */
  finish(ctx: ParseContext): Entity[] {
    return [this.entity, this.sanction, ...this.documents.values()].map((b) => {
      for (const r of b.rejected) {
        const field = b === this.entity ? r.prop : `${b.schema}.${r.prop}`;
        ctx.report({ ...this.where, field, message: `${r.reason}: "${r.value}"` });
      }
      return b.build();
    });
  }
}

/**
 * Resolve what records point at, once every record of the file is known: "Linked To: NAME"
 * (by primary name) and relationships (by id) become UnknownLink entities, an aircraft's
 * operator or a vessel's owner becomes a reference. Nothing is invented: a name that matches
 * no entity, or several, is reported and kept as a note.
 */
export function resolveLinks(records: OfacRecord[], ctx: ParseContext): Entity[] {
  const byName = new Map<string, string[]>();
  const ids = new Set<string>();
  for (const r of records) {
    ids.add(r.id);
    const primary = r.entity.first('name');
    if (!primary) continue;
    const key = nameKey(primary);
    byName.set(key, [...(byName.get(key) ?? []), r.id]);
  }
  const links = new Map<string, Entity>();
  for (const r of records) {
    for (const p of r.pending) {
      const keyed = p.kind === 'link' && p.targetKey ? makeId('ofac', p.targetKey) : null;
      const found = (keyed ? (ids.has(keyed) ? [keyed] : []) : (byName.get(nameKey(p.name)) ?? [])).filter((x) => x !== r.id);
      const label = p.kind === 'link' ? p.role : p.label;
      if (found.length === 1 && p.kind === 'ref') {
        r.entity.add(p.prop, found[0]);
      } else if (found.length === 1 && p.kind === 'link') {
        const id = derivedId(r.id, 'link', found[0], p.role);
        const link = new EntityBuilder('UnknownLink', id, r.entity.datasets).add('subject', r.id).add('object', found[0]).add('role', p.role);
        links.set(id, link.build());
      } else {
        r.entity.add('notes', `${label}: ${p.name}`);
        if (p.kind === 'link') {
          const why = found.length > 1 ? `names ${found.length} entities of this file` : 'matches no entity of this file';
          ctx.report({ ...r.where, field: label, message: `"${p.name}" ${why}; no link made` });
        }
      }
    }
  }
  return [...links.values()];
}
