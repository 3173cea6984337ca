/**
 * One candidate mention screened as the matcher screens a query: its name as written (and,
 * for a Russian name, as guessed in the nominative), the schema the evidence points to, and
 * the role's country and gender as qualifiers — so a US official does not match a North
 * Korean listed person of a similar name. The verdict reads the best result: listed when it
 * is a match, possible when it comes close, not listed otherwise.
 */
import type { MatchIndex } from '../match/index.js';
import { match, type MatchQuery } from '../match/query.js';
import type { MatchResult } from '../match/types.js';
import { russianNominative } from '../names/text/russian-cases.js';
import type { TextToken } from '../names/text/tokens.js';
import type { Gazetteer, NameUse } from './article-gazetteer.js';

export type Verdict = 'listed' | 'possible' | 'not_listed';

export interface ScreenSettings {
  algorithm: string;
  threshold: number;
  /** Below the threshold, a best score from here up is a possible listing. */
  possible: number;
  limit: number;
}

export interface ScreenedName {
  query: { schema: string; properties: Record<string, string[]> };
  results: MatchResult[];
  verdict: Verdict;
}

export interface NameQuery {
  schema: 'Person' | 'Organization' | 'LegalEntity';
  /** The name as written, then other readings of it. */
  names: string[];
  country: string | null;
  gender: 'female' | 'male' | null;
}

export function verdictOf(results: readonly MatchResult[], possible: number): Verdict {
  const top = results[0];
  if (!top) return 'not_listed';
  if (top.match) return 'listed';
  return top.score >= possible ? 'possible' : 'not_listed';
}

/** Screens names, each distinct query once per article. */
export class NameScreener {
  private readonly done = new Map<string, ScreenedName>();

  constructor(private readonly index: MatchIndex, private readonly settings: ScreenSettings) {}

  screen(q: NameQuery): ScreenedName {
    const properties: Record<string, string[]> = { name: q.names };
    if (q.country) properties.country = [q.country];
    if (q.gender && q.schema === 'Person') properties.gender = [q.gender];
    const query: MatchQuery = { schema: q.schema, properties };
    const key = JSON.stringify(query);
    let screened = this.done.get(key);
    if (!screened) {
      const { algorithm, threshold, limit } = this.settings;
      const results = match(this.index, query, { algorithm, threshold, limit });
      screened = { query: { schema: q.schema, properties }, results, verdict: verdictOf(results, this.settings.possible) };
      this.done.set(key, screened);
    }
    return screened;
  }
}

/** A span's words as written, and as the nominative guessed when they are Russian and declined. */
export function nameReadings(text: string, tokens: readonly TextToken[]): string[] {
  const written = text.replace(/\s+/g, ' ').trim();
  if (!tokens.some((t) => t.script === 'Cyrillic')) return [written];
  let changed = false;
  const guessed = tokens.map((t) => {
    const n = t.script === 'Cyrillic' ? russianNominative(t.form) : null;
    if (n) changed = true;
    return n ?? t.form;
  });
  return changed ? [written, guessed.join(' ')] : [written];
}

/** What the list vocabulary says a span is: a person's name when its words are mostly used in persons' names. */
export function likelyUse(gazetteer: Gazetteer, tokens: readonly TextToken[]): NameUse | null {
  let person = 0;
  let other = 0;
  for (const t of tokens) {
    const u = gazetteer.use(t.form);
    person += u.person;
    other += u.other;
  }
  if (person === 0 && other === 0) return null;
  return person >= other ? 'person' : 'org';
}

function titleCase(word: string): string {
  return word.length === 0 ? word : word[0].toUpperCase() + word.slice(1);
}

/**
 * The words of the reading the best result was matched on: a declined Russian name in the
 * nominative when that reading matched better ("Блинкеном" → блинкен).
 */
export function readingWords(words: readonly TextToken[], screened: ScreenedName): readonly TextToken[] {
  const names = screened.query.properties.name;
  const matched = screened.results[0]?.explanations.name_match?.query;
  if (names.length < 2 || matched !== names[1]) return words;
  const forms = names[1].split(' ');
  return forms.length === words.length ? words.map((w, i) => ({ ...w, form: forms[i] })) : words;
}

/**
 * A recognisable Latin rendering of the span, word by word — a Latin word as written, any
 * other by the list spelling it reaches (Gazetteer.latin) — and the rule-made one beside it.
 */
export function latinOf(gazetteer: Gazetteer, words: readonly TextToken[], use: NameUse): { latin: string; renderings: string[] } {
  const spell = (t: TextToken, f: (form: string) => string) => (t.script === 'Latin' ? titleCase(t.form) : f(t.form).split(' ').map(titleCase).join(' '));
  const latin = words.map((t) => spell(t, (form) => gazetteer.latin(form, use))).join(' ');
  const ruleMade = words.map((t) => spell(t, (form) => gazetteer.renderings(form)[0] ?? form)).join(' ');
  return { latin, renderings: latin === ruleMade ? [latin] : [latin, ruleMade] };
}
