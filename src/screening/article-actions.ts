/**
 * The sanctions actions an article reports, as facts where the sentence is plain enough: who
 * acts (the ministry, body or country named before the action), what (sanctions, export
 * restrictions), on how many of what ("275 persons and entities"), and where the targets are
 * ("in countries such as India, China…"). Read sentence by sentence from the tagged tokens
 * (src/names/text/context.ts); one action per count of targets.
 */
import { countryName } from '../model/countries.js';
import { COUNTRY_LIST_CUES, LIST_JOINERS, PREPOSITIONS, TARGET_WORDS, type ActionKind, type CountHedge, type TargetKind } from '../names/text/actions-data.js';
import { BODIES, ministryActor } from '../names/text/bodies-data.js';
import type { OrgReference, Tagged } from '../names/text/context.js';
import { PhraseTable } from '../names/text/phrases.js';
import type { TextToken } from '../names/text/tokens.js';
import type { ArticleMention } from './article-assemble.js';

export interface ActionActor {
  /** How the actor is reported: "Treasury", "Commerce", "EU", "United States". */
  name: string;
  country: string | null;
  /** The words that name it, and the mention that is it (when it is one). */
  text: string;
  mention: string | null;
}

export interface SanctionsAction {
  actor: ActionActor | null;
  action: ActionKind;
  targets: { count: number; hedge: CountHedge | null; kinds: TargetKind[] };
  /** Countries the targets are in, as ISO codes, in text order. */
  countries: string[];
  /** "in more than 12 countries": how many countries, when the text counts them. */
  countryCount: { count: number; hedge: CountHedge | null } | null;
  /** The sentence, by offsets into the original text. */
  text: string;
  start: number;
  end: number;
}

/** Something that may act: an organisation mention or a country, by token range. */
interface ActorSpan {
  start: number;
  end: number;
  actor: ActionActor;
}

const CUES = new PhraseTable<true>(COUNTRY_LIST_CUES.map((c) => [c, true] as const));
const JOINERS = new PhraseTable<true>(LIST_JOINERS.map((c) => [c, true] as const));
/** Target words looked up on their own: "شركة" is a target here and an organisation word elsewhere. */
const TARGETS = new PhraseTable<TargetKind>(Object.entries(TARGET_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind as TargetKind] as const)));
const PREPOSITION_WORDS = new PhraseTable<true>(PREPOSITIONS.map((p) => [p, true] as const));
/** Arabic prepositions written joined to the word: بـ, لـ. */
const JOINED_PREPOSITION = /^[وف]?[بل]/;
/** Words after a count that may still be about its countries. */
const COUNTRY_SCAN = 16;

interface Count {
  start: number;
  end: number;
  count: number;
  hedge: CountHedge | null;
  kinds: TargetKind[];
}

/** A number with the targets it counts: "نحو 400 شخص وشركة", "more than 12 countries". */
function countAt(tokens: readonly TextToken[], tags: readonly (Tagged | null)[], at: number): Count | null {
  const tag = tags[at]?.tag;
  if (tag?.cat !== 'number') return null;
  let count = tag.value;
  let j = at + 1;
  const mult = tags[j]?.tag;
  if (mult?.cat === 'multiplier') {
    count *= mult.factor;
    j = tags[j]!.end;
  }
  const kinds: TargetKind[] = [];
  while (j < tokens.length && tokens[j].gap !== 'stop') {
    const target = TARGETS.matchAt(tokens, j);
    if (target) {
      if (!kinds.includes(target.value)) kinds.push(target.value);
      j = target.end;
    } else if (kinds.length > 0 && JOINERS.matchAt(tokens, j)) j++;
    else break;
  }
  if (kinds.length === 0) return null;
  const before = at > 0 ? tags[at - 1]?.tag : undefined;
  return { start: at, end: j, count, hedge: before?.cat === 'hedge' ? before.hedge : null, kinds };
}

/** Countries listed after a count, skipping the words that introduce them; a count of countries too. */
function countriesAfter(tokens: readonly TextToken[], tags: readonly (Tagged | null)[], from: number, sentence: number): Pick<SanctionsAction, 'countries' | 'countryCount'> {
  const countries: string[] = [];
  let countryCount: SanctionsAction['countryCount'] = null;
  let listing = false;
  for (let j = from; j < tokens.length && j - from < COUNTRY_SCAN && tokens[j].sentence === sentence; ) {
    const tag = tags[j];
    if (tag?.tag.cat === 'country') {
      if (!countries.includes(tag.tag.code)) countries.push(tag.tag.code);
      listing = true;
      j = tag.end;
      continue;
    }
    const count = countAt(tokens, tags, j);
    if (count?.kinds.includes('countries')) {
      countryCount = { count: count.count, hedge: count.hedge };
      j = count.end;
      continue;
    }
    if (tag?.tag.cat === 'hedge') {
      j = tag.end;
      continue;
    }
    // Once the list has begun, only joiners continue it.
    const cue = listing ? JOINERS.matchAt(tokens, j) : (CUES.matchAt(tokens, j) ?? JOINERS.matchAt(tokens, j));
    if (!cue || tokens[j].gap === 'quote') break;
    j = cue.end;
  }
  return { countries, countryCount };
}

