/**
 * OFAC's vocabulary as data: the labels that open a remark clause in the legacy CSV
 * ("DOB", "Passport", "Linked To:"), which are the same names the XML formats use for
 * id types and feature types ("Birthdate", "Tax ID No.", "Secondary sanctions risk:").
 * One table serves all three OFAC formats, so one label means one thing everywhere.
 * Keys are lower case without a trailing ":" or " -" (see labelKey in ofac-remarks.ts).
 */

export interface FeatureSpec {
  /**
   * prop: the value is a property of the listed entity; id: an identity document (number,
   * country, dates) that also fills `prop`; ref: the name of another listed entity;
   * link: "Linked To"; sanction: detail of the measure, kept on the Sanction entity;
   * note: text kept in `notes`.
   */
  kind: 'prop' | 'id' | 'ref' | 'link' | 'sanction' | 'note';
  prop?: string;
  /** A second property that takes the same value (an n.k.a. is the current name). */
  also?: string;
  /** Narrow a LegalEntity to this schema first: only companies have an ISIN. */
  schema?: string;
  passport?: boolean;
  /** The value is quoted in remarks: a.k.a. 'NAME'. */
  quoted?: boolean;
  /** Also fill this country property from the place's last comma-separated part. */
  placeCountry?: string;
}

const prop = (p: string, extra: Partial<FeatureSpec> = {}): FeatureSpec => ({ kind: 'prop', prop: p, ...extra });
const id = (p: string, extra: Partial<FeatureSpec> = {}): FeatureSpec => ({ kind: 'id', prop: p, ...extra });
const sanction: FeatureSpec = { kind: 'sanction', prop: 'provisions' };
const note: FeatureSpec = { kind: 'note' };

/** Labels whose value is the holder's document number; grouped by the property it fills. */
const ID_LABELS: Record<string, string[]> = {
  passportNumber: [
    'passport', 'diplomatic passport', 'british national overseas passport', 'stateless person passport',
  ],
  idNumber: [
    'national id no.', 'cedula no.', 'c.u.r.p.', 'd.n.i.', 'personal id card', 'identification number',
    'kenyan id no.', 'bosnian personal id no.', 'moroccan personal id no.', 'turkish identification number',
    'tazkira national id card', "citizen's card number", 'uae identification', 'numero de identidad',
    'cnp (personal numerical code)', 'c.i.n.', 'residency number', 'romanian permanent resident',
    'stateless person id card', 'refugee id card', 'national foreign id number', 'n.i.e.',
    'public security and immigration no.', 'immigration no.', 'birth certificate number',
    'electoral registry no.', 'credencial electoral', 'i.f.e.', 'c.u.i.', 'c.u.i.p.',
    'cartilla de servicio militar nacional', 'military registration number',
    "seafarer's identification document", 'travel document number', 'visanumberid',
    "driver's license no.", 'pilot license number', 'sre permit no.', 'permit number', 'serial no.',
  ],
  socialSecurityNumber: ['ssn'],
  taxNumber: [
    'tax id no.', 'r.f.c.', 'rfc', 'nit #', 'ruc #', 'rif #', 'c.u.i.t.', 'italian fiscal code', 'fiscal code',
    'paraguayan tax identification number', 'romanian tax registration', 'n.i.f.', 'rtn', 'us fein', 'c.i.f.',
    'numero unico de identificacao tributaria (nuit)', 'rsin',
  ],
  vatCode: ['v.a.t. number'],
  okpoCode: ['government gazette number'],
  ogrnCode: ['russian state individual business registration number pattern (ogrnip)'],
  leiCode: ['legal entity number'],
  dunsCode: ['d-u-n-s number'],
  registrationNumber: [
    'registration number', 'registration id', 'business registration number', 'business registration document #',
    'le number', 'registered charity no.', 'commercial registry number', 'c.r. no.', 'uk company number',
    'company number', 'trade license no.', 'certificate of incorporation number', 'tourism license no.',
    'registration certificate number (dubai)', 'matricula mercantil no', 'folio mercantil no.',
    'istanbul chamber of comm. no.', 'romanian c.r.', 'dubai chamber of commerce membership no.',
    'chamber of commerce number', 'public registration number', 'branch unit number', 'enterprise number',
    'organization code', 'business number', 'msb registration number', 'file number',
    'central registration system number', 'economic register number (cbls)', 'unified social credit code (uscc)',
    'united social credit code certificate (usccc)', 'license', 'afghan money service provider license number',
    'trademark number', 'global intermediary identification number', 'bik (ru)',
    'vessel registration identification', 'aircraft serial identification',
  ],
};

