/**
 * The one place where the matcher meets the name engine (src/names): a raw name becomes the
 * tokens the index and the scorer compare, each with its comparable spellings and a weight
 * class. Everything the matcher knows about names comes through here, so when a names module
 * changes, this file is the only one to touch.
 *
 * Persons lose their titles in front ("Dr", "General"); organisations have glued legal forms
 * cut off ("jscargument") and each legal form becomes one token spelled by its class, so that
 * ООО, OOO, LLC and GmbH meet and AO meets JSC.
 */
import { isA } from '../model/schema.js';
import { analyseName, analyseToken, type NameToken } from '../names/analyse.js';
import { charScript } from '../names/script.js';
import { consonantSkeleton } from '../names/skeleton.js';
import { soundex as namesSoundex } from '../names/phonetic.js';
import { isInitial, personTokenWeightClass, removePersonPrefixes } from '../names/person-parts.js';
import { findLegalForms, orgTokenWeightClass, splitGluedLegalForm } from '../names/legal-forms.js';
import { respellLegalForms } from '../names/legal-form-spelling.js';
import { GENERATED_DICTIONARY, type NameDictionary } from '../names/equivalents.js';
import { removeVesselPrefix } from '../names/vessel-prefixes.js';
import { namedAfterNominatives } from '../names/named-after.js';
import { withoutRepeatedParts } from '../names/repeated-parts.js';

/** How a name is read: a person's parts, an organisation's words, or an object's label. */
export type NameKind = 'person' | 'org' | 'object' | 'any';

/**
 * What a token is worth in a name. `name` carries identity; the others say less (a particle
 * "al", a title "dr", a patronymic, a legal form "llc", a generic word "trading", an initial).
 */
export type TokenClass = 'name' | 'particle' | 'title' | 'patronymic' | 'legal' | 'generic' | 'initial' | 'number';

export interface MatchToken {
  /** Identity of the token's spellings: tokens with equal keys have equal renderings. */
  key: string;
  /**
   * The normalised token in its own script; a part of a token that stands for several words
   * is written with the word it stands for: "김정은[jong]".
   */
  form: string;
  /**
   * Spellings to compare, distinct: the Latin renderings, most standard first, then the
   * normalised form itself when it is not one of them (so Cyrillic meets Cyrillic even
   * where no rendering exists yet, and digits stay digits).
   */
  renderings: string[];
  cls: TokenClass;
}

const DIGITS = /^\p{N}+$/u;
/** An English ordinal ("48th") is a number too. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** A legal form's spelling: its class, marked so that no name token can spell it. */
const LEGAL_MARK = '§';
/** A rendering the skeleton can read: lower-case ASCII letters. */
const LATIN_WORD = /^[a-z]+$/;

/** Which way to read a schema's names: Person → person, Organization and its kinds → org… */
export function nameKindOf(schema: string): NameKind {
  if (isA(schema, 'Person')) return 'person';
  if (isA(schema, 'Organization')) return 'org';
  if (isA(schema, 'Vessel') || isA(schema, 'Airplane') || isA(schema, 'Asset')) return 'object';
  return 'any';
}

function tokenClass(form: string, kind: NameKind): TokenClass {
  if (DIGITS.test(form) || ORDINAL.test(form)) return 'number';
  if (isInitial(form)) return 'initial';
  if (kind === 'person') return personTokenWeightClass(form);
  if (kind === 'org') return orgTokenWeightClass(form);
  if (kind === 'any') {
    const org = orgTokenWeightClass(form);
    return org !== 'name' ? org : personTokenWeightClass(form);
  }
  return 'name';
}

function distinct(values: string[]): string[] {
  return values.length < 2 ? values : [...new Set(values)];
}

/**
 * One analysed token → the tokens the matcher compares. A rendering with spaces ("김정은" →
 * "kim jong un") stands for several words: the token is split by its most standard
 * rendering's words, and each other rendering with as many words gives each part a spelling.
 */
function splitRenderings(t: NameToken, kind: NameKind): MatchToken[] {
  const latin = t.latin;
  const first = latin.length > 0 ? latin[0].split(' ') : [];
  if (first.length < 2) {
    const renderings = distinct([...latin.map((l) => l.replaceAll(' ', '')), t.form]);
    return [{ key: t.form, form: t.form, renderings, cls: tokenClass(t.form, kind) }];
  }
  const parts: string[][] = first.map((w) => [w]);
  for (let i = 1; i < latin.length; i++) {
    const words = latin[i].split(' ');
    if (words.length === first.length) words.forEach((w, k) => parts[k].push(w));
  }
  return parts.map((renderings) => {
    const form = `${t.form}[${renderings[0]}]`;
    return { key: form, form, renderings: distinct(renderings), cls: tokenClass(renderings[0], kind) };
  });
}

/** Person names without the titles in front of them. */
function withoutPrefixes(tokens: readonly NameToken[]): readonly NameToken[] {
  const removed = removePersonPrefixes(tokens.map((t) => t.form)).removed.length;
  return removed === 0 ? tokens : tokens.slice(removed);
}

