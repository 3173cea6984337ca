/**
 * A name as the matcher sees it: normalised tokens, each with its script and Latin
 * renderings. Structure (name parts, legal forms, prefixes) is applied on top of this by
 * the functions in person-parts.ts and legal-forms.ts.
 */
import { normalizeName, tokenize } from './normalize.js';
import { tokenScript, type Script } from './script.js';
import { latinize } from './translit.js';
import { equivalentSpellings } from './equivalents.js';

/** Renderings a token may carry at most (the transliteration contract's limit). */
const MAX_RENDERINGS = 8;

/** The rule-made renderings, then the dictionary's spellings they lack, within the limit. */
function withEquivalents(latin: string[], learnt: readonly string[]): string[] {
  if (learnt.length === 0) return latin;
  const out = [...latin];
  for (const l of learnt) if (out.length < MAX_RENDERINGS && !out.includes(l)) out.push(l);
  return out;
}

export interface NameToken {
  /** The normalised token in its own script. */
  form: string;
  script: Script;
  /** Latin renderings, most standard first; [form] for a Latin token. */
  latin: string[];
}

export interface AnalysedName {
  raw: string;
  normalized: string;
  tokens: NameToken[];
}

export function analyseToken(form: string): NameToken {
  const script = tokenScript(form);
  return { form, script, latin: withEquivalents(latinize(form, script), equivalentSpellings(form)) };
}

export function analyseName(raw: string): AnalysedName {
  const normalized = normalizeName(raw);
  return { raw, normalized, tokens: tokenize(normalized).map(analyseToken) };
}
