/**
 * Where the text itself shows a name, before any list is asked: the words right after (or
 * right before) a role phrase, words inside quotation marks, capitalised runs in Latin and
 * Cyrillic text, Russian patronymics, and the name after an organisation word ("شركة «…»").
 * Each span says which of these showed it; the screening decides what the unconfirmed ones are.
 */
import { isPatronymic } from '../person-parts.js';
import { PERSON_PARTICLES } from '../person-data.js';
import type { Tagged, RolePhrase } from './context.js';
import { russianNominative } from './russian-cases.js';
import type { TextToken, TokenizedText } from './tokens.js';

export type Evidence = 'role' | 'quotes' | 'capitals' | 'patronymic' | 'org_word' | 'gazetteer' | 'coreference' | 'table';

export interface NameSpan {
  /** Token indexes, last inclusive. */
  first: number;
  last: number;
  kind: 'person' | 'organization' | 'unknown';
  evidence: Evidence[];
  role: RolePhrase | null;
  /**
   * Unquoted Arabic after a role: nothing in the text says where the name ends, so the span
   * is the words it may be among, for the lists to narrow (article-mentions.ts).
   */
  loose?: boolean;
  /** Characters of the first word that are a joined prefix, not the name ("وكيم" → "كيم"). */
  cut?: number;
}

/** Words in a name at most: more is a phrase, not a name ("Tamim bin Hamad Al Thani" is five). */
const MAX_NAME_TOKENS = 6;
/** Unquoted Arabic has no capitals to end a name by: the words after a role it may be among. */
const MAX_ARABIC_WINDOW = 5;
/** Words after an organisation word ("تنظيم القاعدة") that may be its name. */
const MAX_ARABIC_ORG = 3;
const PARTICLES: ReadonlySet<string> = new Set(PERSON_PARTICLES);
const CASED: ReadonlySet<string> = new Set(['Latin', 'Cyrillic', 'Greek']);

/**
 * A word that may be part of a name: untagged, and capitalised where the script has capitals
 * (inside a name, a particle or the second half of a hyphenated word need not be: "Kim Yo-jong").
 */
function nameWord(t: TextToken, tag: Tagged | null, inside: boolean): boolean {
  if (tag) return false;
  if (!CASED.has(t.script)) return true;
  return t.capitalised || (inside && (PARTICLES.has(t.form) || t.gap === 'hyphen'));
}

/** Tokens from `at` forward that make a name: no punctuation between, name words only, none after a possessive. */
function nameRunFrom(tokens: readonly TextToken[], tags: readonly (Tagged | null)[], at: number, max: number): number {
  let last = at - 1;
  for (let i = at; i < tokens.length && i - at < max; i++) {
    const t = tokens[i];
    if (i > at && ((t.gap !== 'space' && t.gap !== 'hyphen') || tokens[i - 1].possessive)) break;
    if (!nameWord(t, tags[i], i > at)) break;
    last = i;
  }
  // A particle does not end a name ("Ursula von").
  while (last >= at && PARTICLES.has(tokens[last].form) && tokens[last].script !== 'Arabic') last--;
  return last;
}

/** Backward: the name that ends at `at`. */
function nameRunTo(tokens: readonly TextToken[], tags: readonly (Tagged | null)[], at: number, max: number): number {
  let first = at + 1;
  for (let i = at; i >= 0 && at - i < max; i--) {
    if (!nameWord(tokens[i], tags[i], i < at) || (i < at && tokens[i].possessive)) break;
    first = i;
    if (tokens[i].gap !== 'space' && tokens[i].gap !== 'hyphen') break;
  }
  while (first <= at && PARTICLES.has(tokens[first].form)) first++;
  return first;
}

