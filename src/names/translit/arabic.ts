/**
 * Arabic script (Arabic, Persian, Urdu) → Latin. Short vowels and doubling are unwritten, so
 * one token has many honest romanisations: a list of common names supplies the vocalised
 * standard forms, a reading of the letters under each convention (the profiles of
 * arabic-table.ts) and variants of its uncertain letters supply the rest. Particles (al-,
 * abd-, abu, bin, -allah) are rendered as words of their own.
 */
import {
  ALEF_FORMS, YEH_FORMS, HEH_FORMS, HAMZA_FORMS, REGIONAL_FORMS, JOINERS, CONSONANTS, VOWELS, DIGRAPHS,
  ALTERNATES, PERSIAN_MEDIAL_WAW, PERSIAN_ONLY_LETTERS, SUN_LETTERS, PARTICLES, GLUED_PREFIXES, GLUED_SUFFIXES,
  SLAVIC_ENDINGS, SLAVIC_FINAL_ICH, STANDARD_PROFILE, FRENCH_PROFILE, PERSIAN_PROFILE, LITERAL_PROFILE, SLAVIC_PROFILE,
  type GluedParticle,
} from './arabic-table.js';
import { COMMON_NAMES } from './arabic-names.js';
import { preferDistinctSkeletons } from '../skeleton.js';

const MAX_RENDERINGS = 8;
/** Enough variants for the renderings to cover the likely skeletons, few enough to stay cheap. */
const MAX_VARIANTS = 16;
const ALEF = 'ا';
const WAW = 'و';
const YEH = 'ي';
const HEH = 'ه';
const GHAIN = 'غ';
const NOON = 'ن';
const PERSIAN_LETTERS = new RegExp(`[${PERSIAN_ONLY_LETTERS}]`);
const ARTICLE_PREFIX = 'ال';

function mapLetters(token: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of token) out += table[ch] ?? ch;
  return out;
}

export function unifyAlefForms(token: string): string {
  return mapLetters(token, ALEF_FORMS);
}

export function unifyYehForms(token: string): string {
  return mapLetters(token, YEH_FORMS);
}

export function unifyHehForms(token: string): string {
  return mapLetters(token, HEH_FORMS);
}

export function foldHamzaCarriers(token: string): string {
  return mapLetters(token, HAMZA_FORMS);
}

export function foldRegionalLetters(token: string): string {
  return mapLetters(token, REGIONAL_FORMS);
}

export function removeJoiners(token: string): string {
  return mapLetters(token, JOINERS);
}

/** Letters only: digits, marks and other scripts inside a token have no romanisation here. */
export function keepArabicLetters(token: string): string {
  let out = '';
  for (const ch of token) if (ch === ALEF || CONSONANTS[ch]) out += ch;
  return out;
}

/** The letters as matching compares them: one alef, one yeh, one heh, no hamza, Arabic k. */
export function normalizeArabicLetters(token: string): string {
  const folded = foldRegionalLetters(foldHamzaCarriers(unifyHehForms(unifyYehForms(unifyAlefForms(token)))));
  return keepArabicLetters(removeJoiners(folded));
}

/**
 * What the unified letters forget and the romanisation needs: إ is i, a final ى is a, a final
 * ة after ā is t, and a letter only Persian or Urdu write (پ چ ژ گ ک ی ے ٹ ڈ ڑ) marks a name
 * to read with Persian values first.
 */
interface Hints {
  initialI: boolean;
  finalA: boolean;
  finalT: boolean;
  persian: boolean;
}

function readHints(token: string): Hints {
  return {
    initialI: token.startsWith('إ'),
    finalA: token.endsWith('ى'),
    finalT: token.endsWith('اة'),
    persian: PERSIAN_LETTERS.test(token),
  };
}

/** Consonant, vowel, or silent seat. */
type Role = 'C' | 'V' | 'S';

/**
 * و and ي are consonants at the start of a word and beside an alef (Dawud, Yasir, Bayan),
 * vowels between consonants or after one at the end (Yusuf, Ali). After an initial alef and
 * before a consonant they are the word's first vowel, the alef only its seat (Omar written
 * أومار, Ivanov إيفانوف); that alef is then silent ('S').
 */
function letterRoles(letters: string[]): Role[] {
  const roles: Role[] = [];
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i];
    if (ch === ALEF) roles.push('V');
    else if (ch !== WAW && ch !== YEH) roles.push('C');
    else if (i === 1 && letters[0] === ALEF && i + 1 < letters.length && isPlainConsonant(letters[i + 1])) {
      roles[0] = 'S';
      roles.push('V');
    } else if (i === 0 || letters[i - 1] === ALEF || letters[i + 1] === ALEF || roles[i - 1] === 'V') roles.push('C');
    else roles.push('V');
  }
  return roles;
}

function isPlainConsonant(ch: string): boolean {
  return ch !== ALEF && ch !== WAW && ch !== YEH;
}

