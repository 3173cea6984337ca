/**
 * Which writing system a token is in. Screening compares names across scripts, so each
 * token is routed to the transliteration its script needs. Detection is by Unicode block,
 * counting letters only (digits and punctuation are shared by every script).
 */

export type Script =
  | 'Latin' | 'Arabic' | 'Cyrillic' | 'Greek' | 'Hebrew' | 'Armenian' | 'Georgian'
  | 'Hangul' | 'Han' | 'Kana' | 'Thai' | 'Devanagari' | 'Other';

/** [first code point, last code point, script], sorted by first code point. */
const RANGES: ReadonlyArray<readonly [number, number, Script]> = [
  [0x0041, 0x024f, 'Latin'],
  [0x0370, 0x03ff, 'Greek'],
  [0x0400, 0x052f, 'Cyrillic'],
  [0x0531, 0x058f, 'Armenian'],
  [0x0590, 0x05ff, 'Hebrew'],
  [0x0600, 0x06ff, 'Arabic'],
  [0x0750, 0x077f, 'Arabic'],
  [0x08a0, 0x08ff, 'Arabic'],
  [0x0900, 0x097f, 'Devanagari'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x10a0, 0x10ff, 'Georgian'],
  [0x1100, 0x11ff, 'Hangul'],
  [0x1c90, 0x1cbf, 'Georgian'],
  [0x1e00, 0x1eff, 'Latin'],
  [0x1f00, 0x1fff, 'Greek'],
  [0x3040, 0x30ff, 'Kana'],
  [0x3130, 0x318f, 'Hangul'],
  [0x3400, 0x4dbf, 'Han'],
  [0x4e00, 0x9fff, 'Han'],
  [0xa960, 0xa97f, 'Hangul'],
  [0xac00, 0xd7af, 'Hangul'],
  [0xd7b0, 0xd7ff, 'Hangul'],
  [0xf900, 0xfaff, 'Han'],
  [0xfb1d, 0xfb4f, 'Hebrew'],
  [0xfb50, 0xfdff, 'Arabic'],
  [0xfe70, 0xfeff, 'Arabic'],
  [0xff66, 0xff9f, 'Kana'],
  [0x20000, 0x2ffff, 'Han'],
];

const LETTER = /\p{L}/u;

/** Script of one character, or null for digits, punctuation and marks. */
export function charScript(ch: string): Script | null {
  if (!LETTER.test(ch)) return null;
  const cp = ch.codePointAt(0)!;
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b, s] = RANGES[mid];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return s;
  }
  return 'Other';
}

/** The script most of a token's letters are in; Latin for a token with no letters. */
export function tokenScript(token: string): Script {
  let best: Script = 'Latin';
  let bestCount = 0;
  const counts = new Map<Script, number>();
  for (const ch of token) {
    const s = charScript(ch);
    if (!s) continue;
    const n = (counts.get(s) ?? 0) + 1;
    counts.set(s, n);
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}

/** Every script a text's letters use, in order of first appearance. */
export function textScripts(text: string): Script[] {
  const out: Script[] = [];
  for (const ch of text) {
    const s = charScript(ch);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}
