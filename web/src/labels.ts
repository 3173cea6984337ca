/** How codes read to a person: countries by the browser's own names, features and schemata by table. */

const regions = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

/** "ru" → "Russia"; a code the browser does not know stays as it is. */
export function countryName(code: string): string {
  if (!/^[a-z]{2}$/i.test(code) || !regions) return code;
  try {
    return regions.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The matcher's features as an analyst reads them. */
export const FEATURE_LABELS: Readonly<Record<string, string>> = {
  name_match: 'Name',
  weak_alias_match: 'Weak alias',
  identifier_match: 'Identifier',
  vessel_imo_mmsi_match: 'IMO / MMSI',
  dob_match: 'Birth date agrees',
  dob_day_disjoint: 'Birth day differs',
  dob_year_disjoint: 'Birth year differs',
  country_match: 'Country agrees',
  country_mismatch: 'Country differs',
  gender_mismatch: 'Gender differs',
};

/** How two name parts were found to agree (the matcher's own words → plain ones). */
export const HOW_LABELS: Readonly<Record<string, string>> = {
  exact: 'same',
  translit: 'transliterated',
  skeleton: 'same consonants',
  fuzzy: 'similar spelling',
  initial: 'initial',
};

/** Schemata a query may be screened as (the others cannot be matched by name). */
export const MATCHABLE_SCHEMATA: readonly string[] = ['Person', 'Organization', 'Company', 'LegalEntity', 'PublicBody', 'Vessel', 'Airplane'];

/** The fields a customer file or a watched subject is read into, as an analyst names them. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'Record id',
  schema: 'Type (person, company…)',
  name: 'Full name',
  firstName: 'Given name',
  middleName: 'Middle name',
  lastName: 'Family name',
  fatherName: 'Patronymic',
  alias: 'Other names',
  birthDate: 'Birth date',
  birthPlace: 'Birth place',
  birthCountry: 'Birth country',
  nationality: 'Nationality',
  country: 'Country',
  jurisdiction: 'Jurisdiction',
  gender: 'Gender',
  idNumber: 'ID number',
  passportNumber: 'Passport number',
  registrationNumber: 'Registration number',
  taxNumber: 'Tax number',
  innCode: 'INN',
  imoNumber: 'IMO number',
  leiCode: 'LEI',
};