/** A final ه after a consonant is a feminine ending (Fatima, Zadeh), not an h (Wajih, Shah). */
function isFeminineEnding(letters: string[], roles: Role[], i: number): boolean {
  return letters[i] === HEH && i === letters.length - 1 && i > 0 && roles[i - 1] === 'C';
}

/** The written vowel at i; ي is i after a seat alef (Ivan إيفان) and before a final -ić. */
function vowelValue({ letters, roles, hints }: Reading, p: number, i: number): string {
  const ch = letters[i];
  if (ch === ALEF) return i === 0 && hints.initialI ? 'i' : VOWELS.alef[p];
  if (ch === WAW) return VOWELS.waw[p];
  if (i === letters.length - 1 && hints.finalA && p !== LITERAL_PROFILE) return 'a';
  const afterSeat = i === 1 && roles[0] === 'S';
  const beforeFinalDigraph = i === letters.length - 3 && DIGRAPHS[letters[i + 1] + letters[i + 2]] !== undefined;
  return afterSeat || beforeFinalDigraph ? VOWELS.yeh[STANDARD_PROFILE] : VOWELS.yeh[p];
}

/** غ after ن is the g of -ng (Jong جونغ, Zhang تشانغ), never gh. */
function consonantValue(letters: string[], i: number, p: number): string {
  if (letters[i] === GHAIN && letters[i - 1] === NOON) return 'g';
  return CONSONANTS[letters[i]]?.[p] ?? '';
}

function looksSlavic(core: string): boolean {
  return SLAVIC_ENDINGS.some((e) => core.endsWith(e));
}

/** A token's letters with the role each plays; profiles and alternates read the same analysis. */
interface Reading {
  letters: string[];
  roles: Role[];
  hints: Hints;
}

function readLetters(core: string, hints: Hints): Reading {
  const letters = [...core];
  return { letters, roles: letterRoles(letters), hints };
}

/**
 * One romanisation of the letters in profile p, with `swaps` giving some letters another value.
 * A short vowel is supplied after a consonant that begins the word or follows another
 * consonant, when a consonant comes next: Arabic syllables never start with two consonants
 * (Ahmad, Bakr, Jafar).
 */
function renderLetters(reading: Reading, p: number, swaps?: ReadonlyMap<number, string>): string {
  const { letters, roles, hints } = reading;
  let out = '';
  let prevVowel = false;
  let prevSupplied = false;
  let prevLongA = false;
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i];
    const last = i === letters.length - 1;
    if (roles[i] === 'S') continue;
    if (roles[i] === 'V') {
      out += swaps?.get(i) ?? vowelValue(reading, p, i);
      prevLongA = ch === ALEF;
      prevVowel = true;
      prevSupplied = false;
      continue;
    }
    if (last && hints.finalT) {
      out += 't';
      break;
    }
    if (isFeminineEnding(letters, roles, i)) {
      out += VOWELS.tehMarbuta[p];
      break;
    }
    const digraph = DIGRAPHS[ch + (letters[i + 1] ?? '')];
    if (digraph && roles[i + 1] === 'C') {
      i++;
      out += p === SLAVIC_PROFILE && i === letters.length - 1 ? SLAVIC_FINAL_ICH : digraph[p];
    } else out += swaps?.get(i) ?? consonantValue(letters, i, p);
    const nextConsonant = i + 1 < letters.length && roles[i + 1] === 'C' && !isFeminineEnding(letters, roles, i + 1);
    const beforeFinal = i + 2 === letters.length;
    let supplied = '';
    if (nextConsonant && prevLongA && beforeFinal) supplied = VOWELS.afterLongA[p];
    else if (nextConsonant && (i === 0 || !prevVowel || (prevSupplied && beforeFinal))) supplied = VOWELS.short[p];
    out += supplied;
    prevVowel = supplied !== '' || (nextConsonant && i === 0);
    prevSupplied = supplied !== '';
    prevLongA = false;
  }
  return out;
}

/** Consonants whose value is uncertain, with the values ALTERNATES gives them. */
function ambiguousLetters({ letters, roles, hints }: Reading): [number, readonly string[]][] {
  const out: [number, readonly string[]][] = [];
  letters.forEach((ch, i) => {
    if (roles[i] === 'C' && ALTERNATES[ch]) out.push([i, ALTERNATES[ch]]);
    else if (hints.persian && roles[i] === 'V' && ch === WAW && i < letters.length - 1) {
      out.push([i, PERSIAN_MEDIAL_WAW]);
    }
  });
  return out;
}

/**
 * The standard reading with uncertain letters changed, one letter at a time, then two at a
 * time (Sargsyan سركيسيان needs ك = g; Gerhard غيرهارد as German needs two), up to MAX_VARIANTS.
 */
