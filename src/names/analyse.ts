/**
 * A name as the matcher sees it: normalised tokens, each with its script and Latin
 * renderings. Structure (name parts, legal forms, prefixes) is applied on top of this by
 * the functions in person-parts.ts and legal-forms.ts.
 */
import { normalizeName, tokenize } from './normalize.js';
import { tokenScript, type Script } from './script.js';
import { latinize } from './translit.js';
import { equivalentSpellings, GENERATED_DICTIONARY, type NameDictionary } from './equivalents.js';

/** Renderings a token may carry at most (the transliteration contract's limit). */
const MAX_RENDERINGS = 8;
/** Rule-made renderings that keep their place before the learnt spellings. */
const RULE_RENDERINGS_FIRST = 4;

/**
 * The rule-made renderings with the dictionary's spellings they lack, within the limit: the
 * most standard rule-made ones first, then the spellings the lists were seen to use (which
 * say more than a rule's rarer variants), then the other rule-made ones.
 */
function withEquivalents(latin: string[], learnt: readonly string[]): string[] {
  if (learnt.length === 0) return latin;
  const extra = learnt.filter((l) => !latin.includes(l));
  return [...latin.slice(0, RULE_RENDERINGS_FIRST), ...extra, ...latin.slice(RULE_RENDERINGS_FIRST)].slice(0, MAX_RENDERINGS);
}

export interface NameToken {
  /** The normalised token in its own script. */
  form: string;
  script: Script;
  /** Latin renderings, most standard first (rule-made, then learnt); [form] for a Latin token. */
  latin: string[];
}

export interface AnalysedName {
  raw: string;
  normalized: string;
  tokens: NameToken[];
}

/** A token with its script and renderings: rule-made, then those the dictionary learnt. */
export function analyseToken(form: string, dictionary: NameDictionary = GENERATED_DICTIONARY): NameToken {
  const script = tokenScript(form);
  return { form, script, latin: withEquivalents(latinize(form, script), equivalentSpellings(form, dictionary)) };
}

export function analyseName(raw: string, dictionary: NameDictionary = GENERATED_DICTIONARY): AnalysedName {
  const normalized = normalizeName(raw);
  return { raw, normalized, tokens: tokenize(normalized).map((t) => analyseToken(t, dictionary)) };
}
