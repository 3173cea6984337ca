/**
 * One reading of a name's Arabic-script letters: which letters are consonants and which are
 * vowels, then their romanisation under each convention of arabic-table.ts. Short vowels are
 * unwritten, so each convention also says which short vowel to supply and where.
 */
import {
  CONSONANTS, VOWELS, DIGRAPHS, SLAVIC_FINAL_ICH, SLAVIC_PROFILE, LITERAL_PROFILE, FRENCH_PROFILE, WESTERN_PROFILE,
  STANDARD_PROFILE, SONORANTS,
} from './arabic-table.js';
import type { Hints } from './arabic-letters.js';

const ALEF = 'ا';
const WAW = 'و';
const YEH = 'ي';
const HEH = 'ه';
const GHAIN = 'غ';
const NOON = 'ن';
const AIN = 'ع';

/** Consonant, vowel, or silent seat. */
export type Role = 'C' | 'V' | 'S';

/** A token's letters with the role each plays; every rendering reads the same analysis. */
export interface Reading {
  letters: string[];
  roles: Role[];
  hints: Hints;
}

function isPlainConsonant(ch: string): boolean {
  return ch !== ALEF && ch !== WAW && ch !== YEH;
}

/**
 * و and ي are consonants at the start of a word and beside an alef (Dawud, Yasir, Bayan),
 * vowels between consonants or after one at the end (Yusuf, Ali). After an initial alef and
 * before a consonant they are the word's first vowel, the alef only its seat (Omar written
 * أومار, Ivanov إيفانوف); that alef is then silent ('S'). Before a final ة after a consonant
 * they are the doubled glide of -iyya and -awa (Islamiyya, Fathiya); before a final ه they
 * may be a vowel and the ه a consonant (Wajih وجيه).
 */
function letterRoles(letters: string[], tehMarbuta: boolean): Role[] {
  const roles: Role[] = [];
  const n = letters.length;
  for (let i = 0; i < n; i++) {
    const ch = letters[i];
    if (ch === ALEF) roles.push('V');
    else if (isPlainConsonant(ch)) roles.push('C');
    else if (i === 1 && letters[0] === ALEF && i + 1 < n && isPlainConsonant(letters[i + 1])) {
      roles[0] = 'S';
      roles.push('V');
    } else if (i === 0 || letters[i - 1] === ALEF || letters[i + 1] === ALEF || roles[i - 1] === 'V') roles.push('C');
    else if (i === n - 2 && tehMarbuta && n > 3) roles.push('C');
    else roles.push('V');
  }
  return roles;
}

export function readLetters(core: string, hints: Hints): Reading {
  const letters = [...core];
  return { letters, roles: letterRoles(letters, hints.tehMarbuta), hints };
}

/**
 * The letters as a European name written in Arabic uses them: و and ي after a written vowel
 * are vowels too when no vowel follows (Silvio سيلفيو, Lionel ليونيل, Klaus كلاوس), and ي
 * before an alef after a consonant is the i of -ia (Maria ماريا, Bianca بيانكا).
 */
export function readAsWestern(reading: Reading): Reading {
  const { letters, roles } = reading;
  const n = letters.length;
  const western = roles.map((role, i) => {
    if (role !== 'C' || i === 0 || isPlainConsonant(letters[i])) return role;
    const nextIsVowel = i + 1 < n && !isPlainConsonant(letters[i + 1]);
    if (roles[i - 1] === 'V' && !nextIsVowel) return 'V';
    return letters[i] === YEH && roles[i - 1] === 'C' && letters[i + 1] === ALEF ? 'V' : role;
  });
  return { ...reading, roles: western };
}

/** A final ه after a consonant is a feminine ending (Fatima, Zadeh), not an h (Wajih, Shah). */
function isFeminineEnding({ letters, roles }: Reading, i: number): boolean {
  return letters[i] === HEH && i === letters.length - 1 && i > 0 && roles[i - 1] === 'C';
}

/** The glide of -iyya / -awa: a consonant ي or و between a consonant and the feminine ending. */
function isGlideBeforeEnding(reading: Reading, i: number): boolean {
  const { letters, roles } = reading;
  const glide = letters[i] === YEH || letters[i] === WAW;
  return glide && i === letters.length - 2 && roles[i - 1] === 'C' && isFeminineEnding(reading, i + 1);
}

/**
 * The written vowel at i; ي is i after a seat alef (Ivan إيفان) and before a final -ić. A
 * European name reads ي as i at its end and beside an alef (Pelosi بيلوسي, Maria ماريا), and
 * و after an alef as the u of au (Klaus كلاوس).
 */