function renderAlternates(reading: Reading): string[] {
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

/** Readings of a name without particles: known vocalisations, each profile, then alternates. */
function renderCore(core: string, hints: Hints): string[] {
  const reading = readLetters(core, hints);
  const out = [...(COMMON_NAMES[core] ?? [])];
  if (looksSlavic(core)) out.push(renderLetters(reading, SLAVIC_PROFILE));
  if (hints.persian) out.push(renderLetters(reading, PERSIAN_PROFILE));
  for (let p = 0; p < SLAVIC_PROFILE; p++) out.push(renderLetters(reading, p));
  out.push(...renderAlternates(reading));
  return [...new Set(out.filter(Boolean))];
}

/** The French/Maghrebi spelling of a name: the second known form, else the fr profile's reading. */
function renderFrench(core: string, hints: Hints): string {
  return COMMON_NAMES[core]?.[1] ?? renderLetters(readLetters(core, hints), FRENCH_PROFILE);
}

/** The article's consonant before a name in profile p: l, or the sun letter it assimilates to. */
function articleConsonant(core: string, p: number): string {
  return SUN_LETTERS.includes(core[0]) ? CONSONANTS[core[0]][p] : 'l';
}

/** Renderings as [spellings kept first, further candidates in order of preference]. */
type Candidates = [readonly string[], string[]];

/** الX: al-X as lists write it, the name alone (lists drop the article), then joined forms. */
function renderWithArticle(core: string, hints: Hints): Candidates {
  const names = renderCore(core, hints);
  const [std] = names;
  const fr = renderFrench(core, hints);
  if (!std) return [[], []];
  const assimilated = [`e${articleConsonant(core, FRENCH_PROFILE)}${fr}`, `a${articleConsonant(core, STANDARD_PROFILE)} ${std}`];
  return [[`al ${std}`, std], [`al${std}`, `el ${fr}`, ...assimilated, ...names.slice(1)]];
}

/** Particle + al-X in one word: abd al-Rahman, Abdul Rahman, Abdulrahman, Abderrahmane, Abdurrahman. */
function renderParticleWithArticle(particle: GluedParticle, core: string, hints: Hints): Candidates {
  const names = renderCore(core, hints);
  const [std] = names;
  if (!std) return [[particle.word], []];
  const fr = renderFrench(core, hints);
  const { word, beforeArticle, beforeArticleFrench } = particle;
  return [
    [`${word} al ${std}`, `${beforeArticle}l ${std}`],
    [
      `${beforeArticle}l${std}`, `${beforeArticleFrench}${articleConsonant(core, FRENCH_PROFILE)}${fr}`,
      `${beforeArticleFrench}l ${fr}`, `${beforeArticle}${articleConsonant(core, STANDARD_PROFILE)}${std}`,
      ...names.slice(1).map((n) => `${beforeArticle}l${n}`),
    ],
  ];
}

function removeArabicArticle(letters: string): string | null {
  return letters.startsWith(ARTICLE_PREFIX) && letters.length > 3 ? letters.slice(2) : null;
}

/** عبدX and ابوX written as one word: the particle as a word of its own, then joined. */
function renderGluedPrefix(letters: string, hints: Hints): Candidates | null {
  for (const [prefix, particle] of GLUED_PREFIXES) {
    if (!letters.startsWith(prefix) || letters.length <= prefix.length + 1) continue;
    const rest = letters.slice(prefix.length);
    const core = removeArabicArticle(rest);
    if (core) return renderParticleWithArticle(particle, core, hints);
    const names = renderCore(rest, hints);
    const [std] = names;
    if (!std) return [[particle.word], []];
    const french = `${particle.french} ${renderFrench(rest, hints)}`;
    const others = names.slice(1).map((n) => `${particle.word} ${n}`);
    return [[`${particle.word} ${std}`], [`${particle.word}${std}`, french, ...others]];
  }
  return null;
}

/** Xالله and Xالدين written as one word (Nasrallah, Nuraddin). */
function renderGluedSuffix(letters: string, hints: Hints): Candidates | null {
  for (const [suffix, forms] of GLUED_SUFFIXES) {
    if (!letters.endsWith(suffix) || letters.length <= suffix.length + 1) continue;
    const names = renderCore(letters.slice(0, -suffix.length), hints);
    const joined = forms.flatMap((f) => names.map((n) => (f.includes(' ') ? `${n} ${f}` : `${n}${f}`)));
    return [[joined[0]], joined.slice(1)];
  }
  return null;
}

function keepRenderings([fixed, candidates]: Candidates): string[] {
  return preferDistinctSkeletons(fixed, candidates, MAX_RENDERINGS);
}

/** Latin renderings of one normalised Arabic-script token, the most standard first. */
export function arabicToLatin(token: string): string[] {
  const hints = readHints(token);
  const letters = normalizeArabicLetters(token);
  if (!letters) return [];
  const particle = PARTICLES[letters];
  if (particle) return [...particle];
  const known = COMMON_NAMES[letters];
  const glued = known ? null : renderGluedPrefix(letters, hints) ?? renderGluedSuffix(letters, hints);
  if (glued) return keepRenderings(glued);
  const core = known ? null : removeArabicArticle(letters);
  if (core) return keepRenderings(renderWithArticle(core, hints));
  const names = renderCore(letters, hints);
  return keepRenderings([known ?? names.slice(0, 1), names]);
}
