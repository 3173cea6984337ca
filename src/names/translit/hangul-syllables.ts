/**
 * Hangul syllables split into their jamo. A precomposed syllable is U+AC00 + (initial × 21 +
 * medial) × 28 + final; the jamo numbers below are positions in that order (hangul-table.ts
 * lists them).
 */
const SYLLABLE_BASE = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
export const MEDIAL_COUNT = 21;
export const FINAL_COUNT = 28;

export interface Syllable {
  char: string;
  initial: number;
  medial: number;
  final: number;
}

/** Initials, medials and finals this code names. */
export const INITIAL = {
  G: 0, KK: 1, N: 2, D: 3, TT: 4, R: 5, M: 6, B: 7, PP: 8, S: 9, SS: 10, NONE: 11, J: 12, JJ: 13, CH: 14, K: 15, T: 16, P: 17, H: 18,
} as const;
export const MEDIAL = {
  A: 0, AE: 1, YA: 2, YAE: 3, EO: 4, E: 5, YEO: 6, YE: 7, O: 8, WA: 9, WAE: 10, OE: 11, YO: 12, U: 13, WO: 14, WE: 15, WI: 16, YU: 17, EU: 18, UI: 19, I: 20,
} as const;
export const FINAL = { NONE: 0, G: 1, N: 4, L: 8, M: 16, S: 19, NG: 21 } as const;

/** Precomposed syllables of a token; anything else (stray jamo, digits) is skipped. */
export function decomposeSyllables(token: string): Syllable[] {
  const out: Syllable[] = [];
  for (const char of token) {
    const offset = char.codePointAt(0)! - SYLLABLE_BASE;
    if (offset < 0 || offset > SYLLABLE_LAST - SYLLABLE_BASE) continue;
    const final = offset % FINAL_COUNT;
    const rest = (offset - final) / FINAL_COUNT;
    out.push({ char, initial: Math.floor(rest / MEDIAL_COUNT), medial: rest % MEDIAL_COUNT, final });
  }
  return out;
}

/** A consonant with the ㅡ Korean adds where the foreign word has no vowel (스, 트, 르, 즈). */
export function isEpenthetic(s: Syllable): boolean {
  return s.medial === MEDIAL.EU && s.initial !== INITIAL.NONE;
}
