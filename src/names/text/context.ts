/**
 * What the words around names say. Each token is tagged from the phrase tables (roles,
 * portfolios, ministries, bodies, countries, sanctions words, common words); runs of role
 * words become role phrases ("وزير الدفاع الأميركي" → defence minister, us) and runs that name
 * a ministry or a body become organisation references ("وزارة الخزانة الأميركية" → US
 * Department of the Treasury). Names themselves are found next to these (mention-patterns.ts).
 */
import { COUNTRIES } from '../../model/country-names.js';
import { ACTION_WORDS, HEDGES, MULTIPLIERS, NUMBER_WORDS, TARGET_WORDS, type ActionKind, type CountHedge, type TargetKind } from './actions-data.js';
import { BODIES, BODY_WORDS, ministryName } from './bodies-data.js';
import { ADJECTIVES, CAPITALS, NAMES } from './country-words-data.js';
import { isStopword } from './language.js';
import { ORG_HEADS } from './org-heads-data.js';
import { PhraseTable } from './phrases.js';
import { DOMAIN_LABELS, ROLE_WORDS, type Domain, type RoleWord } from './roles-data.js';
import type { TextLanguage } from './stopwords-data.js';
import type { TextToken } from './tokens.js';

export type Tag =
  | RoleWord
  | { cat: 'body'; body: string }
  | { cat: 'country'; code: string; adjective: boolean }
  | { cat: 'orgHead' }
  | { cat: 'action'; action: ActionKind }
  | { cat: 'target'; target: TargetKind }
  | { cat: 'hedge'; hedge: CountHedge }
  | { cat: 'multiplier'; factor: number }
  | { cat: 'number'; value: number }
  | { cat: 'stop' };

/** A tag over tokens start..end-1; `cut` characters of the first token are a joined prefix. */
export interface Tagged {
  tag: Tag;
  start: number;
  end: number;
  cut: number;
}

function entries<T>(table: Readonly<Record<string, readonly string[]>>, make: (key: string) => T): [string, T][] {
  return Object.entries(table).flatMap(([key, words]) => words.map((w): [string, T] => [w, make(key)]));
}

function modelCountryWords(): [string, Tag][] {
  const out: [string, Tag][] = [];
  for (const [code, c] of Object.entries(COUNTRIES)) {
    for (const n of [...c.names, ...(c.native ?? [])]) out.push([n, { cat: 'country', code, adjective: false }]);
    for (const a of c.adjectives ?? []) out.push([a, { cat: 'country', code, adjective: true }]);
  }
  return out;
}

/** Every phrase table in one: the longest phrase at a token wins, whatever its kind. */
const TAGS = new PhraseTable<Tag>([
  ...ROLE_WORDS,
  ...BODY_WORDS.map(([w, body]): [string, Tag] => [w, { cat: 'body', body }]),
  ...entries<Tag>(ADJECTIVES, (code) => ({ cat: 'country', code, adjective: true })),
  ...entries<Tag>(NAMES, (code) => ({ cat: 'country', code, adjective: false })),
  ...entries<Tag>(CAPITALS, (code) => ({ cat: 'country', code, adjective: false })),
  ...modelCountryWords(),
  ...ORG_HEADS.map((w): [string, Tag] => [w, { cat: 'orgHead' }]),
  ...entries<Tag>(ACTION_WORDS, (action) => ({ cat: 'action', action: action as ActionKind })),
  ...entries<Tag>(TARGET_WORDS, (target) => ({ cat: 'target', target: target as TargetKind })),
  ...entries<Tag>(HEDGES, (hedge) => ({ cat: 'hedge', hedge: hedge as CountHedge })),
  ...Object.entries(MULTIPLIERS).map(([w, factor]): [string, Tag] => [w, { cat: 'multiplier', factor }]),
  ...Object.entries(NUMBER_WORDS).map(([w, value]): [string, Tag] => [w, { cat: 'number', value }]),
]);

const DIGITS = /^\p{Nd}+$/u;

