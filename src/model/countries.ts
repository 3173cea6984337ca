/**
 * Country names → ISO 3166-1 alpha-2 codes (lower case, as FollowTheMoney writes them).
 * The table is data (country-names.ts); this is small code over it. A whole value is read
 * only when it is exactly a known name, code or nationality adjective once folded: "Russia
 * (as of 2014)" is not guessed at, the caller splits it first. Free text is searched word by
 * word for the longest known name, leaving out codes, which are ordinary words too.
 */
import { COUNTRIES, NOT_COUNTRIES } from './country-names.js';

/** Letters that Persian and Turkish write differently from Arabic and English. */
const LETTER_VARIANTS: Readonly<Record<string, string>> = { 'ی': 'ي', 'ى': 'ي', 'ک': 'ك', 'ı': 'i', 'ـ': '' };
const VARIANT_LETTERS = /[یىکıـ]/g;
const APOSTROPHES = /['’‘`ʼʻ]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
/** "PEOPLE S REPUBLIC": a possessive whose apostrophe was lost to a space or a bad decode. */
const LOST_POSSESSIVE = /(?<=\p{L}{2}) s(?= |$)/gu;

/**
 * The comparable form of a country name: case, accents, apostrophes, punctuation and a
 * leading "the" do not tell names apart, nor does "&" from "and".
 */
export function foldCountry(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(VARIANT_LETTERS, (c) => LETTER_VARIANTS[c])
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ')
    .replace(NOT_WORD, ' ')
    .trim()
    .replace(LOST_POSSESSIVE, 's')
    .replace(/^the /, '');
}

/** A name searched for in free text; `code` is empty for a phrase that blocks a false find. */
interface TextName {
  words: string[];
  code: string;
  adjective: boolean;
}

const BY_VALUE = new Map<string, string>();
const BY_FIRST_WORD = new Map<string, TextName[]>();

function indexValue(name: string, code: string): void {
  const key = foldCountry(name);
  if (key && !BY_VALUE.has(key)) BY_VALUE.set(key, code);
}

function indexText(name: string, code: string, adjective: boolean): void {
  const key = foldCountry(name);
  if (!key) return;
  const words = key.split(' ');
  const list = BY_FIRST_WORD.get(words[0]) ?? [];
  list.push({ words, code, adjective });
  BY_FIRST_WORD.set(words[0], list);
}

for (const [code, c] of Object.entries(COUNTRIES)) {
  const spoken = [...c.names, ...(c.native ?? [])];
  const adjectives = c.adjectives ?? [];
  for (const v of [code, c.alpha3 ?? '', ...(c.codes ?? []), ...spoken, ...adjectives]) indexValue(v, code);
  for (const n of spoken) indexText(n, code, false);
  for (const a of adjectives) indexText(a, code, true);
}
for (const phrase of NOT_COUNTRIES) indexText(phrase, '', false);
// Longest first, so "South Sudan" wins over "Sudan" and "Guinea-Bissau" over "Guinea".
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.words.length - a.words.length);

/**
 * ISO alpha-2 code (lower case) for a whole value that names a country: a name in any
 * listed language, an alpha-2 or alpha-3 code in either case, or a nationality adjective.
 * Null when the value is not exactly one of those.
 */
export function cleanCountry(raw: string): string | null {
  const key = foldCountry(raw);
  return key ? (BY_VALUE.get(key) ?? null) : null;
}

/** The English name for a code, for captions and reports. */
export function countryName(code: string): string | undefined {
  return Object.hasOwn(COUNTRIES, code) ? COUNTRIES[code].names[0] : undefined;
}

export interface CountryTextOptions {
  /** Also read nationality adjectives ("Russian citizen"); off by default. */
  adjectives?: boolean;
}

function wordsMatch(words: readonly string[], at: number, name: readonly string[]): boolean {
  if (at + name.length > words.length) return false;
  for (let k = 1; k < name.length; k++) if (words[at + k] !== name[k]) return false;
  return true;
}

function longestNameAt(words: readonly string[], at: number, adjectives: boolean): TextName | undefined {
  for (const name of BY_FIRST_WORD.get(words[at]) ?? []) {
    if (name.adjective && !adjectives) continue;
    if (wordsMatch(words, at, name.words)) return name;
  }
  return undefined;
}

/**
 * The countries a short free-text clause names, in order of first mention, each once:
 * "POB Moscow, Russia" → ["ru"]. Codes are not read ("in", "US", "CAR" are words), and
 * scripts written without spaces (Chinese, Japanese) are found only as separate words.
 */
export function countriesInText(text: string, opts: CountryTextOptions = {}): string[] {
  const words = foldCountry(text).split(' ');
  const found: string[] = [];
  for (let at = 0; at < words.length; ) {
    const name = longestNameAt(words, at, opts.adjectives === true);
    if (!name) {
      at++;
      continue;
    }
    if (name.code && !found.includes(name.code)) found.push(name.code);
    at += name.words.length;
  }
  return found;
}