function vowelValue({ letters, roles, hints }: Reading, p: number, i: number): string {
  const ch = letters[i];
  const last = i === letters.length - 1;
  if (ch === ALEF) return i === 0 && hints.initialI ? 'i' : VOWELS.alef[p];
  if (ch === WAW) return p === WESTERN_PROFILE && letters[i - 1] === ALEF && !last ? 'u' : VOWELS.waw[p];
  if (last && hints.finalA && p !== LITERAL_PROFILE) return 'a';
  const afterSeat = i === 1 && roles[0] === 'S';
  const beforeFinalDigraph = i === letters.length - 3 && DIGRAPHS[letters[i + 1] + letters[i + 2]] !== undefined;
  const westernI = p === WESTERN_PROFILE && (last || letters[i - 1] === ALEF || letters[i + 1] === ALEF);
  return afterSeat || beforeFinalDigraph || westernI ? VOWELS.yeh[STANDARD_PROFILE] : VOWELS.yeh[p];
}

/** غ after ن is the g of -ng (Jong جونغ, Zhang تشانغ), never gh. */
function consonantValue(letters: string[], i: number, p: number): string {
  if (letters[i] === GHAIN && letters[i - 1] === NOON) return 'g';
  return CONSONANTS[letters[i]]?.[p] ?? '';
}

/**
 * The short vowel supplied after the consonant at i (`next` is where the next letter is).
 * Arabic syllables never start with two consonants, so one is supplied after a consonant that
 * begins the word or follows another, when a consonant comes next (Ahmad, Bakr, Jafar).
 * European names as Arabic writes them spell their vowels, so the Western reading supplies
 * one only before a final r, l, n or m after a harder consonant (Kelsen كيلسن, Peter بيتر).
 * French writes the vowel before ou (= w) in the ou (Djouadi جوادي), and an initial ع's vowel
 * as a (Akkacha عكاشة).
 */
function suppliedVowel(reading: Reading, p: number, i: number, next: number, state: RenderState): string {
  const { letters, roles } = reading;
  const nextConsonant = next < letters.length && roles[next] === 'C' && !isFeminineEnding(reading, next);
  if (!nextConsonant || isGlideBeforeEnding(reading, next)) return '';
  const n = letters.length;
  const beforeFinal = next === n - 1;
  const beforeFeminine = next === n - 2 && isFeminineEnding(reading, n - 1);
  if (p === WESTERN_PROFILE) {
    const harder = isPlainConsonant(letters[i]) && !SONORANTS.includes(letters[i]);
    return beforeFinal && harder && SONORANTS.includes(letters[next]) ? 'e' : '';
  }
  if (p === FRENCH_PROFILE && letters[next] === WAW) return '';
  if (state.prevLongA && (beforeFinal || beforeFeminine)) return VOWELS.afterLongA[p];
  if (i === 0 || !state.prevVowel || (state.prevSupplied && beforeFinal)) {
    return p === FRENCH_PROFILE && i === 0 && letters[0] === AIN ? 'a' : VOWELS.short[p];
  }
  return '';
}

interface RenderState {
  prevVowel: boolean;
  prevSupplied: boolean;
  prevLongA: boolean;
}

/**
 * One romanisation of the letters in profile p, with `swaps` giving some letters (or the
 * digraph starting at a letter, or the feminine ending) another value.
 */
export function renderLetters(reading: Reading, p: number, swaps?: ReadonlyMap<number, string>): string {
  const { letters, roles, hints } = reading;
  const state: RenderState = { prevVowel: false, prevSupplied: false, prevLongA: false };
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i];
    if (roles[i] === 'S') continue;
    if (roles[i] === 'V') {
      out += swaps?.get(i) ?? vowelValue(reading, p, i);
      state.prevLongA = ch === ALEF;
      state.prevVowel = true;
      state.prevSupplied = false;
      continue;
    }
    if (i === letters.length - 1 && hints.finalT) {
      out += 't';
      break;
    }
    if (isFeminineEnding(reading, i)) {
      out += swaps?.get(i) ?? VOWELS.tehMarbuta[p];
      break;
    }
    let at = i;
    const digraph = DIGRAPHS[ch + (letters[i + 1] ?? '')];
    if (digraph && roles[i + 1] === 'C') {
      at = i + 1;
      out += swaps?.get(i) ?? (p === SLAVIC_PROFILE && at === letters.length - 1 ? SLAVIC_FINAL_ICH : digraph[p]);
    } else if (isGlideBeforeEnding(reading, i)) {
      out += VOWELS[ch === YEH ? 'yeh' : 'waw'][p] + consonantValue(letters, i, p);
    } else out += swaps?.get(i) ?? consonantValue(letters, i, p);
    const supplied = suppliedVowel(reading, p, i, at + 1, state);
    out += supplied;
    state.prevVowel = supplied !== '' || (i === 0 && at + 1 < letters.length && roles[at + 1] === 'C');
    state.prevSupplied = supplied !== '';
    state.prevLongA = false;
    i = at;
  }
  return out;
}
