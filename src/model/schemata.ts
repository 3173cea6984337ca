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
      summary: text, description: text, notes: text, indexText: text,
      country, program: str, programId: ident, topics: { type: 'topic' },
      sourceUrl: url, publisher: str, publisherUrl: url, wikipediaUrl: url,
      wikidataId: ident, keywords: str,
      address: { type: 'address' }, addressEntity: ref('Address'),
      createdAt: date, modifiedAt: date, retrievedAt: date,
    },
  },
  LegalEntity: {
    extends: ['Thing'],
    label: 'Legal entity',
    matchable: true,
    caption: ['name', 'email', 'phone', 'registrationNumber'],
    properties: {
      email: { type: 'email' }, phone: { type: 'phone' }, website: url,
      legalForm: str, incorporationDate: date, dissolutionDate: date,
      jurisdiction: country, mainCountry: country, status: str, sector: str,
      classification: str, taxStatus: str,
      registrationNumber: ident, idNumber: ident, taxNumber: ident, vatCode: ident, licenseNumber: ident,
      innCode: ident, ogrnCode: ident, kppCode: ident, okpoCode: ident,
      leiCode: ident, swiftBic: ident, dunsCode: ident, uniqueEntityId: ident, npiCode: ident,
      bvdId: ident, uscCode: ident, imoNumber: ident, icijId: ident, opencorporatesUrl: url,
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
      education: str, profession: str, appearance: str,
      height: num, weight: num, eyeColor: str, hairColor: str,
    },
  },
  Organization: {
    extends: ['LegalEntity'],
    label: 'Organization',
    matchable: true,
    properties: { cageCode: ident, permId: ident, giiNumber: ident, abbreviation: name },
  },
  /** Something that can be owned and has a value: companies, vessels, aircraft. */
  Asset: {
    extends: ['Thing'],
    label: 'Asset',
    properties: { amount: num, currency: str, amountUsd: num, amountEur: num },
  },
  Company: {
    extends: ['Organization', 'Asset'],
    label: 'Company',
    matchable: true,
    caption: ['name', 'alias', 'weakAlias', 'previousName', 'registrationNumber'],
    properties: {
      capital: str, ticker: ident, isinCode: ident, ricCode: ident, cikCode: ident, irsCode: ident,
      voenCode: ident, jibCode: ident, mbsCode: ident, ipoCode: ident, coatoCode: ident,
      bikCode: ident, fnsCode: ident, pfrNumber: ident, fssCode: str,
      okvedCode: str, okopfCode: str, oksmCode: str, caemCode: str,
    },
  },
  PublicBody: { extends: ['Organization'], label: 'Public body', matchable: true, properties: {} },
  Vehicle: {
    extends: ['Asset'],
    label: 'Vehicle',
    caption: ['name', 'registrationNumber'],
    properties: {
      registrationNumber: ident, type: str, model: str,
      owner: ref('LegalEntity'), operator: ref('LegalEntity'),
      buildDate: date, registrationDate: date, deregistrationDate: date,
    },
  },
  Vessel: {
    extends: ['Vehicle'],
    label: 'Vessel',
    matchable: true,
    caption: ['name', 'imoNumber'],
    properties: {
      imoNumber: ident, crsNumber: ident, mmsi: ident, callSign: ident, flag: country, pastFlags: country,
      pastTypes: str, registrationPort: str, navigationArea: str, nameChangeDate: date,
      tonnage: num, grossRegisteredTonnage: num, deadweightTonnage: num,
    },
  },
  Airplane: {
    extends: ['Vehicle'],
    label: 'Airplane',
    matchable: true,
    caption: ['name', 'registrationNumber'],
    properties: { serialNumber: ident, icaoCode: str, manufacturer: str },
  },
  Address: {
    extends: ['Thing'],
    label: 'Address',
    caption: ['full', 'summary', 'city', 'remarks'],
    properties: {
      full: { type: 'address' }, remarks: str, postOfficeBox: str,
      street: str, street2: str, city: str, postalCode: str, region: str, state: str,
      latitude: num, longitude: num, osmId: ident, googlePlaceId: ident,
    },
  },
  /**
   * Bounded in time: designations, documents, relationships. FtM roots these outside Thing;
   * here they extend it, so a property a parser already writes on one stays valid.
   */
  Interval: {
    extends: ['Thing'],
    label: 'Interval',
    properties: { startDate: date, endDate: date, date, recordId: str },
  },
  Interest: {
    extends: ['Interval'],
    label: 'Interest',
    properties: { role: str, status: str },
  },
  Sanction: {
    extends: ['Interval'],
    label: 'Sanction',
    caption: ['program', 'authority'],
    properties: {
      entity: ref('Thing'), authority: str, authorityId: ident, unscId: ident, programUrl: url,
      listingDate: date, reason: text, provisions: str,
      status: str, duration: str, unit: str, measure: str,
    },
  },
  Identification: {
    extends: ['Interval'],
    label: 'Identification',
    caption: ['number'],
    properties: { holder: ref('LegalEntity'), number: ident, type: str, authority: str },
  },
  Passport: {
    extends: ['Identification'],
    label: 'Passport',
    caption: ['passportNumber', 'number'],
    properties: {
      passportNumber: ident, personalNumber: ident, givenName: name, surname: name,
      birthDate: date, birthPlace: str, gender: { type: 'gender' },
    },
  },
  Ownership: {
    extends: ['Interest'],
    label: 'Ownership',
    edge: { source: 'owner', target: 'asset' },
    caption: ['role'],
    properties: {
      owner: ref('LegalEntity'), asset: ref('Asset'), percentage: str,
      sharesCount: str, sharesValue: str, sharesCurrency: str, sharesType: str,
      legalBasis: str, ownershipType: str,
    },
  },
  Directorship: {
    extends: ['Interest'],
    label: 'Directorship',
    edge: { source: 'director', target: 'organization' },
    caption: ['role'],
    properties: { director: ref('LegalEntity'), organization: ref('Organization'), secretary: str },
  },
  Family: {
    extends: ['Interval'],
    label: 'Family',
    edge: { source: 'person', target: 'relative' },
    caption: ['relationship'],
    properties: { person: ref('Person'), relative: ref('Person'), relationship: str },
  },
  Associate: {
    extends: ['Interval'],
    label: 'Associate',
    edge: { source: 'person', target: 'associate' },
    caption: ['relationship'],
    properties: { person: ref('Person'), associate: ref('Person'), relationship: str },
  },
  UnknownLink: {
    extends: ['Interest'],
    label: 'Other link',
    edge: { source: 'subject', target: 'object' },
    caption: ['role'],
    properties: { subject: ref('Thing'), object: ref('Thing') },
  },
};
