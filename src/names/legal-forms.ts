/**
 * Company legal forms on normalised tokens: where they are in a name, which class of form
 * they are (so that ООО, OOO, LLC and GmbH compare as one thing and AG does not equal GmbH),
 * and how much each token of an organisation's name says about which organisation it is.
 * Lists write multi-word forms ("общество с ограниченной ответственностью", "S.A. de C.V."),
 * so forms are matched as token sequences, longest first. The tables are in
 * legal-forms-data.ts.
 */
import { normalizeName, tokenize } from './normalize.js';
import {
  LEGAL_FORMS, LEGAL_WORD_SPELLINGS, EDGE_ONLY_FORMS, GLUED_PREFIX_FORMS, GLUED_SUFFIX_FORMS,
  GLUED_CJK_PREFIX_FORMS, GLUED_CJK_SUFFIX_FORMS, GENERIC_ORG_WORDS, CONNECTOR_WORDS, type LegalFormClass,
} from './legal-forms-data.js';

export type { LegalFormClass };
export type OrgTokenClass = 'legal' | 'generic' | 'particle' | 'name';

export interface LegalFormSpan {
  /** Index of the first token of the form. */
  start: number;
  /** Index after its last token. */
  end: number;
  cls: LegalFormClass;
}

interface Form {
  tokens: readonly string[];
  cls: LegalFormClass;
  edgeOnly: boolean;
  /** Made of one- and two-letter Latin tokens only (SA, AG, RT, S A): letters of a name as often as a form. */
  short: boolean;
}

const DOTS = /\./g;
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;
/**
 * Latin letters that look like Cyrillic ones, in lower case. Russian names in the EU
 * journal mix them ("aкционерное", "общество c ограниченной", "oао").
 */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
/** The name left when a glued form is cut off must still look like a name. */
const MIN_GLUED_REST = 3;
const MIN_GLUED_CJK_REST = 2;
/** Forms of one- and two-letter tokens only (SA, AG, S A) are words inside a name. */
const MAX_AMBIGUOUS_TOKEN = 2;

/** Latin lookalikes inside a token that also has Cyrillic letters become Cyrillic. */
export function foldCyrillicLookalikes(token: string): string {
  if (!CYRILLIC.test(token) || !LATIN.test(token)) return token;
  return toCyrillicLookalikes(token);
}

function toCyrillicLookalikes(token: string): string {
  let out = '';
  for (const ch of token) out += CYRILLIC_LOOKALIKES[ch] ?? ch;
  return out;
}

/** A Latin token that could be typed with Cyrillic letters only ("c", "ao", "ooo"). */
function isAllLookalikes(token: string): boolean {
  for (const ch of token) if (CYRILLIC_LOOKALIKES[ch] === undefined) return false;
  return true;
}

function indexSpellings(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(LEGAL_WORD_SPELLINGS)) {
    for (const variant of variants) out.set(variant, canonical);
  }
  return out;
}

const SPELLINGS = indexSpellings();

/** The form of a token the legal-form table is keyed by. */
function legalKey(token: string): string {
  const folded = foldCyrillicLookalikes(token);
  return SPELLINGS.get(folded) ?? folded;
}

function keyTokens(raw: string): string[] {
  return tokenize(normalizeName(raw)).map(legalKey);
}

function isEdgeOnly(tokens: readonly string[], listed: ReadonlySet<string>): boolean {
  return listed.has(tokens.join(' ')) || tokens.every((t) => t.length <= MAX_AMBIGUOUS_TOKEN);
}