function quotedSpan(text: TokenizedText, tags: readonly (Tagged | null)[], q: number): [number, number] | null {
  const { first, last } = text.quotes[q];
  if (last - first + 1 > MAX_NAME_TOKENS) return null;
  for (let i = first; i <= last; i++) if (tags[i]?.tag.cat === 'stop' || tags[i]?.tag.cat === 'number') return null;
  return [first, last];
}

function hasPatronymic(tokens: readonly TextToken[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (t.script !== 'Cyrillic' && t.script !== 'Latin') continue;
    if (isPatronymic(t.form) || (t.script === 'Cyrillic' && isPatronymic(russianNominative(t.form) ?? ''))) return true;
  }
  return false;
}

/**
 * Where the name after a role starts: right after it, or past the organisation the role is
 * held in when an organisation word and its name come between ("الأمين العام لحزب الله حسن نصر الله").
 */
function nameStartAfter(tokens: readonly TextToken[], tags: readonly (Tagged | null)[], at: number): number {
  const t = tokens[at];
  if (!t || tags[at]?.tag.cat !== 'orgHead' || CASED.has(t.script)) return at;
  const after = tags[at]!.end + 1;
  return after < tokens.length && (tokens[after].gap === 'space' || tokens[after].gap === 'quote') ? after : at;
}

function spanAfter(text: TokenizedText, tags: readonly (Tagged | null)[], roleEnd: number): [number, number, boolean] | null {
  const at = nameStartAfter(text.tokens, tags, roleEnd);
  const t = text.tokens[at];
  if (!t || t.gap === 'stop' || t.gap === 'comma') return null;
  if (t.quote >= 0 && text.quotes[t.quote].first === at) {
    const q = quotedSpan(text, tags, t.quote);
    // "основатель «Альфа-Групп» Михаил Фридман": the quotation is where the role is held; the name follows it.
    const next = text.tokens[text.quotes[t.quote].last + 1];
    if (next && CASED.has(next.script) && next.capitalised && next.gap === 'quote') {
      const from = text.quotes[t.quote].last + 1;
      const last = nameRunFrom(text.tokens, tags, from, MAX_NAME_TOKENS);
      if (last > from) return [from, last, false];
    }
    return q ? [q[0], q[1], true] : null;
  }
  const max = CASED.has(t.script) ? MAX_NAME_TOKENS : MAX_ARABIC_WINDOW;
  const last = nameRunFrom(text.tokens, tags, at, max);
  return last >= at ? [at, last, false] : null;
}

function spanBefore(text: TokenizedText, tags: readonly (Tagged | null)[], roleStart: number): [number, number, boolean] | null {
  const at = roleStart - 1;
  const t = text.tokens[at];
  if (!t || text.tokens[roleStart].gap === 'stop') return null;
  if (t.quote >= 0 && text.quotes[t.quote].last === at) {
    const q = quotedSpan(text, tags, t.quote);
    return q ? [q[0], q[1], true] : null;
  }
  // Unquoted, only where capitals show where the name begins ("Wally Adeyemo, the deputy…").
  if (!CASED.has(t.script)) return null;
  const first = nameRunTo(text.tokens, tags, at, MAX_NAME_TOKENS);
  return first <= at ? [first, at, false] : null;
}

/** The spans found so far, and which tokens they hold (spans never overlap). */
class Spans {
  readonly list: NameSpan[] = [];
  private readonly taken: Uint8Array;

  constructor(tokens: number) {
    this.taken = new Uint8Array(tokens);
  }

  free(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (this.taken[i]) return false;
    return true;
  }

  add(span: NameSpan): void {
    this.list.push(span);
    this.taken.fill(1, span.first, span.last + 1);
  }
}

