/**
 * Candidate spans and organisation references → the article's mentions: each screened,
 * those with nothing to show for them dropped, and the ones that are one actor joined —
 * the same name written again, two spellings the lists resolve to one entry, a role
 * followed by the surname alone ("الرئيس بوتين"), and later references by the surname.
 */
import type { MatchResult } from '../match/types.js';
import { countryName } from '../model/countries.js';
import { isA } from '../model/schema.js';
import { writtenCut } from '../names/text/arabic-clitics.js';
import type { OrgReference, RolePhrase, Tagged } from '../names/text/context.js';
import type { Evidence, NameSpan } from '../names/text/mention-patterns.js';
import { russianNominative } from '../names/text/russian-cases.js';
import { NOT_SURNAMES } from '../names/text/stopwords-data.js';
import { phraseKey, type TextToken } from '../names/text/tokens.js';
import { normalizeName } from '../names/normalize.js';
import type { Gazetteer } from './article-gazetteer.js';
import { mayBeReference, referenceKeys } from './article-mentions.js';
import { latinOf, likelyUse, nameReadings, readingWords, type NameQuery, type NameScreener, type ScreenedName, type Verdict } from './article-screen.js';

export interface MentionOccurrence {
  start: number;
  end: number;
  text: string;
}

export interface ArticleMention {
  /** "m1", "m2"… in order of first occurrence. */
  id: string;
  kind: 'person' | 'organization';
  /** The first occurrence: its text and offsets into the original text. */
  text: string;
  start: number;
  end: number;
  /** Every place the text names this actor, the first included. */
  occurrences: MentionOccurrence[];
  /** A Latin rendering a reader recognises, and the rule-made one when it differs. */
  latin: string;
  renderings: string[];
  /** The role as the text states it ("defence minister"), and the words that state it. */
  role: string | null;
  roleText: string | null;
  /** ISO code of the country the role is held for (or the organisation belongs to). */
  country: string | null;
  gender: 'female' | 'male' | null;
  /** What showed the mention: a role, quotation marks, capitals, a patronymic, the lists' gazetteer… */
  evidence: Evidence[];
  /** The query screened, as /match takes it. */
  query: ScreenedName['query'];
  verdict: Verdict;
  /** Best first, in the /match result shape. */
  results: MatchResult[];
}

export interface AssembleInput {
  text: string;
  tokens: readonly TextToken[];
  tags: readonly (Tagged | null)[];
  spans: readonly NameSpan[];
  orgs: readonly OrgReference[];
  gazetteer: Gazetteer;
  screener: NameScreener;
}

interface Draft extends Omit<ArticleMention, 'id'> {
  key: string;
  words: readonly TextToken[];
}

const STRONG: ReadonlySet<Evidence> = new Set(['role', 'patronymic', 'org_word', 'table']);
/** A name is not read by a surname shorter than this ("Li", "Un"). */
const MIN_SURNAME = 3;

function roleText(tokens: readonly TextToken[], text: string, role: RolePhrase | null): string | null {
  return role ? text.slice(tokens[role.start].start, tokens[role.end - 1].end) : null;
}

/** The span's words, the first without the joined prefix the span leaves out ("وكيم" → "كيم"). */
function spanWords(tokens: readonly TextToken[], span: NameSpan): TextToken[] {
  const words = tokens.slice(span.first, span.last + 1);
  const cut = span.cut ?? 0;
  if (cut > 0) {
    const t = words[0];
    const written = writtenCut(t.raw, cut);
    words[0] = { ...t, start: t.start + written, raw: t.raw.slice(written), form: t.form.slice(cut), key: t.key.slice(cut) };
  }
  return words;
}

function schemaOf(span: NameSpan, words: readonly TextToken[], gazetteer: Gazetteer): NameQuery['schema'] {
  if (span.kind === 'person' || span.evidence.includes('patronymic')) return 'Person';
  if (span.kind === 'organization') return 'Organization';
  return likelyUse(gazetteer, words) === 'person' ? 'Person' : 'LegalEntity';
}

function kindOf(schema: string, screened: ScreenedName, words: readonly TextToken[], gazetteer: Gazetteer): 'person' | 'organization' {
  if (schema === 'Person') return 'person';
  if (schema === 'Organization') return 'organization';
  const top = screened.results[0];
  if (top && screened.verdict !== 'not_listed') return isA(top.schema, 'Person') ? 'person' : 'organization';
  return likelyUse(gazetteer, words) === 'person' ? 'person' : 'organization';
}

