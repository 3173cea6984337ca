/**
 * Article screening: the persons and organisations a news text names — Arabic first, English,
 * Russian — found and screened against the lists, with the sanctions actions the text
 * reports. Page furniture is blanked first (offsets stay those of the original text); names
 * are found by combining what the text shows (roles, quotation marks, capitals,
 * patronymics: src/names/text) with what the lists hold (a gazetteer over the index's
 * vocabulary); each mention is screened as a query with the role's country as a qualifier,
 * and gets a verdict: listed, possible, not listed. `screenArticle` is the one path the CLI
 * and the API take.
 */
import type { MatchIndex } from '../match/index.js';
import { DEFAULT_ALGORITHM, findAlgorithm } from '../match/algorithms/index.js';
import { ministryName } from '../names/text/bodies-data.js';
import { readContext, tagTokens, type OrgReference, type RolePhrase } from '../names/text/context.js';
import { blankFurniture, findFurniture, type Furniture } from '../names/text/furniture.js';
import { detectLanguage, type TextLanguageInfo } from '../names/text/language.js';
import { patternSpans } from '../names/text/mention-patterns.js';
import { tokenizeText } from '../names/text/tokens.js';
import { findActions, type SanctionsAction } from './article-actions.js';
import { Gazetteer } from './article-gazetteer.js';
import { gazetteerSpans, narrowSpan } from './article-mentions.js';
import { assembleMentions, type ArticleMention } from './article-assemble.js';
import { NameScreener, type ScreenSettings } from './article-screen.js';

export type { ArticleMention } from './article-assemble.js';
export type { SanctionsAction } from './article-actions.js';
export type { Verdict } from './article-screen.js';

export interface ArticleOptions {
  /** Score from which a result is a match, and the mention listed (default: the algorithm's). */
  threshold?: number;
  /** Best score from which a mention that is not listed is a possible listing (default 0.6). */
  possible?: number;
  /** Results kept per mention (default 5). */
  limit?: number;
  algorithm?: string;
}

export interface ArticleScreening extends TextLanguageInfo {
  /** Characters in the text (UTF-16 units, as every offset here counts them). */
  length: number;
  furniture: Furniture[];
  mentions: ArticleMention[];
  actions: SanctionsAction[];
  screening: ScreenSettings;
}

/** An article that cannot be screened as given: the message says why. */
export class ArticleError extends Error {
  override name = 'ArticleError';
}

/** Longest article screened: a long feature is ~60,000 characters; a book is refused. */
export const MAX_ARTICLE_CHARS = 200_000;
export const DEFAULT_POSSIBLE = 0.6;
export const DEFAULT_ARTICLE_LIMIT = 5;
const MAX_LIMIT = 50;

function settingsOf(o: ArticleOptions): ScreenSettings {
  const algorithm = findAlgorithm(o.algorithm ?? DEFAULT_ALGORITHM);
  if (!algorithm) throw new ArticleError(`unknown algorithm: ${o.algorithm}`);
  const threshold = o.threshold ?? algorithm.defaultThreshold;
  const possible = o.possible ?? Math.min(DEFAULT_POSSIBLE, threshold);
  const limit = o.limit ?? DEFAULT_ARTICLE_LIMIT;
  for (const [name, v] of [['threshold', threshold], ['possible', possible]] as const) {
    if (!Number.isFinite(v) || v < 0 || v > 1) throw new ArticleError(`${name} must be a number from 0 to 1, got ${v}`);
  }
  if (possible > threshold) throw new ArticleError(`possible (${possible}) must not be above threshold (${threshold})`);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new ArticleError(`limit must be a whole number from 1 to ${MAX_LIMIT}, got ${limit}`);
  return { algorithm: algorithm.name, threshold, possible, limit };
}

/**
 * Organisations named by ministry or portfolio alone take the country of the organisation
 * named before them ("وزارة التجارة" after "وزارة الخزانة الأميركية" is the US one).
 */
function withContextCountries(orgs: readonly OrgReference[]): OrgReference[] {
  let last: string | null = null;
  return orgs.map((o) => {
    if (o.country) {
      if (o.domain || o.body) last = o.country;
      return o;
    }
    if (!o.domain || !last || o.body) return o;
    return { ...o, country: last, name: ministryName(o.domain, last) };
  });
}

/**
 * A role in a portfolio with no country stated takes the country of the ministry of that
 * portfolio named before it ("نائب وزير الخزانة" after "وزارة الخزانة الأميركية").
 */
function rolesWithContextCountries(roles: readonly RolePhrase[], orgs: readonly OrgReference[]): RolePhrase[] {
  return roles.map((r) => {
    if (r.country || !r.domain) return r;
    const before = orgs.filter((o) => o.end <= r.start && o.domain === r.domain && o.country);
    const country = before.length > 0 ? before[before.length - 1].country : null;
    return country ? { ...r, country } : r;
  });
}

/** Screen a news text: its mentions, their verdicts, and the sanctions actions it reports. */
export function screenArticle(index: MatchIndex, text: string, options: ArticleOptions = {}): ArticleScreening {
  if (typeof text !== 'string') throw new ArticleError('the article must be text');
  if (text.length > MAX_ARTICLE_CHARS) throw new ArticleError(`the article has ${text.length} characters; at most ${MAX_ARTICLE_CHARS} are screened at once`);
  const settings = settingsOf(options);
  const furniture = findFurniture(text);
  const clean = blankFurniture(text, furniture);
  const tokenized = tokenizeText(clean);
  const language = detectLanguage(clean, tokenized.tokens);
  const tags = tagTokens(tokenized.tokens, language.language);
  const context = readContext(tokenized.tokens, tags);
  const orgs = withContextCountries(context.orgs);
  const gazetteer = Gazetteer.of(index);
  const roles = rolesWithContextCountries(context.roles, orgs);
  const spans = patternSpans(tokenized, tags, roles).flatMap((s) => narrowSpan(s, tokenized.tokens, gazetteer) ?? []);
  const found = [...spans, ...gazetteerSpans(tokenized.tokens, tags, spans, gazetteer)].sort((a, b) => a.first - b.first);
  const mentions = assembleMentions({ text, tokens: tokenized.tokens, tags, spans: found, orgs, gazetteer, screener: new NameScreener(index, settings) });
  const actions = findActions(text, tokenized.tokens, tags, orgs, mentions);
  return { ...language, length: text.length, furniture, mentions, actions, screening: settings };
}
