/**
 * Text → comparable text, before any transliteration: Unicode compatibility forms folded
 * (NFKC), case folded, and the marks that are not letters dropped (tashkeel, niqqud, accents
 * on Latin letters — but not the marks that make Hangul or Devanagari syllables). Each
 * function does one thing; `normalizeName` composes them in the order that is safe.
 */

/** Arabic tashkeel, Quranic marks and tatweel; Hebrew niqqud and cantillation. */
const ABJAD_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0591-\u05c7]/g;
/** Combining marks after a Latin, Greek or Cyrillic base letter (after NFD). */
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const ZERO_WIDTH = /[\u200b\u200e\u200f\u202a-\u202e\u2060\ufeff]/g;
/** Apostrophes, quotes and similar marks: deleted inside a token, never split on ("CH'OE" → "choe"). */
const APOSTROPHES = /['’‘`´ʼʻʹʾʿ‛]/g;
/** Everything that separates tokens once apostrophes are gone. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}\u200c\u200d]+/gu;
const SPACES = /\s+/g;

/** Compatibility forms (full-width letters, ligatures, Arabic presentation forms) to plain letters. */
export function foldCompatibility(text: string): string {
  return text.normalize('NFKC');
}

export function foldCase(text: string): string {
  return text.toLowerCase();
}

/** Arabic and Hebrew vowel points and tatweel: writers include or omit them freely. */
export function removeAbjadMarks(text: string): string {
  return text.replace(ABJAD_MARKS, '');
}

/**
 * Accents on Latin, Greek and Cyrillic letters: "é" → "e", "ё" → "е" (Russian writes both).
 * "й" stays: it is a letter of its own, not an accented "и". Other scripts come back composed.
 */
export function removeAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\u0438\u0306/g, '\u0439')
    .replace(COMBINING, '')
    .normalize('NFC');
}

export function removeZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

export function removeApostrophes(text: string): string {
  return text.replace(APOSTROPHES, '');
}

/** Punctuation and symbols become single spaces; letters, digits and joiners stay. */
export function separateTokens(text: string): string {
  return text.replace(SEPARATORS, ' ').replace(SPACES, ' ').trim();
}

/** The full normalisation of a name, in the one order that is safe. */
export function normalizeName(text: string): string {
  return separateTokens(removeApostrophes(removeAccents(removeAbjadMarks(foldCase(removeZeroWidth(foldCompatibility(text)))))));
}

export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}
