/**
 * The UN Security Council consolidated list's vocabulary as data: alias qualities, document
 * types, date-of-birth kinds, and which regimes write the family name first.
 */

/** QUALITY of an INDIVIDUAL_ALIAS (Good/Low) or ENTITY_ALIAS (a.k.a./f.k.a.) → name property. */
export const ALIAS_QUALITY: Readonly<Record<string, string>> = {
  good: 'alias',
  low: 'weakAlias',
  'a.k.a.': 'alias',
  'f.k.a.': 'previousName',
};

/**
 * TYPE_OF_DOCUMENT values that mean a passport (the UN sometimes leaves the French or Spanish
 * label in the English file). Every other type is an identity document filling idNumber.
 */
export const PASSPORT_TYPES: ReadonlySet<string> = new Set([
  'passport',
  'numéro de passeport',
  'número de pasaporte',
]);

export interface BirthDateParts {
  date?: string;
  year?: string;
  from?: string;
  to?: string;
  note?: string;
}

const APPROXIMATE_NOTE = /^approx/i;

/**
 * TYPE_OF_DATE → the date as text cleanDate reads ("circa 1950", "1955 to 1958"), so the
 * uncertainty is written the one way dates.ts writes it. An EXACT date with only a YEAR may
 * carry its month in NOTE ("Sep."), and one with neither DATE nor YEAR has it all in NOTE.
 */
export const BIRTH_DATE_FORMS: Readonly<Record<string, (p: BirthDateParts) => string | undefined>> = {
  EXACT: (p) => p.date ?? (p.year && p.note ? `${p.note} ${p.year}` : (p.year ?? p.note)),
  APPROXIMATELY: (p) => {
    const base = p.date ?? p.year ?? p.note;
    return base ? `circa ${base}` : undefined;
  },
  BETWEEN: (p) =>
    p.from && p.to ? `${p.note && APPROXIMATE_NOTE.test(p.note) ? 'circa ' : ''}${p.from} to ${p.to}` : undefined,
};

/**
 * UN_LIST_TYPE values whose FIRST_NAME is the family name: the DPRK list writes Korean and
 * Chinese names surname first (RI SONG HYOK, TSANG YUNG YUAN). Every other regime writes the
 * given name first and the family name (or nisba, or grandfather's name) last.
 */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(['DPRK']);

/** Element names whose rejected values are reported under that element, by property. */
export const SOURCE_FIELD: Readonly<Record<string, string>> = {
  nationality: 'NATIONALITY',
  birthDate: 'INDIVIDUAL_DATE_OF_BIRTH',
  birthCountry: 'INDIVIDUAL_PLACE_OF_BIRTH/COUNTRY',
  country: 'COUNTRY',
  gender: 'GENDER',
  listingDate: 'LISTED_ON',
  modifiedAt: 'LAST_DAY_UPDATED',
  startDate: 'DATE_OF_ISSUE',
};
