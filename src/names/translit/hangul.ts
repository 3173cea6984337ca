/**
 * Hangul → Latin. A Korean name is one token ("최선희"): the family name (one syllable, or
 * one of the two-syllable names like 남궁) and the given-name syllables, each rendered as a
 * word (lists write the given name spaced, hyphenated or joined: "Son Hui", "Son-hui",
 * "Sonhui"; the matcher compares adjacent words joined too). Systems, in this order: North
 * Korean list usage (McCune–Reischauer/DPRK 2002 in ASCII), Revised Romanization, South
 * Korean popular spellings (Sun Hee), McCune–Reischauer proper (Chong, Shin), DPRK 2002
 * aspirates (Thae). Most tokens that are not Korean names are foreign names transcribed:
 * Western (스트라본 → strabon, hangul-loanword.ts), Japanese (hangul-japanese.ts) or Chinese
 * (hangul-mandarin.ts); a token that could be a Korean word is also one word per system.
 */
import {
  COMPOUND_SURNAMES,
  FINAL,
  INITIAL_DPRK_VOICED,
  INITIAL_DPRK_VOICELESS,
  INITIAL_LIST_VOICED,
  INITIAL_LIST_VOICELESS,
  INITIAL_MR_VOICED,
  INITIAL_MR_VOICELESS,
  INITIAL_POPULAR,
  INITIAL_RR,
  FOREIGN_LEANING_SYLLABLES,
  KOREAN_GIVEN_SYLLABLES,
  MEDIAL_MR,
  MEDIAL_POPULAR,
  MEDIAL_RR,
  NATIVE_NAME_SYLLABLES,
  POPULAR_SYLLABLES,
  RESONANT_FINALS,
  SINO_KOREAN_SYLLABLES,
  SURNAMES,
} from './hangul-table.js';
import { CHINESE_SURNAMES } from './hangul-chinese-surnames.js';
import { FOREIGN_NAMES } from './hangul-foreign-names.js';
import { loanwordReadings } from './hangul-loanword.js';
import { mandarinReadings } from './hangul-mandarin.js';
import { INITIAL, MEDIAL, decomposeSyllables, type Syllable } from './hangul-syllables.js';

const MAX_RENDERINGS = 8;

type Style = 'list' | 'isolated' | 'dprk' | 'mr' | 'rr' | 'popular';

function romaniseInitial(s: Syllable, style: Style, voiced: boolean): string {
  switch (style) {
    case 'list':
      return (voiced ? INITIAL_LIST_VOICED : INITIAL_LIST_VOICELESS)[s.initial];
    case 'isolated':
      return INITIAL_LIST_VOICELESS[s.initial];
    case 'dprk':
      return (voiced ? INITIAL_DPRK_VOICED : INITIAL_DPRK_VOICELESS)[s.initial];
    case 'mr':
      if (s.initial === INITIAL.S && (s.medial === MEDIAL.I || s.medial === MEDIAL.WI)) return 'sh';
      return (voiced ? INITIAL_MR_VOICED : INITIAL_MR_VOICELESS)[s.initial];
    case 'rr':
      return INITIAL_RR[s.initial];
    case 'popular':
      return INITIAL_POPULAR[s.initial];
  }
}

function romaniseSyllable(s: Syllable, style: Style, voiced: boolean): string {
  if (style === 'popular') {
    return POPULAR_SYLLABLES[s.char] ?? INITIAL_POPULAR[s.initial] + MEDIAL_POPULAR[s.medial] + FINAL[s.final];
  }
  const medial = style === 'rr' ? MEDIAL_RR[s.medial] : MEDIAL_MR[s.medial];
  return romaniseInitial(s, style, voiced) + medial + FINAL[s.final];
}

/**
 * Syllables from `from` on, each romanised on its own. The first is written voiceless even
 * where speech voices it (DPRK and MR rule for a given name); a later one is voiced after a
 * vowel or a resonant final (Pak Tong Gu).
 */
function romaniseSyllables(syllables: Syllable[], from: number, style: Style): string[] {
  const out: string[] = [];
  for (let i = from; i < syllables.length; i++) {
    const voiced = i > from && RESONANT_FINALS.has(syllables[i - 1].final);
    out.push(romaniseSyllable(syllables[i], style, voiced));
  }
  return out;
}