/** Capitalised runs of two words or more, and after an organisation word, one or more. */
function capitalisedRuns(text: TokenizedText, tags: readonly (Tagged | null)[], out: Spans): void {
  const { tokens } = text;
  for (let i = 0; i < tokens.length; i++) {
    if (!CASED.has(tokens[i].script) || !tokens[i].capitalised || tags[i] || !out.free(i, i)) continue;
    const last = nameRunFrom(tokens, tags, i, MAX_NAME_TOKENS);
    const afterOrgWord = i > 0 && tags[i - 1]?.tag.cat === 'orgHead' && tokens[i].gap !== 'stop';
    if (last > i || (last === i && afterOrgWord)) {
      if (out.free(i, last)) {
        const patronymic = hasPatronymic(tokens, i, last);
        const kind = afterOrgWord ? 'organization' : patronymic ? 'person' : 'unknown';
        const evidence: NameSpan['evidence'] = afterOrgWord ? ['capitals', 'org_word'] : patronymic ? ['capitals', 'patronymic'] : ['capitals'];
        out.add({ first: i, last, kind, evidence, role: null });
      }
      i = Math.max(i, last);
    }
  }
}

/**
 * In scripts without capitals, an organisation word with the words right after it — the word
 * is often part of the name (حزب الله, تنظيم القاعدة) — loose, for the lists to confirm.
 */
function orgWordRuns(text: TokenizedText, tags: readonly (Tagged | null)[], out: Spans): void {
  const { tokens } = text;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tag = tags[i];
    if (tag?.tag.cat !== 'orgHead' || tag.start !== i || CASED.has(tokens[i].script)) continue;
    const at = tag.end;
    if (at >= tokens.length || tokens[at].gap !== 'space' || !out.free(i, at)) continue;
    const last = nameRunFrom(tokens, tags, at, MAX_ARABIC_ORG);
    if (last >= at && out.free(i, last)) out.add({ first: i, last, kind: 'organization', evidence: ['org_word'], role: null, loose: true, cut: tag.cut });
  }
}

/**
 * Name spans the text shows by itself, without overlaps, in text order: after and before
 * role phrases, after organisation words, quotations (unconfirmed), capitalised runs.
 */
export function patternSpans(text: TokenizedText, tags: readonly (Tagged | null)[], roles: readonly RolePhrase[]): NameSpan[] {
  const { tokens } = text;
  const out = new Spans(tokens.length);
  for (const role of roles) {
    const after = spanAfter(text, tags, role.end);
    const before = after ? null : spanBefore(text, tags, role.start);
    const span = after ?? before;
    if (!span || !out.free(span[0], span[1])) continue;
    const evidence: NameSpan['evidence'] = span[2] ? ['role', 'quotes'] : ['role'];
    if (hasPatronymic(tokens, span[0], span[1])) evidence.push('patronymic');
    const loose = !span[2] && !CASED.has(tokens[span[0]].script);
    out.add({ first: span[0], last: span[1], kind: 'person', evidence, role, ...(loose ? { loose } : {}) });
    // The quotation the name came after is where the role is held ("основатель «Альфа-Групп»").
    const q = tokens[role.end]?.quote ?? -1;
    if (q >= 0 && text.quotes[q].first === role.end && text.quotes[q].last + 1 === span[0] && out.free(text.quotes[q].first, text.quotes[q].last)) {
      out.add({ first: text.quotes[q].first, last: text.quotes[q].last, kind: 'organization', evidence: ['quotes'], role: null });
    }
  }
  for (let q = 0; q < text.quotes.length; q++) {
    const span = quotedSpan(text, tags, q);
    if (!span || !out.free(span[0], span[1])) continue;
    const before = span[0] > 0 ? tags[span[0] - 1] : null;
    const org = before?.tag.cat === 'orgHead';
    const evidence: NameSpan['evidence'] = org ? ['quotes', 'org_word'] : ['quotes'];
    if (!org && tags.slice(span[0], span[1] + 1).some((t) => t !== null)) continue;
    out.add({ first: span[0], last: span[1], kind: org ? 'organization' : 'unknown', evidence, role: null });
  }
  capitalisedRuns(text, tags, out);
  orgWordRuns(text, tags, out);
  return out.list.sort((a, b) => a.first - b.first);
}
