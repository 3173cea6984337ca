/**
 * Hebrew → Latin. Without points the letters leave vowels to matres lectionis (ו o/u, י i/e,
 * א ע ה a/e) and the begadkefat letters ambiguous (ב b/v, כ k/kh, פ p/f), so a token has a
 * standard reading, one with the other vowel values, a bare one, and variants that change one
 * or two uncertain letters; common names come first with their usual spelling, and so do
 * the foreign names, titles and ordinals of hebrew-foreign-names.ts. The first renderings
 * differ in how they start or in their consonant skeleton, the keys a matcher looks names up by.
 */
import {
  FINAL_FORMS, GERESH_MARKS, GERESH_VALUES, GERESH_ALTERNATES, CONSONANTS, ALTERNATES, VOWELS, SHORT_VOWELS, COMMON_NAMES,
} from './hebrew-table.js';
import { preferDistinct, spellingShape } from '../skeleton.js';
import { FOREIGN_NAMES, TRANSLATED_WORDS } from './hebrew-foreign-names.js';

const MAX_RENDERINGS = 8;
/** Enough variants for the renderings to cover the likely skeletons, few enough to stay cheap. */
const MAX_VARIANTS = 24;
const VAV = 'ו';
const YOD = 'י';
const HE = 'ה';
const CARRIERS = 'אע';
/** A final ר or ל after a consonant ends foreign names as -er, -el (Brenner ברנר, Michael מייקל). */
const LIQUIDS = 'רל';

/** ך ם ן ף ץ are their letters at the end of a word; ligatures are letter pairs. */
export function unifyFinalForms(token: string): string {
  let out = '';
  for (const ch of token) out += FINAL_FORMS[ch] ?? ch;
  return out;
}

/**
 * One letter as read: its role (consonant, vowel letter, or a doubled וו / יי read once) and
 * whether a geresh follows it.
 */
interface Letter {
  ch: string;
  role: 'C' | 'V' | 'CC' | 'VV';
  geresh: boolean;
}

type RawLetter = { ch: string; geresh: boolean };

/** Letters with geresh marks folded onto the letter before them; anything else is dropped. */
function splitLetters(token: string): RawLetter[] {
  const out: RawLetter[] = [];
  for (const ch of token) {
    if (GERESH_MARKS.includes(ch)) {
      if (out.length) out[out.length - 1].geresh = true;
    } else if (CONSONANTS[ch]) out.push({ ch, geresh: false });
  }
  return out;
}

/**
 * ו is a consonant only at the start of a word or doubled (Washington וושינגטון), a vowel
 * elsewhere (Claudius קלאודיוס, Yuval יובל). י is a consonant at the start and after a vowel
 * (Yosef, Mayer), a vowel between consonants, at the end and after a word-initial carrier
 * (Levi, Irit אירית); doubled it is a diphthong (James ג׳יימס). ה ending a word is a vowel.
 */
function readLetters(raw: RawLetter[]): Letter[] {
  const out: Letter[] = [];
  for (let i = 0; i < raw.length; i++) {
    const { ch, geresh } = raw[i];
    const prev = out[out.length - 1];
    const afterVowel = prev !== undefined && (prev.role === 'V' || prev.role === 'VV');
    if ((ch === VAV || ch === YOD) && raw[i + 1]?.ch === ch) {
      out.push({ ch, role: ch === VAV || out.length === 0 ? 'CC' : 'VV', geresh });
      i++;
    } else if (ch === VAV) {
      out.push({ ch, role: out.length === 0 ? 'C' : 'V', geresh });
    } else if (ch === YOD) {
      const seated = out.length === 1 && CARRIERS.includes(prev.ch);
      out.push({ ch, role: out.length === 0 || (afterVowel && !seated) ? 'C' : 'V', geresh });
    } else if (ch === HE && i === raw.length - 1 && out.length > 0) {
      out.push({ ch, role: 'V', geresh });
    } else if (CARRIERS.includes(ch)) {
      out.push({ ch, role: 'V', geresh });
    } else out.push({ ch, role: 'C', geresh });
  }
  return out;
}

/** The value of a consonant letter: geresh sound, else spirant after a vowel or at the end. */
function consonantValue(letters: Letter[], i: number): string {
  const { ch, geresh, role } = letters[i];
  if (geresh && GERESH_VALUES[ch]) return GERESH_VALUES[ch];
  if (role === 'CC') return ch === VAV ? 'v' : 'y';
  const prev = letters[i - 1];
  const spirant = (prev !== undefined && prev.role !== 'C') || i === letters.length - 1;
  return CONSONANTS[ch][spirant ? 1 : 0];
}

/** A carrier (א ע) before a vowel letter only seats it (Ori אורי, Eli אלי reads its own a/e). */
function vowelValue(letters: Letter[], i: number, alt: number): string {
  const { ch, role } = letters[i];
  if (role === 'VV') return alt ? 'ai' : 'ei';
  if (CARRIERS.includes(ch) && letters[i + 1]?.role === 'V' && letters[i + 1].ch !== HE) return '';
  return VOWELS[ch][alt];
}

/**
 * One reading: `alt` picks the second vowel values; `supply` inserts a short vowel between
 * consonants where a syllable needs one; `swaps` gives some letters another value.
 */