/** Family-name length: 2 for a compound family name before a given name, else 1. */
function familyNameLength(syllables: Syllable[]): number {
  if (syllables.length < 3) return 1;
  return COMPOUND_SURNAMES[syllables[0].char + syllables[1].char] ? 2 : 1;
}

/** [list, South Korean usage, …] spellings of the family name: the table's, or the syllable rules'. */
function familyNameSpellings(syllables: Syllable[], length: number): readonly string[] {
  const known = length === 2 ? COMPOUND_SURNAMES[syllables[0].char + syllables[1].char] : SURNAMES[syllables[0].char];
  if (known) return known;
  return [romaniseSyllables(syllables.slice(0, length), 0, 'list').join('')];
}

/** Adds a rendering unless it is empty, already there, or the list is full. */
function pushRendering(out: string[], rendering: string): void {
  if (rendering.length === 0 || out.length >= MAX_RENDERINGS || out.includes(rendering)) return;
  out.push(rendering);
}

/**
 * Family name, then the given-name syllables, each a word (the matcher compares adjacent
 * words joined too, "son hui" as "sonhui"): North Korean list usage with the North's spelling
 * of the family name; RR and popular spellings with the South's; MR proper (chong, shin);
 * DPRK aspirates (Thae); every syllable voiceless (So Sang Kuk); RR throughout (gim, bak,
 * choe); and the pinyin of a Chinese family name read in Korean (손 Sun, 유 Liu).
 */
function romaniseFullName(syllables: Syllable[]): string[] {
  const length = familyNameLength(syllables);
  const family = familyNameSpellings(syllables, length);
  const north = family[0];
  const south = family[1] ?? north;
  const list = romaniseSyllables(syllables, length, 'list');
  const rr = romaniseSyllables(syllables, length, 'rr');
  const popular = romaniseSyllables(syllables, length, 'popular');
  const head = syllables.slice(0, length);
  const rrFamily = romaniseSyllables(head, 0, 'rr').join('');
  const mrFamily = romaniseSyllables(head, 0, 'mr').join('');
  const dprkFamily = romaniseSyllables(head, 0, 'dprk').join('');
  const chinese = CHINESE_SURNAMES[head.map((s) => s.char).join('')];
  const out: string[] = [];
  pushRendering(out, `${north} ${list.join(' ')}`);
  pushRendering(out, `${south} ${rr.join(' ')}`);
  pushRendering(out, `${south} ${popular.join(' ')}`);
  pushRendering(out, `${mrFamily} ${romaniseSyllables(syllables, length, 'mr').join(' ')}`);
  pushRendering(out, `${dprkFamily} ${romaniseSyllables(syllables, length, 'dprk').join(' ')}`);
  pushRendering(out, `${north} ${romaniseSyllables(syllables, length, 'isolated').join(' ')}`);
  pushRendering(out, `${rrFamily} ${rr.join(' ')}`);
  if (chinese) pushRendering(out, `${chinese[0]} ${list.join(' ')}`);
  return out;
}

/** Syllables no Korean name has: outside the Sino-Korean readings and the native name syllables. */
function hasForeignSyllable(syllables: readonly Syllable[]): boolean {
  return syllables.some((s) => !SINO_KOREAN_SYLLABLES.has(s.char) && !NATIVE_NAME_SYLLABLES.has(s.char));
}

/**
 * A Korean personal name in one token: a family name, then one to three given-name
 * syllables, none foreign, and one at least of those Korean names use far more than foreign
 * names do (KOREAN_GIVEN_SYLLABLES) — or, for the usual two given syllables, none of those
 * foreign names favour (FOREIGN_LEANING_SYLLABLES).
 */
function isKoreanName(syllables: Syllable[]): boolean {
  if (syllables.length > 4) return false;
  const length = familyNameLength(syllables);
  const known = length === 2 || SURNAMES[syllables[0].char] !== undefined;
  const given = syllables.slice(length);
  if (!known || given.length === 0 || hasForeignSyllable(given)) return false;
  if (given.some((s) => KOREAN_GIVEN_SYLLABLES.has(s.char))) return true;
  return given.length === 2 && !given.some((s) => FOREIGN_LEANING_SYLLABLES.has(s.char));
}

