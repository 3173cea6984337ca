/**
 * The FollowTheMoney-compatible schemata Ghirbal knows, as data. Code reads this table
 * (see schema.ts); adding a property or a schema is an edit here, not a new branch in code.
 * Property names and schema names follow FtM so entities round-trip with OpenSanctions.
 */
import type { PropertyType } from './types.js';

export interface PropertySpec {
  type: PropertyType;
  /** For type "entity": the schema the value points at. */
  range?: string;
  /** Name-like properties that screening compares. */
  matchable?: boolean;
}

export interface SchemaSpec {
  extends: string[];
  label: string;
  /** Can be screened against (a query of this schema finds entities of it). */
  matchable?: boolean;
  /** An interval/relationship schema (Ownership, Family…) rather than a thing. */
  edge?: { source: string; target: string };
  /** Properties tried in order to caption an entity. */
  caption?: string[];
  properties: Record<string, PropertySpec>;
}

const name: PropertySpec = { type: 'name', matchable: true };
const str: PropertySpec = { type: 'string' };
const text: PropertySpec = { type: 'text' };
const date: PropertySpec = { type: 'date' };
const country: PropertySpec = { type: 'country' };
const ident: PropertySpec = { type: 'identifier' };
const url: PropertySpec = { type: 'url' };
const num: PropertySpec = { type: 'number' };
const ref = (range: string): PropertySpec => ({ type: 'entity', range });

export const SCHEMATA: Record<string, SchemaSpec> = {
  Thing: {
    extends: [],
    label: 'Thing',
    caption: ['name'],
    properties: {
      name, alias: name, weakAlias: name, previousName: name,
      summary: text, description: text, notes: text,
      country, program: str, programId: str, topics: { type: 'topic' },
      sourceUrl: url, wikidataId: ident, keywords: str,
      address: { type: 'address' }, addressEntity: ref('Address'),
      createdAt: date, modifiedAt: date, retrievedAt: date,
    },
  },
  LegalEntity: {
    extends: ['Thing'],
    label: 'Legal entity',
    matchable: true,
    caption: ['name', 'email', 'phone'],
    properties: {
      email: { type: 'email' }, phone: { type: 'phone' }, website: url,
      legalForm: str, incorporationDate: date, dissolutionDate: date,
      jurisdiction: country, mainCountry: country, status: str, sector: str,
      registrationNumber: ident, idNumber: ident, taxNumber: ident, vatCode: ident,
      innCode: ident, ogrnCode: ident, kppCode: ident, okpoCode: ident,
      leiCode: ident, swiftBic: ident, dunsCode: ident, uniqueEntityId: ident,
      imoNumber: ident, icijId: ident, opencorporatesUrl: url,
    },
  },
  Person: {
    extends: ['LegalEntity'],
    label: 'Person',
    matchable: true,
    caption: ['name', 'lastName', 'firstName'],
    properties: {
      title: str, firstName: name, secondName: name, middleName: name,
      fatherName: name, motherName: name, lastName: name, nameSuffix: str,
      birthDate: date, birthPlace: str, birthCountry: country, deathDate: date,
      position: str, nationality: country, citizenship: country,
      passportNumber: ident, socialSecurityNumber: ident,
      gender: { type: 'gender' }, ethnicity: str, religion: str, political: str,
      education: str, appearance: str,
    },
  },
  Organization: {
    extends: ['LegalEntity'],
    label: 'Organization',
    matchable: true,
    properties: { cageCode: ident, permId: ident },
  },
  Company: {
    extends: ['Organization'],
    label: 'Company',
    matchable: true,
    properties: { capital: str, ticker: ident, isinCode: ident, voenCode: ident, irsCode: ident },
  },
  PublicBody: { extends: ['Organization'], label: 'Public body', matchable: true, properties: {} },
  Vessel: {
    extends: ['Thing'],
    label: 'Vessel',
    matchable: true,
    caption: ['name', 'imoNumber'],
    properties: {
      imoNumber: ident, mmsi: ident, callSign: ident, flag: country, type: str,
      tonnage: num, grossRegisteredTonnage: num, buildDate: date, owner: ref('LegalEntity'),
      pastFlags: country, registrationNumber: ident,
    },
  },
  Airplane: {
    extends: ['Thing'],
    label: 'Airplane',
    matchable: true,
    caption: ['name', 'registrationNumber'],
    properties: {
      registrationNumber: ident, serialNumber: ident, model: str, type: str,
      icaoCode: ident, buildDate: date, owner: ref('LegalEntity'), operator: ref('LegalEntity'),
    },
  },
  Address: {
    extends: ['Thing'],
    label: 'Address',
    caption: ['full'],
    properties: {
      full: str, street: str, street2: str, city: str, postalCode: str, region: str, state: str,
    },
  },
  Sanction: {
    extends: ['Thing'],
    label: 'Sanction',
    caption: ['program', 'authority'],
    properties: {
      entity: ref('Thing'), authority: str, authorityId: ident, unscId: ident,
      listingDate: date, startDate: date, endDate: date, reason: text, provisions: str,
      status: str, duration: str, unit: str, measure: str,
    },
  },
  Identification: {
    extends: ['Thing'],
    label: 'Identification',
    caption: ['number'],
    properties: {
      holder: ref('LegalEntity'), number: ident, type: str, authority: str,
      startDate: date, endDate: date,
    },
  },
  Passport: {
    extends: ['Identification'],
    label: 'Passport',
    properties: { personalNumber: ident, givenName: name, surname: name, birthDate: date, gender: { type: 'gender' } },
  },
  Ownership: {
    extends: ['Thing'],
    label: 'Ownership',
    edge: { source: 'owner', target: 'asset' },
    caption: ['role'],
    properties: {
      owner: ref('LegalEntity'), asset: ref('Thing'), percentage: str, role: str,
      startDate: date, endDate: date,
    },
  },
  Directorship: {
    extends: ['Thing'],
    label: 'Directorship',
    edge: { source: 'director', target: 'organization' },
    caption: ['role'],
    properties: { director: ref('LegalEntity'), organization: ref('Organization'), role: str, startDate: date, endDate: date },
  },
  Family: {
    extends: ['Thing'],
    label: 'Family',
    edge: { source: 'person', target: 'relative' },
    caption: ['relationship'],
    properties: { person: ref('Person'), relative: ref('Person'), relationship: str, startDate: date, endDate: date },
  },
  Associate: {
    extends: ['Thing'],
    label: 'Associate',
    edge: { source: 'person', target: 'associate' },
    caption: ['relationship'],
    properties: { person: ref('Person'), associate: ref('Person'), relationship: str, startDate: date, endDate: date },
  },
  UnknownLink: {
    extends: ['Thing'],
    label: 'Other link',
    edge: { source: 'subject', target: 'object' },
    caption: ['role'],
    properties: { subject: ref('Thing'), object: ref('Thing'), role: str, startDate: date, endDate: date },
  },
};