/**
 * Whether a span is worth asking the matcher about. A quoted phrase with nothing else to
 * show for it ("آلة الحرب", "war machine") is, when it is one capitalised word or when two of
 * its words meet in one list name.
 */
function worthScreening(span: NameSpan, words: readonly TextToken[], gazetteer: Gazetteer): boolean {
  if (span.evidence.some((e) => e !== 'quotes')) return true;
  if (words.length === 1) return words[0].capitalised;
  for (let i = 0; i + 1 < words.length; i++) if (gazetteer.together(words[i].form, words[i + 1].form)) return true;
  return false;
}

/** Whether the screening bears out a span the text alone does not make a name. */
function borneOut(span: NameSpan, words: readonly TextToken[], verdict: Verdict, gazetteer: Gazetteer): boolean {
  // The words after an organisation word, unquoted, are its name only if the lists know it.
  if (span.loose && span.kind === 'organization') return verdict !== 'not_listed';
  if (span.evidence.some((e) => STRONG.has(e))) return true;
  // Words that merely meet in a list name, unmarked by the text, must be that name.
  if (span.evidence.every((e) => e === 'gazetteer')) return verdict === 'listed';
  if (verdict !== 'not_listed') return true;
  return span.evidence.includes('capitals') && words.length >= 2 && likelyUse(gazetteer, words) === 'person';
}

function spanKey(kind: string, words: readonly TextToken[]): string {
  return `${kind}:${words.map((w) => w.key).join(' ')}`;
}

function spanDraft(input: AssembleInput, span: NameSpan, words: readonly TextToken[]): Draft | null {
  const { text, tokens, gazetteer } = input;
  if (!worthScreening(span, words, gazetteer)) return null;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const written = text.slice(start, end);
  const schema = schemaOf(span, words, gazetteer);
  const role = span.role;
  // An organisation word may be part of the name (حزب الله) or not (تنظيم القاعدة): both are read.
  const names = span.loose && span.kind === 'organization' && words.length > 1
    ? [text.slice(words[1].start, end), written]
    : nameReadings(written, words);
  const screened = input.screener.screen({ schema, names, country: role?.country ?? null, gender: role?.gender ?? null });
  if (!borneOut(span, words, screened.verdict, gazetteer)) return null;
  const kind = kindOf(schema, screened, words, gazetteer);
  const { latin, renderings } = latinOf(gazetteer, readingWords(words, screened), kind === 'person' ? 'person' : 'org');
  return {
    key: spanKey(kind, words), words, kind,
    text: written, start, end, occurrences: [{ start, end, text: written }], latin, renderings,
    role: role?.label ?? null, roleText: roleText(tokens, text, role), country: role?.country ?? null, gender: role?.gender ?? null,
    evidence: [...span.evidence], query: screened.query, verdict: screened.verdict, results: screened.results,
  };
}

function orgDraft(input: AssembleInput, o: OrgReference): Draft {
  const { text, tokens } = input;
  const start = tokens[o.start].start;
  const end = tokens[o.end - 1].end;
  const written = text.slice(start, end);
  const screened = input.screener.screen({ schema: 'Organization', names: [o.name], country: o.country, gender: null });
  // A body's name says where it is; a ministry's does not ("Ministry of Foreign Affairs").
  const place = o.country && !o.body && !o.name.startsWith('US ') ? countryName(o.country) : undefined;
  const latin = place ? `${o.name} (${place})` : o.name;
  return {
    key: `organization:${o.name}|${o.country ?? ''}`, words: tokens.slice(o.start, o.end), kind: 'organization',
    text: written, start, end, occurrences: [{ start, end, text: written }], latin, renderings: [latin],
    role: null, roleText: null, country: o.country, gender: null, evidence: ['table'],
    query: screened.query, verdict: screened.verdict, results: screened.results,
  };
}

/** Fold `from` into `into`: its occurrences, and what it says that `into` does not. */
function merge(into: Draft, from: Draft): void {
  into.occurrences.push(...from.occurrences);
  for (const e of from.evidence) if (!into.evidence.includes(e)) into.evidence.push(e);
  if (!into.role && from.role) {
    into.role = from.role;
    into.roleText = from.roleText;
  }
  into.country ??= from.country;
  into.gender ??= from.gender;
}

function sameActor(a: Draft, b: Draft): boolean {
  if (a.key === b.key) return true;
  if (a.kind !== 'person' || b.kind !== 'person' || a.verdict === 'not_listed' || b.verdict === 'not_listed') return false;
  return a.results[0]?.id === b.results[0]?.id;
}