/**
 * A word that is not a Korean personal name: read as a foreign name (loanword rules), and,
 * when every syllable could be a Korean word's (조선 Choson, 은행 Unhaeng), as a Korean word
 * too, the two readings taking turns so that each has its first spellings among the keys.
 */
function romaniseWord(syllables: Syllable[]): string[] {
  if (hasForeignSyllable(syllables)) return loanwordReadings(syllables, MAX_RENDERINGS);
  const loanword = loanwordReadings(syllables, MAX_RENDERINGS);
  const korean = (['list', 'rr', 'popular', 'mr', 'dprk'] as const).map((style) => romaniseSyllables(syllables, 0, style).join(''));
  const out: string[] = [];
  for (let i = 0; out.length < MAX_RENDERINGS && (i < loanword.length || i < korean.length); i++) {
    if (i < loanword.length) pushRendering(out, loanword[i]);
    if (i < korean.length) pushRendering(out, korean[i]);
  }
  return out;
}

/** A lone syllable: every spelling of it as a Korean or Chinese family name, else its rendering per system. */
function romaniseLoneSyllable(syllables: Syllable[]): string[] {
  const known = SURNAMES[syllables[0].char];
  if (!known) return romaniseWord(syllables);
  const out: string[] = [];
  for (const spelling of [...known, ...(CHINESE_SURNAMES[syllables[0].char] ?? [])]) pushRendering(out, spelling);
  return out;
}

/** A regnal or generational number: 2세 is II (Charles II) or Jr. */
const REGNAL = /^(\d+)세$/;
const ROMAN = [['x', 10], ['ix', 9], ['v', 5], ['iv', 4], ['i', 1]] as const;

function romanNumeral(n: number): string {
  let out = '';
  for (const [letters, value] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

function regnalNumber(token: string): string[] | null {
  const m = REGNAL.exec(token);
  if (!m) return null;
  const n = Number(m[1]);
  if (n < 1 || n > 39) return null;
  return n === 2 ? ['ii', 'jr'] : [romanNumeral(n)];
}

/**
 * Two foreign given names written as one word (장피에르 Jean-Pierre, 장마리 Jean-Marie), as
 * two words; none when the word is not two names of FOREIGN_NAMES.
 */
function compoundGivenName(word: string): string[] {
  const chars = [...word];
  for (let cut = 1; cut < chars.length; cut++) {
    const first = FOREIGN_NAMES[chars.slice(0, cut).join('')];
    const second = FOREIGN_NAMES[chars.slice(cut).join('')];
    if (first && second && !first[0].includes(' ') && !second[0].includes(' ')) return [`${first[0]} ${second[0]}`];
  }
  return [];
}

function romaniseToken(token: string, syllables: Syllable[]): string[] {
  if (syllables.length === 1) return romaniseLoneSyllable(syllables);
  const compound = syllables.length === 2 ? COMPOUND_SURNAMES[token] : undefined;
  if (compound) return [...new Set(compound)];
  if (isKoreanName(syllables)) return romaniseFullName(syllables);
  const twoNames = syllables.length >= 3 ? compoundGivenName(token) : [];
  if (twoNames.length) return twoNames;
  const mandarin = mandarinReadings(syllables);
  return mandarin.length ? mandarin : romaniseWord(syllables);
}

/**
 * What Korean glues after a name: the genitive particle 의 ("X의 Y" is "Y of X": 오를레앙의
 * 마르게리타 = Marguerite of Orléans) and royal titles (인선왕후 Queen Inseon, 사반왕 King
 * Saban, 안평대군 Grand Prince Anpyeong). The name is the word without them, when two
 * syllables or more are left.
 */
const GLUED_SUFFIX = /(?<=[\uac00-\ud7a3]{2})(?:의|왕후|황후|태후|왕비|대군|공주|황제|대왕|천황|왕)$/;

export function hangulToLatin(token: string): string[] {
  const regnal = regnalNumber(token);
  if (regnal) return regnal;
  const word = token.replace(GLUED_SUFFIX, '');
  const syllables = decomposeSyllables(word);
  if (syllables.length === 0) return [];
  const known = FOREIGN_NAMES[word];
  if (!known) return romaniseToken(word, syllables);
  const out = [...known];
  for (const r of romaniseToken(word, syllables)) pushRendering(out, r.replaceAll(' ', ''));
  return out;
}
