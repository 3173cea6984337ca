/**
 * One hit as the search list shows it, from either source: a scored result of POST /match (with
 * its reason) or a text hit of GET /search (no score: the words matched, nothing was weighed).
 */
import type { EntityJson, MatchResponse, ScoredJson } from './api.ts';
import { reasonOf } from './explain.ts';
import { isLatin } from './scripts.ts';

export interface Hit {
  id: string;
  caption: string;
  schema: string;
  /** null for a text hit. */
  score: number | null;
  match: boolean;
  datasets: string[];
  programs: string[];
  /** The entity's names in scripts other than Latin. */
  otherScripts: string[];
  reason: string;
}

const NAME_PROPS = ['name', 'alias', 'previousName', 'weakAlias'];
/** Properties that hold a country, for the country filter over scored hits. */
const COUNTRY_PROPS = ['country', 'nationality', 'citizenship', 'birthCountry', 'jurisdiction', 'mainCountry', 'flag', 'pastFlags'];

function strings(e: EntityJson, prop: string): string[] {
  return (e.properties[prop] ?? []).filter((v): v is string => typeof v === 'string');
}

/** Names not written in Latin letters, once each. */
export function nonLatinNames(e: EntityJson): string[] {
  return [...new Set(NAME_PROPS.flatMap((p) => strings(e, p)).filter((n) => !isLatin(n)))];
}

function baseHit(e: EntityJson): Omit<Hit, 'score' | 'match' | 'reason'> {
  return {
    id: e.id, caption: e.caption, schema: e.schema, datasets: e.datasets,
    programs: [...new Set(strings(e, 'program'))], otherScripts: nonLatinNames(e),
  };
}

export function hitFromScored(r: ScoredJson): Hit {
  return { ...baseHit(r), score: r.score, match: r.match, reason: reasonOf(r.explanations ?? {}) };
}

export function hitFromText(e: EntityJson): Hit {
  return { ...baseHit(e), score: null, match: false, reason: 'the words typed appear in its names or identifiers (not scored)' };
}

/** Every query's results of one /match batch, best first, each entity once (only those naming `country`, when given). */
export function bestResults(response: MatchResponse, country = ''): ScoredJson[] {
  const best = new Map<string, ScoredJson>();
  for (const answer of Object.values(response.responses)) {
    for (const r of answer.results) {
      if (country && !namesCountry(r, country)) continue;
      const seen = best.get(r.id);
      if (!seen || r.score > seen.score) best.set(r.id, r);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

export function scoredHits(response: MatchResponse, country = ''): Hit[] {
  return bestResults(response, country).map(hitFromScored);
}

/** Scored hits first, then text hits the matcher did not return. */
export function mergeHits(scored: readonly Hit[], text: readonly Hit[]): Hit[] {
  const ids = new Set(scored.map((h) => h.id));
  return [...scored, ...text.filter((h) => !ids.has(h.id))];
}

/** Whether an entity names the country anywhere a country goes. */
export function namesCountry(e: EntityJson, country: string): boolean {
  return COUNTRY_PROPS.some((p) => strings(e, p).includes(country));
}