function renderLetters(
  letters: Letter[],
  alt: number,
  supply: boolean,
  swaps?: ReadonlyMap<number, string>,
): string {
  let out = '';
  let prevConsonant = false;
  for (let i = 0; i < letters.length; i++) {
    const isConsonant = letters[i].role === 'C' || letters[i].role === 'CC';
    if (!isConsonant) {
      out += swaps?.get(i) ?? vowelValue(letters, i, alt);
      prevConsonant = false;
      continue;
    }
    out += swaps?.get(i) ?? consonantValue(letters, i);
    const next = letters[i + 1];
    const nextConsonant = next !== undefined && (next.role === 'C' || next.role === 'CC');
    if (supply && nextConsonant && (i === 0 || prevConsonant) && i + 2 < letters.length) out += SHORT_VOWELS[alt];
    else if (supply && nextConsonant && i + 2 === letters.length && LIQUIDS.includes(next.ch)) out += 'e';
    prevConsonant = true;
  }
  return out;
}

/**
 * A single ו read as a vowel may be the consonant v that foreign names write with one ו
 * before a yod (Levin לוין, David דויד).
 */
function isConsonantVav(letters: Letter[], i: number): boolean {
  return letters[i].ch === VAV && letters[i].role === 'V' && letters[i + 1]?.ch === YOD;
}

/** Letters whose value is uncertain, with the values other than the one read by default. */
function ambiguousLetters(letters: Letter[]): [number, readonly string[]][] {
  const out: [number, readonly string[]][] = [];
  letters.forEach((l, i) => {
    if (isConsonantVav(letters, i)) out.push([i, ['v']]);
    if (l.role !== 'C' && !(l.role === 'CC' && l.ch === VAV)) return;
    const table = l.geresh && GERESH_VALUES[l.ch] ? GERESH_ALTERNATES : ALTERNATES;
    const values = (table[l.ch] ?? []).filter((v) => v !== consonantValue(letters, i));
    if (values.length) out.push([i, values]);
  });
  return out;
}

/**
 * The standard reading with uncertain letters changed, one letter at a time, then two at a
 * time (Friedrich פרידריך needs both פ = f and ך = ch), up to MAX_VARIANTS readings.
 */
function renderAlternates(letters: Letter[]): string[] {
  const choices = ambiguousLetters(letters);
  const out: string[] = [];
  for (const [i, values] of choices) for (const v of values) out.push(renderLetters(letters, 0, true, new Map([[i, v]])));
  for (let a = 0; a < choices.length && out.length < MAX_VARIANTS; a++) {
    const [i, iValues] = choices[a];
    for (const [j, jValues] of choices.slice(a + 1)) {
      for (const vi of iValues) for (const vj of jValues) out.push(renderLetters(letters, 0, true, new Map([[i, vi], [j, vj]])));
    }
  }
  return out.slice(0, MAX_VARIANTS);
}


/**
 * English endings Hebrew writes with yod: a final י after a consonant is -y, often after a
 * doubled consonant (Kelly קלי, Harry הארי, Betty בטי); a final יי is -ay or -ey (Gay גיי,
 * May מיי). Either supplied vowel.
 */
function englishYEndings(letters: Letter[]): string[] {
  const n = letters.length;
  const last = letters[n - 1];
  if (n < 2 || last.ch !== YOD) return [];
  const out: string[] = [];
  for (const alt of [0, 1]) {
    const reading = renderLetters(letters, alt, true);
    if (last.role === 'VV') {
      const stem = reading.slice(0, -2);
      out.push(`${stem}ay`, `${stem}ey`);
    } else if (last.role === 'V' && letters[n - 2].role === 'C') {
      const stem = reading.slice(0, -1);
      out.push(`${stem}${stem.at(-1)}y`, `${stem}y`);
    }
  }
  return out;
}

/** A token's letters as a lookup key: final forms unified, a geresh written ' after its letter. */
function spellingKey(raw: readonly RawLetter[]): string {
  return raw.map((l) => (l.geresh ? `${l.ch}'` : l.ch)).join('');
}

/** Known words by spellingKey: common Hebrew names, foreign names, translated titles and ordinals. */
const KNOWN_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  [COMMON_NAMES, FOREIGN_NAMES, TRANSLATED_WORDS].flatMap((table) =>
    Object.entries(table).map(([word, latin]) => [spellingKey(splitLetters(unifyFinalForms(word))), latin] as const),
  ),
);

/** Latin renderings of one normalised Hebrew token, the most standard first. */
export function hebrewToLatin(token: string): string[] {
  const raw = splitLetters(unifyFinalForms(token));
  if (!raw.length) return [];
  const letters = readLetters(raw);
  const known = KNOWN_WORDS.get(spellingKey(raw)) ?? [];
  const readings = [renderLetters(letters, 0, true), renderLetters(letters, 1, true)];
  // The bare consonants last: a name in Latin letters has its vowels.
  const bare = renderLetters(letters, 0, false);
  return preferDistinct(known, [...readings, ...englishYEndings(letters), ...renderAlternates(letters), bare], MAX_RENDERINGS, spellingShape);
}
