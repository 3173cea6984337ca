/**
 * Country names → ISO 3166-1 alpha-2 codes (lower case, as FollowTheMoney writes them).
 * The table is data; cleanCountry is small code over it. Names are matched after folding
 * case, accents and punctuation, so "Korea, North", "KOREA (DPRK)" and "Iran (Islamic
 * Republic of)" all land on a code.
 */
import { COUNTRY_NAMES } from './country-names.js';

function foldCountry(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
  BY_NAME.set(code, code);
  for (const n of names) BY_NAME.set(foldCountry(n), code);
}

/** ISO alpha-2 code (lower case) for a country name or code, or null when unknown. */
export function cleanCountry(raw: string): string | null {
  const key = foldCountry(raw);
  if (!key) return null;
  return BY_NAME.get(key) ?? null;
}

/** The English name for a code, for captions and reports. */
export function countryName(code: string): string | undefined {
  return COUNTRY_NAMES[code]?.[0];
}
