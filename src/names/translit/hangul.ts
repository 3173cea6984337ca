/**
 * Hangul → Latin. A Korean name is one token ("최선희"): the family name (one syllable, or
 * one of the two-syllable names like 남궁) and the given-name syllables. Lists write the given
 * name spaced, hyphenated or joined ("Son Hui", "Son-hui", "Sonhui"), so the main systems'
 * renderings are given both spaced and joined. Systems, in this order: North Korean list
 * usage (McCune–Reischauer/DPRK 2002 in ASCII), Revised Romanization, South Korean popular
 * spellings (Sun Hee), McCune–Reischauer proper (Chong, Shin), DPRK 2002 aspirates (Thae).
 * A token that is not a Korean name (a foreign name, a company word) is one word per system,
 * plus a reading of the foreign name Korean transcribed (스트라본 → strabon).
 */
import {
  COMPOUND_SURNAMES,
  EPENTHETIC_EU,
  FINAL,
  FINAL_COUNT,
  INITIAL_DPRK_VOICED,
  INITIAL_DPRK_VOICELESS,
  INITIAL_LIST_VOICED,
  INITIAL_LIST_VOICELESS,
  INITIAL_MR_VOICED,
  INITIAL_MR_VOICELESS,
  INITIAL_POPULAR,
  INITIAL_RR,
  MEDIAL_COUNT,
  MEDIAL_MR,
  MEDIAL_POPULAR,
  MEDIAL_RR,
  PALATAL_INITIALS,
  POPULAR_SYLLABLES,
  RESONANT_FINALS,
  SURNAMES,
} from './hangul-table.js';

const SYLLABLE_BASE = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const MAX_RENDERINGS = 8;
/** ㅅ (initial) and ㅣ ㅟ (medials): MR writes sh before i and wi (shi, shin, shwi). */
const INITIAL_S = 9;
const MEDIAL_I = 20;
const MEDIAL_WI = 16;
const INITIAL_L = 5;
const INITIAL_NONE = 11;
const FINAL_L = 8;
const MEDIAL_EU = 18;
const WORD_INITIAL_R = /^r/;

type Style = 'list' | 'isolated' | 'dprk' | 'mr' | 'rr' | 'popular';

interface Syllable {
  char: string;
  initial: number;
  medial: number;
  final: number;
}

/** Precomposed syllables of a token; anything else (stray jamo, digits) is skipped. */
function decomposeSyllables(token: string): Syllable[] {
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

function romaniseInitial(s: Syllable, style: Style, voiced: boolean): string {
  switch (style) {
    case 'list':
      return (voiced ? INITIAL_LIST_VOICED : INITIAL_LIST_VOICELESS)[s.initial];
    case 'isolated':
      return INITIAL_LIST_VOICELESS[s.initial];
    case 'dprk':
      return (voiced ? INITIAL_DPRK_VOICED : INITIAL_DPRK_VOICELESS)[s.initial];
    case 'mr':
      if (s.initial === INITIAL_S && (s.medial === MEDIAL_I || s.medial === MEDIAL_WI)) return 'sh';
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
 * Family name, then the given-name syllables spaced and joined: North Korean list usage with
 * the North's spelling of the family name; RR and popular spellings with the South's; RR
 * throughout (gim, bak, choe); MR proper (chong, shin). Then, while there is room: DPRK
 * aspirates (Thae), every syllable voiceless (So Sang Kuk), the loanword reading (조지 → joji).
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
  const out: string[] = [];
  pushRendering(out, `${north} ${list.join(' ')}`);
  pushRendering(out, `${north} ${list.join('')}`);
  pushRendering(out, `${south} ${rr.join('')}`);
  pushRendering(out, `${south} ${rr.join(' ')}`);
  pushRendering(out, `${south} ${popular.join(' ')}`);
  pushRendering(out, `${south} ${popular.join('')}`);
  pushRendering(out, `${rrFamily} ${rr.join('')}`);
  pushRendering(out, `${mrFamily} ${romaniseSyllables(syllables, length, 'mr').join(' ')}`);
  pushRendering(out, `${dprkFamily} ${romaniseSyllables(syllables, length, 'dprk').join(' ')}`);
  pushRendering(out, `${north} ${romaniseSyllables(syllables, length, 'isolated').join(' ')}`);
  pushRendering(out, romaniseLoanword(syllables));
  return out;
}

/**
 * A foreign name as Korean writes it (외래어 표기법), read back: the ㅡ that Korean puts after
 * a consonant with no vowel of its own is dropped (스트라본 → strabon, 티무르 → timur), ㅈ and
 * ㅊ before it are z and ts (하피즈 → hapiz), ㄹㄹ is one l (살로메 → salome), and the y of ㅅ ㅈ
 * ㅊ before a y-vowel is the sh/j/ch it stands for (쇼 → sho).
 */
function romaniseLoanword(syllables: Syllable[]): string {
  let out = '';
  for (let i = 0; i < syllables.length; i++) {
    const s = syllables[i];
    const afterL = i > 0 && syllables[i - 1].final === FINAL_L && s.initial === INITIAL_L;
    const initial = afterL ? '' : INITIAL_RR[s.initial];
    if (s.medial === MEDIAL_EU && s.initial !== INITIAL_NONE) {
      out += (EPENTHETIC_EU[s.initial] ?? initial) + FINAL[s.final];
      continue;
    }
    const medial = MEDIAL_MR[s.medial];
    const palatal = medial.startsWith('y') ? PALATAL_INITIALS[s.initial] : undefined;
    out += palatal ? palatal + medial.slice(1) : initial + medial;
    out += FINAL[s.final];
  }
  return out;
}

/** A syllable no Korean name has: a consonant with the epenthetic ㅡ and no final (스, 트, 르, 즈). */
function hasEpentheticSyllable(syllables: Syllable[]): boolean {
  return syllables.some((s) => s.medial === MEDIAL_EU && s.initial !== INITIAL_NONE && s.final === 0);
}

/**
 * A word that is not a Korean personal name (a foreign name, a company word): one word per
 * system, the loanword reading first when a syllable shows the word is foreign, and last that
 * reading with l for a word-initial ㄹ, which Korean writes for both l and r (레닌 Lenin).
 */
function romaniseWord(syllables: Syllable[]): string[] {
  const out: string[] = [];
  const loanword = romaniseLoanword(syllables);
  const foreign = hasEpentheticSyllable(syllables);
  if (foreign) pushRendering(out, loanword);
  for (const style of ['list', 'rr', 'popular', 'dprk', 'mr'] as const) {
    pushRendering(out, romaniseSyllables(syllables, 0, style).join(''));
  }
  pushRendering(out, loanword);
  pushRendering(out, loanword.replace(WORD_INITIAL_R, 'l'));
  return out;
}

/** A lone syllable: every spelling of it as a family name, else its rendering per system. */
function romaniseLoneSyllable(syllables: Syllable[]): string[] {
  const known = SURNAMES[syllables[0].char];
  if (!known) return romaniseWord(syllables);
  const out: string[] = [];
  for (const spelling of known) pushRendering(out, spelling);
  return out;
}

export function hangulToLatin(token: string): string[] {
  const syllables = decomposeSyllables(token);
  if (syllables.length === 0) return [];
  if (syllables.length === 1) return romaniseLoneSyllable(syllables);
  const compound = syllables.length === 2 ? COMPOUND_SURNAMES[token] : undefined;
  if (compound) return [...new Set(compound)];
  if (syllables.length <= 4 && SURNAMES[syllables[0].char] && !hasEpentheticSyllable(syllables)) {
    return romaniseFullName(syllables);
  }
  return romaniseWord(syllables);
}
