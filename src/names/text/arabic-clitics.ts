/**
 * Arabic writes conjunctions and prepositions joined to the next word: وكوريا is "and Korea",
 * بالرئيس "with the president", للأمن "for the security". A word is only ever read without
 * them as a second try — وزير, بوتين and لافروف begin with the same letters — so this
 * gives the readings, and the caller keeps the first that a table or the lists know.
 */

export interface Stem {
  /** The word without the prefix, in the same (phraseKey) spelling as the input. */
  stem: string;
  /** How many characters of the written word the prefix took. */
  cut: number;
}

/**
 * Prefixes, longest first: a conjunction and a preposition, then either. Kaf ("as") is left
 * out: it rarely comes before a name, and كوريا or كيم would lose their first letter to it.
 */
const PREFIXES: readonly string[] = ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل'];
/** What must be left: one-letter and two-letter remains are particles, not words. */
const MIN_STEM = 3;
const ARABIC_LETTER = /^[\u0621-\u064a]/;

const MARK = /\p{M}/u;

/**
 * Where, in the word as written, the part after a prefix of `cut` letters starts: vowel
 * marks written on the prefix ("وَ") belong to it.
 */
export function writtenCut(raw: string, cut: number): number {
  let letters = 0;
  let at = 0;
  while (at < raw.length && (letters < cut || MARK.test(raw[at]))) {
    if (!MARK.test(raw[at])) letters++;
    at++;
  }
  return at;
}

/** The readings of a word without its joined prefixes, most likely first (none when it is short or not Arabic). */
export function arabicStems(word: string): Stem[] {
  if (!ARABIC_LETTER.test(word)) return [];
  const out: Stem[] = [];
  // li + al- writes one lam: للأمن is ل + الأمن.
  if (word.startsWith('لل') && word.length - 1 >= MIN_STEM + 1) out.push({ stem: `ا${word.slice(1)}`, cut: 1 });
  for (const p of PREFIXES) {
    if (!word.startsWith(p)) continue;
    const stem = word.slice(p.length);
    if (stem.length >= MIN_STEM && !out.some((s) => s.stem === stem)) out.push({ stem, cut: p.length });
  }
  return out;
}
