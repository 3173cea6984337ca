/**
 * OFAC's classic XML (`<sdnList>`: SDN.XML, CONSOLIDATED.XML). One `sdnEntry` per listed
 * entity, with structured names, ids, aliases, addresses and dates; the ids and features
 * use the same labels as the CSV's remarks, so they go through the same vocabulary.
 */
import { basename } from 'node:path';
import { cleanDate } from '../model/dates.js';
import type { Entity } from '../model/entity.js';
import { child, childText, childrenNamed, readXmlRecords, type XmlNode } from './read.js';
import type { ParseContext, SourceFormat } from './types.js';
import { OfacRecord, featureFacts, resolveLinks, schemaFor } from './ofac-remarks.js';

const RECORDS: ReadonlySet<string> = new Set(['sdnEntry', 'publshInformation']);
const ROOT = /<sdnList[\s>]/;
const CONSOLIDATED = /cons/i;

/** List element, item element, value element, and the feature label the value is. */
const LISTED_FEATURES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['nationalityList', 'nationality', 'country', 'Nationality Country'],
  ['citizenshipList', 'citizenship', 'country', 'Citizenship Country'],
  ['dateOfBirthList', 'dateOfBirthItem', 'dateOfBirth', 'Birthdate'],
  ['placeOfBirthList', 'placeOfBirthItem', 'placeOfBirth', 'Place of Birth'],
];

const VESSEL_INFO: ReadonlyArray<readonly [string, string]> = [
  ['callSign', 'Vessel Call Sign'], ['vesselType', 'Vessel Type'], ['vesselFlag', 'Vessel Flag'],
  ['vesselOwner', 'Vessel Owner'], ['tonnage', 'Vessel Tonnage'], ['grossRegisteredTonnage', 'Vessel Gross Registered Tonnage'],
];

const ADDRESS_PARTS = ['address1', 'address2', 'address3', 'city', 'stateOrProvince', 'postalCode', 'country'];

function items(node: XmlNode, list: string, item: string): XmlNode[] {
  const l = child(node, list);
  return l ? childrenNamed(l, item) : [];
}

/** OFAC writes a person as "LAST, Given" everywhere else; the XML gives the parts apart. */
function fullName(node: XmlNode): string | undefined {
  const parts = [childText(node, 'lastName'), childText(node, 'firstName')].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

function entryRecord(node: XmlNode, file: string, ctx: ParseContext): OfacRecord | null {
  const uid = childText(node, 'uid');
  const name = fullName(node);
  const where = { file, line: node.line, record: uid };
  if (!uid || !name) {
    ctx.report({ ...where, field: uid ? 'lastName' : 'uid', message: 'sdnEntry without uid or name; skipped' });
    return null;
  }
  const type = childText(node, 'sdnType') ?? null;
  let schema = schemaFor(type, name);
  if (!schema) {
    ctx.report({ ...where, field: 'sdnType', message: `unknown sdnType "${type}"; read as an entity` });
    schema = 'LegalEntity';
  }
  const r = new OfacRecord(where, uid, schema, ctx.dataset);
  r.addPrimaryName(name, { lastName: childText(node, 'lastName'), firstName: childText(node, 'firstName') });
  r.addTitle(childText(node, 'title'));
  r.addPrograms(items(node, 'programList', 'program').map((p) => p.text.trim()).filter(Boolean));
  for (const id of items(node, 'idList', 'id')) {
    const label = childText(id, 'idType');
    const value = childText(id, 'idNumber');
    if (!label || !value) continue;
    r.apply(featureFacts(label, value, { country: childText(id, 'idCountry'), issued: childText(id, 'issueDate'), expires: childText(id, 'expirationDate') }));
  }
  for (const aka of items(node, 'akaList', 'aka')) {
    const akaName = fullName(aka);
    const akaType = childText(aka, 'type') ?? '';
    if (akaName && !r.addAlias(akaType, childText(aka, 'category') === 'weak', akaName)) {
      ctx.report({ ...where, field: 'aka.type', message: `unknown alias type "${akaType}"; kept as alias` });
    }
  }
  for (const a of items(node, 'addressList', 'address')) {
    const full = ADDRESS_PARTS.map((p) => childText(a, p)).filter(Boolean).join(', ');
    if (full) r.addAddress(full, childText(a, 'country'));
  }
  for (const [list, item, field, label] of LISTED_FEATURES) {
    for (const it of items(node, list, item)) {
      const v = childText(it, field);
      if (v) r.apply(featureFacts(label, v));
    }
  }
  const vessel = child(node, 'vesselInfo');
  for (const [field, label] of vessel ? VESSEL_INFO : []) {
    const v = childText(vessel!, field);
    if (v) r.apply(featureFacts(label, v));
  }
  r.addRemarks(childText(node, 'remarks'));
  return r;
}

function readPublication(node: XmlNode, file: string, ctx: ParseContext): number | null {
  const raw = childText(node, 'Publish_Date');
  const date = raw ? cleanDate(raw, 'mdy') : null;
  if (date) ctx.setPublishedAt(date);
  else ctx.report({ file, line: node.line, field: 'Publish_Date', message: `no readable publication date: "${raw ?? ''}"` });
  const count = Number(childText(node, 'Record_Count'));
  return Number.isInteger(count) ? count : null;
}

async function* parseXml(files: string[], ctx: ParseContext): AsyncGenerator<Entity> {
  for (const path of files) {
    const file = basename(path);
    const records: OfacRecord[] = [];
    let stated: number | null = null;
    let entries = 0;
    for await (const node of readXmlRecords(path, { records: RECORDS })) {
      if (node.name === 'publshInformation') {
        stated = readPublication(node, file, ctx);
        continue;
      }
      entries++;
      const r = entryRecord(node, file, ctx);
      if (r) records.push(r);
    }
    if (stated !== null && stated !== entries) {
      ctx.report({ file, field: 'Record_Count', message: `the file states ${stated} records but holds ${entries} sdnEntry elements` });
    }
    const links = resolveLinks(records, ctx);
    for (const r of records) yield* r.finish(ctx);
    yield* links;
  }
}

export const ofacXml: SourceFormat = {
  name: 'ofac-xml',
  label: 'OFAC classic XML (SDN.XML / CONSOLIDATED.XML, <sdnList>)',
  defaultDataset(files) {
    return files.some((f) => CONSOLIDATED.test(basename(f))) ? 'us_ofac_cons' : 'us_ofac_sdn';
  },
  detect(_path, head) {
    return ROOT.test(head.toString('latin1'));
  },
  parse: parseXml,
};
