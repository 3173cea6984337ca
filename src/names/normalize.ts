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
/**
 * A question mark before a possessive "s" is an apostrophe a character-set conversion lost:
 * the EU journal prints "Luhansk People?s Republic". (Elsewhere it stood for a quote or a
 * dash, "OOO ?STG?EKO?", and separates like one.)
 */
const LOST_APOSTROPHE = /(?<=\p{L})\?(?=s\b)/gu;
/** Everything that separates tokens once apostrophes are gone (Hebrew geresh ׳ is a letter mark). */
const SEPARATORS = /[^\p{L}\p{N}\p{M}\u200c\u200d\u05f3]+/gu;
/** An apostrophe after a Hebrew letter is a geresh: ג׳ is "j", not "g" and a break. */
const HEBREW_GERESH = /([\u05d0-\u05ea])['’׳]/g;
/** Latin letters that are not a base letter plus an accent, so NFD leaves them whole. */
const LATIN_LETTERS_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l', ħ: 'h', ŧ: 't',
};
const UNDECOMPOSED_LATIN = /[ßøæœłđðþıŀħŧ]/g;
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
 * Letters that NFD splits into a base and a mark but that are letters of their own in their
 * language, with their own transliteration: Russian й ё, Ukrainian ї, Belarusian ў,
 * Macedonian ѓ ќ, Greek ϊ ϋ (the diaeresis says "not a digraph": αϊ is a-i, not e).
 */
const LETTERS_WITH_MARKS = new Map([
  ['\u0438\u0306', 'й'], ['\u0435\u0308', 'ё'], ['\u0456\u0308', 'ї'], ['\u0443\u0306', 'ў'],
  ['\u0433\u0301', 'ѓ'], ['\u043a\u0301', 'ќ'], ['\u03b9\u0308', 'ϊ'], ['\u03c5\u0308', 'ϋ'],
]);
const LETTER_WITH_MARK = /[\u0438\u0435\u0456\u0443\u0433\u043a\u03b9\u03c5][\u0306\u0308\u0301]/g;

/**
 * Accents on Latin, Greek and Cyrillic letters: "é" → "e", "ά" → "α". The letters above stay.
 * Other scripts come back composed.
 */
export function removeAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(LETTER_WITH_MARK, (pair) => LETTERS_WITH_MARKS.get(pair) ?? pair[0])
    .replace(COMBINING, '')
    .normalize('NFC');
}

export function removeZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

export function markHebrewGeresh(text: string): string {
  return text.replace(HEBREW_GERESH, '$1\u05f3');
}

export function removeApostrophes(text: string): string {
  return text.replace(APOSTROPHES, '');
}

export function removeLostApostrophes(text: string): string {
  return text.replace(LOST_APOSTROPHE, '');
}

/** ß → ss, ø → o, ł → l…: folded by table since they have no accent to strip. */
export function foldLatinLetters(text: string): string {
  return text.replace(UNDECOMPOSED_LATIN, (c) => LATIN_LETTERS_WITHOUT_DECOMPOSITION[c]);
}

/** Punctuation and symbols become single spaces; letters, digits and joiners stay. */
export function separateTokens(text: string): string {
  return text.replace(SEPARATORS, ' ').replace(SPACES, ' ').trim();
}

/** The full normalisation of a name, in the one order that is safe. */
export function normalizeName(text: string): string {
  const folded = foldLatinLetters(removeAccents(removeAbjadMarks(foldCase(removeZeroWidth(foldCompatibility(text))))));
  return separateTokens(removeLostApostrophes(removeApostrophes(markHebrewGeresh(folded))));
}

export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}
