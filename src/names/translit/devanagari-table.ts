/**
 * Devanagari (Hindi, Marathi, Nepali) → Latin letters, in the ASCII spelling Indian names take
 * in passports and the press: the Hunterian system without its diacritics (ā → a, ṭ → t,
 * ś and ṣ → sh). Consonants carry an inherent a unless a vowel sign or the virama follows.
 */

/** Consonant letters → their Latin spelling (without the inherent vowel). */
export const CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n',
  च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n',
  ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n',
  त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n', ऩ: 'n',
  प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm',
  य: 'y', र: 'r', ऱ: 'r', ल: 'l', ळ: 'l', ऴ: 'l', व: 'v',
  श: 'sh', ष: 'sh', स: 's', ह: 'h',
};

/**
 * A consonant with the nukta (़) below: the sounds of Persian, Arabic and English words
 * (ज़ाकिर Zakir, फ़ारूक़ Farooq, ड़ the flapped r of पहाड़ pahar).
 */
export const NUKTA_CONSONANTS: Readonly<Record<string, string>> = {
  क: 'q', ख: 'kh', ग: 'gh', ज: 'z', ड: 'r', ढ: 'rh', फ: 'f', य: 'y',
};
export const NUKTA = '\u093c';

/** Independent vowel letters (at a word's start or after another vowel). */
export const VOWELS: Readonly<Record<string, string>> = {
  अ: 'a', आ: 'aa', इ: 'i', ई: 'ii', उ: 'u', ऊ: 'uu', ऋ: 'ri', ॠ: 'ri', ऌ: 'li',
  ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऑ: 'o', ऍ: 'e', ऎ: 'e', ऒ: 'o',
};

/** Vowel signs (matras) after a consonant, replacing its inherent a. */
export const VOWEL_SIGNS: Readonly<Record<string, string>> = {
  '\u093e': 'aa', '\u093f': 'i', '\u0940': 'ii', '\u0941': 'u', '\u0942': 'uu', '\u0943': 'ri',
  '\u0944': 'ri', '\u0962': 'li', '\u0947': 'e', '\u0948': 'ai', '\u094b': 'o', '\u094c': 'au',
  '\u0949': 'o', '\u0945': 'e', '\u0946': 'e', '\u094a': 'o',
};

export const VIRAMA = '\u094d';
/** Anusvara: a nasal after the vowel, m before a labial (अम्बा = अंबा Amba), n elsewhere. */
export const ANUSVARA = '\u0902';
/** Chandrabindu nasalises the vowel; names write n for it or nothing (चाँद Chand). */
export const CHANDRABINDU = '\u0901';
/** Visarga: a breath after the vowel, written h (दुःख duhkh). */
export const VISARGA = '\u0903';
export const LABIALS: ReadonlySet<string> = new Set(['p', 'ph', 'b', 'bh', 'm', 'f']);
