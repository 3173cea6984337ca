/**
 * Arabic script (Arabic, Persian, Urdu, and European names written in it) → Latin. Short
 * vowels and doubling are unwritten, so one token has many honest romanisations: a list of
 * common names supplies the vocalised standard forms, a reading of the letters under each
 * convention (the profiles of arabic-table.ts) and variants of its uncertain letters supply
 * the rest, and arabic-select.ts keeps the few that write the name the most different ways.
 * Particles standing alone (abd, abu, bin, allah, al-din) are rendered as words; the article
 * is read with its name, joined or dropped (Alsharif, Sharif), as lists write it.
 */
import {
  CONSONANTS, PARTICLES, GLUED_PREFIXES, GLUED_SUFFIXES, SLAVIC_ENDINGS, SUN_LETTERS, ARABIC_ONLY_LETTERS,
  STANDARD_PROFILE, FRENCH_PROFILE, PERSIAN_PROFILE, AFGHAN_PROFILE, SLAVIC_PROFILE, WESTERN_PROFILE, TAIL_PROFILES,
  type GluedParticle,
} from './arabic-table.js';
import { COMMON_NAMES } from './arabic-names.js';
import { normalizeArabicLetters, readHints, type Hints } from './arabic-letters.js';
import { readAsWestern, readLetters, renderLetters, type Reading } from './arabic-reading.js';
import { renderAlternates, renderConstructState, renderInitialVariants, renderWithYehAsI } from './arabic-variants.js';
import { selectRenderings } from './arabic-select.js';

const MAX_RENDERINGS = 8;
const ARTICLE_PREFIX = 'ال';
const NISBA = 'ي';
const ENDS_IN_VOWEL = /[aeiouy]$/;
/** Nisba forms of a known name that lead: the usual few, leaving room for the name's own readings. */
const MAX_NISBA = 3;
const ARABIC_ONLY = new RegExp(`[${ARABIC_ONLY_LETTERS}]`);

function looksSlavic(core: string): boolean {
  return SLAVIC_ENDINGS.some((e) => core.endsWith(e));
}

/** A known name with the nisba ending -i (Omari عمري from Omar, Siddiqi صديقي from Siddiq). */
function knownNisba(core: string): string[] | null {
  if (!core.endsWith(NISBA)) return null;
  const base = COMMON_NAMES[core.slice(0, -1)];
  return base ? base.filter((b) => !ENDS_IN_VOWEL.test(b)).map((b) => `${b}i`) : null;
}

/** A name's readings: `lead`, the spellings lists most likely use, in order; `more`, the rest in order. */
interface NameReadings {
  lead: string[];
  more: string[];
}

/** A reading of the letters under one convention. */
interface Rendition {
  reading: Reading;
  profile: number;
}

/** Where a name stands: alone, after the article (al-X), or inside a compound (Abd al-X, X-allah). */
type Setting = 'alone' | 'article' | 'compound';

/**
 * The readings of a name (without particles). A known name leads with its known spellings,
 * and so does the nisba of one after the article (al-Ubaydi العبيدي, al-Umari); alone, a
 * known name's nisba only follows the name's own readings, as -i may be another ending there.
 * Otherwise a Slavic or a Persian reading leads where the letters call for one, then the
 * standard and the Western reading (with ي as e, then as i), the Western first unless the
 * name looks Arabic: it stands after the article or in a compound, or has a letter for a
 * sound European languages lack (ع ح ص ض ط ظ ق), or ة. Then come ة read -at, the first
 * consonant as other lists begin the name, the other conventions, and the uncertain letters
 * changed.
 */
function readName(core: string, hints: Hints, setting: Setting = 'alone'): NameReadings {
  const arabic = setting !== 'alone' || ARABIC_ONLY.test(core) || hints.tehMarbuta;
  const reading = readLetters(core, hints);
  const western = { reading: readAsWestern(reading), profile: WESTERN_PROFILE };
  const std = [{ reading, profile: STANDARD_PROFILE }];
  if (hints.finalA) std.push({ reading: readLetters(core, { ...hints, finalA: false }), profile: STANDARD_PROFILE });
  const first: Rendition[] = [
    ...(looksSlavic(core) ? [{ reading, profile: SLAVIC_PROFILE }] : []),
    ...(hints.persian ? [{ reading, profile: PERSIAN_PROFILE }, { reading, profile: AFGHAN_PROFILE }] : []),
    ...(arabic ? std : [western]),
  ];
  const westernE = renderLetters(western.reading, WESTERN_PROFILE);
  const westernI = renderWithYehAsI(western.reading, WESTERN_PROFILE);
  const spellings = arabic ? [...first.map(render), westernE] : [...first.map(render), westernI, ...std.map(render)];
  const own = [...new Set(spellings)].filter(Boolean);
  const nisba = knownNisba(core)?.slice(0, MAX_NISBA) ?? [];
  const known = COMMON_NAMES[core]?.slice() ?? (setting === 'article' && nisba.length ? nisba : undefined);
  const lead = known ?? own.slice(0, 2);
  const variants = known ? [] : renderInitialVariants(first[0].reading, first[0].profile, lead.slice(0, 2));
  const others = TAIL_PROFILES.map((p) => renderLetters(reading, p));
  const construct = hints.tehMarbuta ? [renderConstructState(reading)] : [];
  return { lead, more: [...own, ...nisba, ...construct, ...variants, ...others, ...renderAlternates(reading)] };
}

function render({ reading, profile }: Rendition): string {
  return renderLetters(reading, profile);
}

/** All readings of a name in order, the leading ones first. */
function allReadings({ lead, more }: NameReadings): string[] {
  return [...new Set([...lead, ...more])];
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

/**
 * الX read as one word, as lists join the article to the name or drop it: al-X joined, the
 * name's own readings, and the French form in which the article takes the name's first sound
 * (Essabar الصبار, Ettounsi التونسي).
 */
function renderWithArticle(core: string, hints: Hints): Candidates {
  const { lead, more } = readName(core, hints, 'article');
  const names = selectRenderings(lead, more, MAX_RENDERINGS);
  if (!names[0]) return [[], []];
  const article = `e${articleConsonant(core, FRENCH_PROFILE)}`;
  const french = [`${article}${renderFrench(core, hints)}`, `${article}${names[0]}`];
  return [[`al${names[0]}`, names[0], ...names.slice(1, 2), ...french, ...names.slice(2)], []];
}

/** Particle + al-X in one word: abd al-Rahman, Abdul Rahman, Abdulrahman, Abderrahmane, Abdurrahman. */
function renderParticleWithArticle(particle: GluedParticle, core: string, hints: Hints): Candidates {
  const names = allReadings(readName(core, hints, 'article'));
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
    const names = allReadings(readName(rest, hints, 'compound'));
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
    const names = allReadings(readName(letters.slice(0, -suffix.length), hints, 'compound'));
    const joined = forms.flatMap((f) => names.map((n) => (f.includes(' ') ? `${n} ${f}` : `${n}${f}`)));
    return [[joined[0]], joined.slice(1)];
  }
  return null;
}

function keepRenderings([fixed, candidates]: Candidates): string[] {
  return selectRenderings(fixed, candidates, MAX_RENDERINGS);
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
  const { lead, more } = readName(letters, hints);
  return keepRenderings([lead, more]);
}
