/**
 * OFAC's Enhanced XML (`<sanctionsData>`: SDN_ENHANCED.XML, CONS_ENHANCED.XML). The file
 * opens with reference tables (countries, id types, alias types… by refId, feature types
 * by featureTypeId) that every `entity` below points into; they are read first, then each
 * entity's names (in every script OFAC gives), features, documents, addresses, programs
 * and relationships. Feature and document types share the CSV remarks' vocabulary.
 */
import { basename } from 'node:path';
import type { Entity } from '../model/entity.js';
import { child, childText, childrenNamed, readXmlRecords, type XmlNode } from './read.js';
import type { ParseContext, SourceFormat } from './types.js';
import { OfacRecord, featureFacts, resolveLinks, schemaFor } from './ofac-remarks.js';

const RECORDS: ReadonlySet<string> = new Set(['publicationInfo', 'referenceValue', 'featureType', 'entity']);
const ROOT = /<sanctionsData[\s>]/;
const ENHANCED = /ENHANCED_XML/;
const CONSOLIDATED = /cons/i;
const DATE_PART = /^\d{4}-\d{2}-\d{2}/;

/** Name part types → person properties. */
const NAME_PARTS: Record<string, string> = {
  'Last Name': 'lastName', 'First Name': 'firstName', 'Middle Name': 'middleName',
  Patronymic: 'fatherName', Matronymic: 'motherName',
};

/** Address part types in the order a postal address reads. */
const ADDRESS_ORDER = ['ADDRESS1', 'ADDRESS2', 'ADDRESS3', 'CITY', 'STATE/PROVINCE', 'POSTAL CODE', 'REGION'];

interface RefValue {
  type: string;
  value: string;
  iso?: string;
}

interface Tables {
  refs: Map<string, RefValue>;
  featureTypes: Map<string, string>;
  /** The lists the publication is filtered to (the Consolidated List itself): not a listing date. */
  publicationLists: Set<string>;
}

function isTrue(node: XmlNode, name: string): boolean {
  return childText(node, name) === 'true';
}

function list(node: XmlNode, outer: string, inner: string): XmlNode[] {
  const l = child(node, outer);
  return l ? childrenNamed(l, inner) : [];
}

/** A country element (refId into the reference table): its ISO code when the table has one. */
function countryOf(node: XmlNode | undefined, t: Tables): string | undefined {
  if (!node) return undefined;
  const ref = t.refs.get(node.attrs.refId ?? '');
  return ref?.iso ?? (node.text.trim() || undefined);
}

function translations(name: XmlNode): XmlNode[] {
  return list(name, 'translations', 'translation');
}

function addNames(r: OfacRecord, names: XmlNode[], ctx: ParseContext): void {
  for (const name of names) {
    const primary = isTrue(name, 'isPrimary');
    const aliasType = childText(name, 'aliasType') ?? 'a.k.a.';
    const weak = isTrue(name, 'isLowQuality');
    for (const tr of translations(name)) {
      const full = childText(tr, 'formattedFullName');
      if (!full || (primary && isTrue(tr, 'isPrimary'))) continue;
      // The primary name in another script is the same name, as the person writes it.
      if (!r.addAlias(primary ? 'a.k.a.' : aliasType, weak, full)) {
        ctx.report({ ...r.where, field: 'aliasType', message: `unknown alias type "${aliasType}"; kept as alias` });
      }
    }
  }
}

function primaryName(names: XmlNode[]): { full: string; parts: Record<string, string> } | null {
  const name = names.find((n) => isTrue(n, 'isPrimary'));
  const tr = name && (translations(name).find((x) => isTrue(x, 'isPrimary')) ?? translations(name)[0]);
  const full = tr && childText(tr, 'formattedFullName');
  if (!tr || !full) return null;
  const parts: Record<string, string> = {};
  for (const part of list(tr, 'nameParts', 'namePart')) {
    const prop = NAME_PARTS[childText(part, 'type') ?? ''];
    const value = childText(part, 'value');
    if (prop && value) parts[prop] = value;
  }
  return { full, parts };
}

function addSanctionDetails(r: OfacRecord, node: XmlNode, t: Tables): void {
  r.addPrograms(list(node, 'sanctionsPrograms', 'sanctionsProgram').map((p) => p.text.trim()).filter(Boolean));
  r.sanction.add('provisions', list(node, 'sanctionsTypes', 'sanctionsType').map((x) => x.text));
  r.sanction.add('notes', list(node, 'legalAuthorities', 'legalAuthority').map((x) => x.text));
  const listed = list(node, 'sanctionsLists', 'sanctionsList').filter((l) => !t.publicationLists.has(l.attrs.refId ?? ''));
  r.sanction.add('notes', listed.map((l) => l.text));
  const dates = listed.map((l) => l.attrs.datePublished).filter(Boolean).sort();
  r.sanction.add('listingDate', dates[0]);
}

