/**
 * Sound-alike keys for Latin tokens (a token's own spelling or one of its Latin renderings):
 * Double Metaphone for candidate recall, and American Soundex because OFAC's own Sanctions
 * List Search uses it and the `ofac` algorithm must reproduce its scores.
 */
import { doubleMetaphone } from 'double-metaphone';

const HAS_ASCII_LETTER = /[a-z]/;
const SOUNDEX_LENGTH = 4;

/**
 * Soundex digit per letter; "0" marks a vowel, which separates two letters of the same
 * digit; h and w are absent because they do not separate them (Ashcraft → A261).
 */
const SOUNDEX_DIGITS: Readonly<Record<string, string>> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3',
  l: '4',
  m: '5', n: '5',
  r: '6',
  a: '0', e: '0', i: '0', o: '0', u: '0', y: '0',
};

/**
 * Double Metaphone primary and alternate codes, without repeats; none for a token with no
 * ASCII letter. Codes are not cut to four characters: longer codes tell names apart better.
 */
export function phoneticKeys(latinToken: string): string[] {
  if (!HAS_ASCII_LETTER.test(latinToken)) return [];
  const [primary, alternate] = doubleMetaphone(latinToken);
  if (!primary) return alternate ? [alternate] : [];
  return alternate && alternate !== primary ? [primary, alternate] : [primary];
}

/**
 * American Soundex as the US National Archives define it: first letter kept, then the digits
 * of the following consonants, same digits next to each other (or across h and w) coded once,
 * padded with zeros to four characters. Letters outside a–z are skipped; "" when none remain.
 */
export function soundex(latinToken: string): string {
  let code = '';
  let last = '';
  for (const ch of latinToken) {
    if (ch === 'h' || ch === 'w') {
      if (code === '') code = ch.toUpperCase();
      continue;
    }
    const digit = SOUNDEX_DIGITS[ch];
    if (digit === undefined) continue;
    if (code === '') code = ch.toUpperCase();
    else if (digit !== '0' && digit !== last) code += digit;
    last = digit;
    if (code.length === SOUNDEX_LENGTH) return code;
  }
  return code === '' ? '' : code.padEnd(SOUNDEX_LENGTH, '0');
}
