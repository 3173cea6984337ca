/**
 * An entity with what surrounds it (GET /entities/{id}?nested=true), sorted into what an
 * analyst reads: names by script, dates, places, identifiers, addresses, sanctions, links and
 * the rest. Tables of properties are data; an entity's own values decide which rows show.
 */
import type { EntityJson } from './api.ts';
import { countryName } from './labels.ts';
import { groupByScript } from './scripts.ts';

export interface Fact {
  label: string;
  values: string[];
}

export interface NameEntry {
  name: string;
  kind: string;
}

export interface SanctionRow {
  id: string;
  program: string;
  authority: string;
  listed: string;
  reason: string;
  provisions: string;
}

export interface IdRow {
  label: string;
  number: string;
  country: string;
}

export interface Link {
  id: string;
  caption: string;
  schema: string;
  relation: string;
}

export interface EntityView {
  names: { script: string; items: NameEntry[] }[];
  dates: Fact[];
  places: Fact[];
  ids: IdRow[];
  addresses: string[];
  sanctions: SanctionRow[];
  links: Link[];
  other: Fact[];
}

const NAME_KINDS: readonly (readonly [string, string])[] = [
  ['name', 'name'], ['alias', 'alias'], ['previousName', 'previous name'], ['weakAlias', 'weak alias'], ['abbreviation', 'abbreviation'],
];
const DATE_PROPS: Readonly<Record<string, string>> = {
  birthDate: 'Born', deathDate: 'Died', incorporationDate: 'Incorporated', dissolutionDate: 'Dissolved', buildDate: 'Built',
  registrationDate: 'Registered',
};
const COUNTRY_PROPS: Readonly<Record<string, string>> = {
  nationality: 'Nationality', citizenship: 'Citizenship', birthCountry: 'Country of birth', country: 'Country',
  jurisdiction: 'Jurisdiction', mainCountry: 'Main country', flag: 'Flag', pastFlags: 'Past flags',
};
const PLACE_PROPS: Readonly<Record<string, string>> = { birthPlace: 'Place of birth', registrationPort: 'Port of registry' };
const ID_PROPS: Readonly<Record<string, string>> = {
  idNumber: 'ID number', passportNumber: 'Passport', registrationNumber: 'Registration', taxNumber: 'Tax number', vatCode: 'VAT',
  innCode: 'INN', ogrnCode: 'OGRN', kppCode: 'KPP', okpoCode: 'OKPO', leiCode: 'LEI', swiftBic: 'SWIFT/BIC', dunsCode: 'DUNS',
  imoNumber: 'IMO', mmsi: 'MMSI', callSign: 'Call sign', serialNumber: 'Serial number', socialSecurityNumber: 'Social security',
  licenseNumber: 'Licence', uniqueEntityId: 'UEI', wikidataId: 'Wikidata',
};
const OTHER_PROPS: Readonly<Record<string, string>> = {
  position: 'Position', title: 'Title', gender: 'Gender', legalForm: 'Legal form', status: 'Status', sector: 'Sector',
  type: 'Type', model: 'Model', tonnage: 'Tonnage', email: 'Email', phone: 'Phone', website: 'Website', notes: 'Notes',
  summary: 'Summary', description: 'Description', topics: 'Topics',
};
/** Nested properties that are not links to other parties. */
const SANCTION_PROPS = new Set(['sanctions']);
const ID_ENTITY_PROPS = new Set(['identification', 'passports']);
const ADDRESS_PROPS = new Set(['addressEntity']);
/** Link entities between two parties: their far end is the linked party. */
const LINK_SCHEMATA = new Set(['Ownership', 'Directorship', 'Family', 'Associate', 'UnknownLink', 'Membership', 'Employment', 'Representation', 'Occupancy']);
/** What a link is called, by the property it hangs from (FtM's reverse names). */
const RELATION_LABELS: Readonly<Record<string, string>> = {
  ownershipOwner: 'owns', ownershipAsset: 'owned by', directorshipDirector: 'director of', directorshipOrganization: 'directed by',
  familyPerson: 'family', familyRelative: 'family', associates: 'associate', associations: 'associate',
  unknownLinkSubject: 'linked to', unknownLinkObject: 'linked to', owner: 'owned by', operator: 'operated by',
  ownedVehicles: 'owns', operatedVehicles: 'operates', things: 'at this address',
};

