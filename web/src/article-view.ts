/**
 * The Article screen's data: the answer of POST /v1/article (mentions with offsets into the
 * text, verdicts, results, the sanctions actions the text reports), the text cut into plain,
 * furniture and mention pieces for highlighting, and the words a verdict and an action read as.
 */
import type { ScoredJson } from './api.ts';
import { countryName } from './labels.ts';

export type Verdict = 'listed' | 'possible' | 'not_listed';

interface Occurrence {
  start: number;
  end: number;
  text: string;
}

export interface ArticleMention {
  id: string;
  kind: 'person' | 'organization';
  text: string;
  start: number;
  end: number;
  occurrences: Occurrence[];
  latin: string;
  renderings: string[];
  role: string | null;
  roleText: string | null;
  country: string | null;
  gender: 'female' | 'male' | null;
  verdict: Verdict;
  results: ScoredJson[];
}

type CountHedge = 'about' | 'more_than' | 'up_to';

export interface SanctionsAction {
  actor: { name: string; country: string | null; text: string; mention: string | null } | null;
  action: 'sanctions' | 'export_restrictions' | string;
  targets: { count: number; hedge: CountHedge | null; kinds: string[] };
  countries: string[];
  countryCount: { count: number; hedge: CountHedge | null } | null;
  text: string;
  start: number;
  end: number;
}

export interface ArticleAnswer {
  language: string;
  script: string;
  direction: 'ltr' | 'rtl';
  length: number;
  furniture: { kind: string; start: number; end: number; text: string }[];
  mentions: ArticleMention[];
  actions: SanctionsAction[];
  screening: { algorithm: string; threshold: number; possible: number; limit: number };
}

/**
 * How each verdict shows: a word and a sign beside the colour, so that no one needs to tell
 * the colours apart. Listed first: the order the key and the counts read in.
 */
export const VERDICTS: readonly { verdict: Verdict; label: string; sign: string; badge: string }[] = [
  { verdict: 'listed', label: 'listed', sign: '▲', badge: 'match' },
  { verdict: 'possible', label: 'possible', sign: '◆', badge: 'possible' },
  { verdict: 'not_listed', label: 'not listed', sign: '○', badge: 'text' },
];

export function verdictLook(verdict: Verdict): (typeof VERDICTS)[number] {
  return VERDICTS.find((v) => v.verdict === verdict) ?? VERDICTS[2];
}

export type Piece =
  | { kind: 'plain'; start: number; text: string }
  | { kind: 'furniture'; start: number; text: string; label: string }
  | { kind: 'mention'; start: number; text: string; mention: ArticleMention };

const FURNITURE_LABELS: Readonly<Record<string, string>> = {
  byline: 'page byline, not screened', button: 'page button, not screened', agency: 'agency credit, not screened',
};

/**
 * The text cut into pieces: page furniture, each occurrence of each mention, and the plain text
 * between. Where two would overlap the earlier (then the longer) one is kept: a piece of text
 * is marked once.
 */
export function articlePieces(text: string, answer: Pick<ArticleAnswer, 'furniture' | 'mentions'>): Piece[] {
  const marks: (Piece & { end: number })[] = [
    ...answer.furniture.map((f) => ({ kind: 'furniture' as const, start: f.start, end: f.end, label: FURNITURE_LABELS[f.kind] ?? `${f.kind}, not screened` })),
    ...answer.mentions.flatMap((m) => m.occurrences.map((o) => ({ kind: 'mention' as const, start: o.start, end: o.end, mention: m }))),
  ]
    .filter((p) => p.start >= 0 && p.end <= text.length && p.start < p.end)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((p) => ({ ...p, text: text.slice(p.start, p.end) }));
  const out: Piece[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) out.push({ kind: 'plain', start: at, text: text.slice(at, mark.start) });
    const { end, ...piece } = mark;
    out.push(piece);
    at = end;
  }
  if (at < text.length) out.push({ kind: 'plain', start: at, text: text.slice(at) });
  return out;
}

/** "3 listed, 1 possible, 12 not listed". */
export function verdictCounts(mentions: readonly ArticleMention[]): string {
  return VERDICTS.map((v) => `${mentions.filter((m) => m.verdict === v.verdict).length} ${v.label}`).join(', ');
}

const HEDGES: Readonly<Record<CountHedge, string>> = { about: 'about ', more_than: 'more than ', up_to: 'up to ' };
const ACTIONS: Readonly<Record<string, string>> = { sanctions: 'sanctions', export_restrictions: 'export restrictions' };

function listOf(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * An action as one line: "United States: sanctions on about 400 persons and entities in more
 * than 12 countries (India, China…)".
 */
export function actionLine(a: SanctionsAction): string {
  const who = a.actor ? `${a.actor.name}${a.actor.country && a.actor.name !== countryName(a.actor.country) ? ` (${countryName(a.actor.country)})` : ''}` : 'Unnamed actor';
  const what = ACTIONS[a.action] ?? a.action.replace(/_/g, ' ');
  const targets = `${a.targets.hedge ? HEDGES[a.targets.hedge] : ''}${a.targets.count.toLocaleString('en')} ${listOf(a.targets.kinds)}`;
  const where = a.countryCount
    ? ` in ${a.countryCount.hedge ? HEDGES[a.countryCount.hedge] : ''}${a.countryCount.count} countries`
    : '';
  const named = a.countries.length > 0 ? `${where ? ' (' : ' in '}${listOf(a.countries.map(countryName))}${where ? ')' : ''}` : '';
  return `${who}: ${what} on ${targets}${where}${named}`;
}

/** A mention's role and country as read: "foreign minister, Russia". */
export function roleLine(m: Pick<ArticleMention, 'role' | 'country' | 'kind'>): string {
  const country = m.country ? countryName(m.country) : null;
  return [m.role, country].filter(Boolean).join(', ') || (m.kind === 'person' ? 'person' : 'organisation');
}

const TEXT_EXTENSIONS = /\.(txt|text|md)$/i;
const HTML_EXTENSIONS = /\.(html?|xhtml)$/i;

/** How a picked file is read: as text, as an HTML page (its words only), or not at all. */
export function fileKind(name: string, type: string): 'text' | 'html' | null {
  if (HTML_EXTENSIONS.test(name) || type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (TEXT_EXTENSIONS.test(name) || type === 'text/plain') return 'text';
  return null;
}