function indexForms(): Map<string, Form[]> {
  const listedEdgeOnly = new Set(EDGE_ONLY_FORMS.map((raw) => keyTokens(raw).join(' ')));
  const byFirst = new Map<string, Form[]>();
  const seen = new Set<string>();
  for (const [cls, raws] of Object.entries(LEGAL_FORMS) as [LegalFormClass, readonly string[]][]) {
    for (const raw of raws) {
      // Lists write "S.A." and "SA", "L.L.C." and "LLC": keep both readings of the dots.
      for (const variant of [raw, raw.replace(DOTS, '')]) {
        const tokens = keyTokens(variant);
        const joined = tokens.join(' ');
        if (tokens.length === 0 || seen.has(joined)) continue;
        seen.add(joined);
        const list = byFirst.get(tokens[0]) ?? [];
        list.push({ tokens, cls, edgeOnly: isEdgeOnly(tokens, listedEdgeOnly), short: tokens.every((t) => t.length <= MAX_AMBIGUOUS_TOKEN && LATIN.test(t)) });
        byFirst.set(tokens[0], list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

const FORMS_BY_FIRST = indexForms();

const LATIN_WORD = /^[a-z]+$/;

/** Every form written in Latin letters only, as its table tokens ("limited liability company"). */
export const LATIN_LEGAL_FORMS: readonly (readonly string[])[] = [...FORMS_BY_FIRST.values()]
  .flat()
  .map((f) => f.tokens)
  .filter((tokens) => tokens.every((t) => LATIN_WORD.test(t)));

function wordSets(): { forms: Set<string>; formWords: Set<string>; generic: Set<string>; connectors: Set<string> } {
  const forms = new Set<string>();
  const formWords = new Set<string>();
  for (const list of FORMS_BY_FIRST.values()) {
    for (const form of list) {
      if (form.tokens.length === 1) forms.add(form.tokens[0]);
      // Only the long words of a multi-word form are legal vocabulary; "s", "de", "z" are not.
      else for (const t of form.tokens) if (t.length > 3) formWords.add(t);
    }
  }
  const generic = new Set(GENERIC_ORG_WORDS.flatMap((raw) => tokenize(normalizeName(raw))));
  const connectors = new Set(CONNECTOR_WORDS.flatMap((raw) => tokenize(normalizeName(raw))));
  return { forms, formWords, generic, connectors };
}

const WORDS = wordSets();

/**
 * Keys of the tokens, sharing the input array when no token changes. In a name written in
 * Cyrillic, a token made only of Latin lookalikes is read as Cyrillic too: the EU journal
 * has "общество c ограниченной ответственностью" with a Latin "c".
 */
function legalKeys(tokens: readonly string[]): readonly string[] {
  const cyrillicName = tokens.some((t) => CYRILLIC.test(t));
  let keys: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const key = cyrillicName && isAllLookalikes(token) ? toCyrillicLookalikes(token) : legalKey(token);
    if (key === token) continue;
    keys ??= tokens.slice();
    keys[i] = key;
  }
  return keys ?? tokens;
}

function formAt(keys: readonly string[], at: number): Form | null {
  const candidates = FORMS_BY_FIRST.get(keys[at]);
  if (!candidates) return null;
  for (const form of candidates) {
    if (at + form.tokens.length > keys.length) continue;
    let same = true;
    for (let k = 1; k < form.tokens.length && same; k++) same = keys[at + k] === form.tokens[k];
    if (same) return form;
  }
  return null;
}

/**
 * Every legal form in a name, left to right, longest first. An ambiguous form (SPA, SAS,
 * GUP) counts only at either end of the name or next to another form, so that "OAO JSC
 * Chemcomposite" has two and "Banco de Sa Mineração" none; one of one- or two-letter Latin
 * tokens (SA, AG, RT) only at either end: "JSC RT-Techpriemka" is Rostec's, not a Hungarian Rt.
 * Glued forms ("JSCARGUMENT", "…有限公司") are found once the tokens went through
 * splitGluedLegalForm.
 */
export function findLegalForms(tokens: readonly string[]): LegalFormSpan[] {
  const keys = legalKeys(tokens);
  const found: LegalFormSpan[] = [];
  const accepted: boolean[] = [];
  const short: boolean[] = [];
  for (let i = 0; i < keys.length; ) {
    const form = formAt(keys, i);
    if (!form) {
      i++;
      continue;
    }
    found.push({ start: i, end: i + form.tokens.length, cls: form.cls });
    accepted.push(!form.edgeOnly);
    short.push(form.short);
    i += form.tokens.length;
  }
  for (let j = 0; j < found.length; j++) {
    accepted[j] ||= found[j].start === 0 || (!short[j] && j > 0 && accepted[j - 1] && found[j - 1].end === found[j].start);
  }
  for (let j = found.length - 1; j >= 0; j--) {
    accepted[j] ||= found[j].end === keys.length
      || (!short[j] && j + 1 < found.length && accepted[j + 1] && found[j + 1].start === found[j].end);
  }
  return found.filter((_, j) => accepted[j]);
}

/**
 * The name without its legal forms. A name that is nothing but legal forms ("Limited",
 * "SAS") keeps them: they are then the name.
 */
export function removeLegalForms(tokens: readonly string[]): readonly string[] {
  const spans = findLegalForms(tokens);
  if (spans.length === 0) return tokens;
  let covered = 0;
  for (const span of spans) covered += span.end - span.start;
  if (covered === tokens.length) return tokens;
  return withoutSpans(tokens, spans);
}

/** The tokens outside the spans (which are in order and do not overlap). */
export function withoutSpans(tokens: readonly string[], spans: readonly LegalFormSpan[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const span of spans) {
    for (; at < span.start; at++) out.push(tokens[at]);
    at = span.end;
  }
  for (; at < tokens.length; at++) out.push(tokens[at]);
  return out;
}

/**
 * The class of a name's legal form: the first specific class found, else "company" when
 * only a generic word for company is there (ООО «X» Company is an LLC), else null.
 */
export function legalFormClass(tokens: readonly string[]): LegalFormClass | null {
  let generic: LegalFormClass | null = null;
  for (const span of findLegalForms(tokens)) {
    if (span.cls !== 'company') return span.cls;
    generic = span.cls;
  }
  return generic;
}

function gluedPrefix(token: string, forms: readonly string[], minRest: number): string | null {
  for (const form of forms) if (token.length >= form.length + minRest && token.startsWith(form)) return form;
  return null;
}

function gluedSuffix(token: string, forms: readonly string[], minRest: number): string | null {
  for (const form of forms) if (token.length >= form.length + minRest && token.endsWith(form)) return form;
  return null;
}

/**
 * A short legal form glued to the name, cut off: "jscargument" → ["jsc", "argument"],
 * "samsungltd" → ["samsung", "ltd"], "中国航天科工集团有限公司" → ["中国航天科工集团", "有限公司"].
 * Only forms that begin or end no real word are cut (see GLUED_*_FORMS), and only when at
 * least three letters of name remain (two Han or Hangul characters). Otherwise [token].
 */
export function splitGluedLegalForm(token: string): string[] {
  const cjkPrefix = gluedPrefix(token, GLUED_CJK_PREFIX_FORMS, MIN_GLUED_CJK_REST);
  if (cjkPrefix) return [cjkPrefix, token.slice(cjkPrefix.length)];
  const cjkSuffix = gluedSuffix(token, GLUED_CJK_SUFFIX_FORMS, MIN_GLUED_CJK_REST);
  if (cjkSuffix) return [token.slice(0, -cjkSuffix.length), cjkSuffix];
  const prefix = gluedPrefix(token, GLUED_PREFIX_FORMS, MIN_GLUED_REST);
  const rest = prefix ? token.slice(prefix.length) : token;
  const suffix = gluedSuffix(rest, GLUED_SUFFIX_FORMS, MIN_GLUED_REST);
  const name = suffix ? rest.slice(0, -suffix.length) : rest;
  if (!prefix && !suffix) return [token];
  const out = prefix ? [prefix, name] : [name];
  if (suffix) out.push(suffix);
  return out;
}

/**
 * How much a token of an organisation's name says about which organisation it is: a legal
 * form (or a long word of one: "obshchestvo", "ответственностью") says nothing, a word that
 * joins the others ("of", "имени") next to nothing, a generic word ("bank", "trading",
 * "international", "завод") little, anything else is the name.
 */
export function orgTokenWeightClass(token: string): OrgTokenClass {
  const key = legalKey(token);
  if (WORDS.forms.has(key)) return 'legal';
  if (WORDS.connectors.has(token)) return 'particle';
  if (WORDS.generic.has(token)) return 'generic';
  if (WORDS.formWords.has(key)) return 'legal';
  return 'name';
}