/** The number a run of digits stands for, in any script's digits (Arabic-Indic too). */
function digitValue(form: string): number {
  let n = 0;
  for (const ch of form) {
    const d = Number.parseInt(ch.normalize('NFKD'), 10);
    n = n * 10 + (Number.isNaN(d) ? arabicIndicDigit(ch) : d);
  }
  return n;
}

function arabicIndicDigit(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x660 && cp <= 0x669) return cp - 0x660;
  if (cp >= 0x6f0 && cp <= 0x6f9) return cp - 0x6f0;
  return 0;
}

/** Per token, the tag covering it (the same object for every token of a phrase), or null. */
export function tagTokens(tokens: readonly TextToken[], language: TextLanguage | 'und'): (Tagged | null)[] {
  const out: (Tagged | null)[] = new Array(tokens.length).fill(null);
  for (let i = 0; i < tokens.length; ) {
    const m = TAGS.matchAt(tokens, i);
    if (m) {
      const tagged: Tagged = { tag: m.value, start: m.start, end: m.end, cut: m.cut };
      for (let k = m.start; k < m.end; k++) out[k] = tagged;
      i = m.end;
      continue;
    }
    const t = tokens[i];
    if (DIGITS.test(t.form)) out[i] = { tag: { cat: 'number', value: digitValue(t.form) }, start: i, end: i + 1, cut: 0 };
    else if (isStopword(t, language)) out[i] = { tag: { cat: 'stop' }, start: i, end: i + 1, cut: 0 };
    i++;
  }
  return out;
}

/** An organisation the text names through a ministry, a portfolio or a body. */
export interface OrgReference {
  /** Token range. */
  start: number;
  end: number;
  name: string;
  country: string | null;
  domain: Domain | null;
  body: string | null;
}

/** A run of role words: who the person next to it is. */
export interface RolePhrase {
  start: number;
  end: number;
  /** "defence minister", "deputy treasury minister", "spokesperson". */
  label: string;
  country: string | null;
  gender: 'female' | 'male' | null;
  /** The portfolio the role is in, when it names one ("treasury" for a deputy treasury minister). */
  domain: Domain | null;
  /** The organisation the role is held in, when the phrase names one ("spokesperson of the foreign ministry"). */
  org: OrgReference | null;
}

const ROLE_CATS: ReadonlySet<string> = new Set(['role', 'modifier', 'domain', 'ministry', 'body', 'country', 'connector']);
const CONJUNCTION = /^[وف]/;
/** Longest run of role words read as one phrase. */
const MAX_RUN = 10;

/** The runs of role words: maximal, unbroken by a sentence end, a comma or a quotation mark. */
function roleRuns(tokens: readonly TextToken[], tags: readonly (Tagged | null)[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; ) {
    const tag = tags[i]?.tag;
    if (!tag || !ROLE_CATS.has(tag.cat) || tag.cat === 'connector') {
      i++;
      continue;
    }
    let end = tags[i]!.end;
    while (end < tokens.length && end - i < MAX_RUN) {
      const next = tags[end];
      if (!next || !ROLE_CATS.has(next.tag.cat) || tokens[end].gap === 'stop' || tokens[end].gap === 'comma' || tokens[end].gap === 'quote') break;
      // "والبنتاغون", "ومجموعة السبع": a joined "and" starts another phrase.
      if (next.cut > 0 && CONJUNCTION.test(tokens[end].key)) break;
      end = next.end;
    }
    // Connectors join role words; at the end of a run they belong to what follows.
    while (end > i && tags[end - 1]?.tag.cat === 'connector') end--;
    runs.push([i, end]);
    i = Math.max(end, i + 1);
  }
  return runs;
}

interface RunParts {
  head: Extract<RoleWord, { cat: 'role' }> | null;
  modifiers: string[];
  domain: Domain | null;
  ministry: boolean;
  body: string | null;
  country: string | null;
  adjectiveCountry: string | null;
  capitalisedDomain: boolean;
  /** The words that name the organisation (its portfolio, ministry word, body and country), when the run has one. */
  orgStart: number;
  orgEnd: number;
}