/**
 * Legal forms glued to a name ("jscargument") cut off as tokens of their own, and forms typed
 * misspelt, split or glued ("lim ited", "jonit stock companynanochip") written as the table does.
 */
function withLegalFormsRespelt(tokens: readonly NameToken[], dictionary: NameDictionary): readonly NameToken[] {
  const out: NameToken[] = [];
  for (const t of tokens) {
    const pieces = splitGluedLegalForm(t.form);
    if (pieces.length === 1) out.push(t);
    else for (const p of pieces) out.push(analyseToken(p, dictionary));
  }
  const forms = out.map((t) => t.form);
  const respelt = respellLegalForms(forms);
  return respelt === forms ? out : respelt.map((f) => analyseToken(f, dictionary));
}

/** Renderings a token carries at most. */
const MAX_RENDERINGS = 8;

/**
 * The person an organisation is named after ("имени А. М. Горького") spelled in the
 * nominative too (Gorky), second to the spelling as written.
 */
function withPatronsInNominative(tokens: readonly NameToken[], dictionary: NameDictionary): readonly NameToken[] {
  const nominatives = namedAfterNominatives(tokens.map((t) => t.form));
  if (nominatives.size === 0) return tokens;
  return tokens.map((t, i) => {
    const nominative = nominatives.get(i);
    if (nominative === undefined) return t;
    const latin = analyseToken(nominative, dictionary).latin;
    return { ...t, latin: distinct([...t.latin.slice(0, 1), ...latin.slice(0, 1), ...t.latin.slice(1), ...latin.slice(1)]).slice(0, MAX_RENDERINGS) };
  });
}

/** Tokens for matching, each legal form (one or several words) as one token spelled by its class. */
function orgTokens(tokens: readonly NameToken[], kind: NameKind): MatchToken[] {
  const spans = findLegalForms(tokens.map((t) => t.form));
  const out: MatchToken[] = [];
  let at = 0;
  for (const span of spans) {
    for (; at < span.start; at++) out.push(...splitRenderings(tokens[at], kind));
    const form = tokens.slice(span.start, span.end).map((t) => t.form).join(' ');
    out.push({ key: `${LEGAL_MARK}${span.cls} ${form}`, form, renderings: [LEGAL_MARK + span.cls], cls: 'legal' });
    at = span.end;
  }
  for (; at < tokens.length; at++) out.push(...splitRenderings(tokens[at], kind));
  return out;
}

/** A name as the tokens the matcher compares, read as a person's, an organisation's or an object's. */
export function structureName(raw: string, kind: NameKind, dictionary: NameDictionary = GENERATED_DICTIONARY): MatchToken[] {
  if (kind === 'org' || kind === 'any') {
    const tokens = analyseName(withoutRepeatedParts(raw), dictionary).tokens;
    return orgTokens(withPatronsInNominative(withLegalFormsRespelt(tokens, dictionary), dictionary), kind);
  }
  const tokens = analyseName(raw, dictionary).tokens;
  if (kind === 'person') return withoutPrefixes(tokens).flatMap((t) => splitRenderings(t, kind));
  return withoutVesselPrefix(tokens).flatMap((t) => splitRenderings(t, kind));
}

/** A vessel's (or other object's) name without a ship-type prefix in front ("M/V", "MT"). */
function withoutVesselPrefix(tokens: readonly NameToken[]): readonly NameToken[] {
  const kept = removeVesselPrefix(tokens.map((t) => t.form)).length;
  return kept === tokens.length ? tokens : tokens.slice(tokens.length - kept);
}

/** American Soundex of a Latin token (OFAC's phonetic key). */
export function soundex(latinToken: string): string {
  return namesSoundex(latinToken);
}

/** Consonant skeleton of a Latin rendering; "" for anything else (native script, digits). */
export function skeletonOf(rendering: string): string {
  return LATIN_WORD.test(rendering) ? consonantSkeleton(rendering) : '';
}

/**
 * How a token is written, as far as comparing its renderings goes. Arabic and Hebrew leave
 * short vowels unwritten (`abjad`), so a shared skeleton is most of what a transliteration can
 * show; Cyrillic, Greek, kana and the like write every vowel (`vowelled`), so two renderings
 * that share only the consonants are different names; a Han character or Hangul syllable, or
 * one part of a Chinese or Korean name ("吴兵[bing]", "경수[kyong]"), is a `syllable` whose
 * renderings spell it in every system, so it meets nothing a letter or a vowel away.
 */
export type Writing = 'latin' | 'abjad' | 'vowelled' | 'syllable';

const CJK_SYLLABLE = /^(?:[\p{Script=Han}\p{Script=Hangul}]|[\p{Script=Han}\p{Script=Hangul}]+\[[a-z ]+\])$/u;

/** The writing of a token as the matcher holds it (its form), judged by its first letter. */
export function writingOf(form: string): Writing {
  if (CJK_SYLLABLE.test(form)) return 'syllable';
  const script = charScript(String.fromCodePoint(form.codePointAt(0) ?? 0x20));
  if (script === null || script === 'Latin') return 'latin';
  return script === 'Arabic' || script === 'Hebrew' ? 'abjad' : 'vowelled';
}