function nearestAction(tags: readonly (Tagged | null)[], tokens: readonly TextToken[], at: number): Tagged | null {
  const sentence = tokens[at].sentence;
  for (let i = at - 1; i >= 0 && tokens[i].sentence === sentence; i--) if (tags[i]?.tag.cat === 'action') return tags[i];
  for (let i = at + 1; i < tokens.length && tokens[i].sentence === sentence; i++) if (tags[i]?.tag.cat === 'action') return tags[i];
  return null;
}

/**
 * The actor named nearest before the action in its sentence (else the first after it). One
 * inside a quotation acts only in what the quotation says ("…لحرب الكرملين…" is not who restricts).
 */
function nearestActor(actors: readonly ActorSpan[], tokens: readonly TextToken[], at: number): ActionActor | null {
  const sentence = tokens[at].sentence;
  const quote = tokens[at].quote;
  let before: ActorSpan | null = null;
  let after: ActorSpan | null = null;
  for (const a of actors) {
    if (tokens[a.start].sentence !== sentence) continue;
    if (tokens[a.start].quote >= 0 && tokens[a.start].quote !== quote) continue;
    if (a.end <= at && (!before || a.start > before.start)) before = a;
    if (a.start > at && !after) after = a;
  }
  return (before ?? after)?.actor ?? null;
}

function sentenceBounds(text: string, tokens: readonly TextToken[], at: number): { start: number; end: number } {
  const sentence = tokens[at].sentence;
  let first = at;
  let last = at;
  while (first > 0 && tokens[first - 1].sentence === sentence) first--;
  while (last + 1 < tokens.length && tokens[last + 1].sentence === sentence) last++;
  let end = tokens[last].end;
  // Keep the full stop and a closing quotation mark.
  while (end < text.length && /[.!?؟"»”)]/.test(text[end])) end++;
  return { start: tokens[first].start, end };
}

/** Who acts in a sanctions action: an organisation's actor label, or a country named as subject. */
function actorSpans(tokens: readonly TextToken[], tags: readonly (Tagged | null)[], orgs: readonly OrgReference[], mentions: readonly ArticleMention[]): ActorSpan[] {
  const out: ActorSpan[] = [];
  const mentionAt = (start: number) => mentions.find((m) => m.occurrences.some((o) => o.start === start));
  for (const o of orgs) {
    const name = o.body ? (BODIES[o.body].actor ?? BODIES[o.body].name) : o.domain ? ministryActor(o.domain, o.country) : o.name;
    const start = tokens[o.start].start;
    out.push({ start: o.start, end: o.end, actor: { name, country: o.country, text: textOf(tokens, o.start, o.end), mention: mentionAt(start)?.id ?? null } });
  }
  for (let i = 0; i < tokens.length; ) {
    const tag = tags[i];
    if (tag?.tag.cat === 'country' && !tag.tag.adjective && !afterPreposition(tokens, tag) && !orgs.some((o) => o.start <= i && i < o.end)) {
      const code = tag.tag.code;
      out.push({ start: i, end: tag.end, actor: { name: countryName(code) ?? code.toUpperCase(), country: code, text: textOf(tokens, i, tag.end), mention: null } });
      i = tag.end;
    } else i++;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A country after a preposition is where something happens, not who acts. */
function afterPreposition(tokens: readonly TextToken[], tag: Tagged): boolean {
  if (tag.cut > 0 && JOINED_PREPOSITION.test(tokens[tag.start].key)) return true;
  return tag.start > 0 && PREPOSITION_WORDS.matchAt(tokens, tag.start - 1)?.end === tag.start;
}

function textOf(tokens: readonly TextToken[], start: number, end: number): string {
  return tokens.slice(start, end).map((t) => t.raw).join(' ');
}

/** The sanctions actions reported in the text: one per count of targets beside a sanctions word. */
export function findActions(
  text: string, tokens: readonly TextToken[], tags: readonly (Tagged | null)[], orgs: readonly OrgReference[], mentions: readonly ArticleMention[],
): SanctionsAction[] {
  const actors = actorSpans(tokens, tags, orgs, mentions);
  const out: SanctionsAction[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const count = countAt(tokens, tags, i);
    if (!count) continue;
    i = count.end - 1;
    if (count.kinds.every((k) => k === 'countries')) continue;
    const action = nearestAction(tags, tokens, count.start);
    if (!action || action.tag.cat !== 'action') continue;
    const { start, end } = sentenceBounds(text, tokens, count.start);
    out.push({
      actor: nearestActor(actors, tokens, action.start),
      action: action.tag.action,
      targets: { count: count.count, hedge: count.hedge, kinds: count.kinds.filter((k) => k !== 'countries') },
      ...countriesAfter(tokens, tags, count.end, tokens[count.start].sentence),
      text: text.slice(start, end), start, end,
    });
  }
  return out;
}
