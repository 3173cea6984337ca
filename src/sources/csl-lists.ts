/**
 * Tables for the US Consolidated Screening List (trade.gov CSV): the thirteen lists its
 * `source` column names, and the identifier types its `ids` column uses. Data only.
 */

export interface CslList {
  /** Short code, part of the entity id (one subject is listed on several lists under one _id). */
  code: string;
  /** Dataset that names the list on every entity from it. */
  dataset: string;
  topic: 'sanction' | 'export.control' | 'export.risk' | 'debarment';
  authority: string;
}

const OFAC = 'U.S. Department of the Treasury, Office of Foreign Assets Control';
const BIS = 'U.S. Department of Commerce, Bureau of Industry and Security';
const ISN = 'U.S. Department of State, Bureau of International Security and Nonproliferation';
const DDTC = 'U.S. Department of State, Directorate of Defense Trade Controls';

export const CSL_LISTS: Record<string, CslList> = {
  'Specially Designated Nationals (SDN) - Treasury Department': { code: 'sdn', dataset: 'us_csl_sdn', topic: 'sanction', authority: OFAC },
  'Sectoral Sanctions Identifications List (SSI) - Treasury Department': { code: 'ssi', dataset: 'us_csl_ssi', topic: 'sanction', authority: OFAC },
  'Foreign Sanctions Evaders (FSE) - Treasury Department': { code: 'fse', dataset: 'us_csl_fse', topic: 'sanction', authority: OFAC },
  'Palestinian Legislative Council List (PLC) - Treasury Department': { code: 'plc', dataset: 'us_csl_plc', topic: 'sanction', authority: OFAC },
  'Capta List (CAP) - Treasury Department': { code: 'cap', dataset: 'us_csl_cap', topic: 'sanction', authority: OFAC },
  'Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department': { code: 'mbs', dataset: 'us_csl_mbs', topic: 'sanction', authority: OFAC },
  'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department': { code: 'cmic', dataset: 'us_csl_cmic', topic: 'sanction', authority: OFAC },
  'Entity List (EL) - Bureau of Industry and Security': { code: 'el', dataset: 'us_bis_el', topic: 'export.control', authority: BIS },
  'Denied Persons List (DPL) - Bureau of Industry and Security': { code: 'dpl', dataset: 'us_csl_dpl', topic: 'export.control', authority: BIS },
  'Military End User (MEU) List - Bureau of Industry and Security': { code: 'meu', dataset: 'us_csl_meu', topic: 'export.control', authority: BIS },
  // The Unverified List names parties BIS could not check, not parties it has barred.
  'Unverified List (UVL) - Bureau of Industry and Security': { code: 'uvl', dataset: 'us_csl_uvl', topic: 'export.risk', authority: BIS },
  'Nonproliferation Sanctions (ISN) - State Department': { code: 'isn', dataset: 'us_csl_isn', topic: 'sanction', authority: ISN },
  'ITAR Debarred (DTC) - State Department': { code: 'dtc', dataset: 'us_csl_dtc', topic: 'debarment', authority: DDTC },
};

/**
 * What an entry of the `ids` column ("CA, BC166787, Passport") becomes. Keys are the entry's
 * type, lower-cased, without the trailing ":" or "-" the list sometimes writes.
 */
export interface IdRule {
  /** Property of the listed entity that takes the value. */
  prop?: string;
  /** Identity documents also become a Passport/Identification entity with country and dates. */
  doc?: 'Passport' | 'Identification';
  /** Values that describe the sanction rather than the subject. */
  sanction?: 'provisions' | 'listingDate' | 'startDate';
  /** Facts the model has no property for: kept as a labelled note. */
  note?: true;
  /** The value only fits a narrower schema (a ticker means a company). */
  schema?: string;
}

const passport: IdRule = { prop: 'passportNumber', doc: 'Passport' };
const idDoc: IdRule = { prop: 'idNumber', doc: 'Identification' };
const registration: IdRule = { prop: 'registrationNumber' };
const tax: IdRule = { prop: 'taxNumber' };
const licence: IdRule = { prop: 'licenseNumber' };
const provisions: IdRule = { sanction: 'provisions' };
const note: IdRule = { note: true };

