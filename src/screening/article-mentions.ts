/**
 * Candidate mentions in an article: the name spans the text shows (role phrases, quotation
 * marks, capitals, patronymics — src/names/text/mention-patterns.ts), the runs of words the
 * lists' gazetteer joins into one list name, and later references to a person by one word
 * of their name ("Lavrov said", "لافروف", "Лаврова").
 */
import { arabicStems } from '../names/text/arabic-clitics.js';
import type { Tagged } from '../names/text/context.js';
import type { NameSpan } from '../names/text/mention-patterns.js';
import { russianNominative } from '../names/text/russian-cases.js';
import type { TextToken } from '../names/text/tokens.js';
import type { Gazetteer } from './article-gazetteer.js';

/** Words of one list name in a row, at most, read as one mention. */
const MAX_GAZETTEER_RUN = 5;
/** A one-word reference is to a word this long at least ("Un", "Li" say nothing alone). */
const MIN_REFERENCE_LENGTH = 3;
const CASED: ReadonlySet<string> = new Set(['Latin', 'Cyrillic', 'Greek']);

function covered(spans: readonly NameSpan[], i: number): boolean {
  return spans.some((s) => s.first <= i && i <= s.last);
}

function free(tokens: readonly TextToken[], tags: readonly (Tagged | null)[], spans: readonly NameSpan[], i: number): boolean {
  return i < tokens.length && tags[i] === null && !covered(spans, i) && tokens[i].form.length >= 2;
}

/** The forms a word may stand for: as written, and without an Arabic joined prefix. */
function readings(t: TextToken): { form: string; cut: number }[] {
  return [{ form: t.form, cut: 0 }, ...arabicStems(t.form).map((s) => ({ form: s.stem, cut: s.cut }))];
}

/**
 * Runs of neighbouring words, outside the spans already found, each pair of which meets in
 * one list name. Only in scripts without capitals: elsewhere capitalised runs are spans already.
 */
export function gazetteerSpans(
  tokens: readonly TextToken[], tags: readonly (Tagged | null)[], spans: readonly NameSpan[], gazetteer: Gazetteer,
): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (CASED.has(tokens[i].script) || !free(tokens, tags, spans, i)) continue;
    const next = tokens[i + 1];
    if ((next.gap !== 'space' && next.gap !== 'hyphen') || !free(tokens, tags, spans, i + 1)) continue;
    let first: { form: string; cut: number } | null = null;
    let use = null;
    for (const r of readings(tokens[i])) {
      use = gazetteer.together(r.form, next.form);
      if (use) {
        first = r;
        break;
      }
    }
    if (!first || !use) continue;
    let last = i + 1;
    while (last + 1 < tokens.length && last + 1 - i < MAX_GAZETTEER_RUN) {
      const t = tokens[last + 1];
      if ((t.gap !== 'space' && t.gap !== 'hyphen') || !free(tokens, tags, spans, last + 1)) break;
      if (!gazetteer.together(tokens[last].form, t.form)) break;
      last++;
    }
    out.push({ first: i, last, kind: use === 'person' ? 'person' : 'organization', evidence: ['gazetteer'], role: null, cut: first.cut });
    i = last;
  }
  return out;
}

/** Words of a loose span read as a name when no list name joins them: two, or three when the third is a name word. */
const LOOSE_NAME = 3;

/** The longest run of the span's words each neighbouring pair of which meets in one list name. */
function longestChain(words: readonly TextToken[], gazetteer: Gazetteer): [number, number] | null {
  let best: [number, number] | null = null;
  for (let i = 0; i + 1 < words.length; ) {
    let j = i;
    while (j + 1 < words.length && gazetteer.together(words[j].form, words[j + 1].form)) j++;
    if (j > i && (!best || j - i > best[1] - best[0])) best = [i, j];
    i = j > i ? j : i + 1;
  }
  return best;
}

/**
 * A span narrowed to its name. An unquoted Arabic span after a role is the run of words the
 * lists join into one name, else its first words from the first a list uses in persons'
 * names. A capitalised span loses the words in front that are no one's name ("Глава
 * Сбербанка Герман Греф" → Герман Греф, "Основатель Telegram Павел Дуров" → Павел Дуров).
 */
export function narrowSpan(span: NameSpan, tokens: readonly TextToken[], gazetteer: Gazetteer): NameSpan | null {
  const words = tokens.slice(span.first, span.last + 1);
  if (span.kind === 'organization') return span;
  if (!span.loose) {
    const restNamed = (i: number) => words.slice(i + 1).every((w) => gazetteer.personLike(w.form));
    let first = 0;
    while (words.length - first > 2 && (gazetteer.orgLike(words[first].form) || (!gazetteer.personLike(words[first].form) && restNamed(first)))) first++;
    return first === 0 ? span : { ...span, first: span.first + first };
  }
  const chain = longestChain(words, gazetteer);
  if (chain) return { ...span, first: span.first + chain[0], last: span.first + chain[1], evidence: [...span.evidence, 'gazetteer'] };
  const later = (i: number) => words.slice(i + 1).some((w) => gazetteer.personLike(w.form));
  let first = 0;
  while (first + 1 < words.length && !gazetteer.personLike(words[first].form) && later(first)) first++;
  let last = first;
  while (last + 1 < words.length && last + 1 - first < LOOSE_NAME && (last + 1 - first < 2 || gazetteer.personLike(words[last + 1].form))) last++;
  // One word after a role that no list uses in a name ("مسؤول السياسة") is not one.
  if (first === last && !gazetteer.personLike(words[first].form)) return null;
  return { ...span, first: span.first + first, last: span.first + last };
}

/** The forms a word may be a one-word reference by: as written, in the nominative, or without a joined prefix (`cut` characters). */
export function referenceKeys(t: TextToken): { key: string; cut: number }[] {
  const keys = [{ key: t.key, cut: 0 }];
  const nominative = t.script === 'Cyrillic' ? russianNominative(t.key) : null;
  if (nominative) keys.push({ key: nominative, cut: 0 });
  for (const s of arabicStems(t.key)) keys.push({ key: s.stem, cut: s.cut });
  return keys;
}

/** A word of the text that may refer back to a person by one word of their name. */
export function mayBeReference(t: TextToken, tag: Tagged | null): boolean {
  if (tag !== null || t.form.length < MIN_REFERENCE_LENGTH) return false;
  return !CASED.has(t.script) || t.capitalised;
}
