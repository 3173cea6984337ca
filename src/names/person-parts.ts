/**
 * The structure of a person's name, on normalised tokens (normalizeName + tokenize): titles
 * in front of it, "LAST, First" order, initials, and which tokens carry little identity
 * (particles, titles, patronymics) so that the matcher can weigh them down. The word lists
 * are data in person-data.ts.
 */
import { normalizeName, tokenize } from './normalize.js';
import { charScript, type Script } from './script.js';
import {
  PERSON_TITLES, PERSON_NAME_TITLES, PERSON_PARTICLES, PATRONYMIC_ENDINGS, PATRONYMIC_FORMS,
} from './person-data.js';

export type PersonTokenClass = 'particle' | 'title' | 'patronymic' | 'name';

interface Title {
  tokens: readonly string[];
  /** How many tokens must be left after it for it to be removed. */
  leaves: number;
}

export interface PrefixRemoval {
  tokens: readonly string[];
  /** The prefixes taken off, in order, so that an explanation can name them. */
  removed: readonly string[];
}

export interface CommaName {
  given: string[];
  family: string[];
  /** What followed a second comma: "Jr", "III". */
  suffixes: string[];
  /** given, family, suffixes: the order in which the other forms of the name are written. */
  tokens: string[];
}

const NOTHING: readonly string[] = Object.freeze([]);
const NAME_COMMAS = /[,،，]/;
/** Scripts whose letters are sounds, so that one letter stands for a name. */
const ALPHABETS: ReadonlySet<Script> = new Set(['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian']);
/** A patronymic ending needs a given name in front of it: "Ivan-ovich", not "L-evich". */
const MIN_PATRONYMIC_STEM = 3;

function normalizedEntries(raws: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const raw of raws) {
    const tokens = tokenize(normalizeName(raw));
    if (tokens.length > 0) out.push(tokens);
  }
  return out;
}

function indexTitles(): Map<string, Title[]> {
  const byFirst = new Map<string, Title[]>();
  const add = (raws: readonly string[], leaves: number): void => {
    for (const tokens of normalizedEntries(raws)) {
      const list = byFirst.get(tokens[0]) ?? [];
      list.push({ tokens, leaves });
      byFirst.set(tokens[0], list);
    }
  };
  add(PERSON_TITLES, 1);
  add(PERSON_NAME_TITLES, 2);
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

function singleTokens(raws: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const tokens of normalizedEntries(raws)) if (tokens.length === 1) out.add(tokens[0]);
  return out;
}

const TITLES_BY_FIRST = indexTitles();
const TITLE_WORDS = singleTokens([...PERSON_TITLES, ...PERSON_NAME_TITLES]);
const PARTICLE_WORDS = singleTokens(PERSON_PARTICLES);
const PATRONYMIC_WORDS = singleTokens(PATRONYMIC_FORMS);
const PATRONYMIC_SUFFIXES: readonly string[] = [...singleTokens(PATRONYMIC_ENDINGS)];

/** The longest title that starts at `at` and may be removed there, or null. */
function titleAt(tokens: readonly string[], at: number): Title | null {
  const candidates = TITLES_BY_FIRST.get(tokens[at]);
  if (!candidates) return null;
  for (const title of candidates) {
    const end = at + title.tokens.length;
    if (tokens.length - end < title.leaves) continue;
    let same = true;
    for (let k = 1; k < title.tokens.length && same; k++) same = tokens[at + k] === title.tokens[k];
    if (same) return title;
  }
  return null;
}

/**
 * Titles, ranks and honorifics in front of a name ("dr", "general major", "г н", "الشيخ").
 * A name is never emptied, and an honorific that is also a name ("haji", "sheikh",
 * "sayed") goes only when two tokens stay behind it.
 */
export function removePersonPrefixes(tokens: readonly string[]): PrefixRemoval {
  let at = 0;
  for (let title = titleAt(tokens, at); title; title = titleAt(tokens, at)) at += title.tokens.length;
  if (at === 0) return { tokens, removed: NOTHING };
  return { tokens: tokens.slice(at), removed: tokens.slice(0, at) };
}

/**
 * "LAST, First Middle[, Jr.]" as OFAC, UN and UK print names, split at the comma before
 * normalisation erases it. Null when there is no comma or a side is empty.
 */
export function splitCommaName(raw: string): CommaName | null {
  const parts = raw.split(NAME_COMMAS);
  if (parts.length < 2) return null;
  const family = tokenize(normalizeName(parts[0]));
  const given = tokenize(normalizeName(parts[1]));
  if (family.length === 0 || given.length === 0) return null;
  const suffixes = parts.length > 2 ? tokenize(normalizeName(parts.slice(2).join(' '))) : [];
  return { given, family, suffixes, tokens: [...given, ...family, ...suffixes] };
}

/** One letter of an alphabet ("j", "в"); a Han character or Hangul syllable is a whole name. */
export function isInitial(token: string): boolean {
  if (token.length !== 1) return false;
  const script = charScript(token);
  return script !== null && ALPHABETS.has(script);
}

/** One of two same-script tokens is an initial and the other starts with that letter. */
export function initialsMatch(a: string, b: string): boolean {
  if (isInitial(a)) return b.length > 0 && b[0] === a;
  if (isInitial(b)) return a.length > 0 && a[0] === b;
  return false;
}

/** An East Slavic patronymic by its ending ("vladimirovich", "ильинична", "volodymyrivna"). */
export function isPatronymic(token: string): boolean {
  if (PATRONYMIC_WORDS.has(token)) return true;
  for (const ending of PATRONYMIC_SUFFIXES) {
    if (token.length >= ending.length + MIN_PATRONYMIC_STEM && token.endsWith(ending)) return true;
  }
  return false;
}

/** How much a token says about who a person is, from the lists in person-data.ts. */
export function personTokenWeightClass(token: string): PersonTokenClass {
  if (TITLE_WORDS.has(token)) return 'title';
  if (PARTICLE_WORDS.has(token)) return 'particle';
  if (isPatronymic(token)) return 'patronymic';
  return 'name';
}