function addFeatures(r: OfacRecord, node: XmlNode, t: Tables): void {
  for (const f of list(node, 'features', 'feature')) {
    const typeNode = child(f, 'type');
    const label = t.featureTypes.get(typeNode?.attrs.featureTypeId ?? '') ?? typeNode?.text.trim();
    const ref = t.refs.get(childText(f, 'valueRefId') ?? '');
    const value = (ref?.type === 'COUNTRY' ? ref.iso : undefined) ?? childText(f, 'value') ?? ref?.value;
    if (!label || !value) continue;
    r.apply(featureFacts(label, value));
    const comments = childText(f, 'comments');
    if (comments) r.entity.add('notes', `${label} ${value}: ${comments}`);
  }
  for (const d of list(node, 'identityDocuments', 'identityDocument')) {
    const label = childText(d, 'type');
    const number = childText(d, 'documentNumber');
    if (!label || !number) continue;
    const country = countryOf(child(d, 'issuingCountry'), t);
    r.apply(featureFacts(label, number, { country, issued: childText(d, 'issueDate'), expires: childText(d, 'expirationDate') }));
  }
}

function addAddresses(r: OfacRecord, node: XmlNode, t: Tables): void {
  for (const a of list(node, 'addresses', 'address')) {
    const countryNode = child(a, 'country');
    const written = list(a, 'translations', 'translation');
    // An address of a country alone comes without translations.
    for (const tr of written.length > 0 ? written : [a]) {
      const parts = list(tr, 'addressParts', 'addressPart');
      const ordered = ADDRESS_ORDER.flatMap((type) => parts.filter((p) => childText(p, 'type') === type).map((p) => childText(p, 'value')));
      const full = [...ordered, countryNode?.text.trim()].filter(Boolean).join(', ');
      if (full) r.addAddress(full, countryOf(countryNode, t));
    }
  }
}

function entityRecord(node: XmlNode, file: string, t: Tables, ctx: ParseContext): OfacRecord | null {
  const key = node.attrs.id;
  const where = { file, line: node.line, record: key };
  const names = list(node, 'names', 'name');
  const primary = primaryName(names);
  if (!key || !primary) {
    ctx.report({ ...where, field: key ? 'names' : 'id', message: 'entity without id or primary name; skipped' });
    return null;
  }
  const info = child(node, 'generalInfo');
  const type = (info && childText(info, 'entityType')) ?? null;
  let schema = schemaFor(type, primary.full);
  if (!schema) {
    ctx.report({ ...where, field: 'entityType', message: `unknown entityType "${type}"; read as an entity` });
    schema = 'LegalEntity';
  }
  const r = new OfacRecord(where, key, schema, ctx.dataset);
  r.addPrimaryName(primary.full, primary.parts);
  addNames(r, names, ctx);
  addSanctionDetails(r, node, t);
  addFeatures(r, node, t);
  addAddresses(r, node, t);
  for (const rel of list(node, 'relationships', 'relationship')) {
    const target = child(rel, 'relatedEntity');
    const role = childText(rel, 'type');
    if (target?.attrs.entityId && role) r.addRelation(role, target.attrs.entityId, target.text.trim());
  }
  r.addRemarks(info && childText(info, 'remarks'));
  return r;
}

function readTable(node: XmlNode, t: Tables, file: string, ctx: ParseContext): void {
  if (node.name === 'referenceValue') {
    t.refs.set(node.attrs.refId ?? '', { type: childText(node, 'type') ?? '', value: childText(node, 'value') ?? '', iso: childText(node, 'isoCode') });
  } else if (node.name === 'featureType') {
    t.featureTypes.set(node.attrs.featureTypeId ?? '', childText(node, 'type') ?? '');
  } else {
    const asOf = childText(node, 'dataAsOf');
    const date = asOf?.match(DATE_PART)?.[0];
    if (date) ctx.setPublishedAt(date);
    else ctx.report({ file, line: node.line, field: 'dataAsOf', message: `no readable publication date: "${asOf ?? ''}"` });
    const filters = child(node, 'filters');
    for (const l of filters ? list(filters, 'sanctionsLists', 'sanctionsList') : []) t.publicationLists.add(l.attrs.refId ?? '');
  }
}

async function* parseEnhanced(files: string[], ctx: ParseContext): AsyncGenerator<Entity> {
  for (const path of files) {
    const file = basename(path);
    const t: Tables = { refs: new Map(), featureTypes: new Map(), publicationLists: new Set() };
    const records: OfacRecord[] = [];
    for await (const node of readXmlRecords(path, { records: RECORDS })) {
      if (node.name !== 'entity') readTable(node, t, file, ctx);
      else {
        const r = entityRecord(node, file, t, ctx);
        if (r) records.push(r);
      }
    }
    const links = resolveLinks(records, ctx);
    for (const r of records) yield* r.finish(ctx);
    yield* links;
  }
}

export const ofacEnhanced: SourceFormat = {
  name: 'ofac-enhanced',
  label: 'OFAC Enhanced XML (SDN_ENHANCED.XML / CONS_ENHANCED.XML, <sanctionsData>)',
  defaultDataset(files) {
    return files.some((f) => CONSOLIDATED.test(basename(f))) ? 'us_ofac_cons' : 'us_ofac_sdn';
  },
  detect(_path, head) {
    const text = head.toString('latin1');
    return ROOT.test(text) && ENHANCED.test(text);
  },
  parse: parseEnhanced,
};
