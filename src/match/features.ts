/**
 * Features: what a query and one candidate entity have in common or in conflict, measured
 * and described, with yente's names. Algorithms decide what each is worth.
 */
import { dateYears } from '../model/dates.js';
import { alignmentScore, explainAlignment, type Alignment } from './align.js';
import type { EntityRecord, MatchIndex } from './index.js';
import type { Explanation, PreparedQuery } from './types.js';

export interface NameFeature {
  score: number;
  query: string;
  candidate: string;
  /** Which tokens paired, when asked to explain. */
  alignment: Alignment | null;
}

/** `name_match` (names, aliases, previous names) and `weak_alias_match` (weak aliases), each null when there is nothing to compare. */
export interface NameFeatures {
  name: NameFeature | null;
  weakAlias: NameFeature | null;
}

interface Best {
  score: number;
  query: number;
  name: number;
}

function feature(index: MatchIndex, q: PreparedQuery, best: Best, explain: boolean): NameFeature | null {
  if (best.name < 0) return null;
  const qn = q.names[best.query];
  return { score: best.score, query: qn.raw, candidate: index.nameRaw[best.name], alignment: explain ? explainAlignment(index, qn, best.name) : null };
}

/**
 * The best alignment of any query name with the entity's names (names, aliases and previous
 * names for `name_match`, weak aliases for `weak_alias_match`), in one pass over its names.
 * Only names the query's keys reached are aligned when the query says which (the others
 * cannot align well). With `explain`, each winner is aligned again to say which tokens paired.
 */
export function nameFeatures(index: MatchIndex, q: PreparedQuery, rec: EntityRecord, explain: boolean): NameFeatures {
  const strong: Best = { score: -1, query: -1, name: -1 };
  const weak: Best = { score: -1, query: -1, name: -1 };
  for (const n of rec.names) {
    if (q.reachedNames && !q.reachedNames.has(n)) continue;
    const best = index.nameSource[n] === 'weakAlias' ? weak : strong;
    for (let qi = 0; qi < q.names.length; qi++) {
      const s = alignmentScore(index, q.names[qi], n);
      if (s > best.score) {
        best.score = s;
        best.query = qi;
        best.name = n;
      }
    }
  }
  return { name: feature(index, q, strong, explain), weakAlias: feature(index, q, weak, explain) };
}

/** Which tokens paired with which and how, and which were left over, in one line. */
export function describeAlignment(a: Alignment | null): string {
  if (!a) return '';
  const parts = a.pairs.map((p) => `${p.query.join('+')}~${p.candidate.join('+')} (${p.how} ${p.score.toFixed(2)}, w ${p.weight.toFixed(2)})`);
  if (a.extraQuery.length) parts.push(`query only: ${a.extraQuery.join(' ')}`);
  if (a.extraCandidate.length) parts.push(`list only: ${a.extraCandidate.join(' ')}`);
  return parts.join('; ');
}

/** An alignment as an explanation carries it (similarity and weight to two decimals, as the detail says them). */
export function alignmentJson(a: Alignment | null): Explanation['alignment'] {
  if (!a) return undefined;
  const two = (x: number) => Math.round(x * 100) / 100;
  return {
    pairs: a.pairs.map((p) => ({ query: p.query, candidate: p.candidate, how: p.how, similarity: two(p.score), weight: two(p.weight) })),
    query_only: a.extraQuery,
    list_only: a.extraCandidate,
  };
}

/** The first value both sides hold (identifiers are normalised alike), or null. */
export function sharedValue(query: readonly string[], candidate: readonly string[]): string | null {
  for (const v of query) if (candidate.includes(v)) return v;
  return null;
}

/** How two sets of birth dates relate, best pair first: same day, same month, same year, or not. */
export type DateRelation = 'day' | 'month' | 'year' | 'day_disjoint' | 'year_disjoint';

export interface DateFeature {
  relation: DateRelation;
  query: string;
  candidate: string;
}

const RANK: Readonly<Record<DateRelation, number>> = { day: 4, month: 3, year: 2, day_disjoint: 1, year_disjoint: 0 };
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DATE = /^\d{4}-\d{2}/;
/** Approximate (~) or both approximate and uncertain (%): a year either side is the same year. */
const APPROXIMATE = /[~%]/;

/** The years a date value may stand for, widened by one each side when it is approximate. */
function yearsOf(value: string): Set<number> {
  const years = dateYears(value);
  if (!APPROXIMATE.test(value)) return new Set(years);
  return new Set(years.flatMap((y) => [y - 1, y, y + 1]));
}

/** "1950-03-04" against "1950-04-03": lists swap day and month, so the swap still agrees. */
function swappedDay(a: string, b: string): boolean {
  return a.slice(0, 4) === b.slice(0, 4) && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7);
}

function relate(a: string, b: string): DateRelation {
  const ya = yearsOf(a);
  let overlap = false;
  for (const y of yearsOf(b)) if (ya.has(y)) overlap = true;
  if (!overlap) return 'year_disjoint';
  const exactA = FULL_DATE.test(a);
  const exactB = FULL_DATE.test(b);
  if (exactA && exactB) return a === b || swappedDay(a, b) ? 'day' : 'day_disjoint';
  if (MONTH_DATE.test(a) && MONTH_DATE.test(b)) return a.slice(0, 7) === b.slice(0, 7) ? 'month' : 'day_disjoint';
  return 'year';
}

/** `dob_match` / `dob_day_disjoint` / `dob_year_disjoint`: the best-agreeing pair of birth dates. */
export function birthDateRelation(query: readonly string[], candidate: readonly string[]): DateFeature | null {
  let best: DateFeature | null = null;
  for (const a of query) {
    for (const b of candidate) {
      const relation = relate(a, b);
      if (!best || RANK[relation] > RANK[best.relation]) best = { relation, query: a, candidate: b };
    }
  }
  return best;
}

/** Countries both sides name, or (when both name some and share none) the conflict. */
export function countryRelation(query: readonly string[], candidate: readonly string[]): { shared: string | null; query: string; candidate: string } | null {
  if (query.length === 0 || candidate.length === 0) return null;
  const shared = sharedValue(query, candidate);
  return { shared, query: query.join(', '), candidate: candidate.join(', ') };
}

/** `gender_mismatch`: both sides state a gender and no stated gender is on both. */
export function genderMismatch(query: readonly string[], candidate: readonly string[]): boolean {
  return query.length > 0 && candidate.length > 0 && sharedValue(query, candidate) === null;
}