function isEntity(v: string | EntityJson): v is EntityJson {
  return typeof v !== 'string';
}

function strings(e: EntityJson, prop: string): string[] {
  return (e.properties[prop] ?? []).filter((v): v is string => typeof v === 'string');
}

function entities(e: EntityJson, prop: string): EntityJson[] {
  return (e.properties[prop] ?? []).filter(isEntity);
}

function first(e: EntityJson, ...props: string[]): string {
  for (const p of props) {
    const v = strings(e, p)[0];
    if (v) return v;
  }
  return '';
}

/** The rows of a table of properties the entity has values for. */
function facts(e: EntityJson, table: Readonly<Record<string, string>>, show: (v: string) => string = (v) => v): Fact[] {
  return Object.entries(table)
    .filter(([prop]) => strings(e, prop).length > 0)
    .map(([prop, label]) => ({ label, values: strings(e, prop).map(show) }));
}

function namesOf(e: EntityJson): NameEntry[] {
  const seen = new Set<string>();
  const out: NameEntry[] = [];
  for (const [prop, kind] of NAME_KINDS) {
    for (const name of strings(e, prop)) {
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({ name, kind });
    }
  }
  return out;
}

function sanctionRow(s: EntityJson): SanctionRow {
  return {
    id: s.id,
    program: strings(s, 'program').join(', ') || s.caption,
    authority: first(s, 'authority'),
    listed: first(s, 'listingDate', 'startDate', 'date'),
    reason: strings(s, 'reason').join(' '),
    provisions: strings(s, 'provisions').join(' '),
  };
}

function idRows(e: EntityJson): IdRow[] {
  const own = Object.entries(ID_PROPS).flatMap(([prop, label]) => strings(e, prop).map((number) => ({ label, number, country: '' })));
  const documents = [...ID_ENTITY_PROPS].flatMap((p) => entities(e, p)).map((d) => ({
    label: first(d, 'type') || (d.schema === 'Passport' ? 'Passport' : 'Document'),
    number: first(d, 'number', 'passportNumber') || d.caption,
    country: first(d, 'country') ? countryName(first(d, 'country')) : '',
  }));
  // A list often gives a number both as a property and as a document: the document says more (type, country).
  const numbers = new Set(documents.map((d) => d.number));
  return [...documents, ...own.filter((r) => !numbers.has(r.number))];
}

function addressesOf(e: EntityJson): string[] {
  const nested = [...ADDRESS_PROPS].flatMap((p) => entities(e, p)).map((a) => first(a, 'full') || a.caption);
  return [...new Set([...strings(e, 'address'), ...nested])];
}

/** Parties linked to the entity: the far ends of link entities, or entities a property names directly. */
function linksOf(e: EntityJson): Link[] {
  const out: Link[] = [];
  const seen = new Set<string>([e.id]);
  const add = (target: EntityJson, relation: string) => {
    if (seen.has(target.id)) return;
    seen.add(target.id);
    out.push({ id: target.id, caption: target.caption, schema: target.schema, relation });
  };
  for (const [prop, values] of Object.entries(e.properties)) {
    if (SANCTION_PROPS.has(prop) || ID_ENTITY_PROPS.has(prop) || ADDRESS_PROPS.has(prop)) continue;
    for (const v of values.filter(isEntity)) {
      if (!LINK_SCHEMATA.has(v.schema)) {
        add(v, RELATION_LABELS[prop] ?? prop);
        continue;
      }
      const relation = first(v, 'relationship', 'role') || RELATION_LABELS[prop] || v.schema;
      for (const far of Object.values(v.properties).flat().filter(isEntity)) add(far, relation);
    }
  }
  return out;
}

export function entityView(e: EntityJson): EntityView {
  return {
    names: groupByScript(namesOf(e), (n) => n.name),
    dates: facts(e, DATE_PROPS),
    places: [...facts(e, PLACE_PROPS), ...facts(e, COUNTRY_PROPS, countryName)],
    ids: idRows(e),
    addresses: addressesOf(e),
    sanctions: entities(e, 'sanctions').map(sanctionRow),
    links: linksOf(e),
    other: facts(e, OTHER_PROPS),
  };
}