export const FEATURES: Record<string, FeatureSpec> = {
  // Remark labels (OFAC's "publish description") and the feature names of the XML formats.
  dob: prop('birthDate'),
  birthdate: prop('birthDate'),
  pob: prop('birthPlace', { placeCountry: 'birthCountry' }),
  'place of birth': prop('birthPlace', { placeCountry: 'birthCountry' }),
  nationality: prop('nationality'),
  'nationality country': prop('nationality'),
  citizen: prop('citizenship'),
  'citizenship country': prop('citizenship'),
  'nationality of registration': prop('jurisdiction'),
  gender: prop('gender'),
  'a.k.a.': prop('weakAlias', { quoted: true }),
  'f.k.a.': prop('previousName', { quoted: true }),
  'n.k.a.': prop('alias', { quoted: true, also: 'name' }),
  website: prop('website'),
  'email address': prop('email'),
  'phone number': prop('phone'),
  telephone: prop('phone'),
  'swift/bic': prop('swiftBic'),
  mmsi: prop('mmsi'),
  isin: prop('isinCode', { schema: 'Company' }),
  'equity ticker': prop('ticker', { schema: 'Company' }),
  'organization established date': prop('incorporationDate'),
  'organization type': prop('sector'),
  'target type': prop('legalForm'),
  'vessel call sign': prop('callSign'),
  'other vessel call sign': prop('callSign'),
  'vessel flag': prop('flag'),
  'other vessel flag': prop('flag'),
  'former vessel flag': prop('pastFlags'),
  'vessel type': prop('type'),
  'other vessel type': prop('type'),
  'vessel year of build': prop('buildDate'),
  'vessel tonnage': prop('tonnage'),
  'vessel gross registered tonnage': prop('grossRegisteredTonnage'),
  'vessel owner': { kind: 'ref', prop: 'owner' },
  'aircraft operator': { kind: 'ref', prop: 'operator' },
  'aircraft model': prop('model'),
  'aircraft manufacture date': prop('buildDate'),
  'aircraft construction number (also called l/n or s/n or f/n)': prop('serialNumber'),
  "aircraft manufacturer's serial number (msn)": prop('serialNumber'),
  'aircraft tail number': prop('registrationNumber'),
  'previous aircraft tail number': prop('registrationNumber'),
  'aircraft mode s transponder code': prop('icaoCode'),
  'linked to': { kind: 'link' },
  'additional sanctions information': sanction,
  'secondary sanctions risk': sanction,
  'transactions prohibited for persons owned or controlled by u.s. financial institutions': sanction,
  'caatsa section 235 information': sanction,
  'ifca determination': sanction,
  'peesa information': sanction,
  'purchase/sales for divestment date (cmic)': sanction,
  'for more information on directives, please visit the following link': { kind: 'sanction', prop: 'notes' },
  'issuer name': note,
  'chinese commercial code': note,
  fax: note,
  ...Object.fromEntries(
    Object.entries(ID_LABELS).flatMap(([p, labels]) =>
      labels.map((l) => [l, id(p, p === 'passportNumber' ? { passport: true } : {})]),
    ),
  ),
};

/** Labels with a variable part (directive numbers, currency codes): matched by pattern. */
export const FEATURE_PATTERNS: ReadonlyArray<readonly [RegExp, FeatureSpec]> = [
  [/^(?:listing|effective) date \([^)]*\):?/i, sanction],
  [/^executive order \d+ [^:]*?(?:information|determination)(?::| -)?/i, sanction],
  [/^digital currency address - \w+/i, note],
];

/**
 * Alias types as OFAC writes them in each format (aka, a.k.a., A.K.A. — compared without
 * dots and case) → the name properties they fill. An n.k.a. is the name now in use.
 */
export const ALIAS_TYPES: Record<string, { strong: string[]; weak: string[] }> = {
  aka: { strong: ['alias'], weak: ['weakAlias'] },
  fka: { strong: ['previousName'], weak: ['previousName'] },
  nka: { strong: ['alias', 'name'], weak: ['weakAlias'] },
};

/** Where a value goes when the entity's schema lacks the usual property (an aircraft's registration country). */
export const PROPERTY_FALLBACKS: Record<string, string> = { jurisdiction: 'country' };

/** SDN_Type / sdnType / entityType → schema; an entity's schema may narrow further by name. */
export const SDN_TYPES: Record<string, string> = {
  individual: 'Person',
  entity: 'LegalEntity',
  vessel: 'Vessel',
  aircraft: 'Airplane',
};

/**
 * Name tokens (upper case, dots removed) that settle what kind of legal entity a name
 * stands for. Deliberately short: a token here must not be an ordinary word of a name.
 */
export const LEGAL_FORMS: Record<string, 'Company' | 'Organization'> = {
  LTD: 'Company', LIMITED: 'Company', LLC: 'Company', LLP: 'Company', INC: 'Company', INCORPORATED: 'Company',
  CORP: 'Company', CORPORATION: 'Company', COMPANY: 'Company', CO: 'Company', PLC: 'Company', GMBH: 'Company',
  SA: 'Company', SAS: 'Company', SARL: 'Company', SRL: 'Company', SPA: 'Company', LTDA: 'Company',
  BV: 'Company', NV: 'Company', KFT: 'Company', DOO: 'Company', PTE: 'Company', BHD: 'Company',
  JSC: 'Company', OJSC: 'Company', PJSC: 'Company', CJSC: 'Company', OOO: 'Company', OAO: 'Company',
  ZAO: 'Company', PAO: 'Company', TOO: 'Company', FZE: 'Company', FZCO: 'Company', FZC: 'Company',
  DMCC: 'Company', PVT: 'Company', EIRL: 'Company',
  FOUNDATION: 'Organization', ASSOCIATION: 'Organization', SOCIETY: 'Organization', INSTITUTE: 'Organization',
  UNIVERSITY: 'Organization', MINISTRY: 'Organization', COMMITTEE: 'Organization', CHARITY: 'Organization',
  ORGANIZATION: 'Organization', ORGANISATION: 'Organization', PARTY: 'Organization', FRONT: 'Organization',
  BRIGADE: 'Organization', BRIGADES: 'Organization', ARMY: 'Organization', MOVEMENT: 'Organization',
};

export const OFAC_AUTHORITY = 'Office of Foreign Assets Control (US Treasury)';