export const CSL_ID_TYPES: Record<string, IdRule> = {
  gender: { prop: 'gender' },
  passport,
  'diplomatic passport': passport,
  'stateless person passport': passport,
  'british national overseas passport': passport,
  'travel document number': passport,
  'national id no.': idDoc,
  'cedula no.': idDoc,
  'c.u.r.p.': idDoc,
  'identification number': idDoc,
  'd.n.i.': idDoc,
  'personal id card': idDoc,
  'national foreign id number': idDoc,
  'credencial electoral': idDoc,
  'electoral registry no.': idDoc,
  'i.f.e.': idDoc,
  'c.u.i.': idDoc,
  'c.u.i.p.': idDoc,
  'turkish identification number': idDoc,
  "citizen's card number": idDoc,
  'numero de identidad': idDoc,
  'kenyan id no.': idDoc,
  'residency number': idDoc,
  'birth certificate number': idDoc,
  'refugee id card': idDoc,
  'tazkira national id card': idDoc,
  'bosnian personal id no.': idDoc,
  'cnp (personal numerical code)': idDoc,
  'n.i.e.': idDoc,
  'moroccan personal id no.': idDoc,
  'uae identification': idDoc,
  'stateless person id card': idDoc,
  'romanian permanent resident': idDoc,
  'public security and immigration no.': idDoc,
  'immigration no.': idDoc,
  visanumberid: idDoc,
  'sre permit no.': idDoc,
  'cartilla de servicio militar nacional': idDoc,
  "driver's license no.": idDoc,
  'pilot license number': idDoc,
  "seafarer's identification document": idDoc,
  'le number': idDoc,
  'serial no.': idDoc,
  ssn: { prop: 'socialSecurityNumber', doc: 'Identification' },
  'tax id no.': tax,
  'nit #': tax,
  'r.f.c.': tax,
  rfc: tax,
  'ruc #': tax,
  'rif #': tax,
  'us fein': tax,
  'c.u.i.t.': tax,
  'c.i.f.': tax,
  'italian fiscal code': tax,
  'fiscal code': tax,
  'romanian tax registration': tax,
  'paraguayan tax identification number': tax,
  'numero unico de identificacao tributaria (nuit)': tax,
  rtn: tax,
  rsin: tax,
  'v.a.t. number': { prop: 'vatCode' },
  'registration number': registration,
  'registration id': registration,
  'company number': registration,
  'uk company number': registration,
  'commercial registry number': registration,
  'business registration number': registration,
  'business registration document #': registration,
  'business number': registration,
  'trade license no.': licence,
  'matricula mercantil no': registration,
  'c.r. no.': registration,
  'romanian c.r.': registration,
  'government gazette number': registration,
  'folio mercantil no.': registration,
  'certificate of incorporation number': registration,
  'chamber of commerce number': registration,
  'dubai chamber of commerce membership no.': registration,
  'istanbul chamber of comm. no.': registration,
  'enterprise number': registration,
  'public registration number': registration,
  'branch unit number': registration,
  'central registration system number': registration,
  'file number': registration,
  'registered charity no.': registration,
  license: licence,
  'msb registration number': licence,
  'tourism license no.': licence,
  'afghan money service provider license number': licence,
  'unified social credit code (uscc)': { prop: 'uscCode' },
  'united social credit code certificate (usccc)': { prop: 'uscCode' },
  'bik (ru)': { prop: 'bikCode', schema: 'Company' },
  'legal entity number': { prop: 'leiCode' },
  'd-u-n-s number': { prop: 'dunsCode' },
  'swift/bic': { prop: 'swiftBic' },
  isin: { prop: 'isinCode', schema: 'Company' },
  'equity ticker': { prop: 'ticker', schema: 'Company' },
  'micex code': { prop: 'ticker', schema: 'Company' },
  website: { prop: 'website' },
  'email address': { prop: 'email' },
  'phone number': { prop: 'phone' },
  'organization established date': { prop: 'incorporationDate' },
  'organization type': { prop: 'sector' },
  'registration country': { prop: 'country' },
  'nationality of registration': { prop: 'country' },
  'vessel registration identification': { prop: 'imoNumber' },
  mmsi: { prop: 'mmsi' },
  'former vessel flag': { prop: 'pastFlags' },
  'other vessel flag': { prop: 'flag' },
  'other vessel call sign': { prop: 'callSign' },
  'other vessel type': { prop: 'type' },
  'aircraft model': { prop: 'model' },
  "aircraft manufacturer's serial number (msn)": { prop: 'serialNumber' },
  'aircraft construction number (also called l/n or s/n or f/n)': { prop: 'serialNumber' },
  'aircraft serial identification': { prop: 'serialNumber' },
  'aircraft manufacture date': { prop: 'buildDate' },
  'aircraft tail number': { prop: 'registrationNumber' },
  'previous aircraft tail number': { prop: 'registrationNumber' },
  // The Mode S code is the aircraft's 24-bit ICAO address.
  'aircraft mode s transponder code': { prop: 'icaoCode' },
  'additional sanctions information': provisions,
  'secondary sanctions risk': provisions,
  'transactions prohibited for persons owned or controlled by u.s. financial institutions': provisions,
  'executive order 13662 directive determination': provisions,
  'executive order 13846 information': provisions,
  'executive order 14024 directive information': provisions,
  'caatsa section 235 information': provisions,
  'ifca determination': provisions,
  'peesa information': provisions,
  'purchase/sales for divestment date (cmic)': provisions,
  'listing date (cmic)': { sanction: 'listingDate' },
  'effective date (cmic)': { sanction: 'startDate' },
  'aircraft operator': note,
  'target type': note,
  'issuer name': note,
  'chinese commercial code': note,
  'un/locode': note,
};

/** Types that come in numbered or coin-named variants ("Listing Date (EO 14024 Directive 2)"). */
export const CSL_ID_TYPE_PATTERNS: ReadonlyArray<readonly [RegExp, IdRule]> = [
  [/^listing date\b/, { sanction: 'listingDate' }],
  [/^effective date\b/, { sanction: 'startDate' }],
  // Wallet addresses would be CryptoWallet entities, a schema the model does not have yet.
  [/^digital currency address\b/, note],
];

export function idRule(type: string): IdRule | undefined {
  const key = type.trim().toLowerCase().replace(/\s*[:-]\s*$/, '');
  return CSL_ID_TYPES[key] ?? CSL_ID_TYPE_PATTERNS.find(([re]) => re.test(key))?.[1];
}
