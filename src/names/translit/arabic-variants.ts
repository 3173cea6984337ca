/**
 * Spellings beside a reading's own: the same reading with an uncertain letter given another
 * value, and with the name's first consonant spelt as other lists begin it.
 */
import {
  ALTERNATES, INITIAL_SPELLINGS, PERSIAN_MEDIAL_WAW, STANDARD_PROFILE, VOWEL_ALTERNATES, DIGRAPHS,
} from './arabic-table.js';
import { renderLetters, type Reading } from './arabic-reading.js';

/** Enough variants for the renderings to cover the likely skeletons, few enough to stay cheap. */
const MAX_VARIANTS = 16;
const ALEF = 'ا';
const WAW = 'و';
const YEH = 'ي';
const SOFT_AFTER_C = 'eiy';
const CONSTRUCT_ENDING = 'at';

/** Written vowels whose value is uncertain: medial و and ي (diphthongs; Persian v), a first alef. */
function vowelChoices({ letters, roles, hints }: Reading, i: number): readonly string[] | null {
  const ch = letters[i];
  const medial = i > 0 && i < letters.length - 1 && roles[i - 1] === 'C' && roles[i + 1] === 'C';
  if (ch === WAW && medial) return hints.persian ? [...PERSIAN_MEDIAL_WAW, ...VOWEL_ALTERNATES.waw] : VOWEL_ALTERNATES.waw;
  if (ch === YEH && medial) return VOWEL_ALTERNATES.yeh;
  if (ch === ALEF && i === 0 && !hints.initialI && roles[1] === 'C') return VOWEL_ALTERNATES.initialAlef;
  return null;
}

/** Letters whose value is uncertain, with the other values they take. */
function ambiguousLetters(reading: Reading): [number, readonly string[]][] {
  const out: [number, readonly string[]][] = [];
  reading.letters.forEach((ch, i) => {
    const values = reading.roles[i] === 'C' ? ALTERNATES[ch] : reading.roles[i] === 'V' ? vowelChoices(reading, i) : null;
    if (values) out.push([i, values]);
  });
  return out;
}

/**
 * The standard reading with uncertain letters changed, one letter at a time, then two at a
 * time (Sargsyan سركيسيان needs ك = g; Gerhard غيرهارد as German needs two), up to MAX_VARIANTS.
 */
export function renderAlternates(reading: Reading): string[] {
  const choices = ambiguousLetters(reading);
  const out: string[] = [];
  for (const [i, values] of choices) for (const v of values) out.push(renderLetters(reading, STANDARD_PROFILE, new Map([[i, v]])));
  for (let a = 0; a < choices.length && out.length < MAX_VARIANTS; a++) {
    const [i, iValues] = choices[a];
    for (const [j, jValues] of choices.slice(a + 1)) {
      for (const vi of iValues) for (const vj of jValues) out.push(renderLetters(reading, STANDARD_PROFILE, new Map([[i, vi], [j, vj]])));
    }
  }
  return out.slice(0, MAX_VARIANTS);
}

/**
 * The reading in profile p with each written ي vowel read as i: European names write both e
 * and i with ي (Kelsen كيلسن, Kristina كريستينا).
 */
export function renderWithYehAsI(reading: Reading, p: number): string {
  const swaps = new Map<number, string>();
  reading.letters.forEach((ch, i) => {
    if (ch === YEH && reading.roles[i] === 'V') swaps.set(i, 'i');
  });
  return swaps.size ? renderLetters(reading, p, swaps) : '';
}

/** The standard reading with a final ة read -at, as before a noun it governs (Asbat al-Ansar, Nusrat al-Islam). */
export function renderConstructState(reading: Reading): string {
  return renderLetters(reading, STANDARD_PROFILE, new Map([[reading.letters.length - 1, CONSTRUCT_ENDING]]));
}

/** The first consonant's letter (or digraph), or null when the name begins with a vowel. */
function firstConsonant({ letters, roles }: Reading): string | null {
  if (roles[0] !== 'C') return null;
  const pair = letters[0] + (letters[1] ?? '');
  return DIGRAPHS[pair] && roles[1] === 'C' ? pair : letters[0];
}

/**
 * The reading in profile p with its first consonant spelt each other way lists begin the
 * name (Pelosi beside Belosi, Cristina beside Kristina), skipping beginnings already in
 * `taken` and a c that would read as s.
 */
export function renderInitialVariants(reading: Reading, p: number, taken: readonly string[]): string[] {
  const first = firstConsonant(reading);
  const spellings = first ? INITIAL_SPELLINGS[first] : undefined;
  if (!spellings) return [];
  const starts = new Set(taken.map((t) => t[0]));
  const out: string[] = [];
  for (const s of spellings) {
    if (starts.has(s[0])) continue;
    const r = renderLetters(reading, p, new Map([[0, s]]));
    if (s === 'c' && SOFT_AFTER_C.includes(r[1])) continue;
    starts.add(s[0]);
    out.push(r);
  }
  return out;
}