const NOT_SURNAME_KEYS: ReadonlySet<string> = new Set(NOT_SURNAMES.map((w) => phraseKey(normalizeName(w))));

function surnameKeys(d: Draft): string[] {
  const last = d.words[d.words.length - 1];
  if (d.words.length < 2 || last.key.length < MIN_SURNAME || NOT_SURNAME_KEYS.has(last.key)) return [];
  const nominative = last.script === 'Cyrillic' ? russianNominative(last.key) : null;
  return nominative ? [last.key, nominative] : [last.key];
}

/** Surname → the one person of that surname (a surname two persons share refers to neither). */
function surnames(drafts: readonly Draft[]): Map<string, Draft | null> {
  const out = new Map<string, Draft | null>();
  for (const d of drafts) {
    if (d.kind !== 'person') continue;
    for (const k of surnameKeys(d)) out.set(k, out.has(k) && out.get(k) !== d ? null : d);
  }
  return out;
}

function joinActors(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  // Longer names first, so that a one-word mention joins the full name.
  for (const d of [...drafts].sort((a, b) => b.words.length - a.words.length || a.start - b.start)) {
    const same = out.find((o) => sameActor(o, d));
    if (same) merge(same, d);
    else out.push(d);
  }
  const bySurname = surnames(out);
  return out.filter((d) => {
    if (d.kind !== 'person' || d.words.length !== 1) return true;
    const full = referenceKeys(d.words[0]).map((k) => bySurname.get(k.key)).find((x) => x);
    if (!full) return true;
    merge(full, { ...d, evidence: [...d.evidence, 'coreference'] });
    return false;
  });
}

/** Words elsewhere in the text that refer back to a person by surname. */
function addReferences(input: AssembleInput, drafts: readonly Draft[]): void {
  const bySurname = surnames(drafts);
  if (bySurname.size === 0) return;
  const covered = new Uint8Array(input.text.length);
  for (const d of drafts) for (const o of d.occurrences) covered.fill(1, o.start, o.end);
  input.tokens.forEach((t, i) => {
    if (!mayBeReference(t, input.tags[i]) || covered[t.start] || covered[t.end - 1]) return;
    for (const { key, cut } of referenceKeys(t)) {
      const d = bySurname.get(key);
      if (!d) continue;
      const written = writtenCut(t.raw, cut);
      d.occurrences.push({ start: t.start + written, end: t.end, text: t.raw.slice(written) });
      if (!d.evidence.includes('coreference')) d.evidence.push('coreference');
      return;
    }
  });
}

/** Spans whose name is already a mention: another occurrence of it, not screened again. */
function repeatOf(drafts: readonly Draft[], words: readonly TextToken[]): Draft | undefined {
  const keys = words.map((w) => w.key).join(' ');
  return drafts.find((d) => d.key.endsWith(`:${keys}`));
}

/** The article's mentions, screened and joined by actor, in order of first occurrence. */
export function assembleMentions(input: AssembleInput): ArticleMention[] {
  const drafts: Draft[] = [];
  // What the text marks as a name first, so that a quoted repeat of it is an occurrence.
  const strongFirst = [...input.spans].sort((a, b) => Number(b.evidence.some((e) => STRONG.has(e))) - Number(a.evidence.some((e) => STRONG.has(e))) || a.first - b.first);
  for (const span of strongFirst) {
    const words = spanWords(input.tokens, span);
    const repeat = repeatOf(drafts, words);
    if (repeat) {
      const start = words[0].start;
      const end = words[words.length - 1].end;
      merge(repeat, {
        ...repeat, occurrences: [{ start, end, text: input.text.slice(start, end) }], evidence: [...span.evidence],
        role: span.role?.label ?? null, roleText: roleText(input.tokens, input.text, span.role), country: span.role?.country ?? null,
        gender: span.role?.gender ?? null,
      });
      continue;
    }
    const d = spanDraft(input, span, words);
    if (d) drafts.push(d);
  }
  for (const o of input.orgs) drafts.push(orgDraft(input, o));
  const actors = joinActors(drafts);
  addReferences(input, actors);
  for (const d of actors) d.occurrences.sort((a, b) => a.start - b.start);
  return actors
    .map((d) => ({ ...d, text: d.occurrences[0].text, start: d.occurrences[0].start, end: d.occurrences[0].end }))
    .sort((a, b) => a.start - b.start)
    .map(({ key: _key, words: _words, ...m }, i) => ({ id: `m${i + 1}`, ...m }));
}