function runParts(tokens: readonly TextToken[], tags: readonly (Tagged | null)[], start: number, end: number): RunParts {
  const parts: RunParts = {
    head: null, modifiers: [], domain: null, ministry: false, body: null, country: null, adjectiveCountry: null, capitalisedDomain: false,
    orgStart: -1, orgEnd: -1,
  };
  for (let i = start; i < end; i = tags[i]!.end) {
    const tag = tags[i]!.tag;
    if (tag.cat === 'domain' || tag.cat === 'ministry' || tag.cat === 'body') {
      if (parts.orgStart < 0) parts.orgStart = i > start && tags[i - 1]?.tag.cat === 'country' ? tags[i - 1]!.start : i;
      parts.orgEnd = tags[i]!.end;
    } else if (tag.cat === 'country' && parts.orgEnd === i) parts.orgEnd = tags[i]!.end;
    if (tag.cat === 'role' && !parts.head) parts.head = tag;
    else if (tag.cat === 'modifier' && !parts.head) parts.modifiers.push(tag.label);
    else if (tag.cat === 'domain' && !parts.domain) {
      parts.domain = tag.domain;
      parts.capitalisedDomain = tokens[i].capitalised;
    } else if (tag.cat === 'ministry') parts.ministry = true;
    else if (tag.cat === 'body' && !parts.body) parts.body = tag.body;
    else if (tag.cat === 'country') {
      parts.country ??= tag.code;
      if (tag.adjective) parts.adjectiveCountry ??= tag.code;
    }
  }
  return parts;
}

function orgOf(parts: RunParts, runStart: number, runEnd: number, country: string | null): OrgReference | null {
  const [start, end] = parts.orgStart >= 0 ? [parts.orgStart, parts.orgEnd] : [runStart, runEnd];
  if (parts.body) {
    const body = BODIES[parts.body];
    if (body.ministry && body.domain) return { start, end, name: ministryName(body.domain, country), country, domain: body.domain, body: null };
    return { start, end, name: body.name, country: body.country ?? country, domain: body.domain ?? null, body: parts.body };
  }
  if (!parts.domain) return null;
  return { start, end, name: ministryName(parts.domain, country), country, domain: parts.domain, body: null };
}

function roleLabel(parts: RunParts): string {
  const head = parts.head!;
  const domain = parts.domain && !head.domain && !head.takesOrg ? DOMAIN_LABELS[parts.domain] : null;
  return [...parts.modifiers, domain, head.label].filter(Boolean).join(' ');
}

/**
 * Role phrases and organisation references in tagged text. A run with a role is a role
 * phrase; the organisation inside it counts when the role is held for one (a spokesperson's
 * ministry). A run without a role names an organisation when it has a ministry word or a
 * body, or a portfolio with a country ("الخارجية الروسية") or written with a capital ("the Treasury").
 */
export function readContext(tokens: readonly TextToken[], tags: readonly (Tagged | null)[]): { roles: RolePhrase[]; orgs: OrgReference[] } {
  const roles: RolePhrase[] = [];
  const orgs: OrgReference[] = [];
  for (const [start, end] of roleRuns(tokens, tags)) {
    const parts = runParts(tokens, tags, start, end);
    const country = parts.adjectiveCountry ?? parts.country;
    if (parts.head) {
      const org = parts.head.takesOrg || parts.ministry || parts.body ? orgOf(parts, start, end, country) : null;
      const domain = parts.head.domain ?? parts.domain ?? org?.domain ?? null;
      roles.push({ start, end, label: roleLabel(parts), country: org?.country ?? country, gender: parts.head.gender ?? null, domain, org });
      if (org) orgs.push(org);
      continue;
    }
    const named = parts.ministry || parts.body || (parts.domain && (country || parts.capitalisedDomain));
    const org = named ? orgOf(parts, start, end, country) : null;
    if (org) orgs.push(org);
  }
  return { roles, orgs };
}
