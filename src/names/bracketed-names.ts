/**
 * An organisation's name with another name in brackets names it twice: the lists print
 * "JSC VOENTELECOM (VOYENTELEKOM)", "JSC Shipyard Zaliv (Zaliv Shipbuilding Yard)" and
 * "Акционерное Общество «Саратовский Радиоприборный Завод» (АО «СРЗ»)". Read apart, each half
 * is a name the organisation goes by: the evaluation's same-subject rule (eval/lists.ts)
 * keys organisations by each. (Not the matcher: there, a bracketed qualifier read as a name
 * of its own — "(Shanghai)", "(Huawei)" — met every other entry that carries it.)
 */
import { cleanCountry } from '../model/countries.js';
import { normalizeName, tokenize } from './normalize.js';
import { findLegalForms, withoutSpans } from './legal-forms.js';

/** One level of round or square brackets, closed. */
const BRACKETED = /\(([^()[\]]*)\)|\[([^()[\]]*)\]/g;
const ANY_BRACKET = /[()[\]]/;
/** Words that introduce an earlier or other name inside the brackets: "(formerly Alfa Ltd)". */
const INTRODUCERS: ReadonlySet<string> = new Set(['formerly', 'former', 'fka', 'aka', 'also', 'known', 'as', 'ex', 'previously', 'бывшее', 'бывш', 'ранее']);
const NOT_LETTERS = /[^\p{L}]/gu;
const SPACES = /\s+/;
const RUNS_OF_SPACE = /\s+/g;
/** A half with fewer letters than this ("(HK)", "(1)") is a qualifier, not a name. */
const MIN_LETTERS = 3;

/** The words of a half that say who is meant: not legal forms, not words that introduce a name. */
function nameWords(text: string): string[] {
  const tokens = tokenize(normalizeName(text));
  let start = 0;
  while (start < tokens.length && INTRODUCERS.has(tokens[start])) start++;
  return withoutSpans(tokens.slice(start), findLegalForms(tokens.slice(start)));
}

/** Is this half enough to name an organisation on its own: letters enough, and not a country ("(USA)", "(Россия)")? */
function namesOnItsOwn(text: string): boolean {
  const words = nameWords(text);
  const letters = words.reduce((n, w) => n + w.length, 0);
  return letters >= MIN_LETTERS && cleanCountry(words.join(' ')) === null;
}

/** Drop the words that introduced a name in brackets: "formerly Alfa Ltd" → "Alfa Ltd". */
function withoutIntroducers(text: string): string {
  const words = text.trim().split(SPACES);
  let start = 0;
  while (start < words.length && INTRODUCERS.has(words[start].toLowerCase().replace(NOT_LETTERS, ''))) start++;
  return words.slice(start).join(' ');
}

/**
 * The names a bracketed organisation name holds besides itself: the name outside the
 * brackets and each name inside them, when each names the organisation on its own; none
 * when the name has no brackets, or brackets that hold only a qualifier.
 */
export function bracketedAlternatives(raw: string): string[] {
  if (!ANY_BRACKET.test(raw)) return [];
  const inner: string[] = [];
  const outer = raw.replace(BRACKETED, (_, round: string | undefined, square: string | undefined) => {
    inner.push(withoutIntroducers(round ?? square ?? ''));
    return ' ';
  }).replace(RUNS_OF_SPACE, ' ').trim();
  if (inner.length === 0 || ANY_BRACKET.test(outer) || !namesOnItsOwn(outer)) return [];
  const named = inner.filter(namesOnItsOwn);
  return named.length === 0 ? [] : [outer, ...named];
}
