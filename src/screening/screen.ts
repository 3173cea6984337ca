/**
 * Screening one query: clean it as the model cleans list values, match it against an index,
 * keep the results the caller's filters allow, count the matches. The one path `ghirbal match`,
 * the yente-compatible routes and the native API take, so a query scores the same everywhere.
 */
import { getProperty, isMatchable, isSchema } from '../model/schema.js';
import { cleanValue } from '../model/types.js';
import type { MatchIndex } from '../match/index.js';
import { DEFAULT_LIMIT, match, QueryError, type MatchOptions } from '../match/query.js';
import type { MatchAlgorithm, MatchResult } from '../match/types.js';
import type { Scope } from './collections.js';
import type { ServingIndex, Snapshot } from './serving-index.js';

export { QueryError, DEFAULT_LIMIT };

/** A query as scored, and as the answer echoes it: unknown properties dropped, values cleaned by type. */
export interface CleanQuery {
  id?: string;
  schema: string;
  properties: Record<string, string[]>;
}

export interface ScreenOptions {
  algorithm: MatchAlgorithm;
  /** `match` is `score >= threshold`. */
  threshold: number;
  /** Results returned at most. */
  limit: number;
  /** Results scoring this or less are left out, unless they are matches. */
  cutoff?: number;
}

/** Which results a caller may see (a dataset scope, exclusions…). */
export type ResultFilter = (r: MatchResult) => boolean;

export interface Screened {
  query: CleanQuery;
  /** Best first, at most `limit`. */
  results: MatchResult[];
  /** Results that are matches; `exact` is false when there may be more beyond those scored. */
  matches: number;
  exact: boolean;
}

/** With a filter, this many candidates are scored, so that filtering leaves enough. */
const FILTERED_CANDIDATES = 200;

function asStrings(value: unknown): string[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap(asStrings);
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  return [];
}

/** Clean a query (`{id?, schema, properties}`); throws QueryError when its schema cannot be screened. */
export function cleanQuery(raw: { id?: unknown; schema?: unknown; properties?: unknown }): CleanQuery {
  const schema = raw.schema;
  if (typeof schema !== 'string' || !isSchema(schema)) throw new QueryError(`unknown schema: ${JSON.stringify(schema)}`);
  if (!isMatchable(schema)) throw new QueryError(`schema ${schema} cannot be matched (use Person, Organization, Company, LegalEntity, Vessel…)`);
  const properties: Record<string, string[]> = {};
  const given = raw.properties !== null && typeof raw.properties === 'object' ? (raw.properties as Record<string, unknown>) : {};
  for (const [prop, value] of Object.entries(given)) {
    const spec = getProperty(schema, prop);
    if (!spec) continue;
    const cleaned: string[] = [];
    for (const v of asStrings(value)) {
      const c = cleanValue(spec.type, v);
      if (c !== null && !cleaned.includes(c)) cleaned.push(c);
    }
    if (cleaned.length > 0) properties[prop] = cleaned;
  }
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  return id === undefined ? { schema, properties } : { id, schema, properties };
}

/** What to ask the matcher for: with a filter, more candidates and results, so that filtering leaves enough. */
function matchOptionsFor(opts: ScreenOptions, filtered: boolean): MatchOptions & { limit: number } {
  return {
    algorithm: opts.algorithm.name,
    threshold: opts.threshold,
    limit: filtered ? Math.max(FILTERED_CANDIDATES, opts.limit) : opts.limit,
    candidates: filtered ? FILTERED_CANDIDATES : undefined,
  };
}

/** The matcher's results (asked for with matchOptionsFor) as the caller sees them: filtered, cut off, counted. */
function screenedFrom(query: CleanQuery, scored: readonly MatchResult[], asked: MatchOptions & { limit: number }, opts: ScreenOptions, accept?: ResultFilter): Screened {
  let kept = accept ? scored.filter(accept) : scored;
  const cutoff = opts.cutoff;
  if (cutoff !== undefined) kept = kept.filter((r) => r.match || r.score > cutoff);
  const matches = kept.filter((r) => r.match).length;
  // Every result scored was a match and there were as many as asked for: more may follow.
  const exact = !(scored.length === asked.limit && scored.every((r) => r.match));
  return { query, results: kept.slice(0, opts.limit), matches, exact };
}

/** Screen one cleaned query against an index. */
export function screenQuery(index: MatchIndex, query: CleanQuery, opts: ScreenOptions, accept?: ResultFilter): Screened {
  const asked = matchOptionsFor(opts, accept !== undefined);
  return screenedFrom(query, match(index, query, asked), asked, opts, accept);
}

/** Screen one cleaned query on a server's snapshot: on a matcher thread when one holds its index (serving.match). */
export async function screenOn(serving: ServingIndex, snapshot: Snapshot, query: CleanQuery, opts: ScreenOptions, accept?: ResultFilter): Promise<Screened> {
  const asked = matchOptionsFor(opts, accept !== undefined);
  return screenedFrom(query, await serving.match(snapshot, query, asked), asked, opts, accept);
}

/** What a caller may narrow a screening to, beyond the scope in the path. */
export interface ResultFilters {
  includeDatasets?: readonly string[];
  excludeDatasets?: readonly string[];
  excludeSchemata?: readonly string[];
  /** Entity ids, or any referent of a merged entity. */
  excludeEntityIds?: readonly string[];
  /** At least one of these topics. */
  topics?: readonly string[];
  /** `YYYY-MM-DD[THH[:MM[:SS]]]`; entities whose last change is not known are kept. */
  changedSince?: string;
}

/** The filter a scope and the caller's narrowing make, or undefined when everything may be seen. */
export function resultFilter(snapshot: Snapshot, scope: Scope, f: ResultFilters): ResultFilter | undefined {
  const checks: ResultFilter[] = [];
  if (!scope.everything) {
    const inScope = new Set(scope.datasets);
    checks.push((r) => snapshot.catalog.heldBy(r.id).some((d) => inScope.has(d)));
  }
  if (f.includeDatasets?.length) {
    const include = new Set(f.includeDatasets);
    checks.push((r) => r.datasets.some((d) => include.has(d)));
  }
  if (f.excludeDatasets?.length) {
    const exclude = new Set(f.excludeDatasets);
    checks.push((r) => !r.datasets.some((d) => exclude.has(d)));
  }
  if (f.excludeSchemata?.length) {
    const exclude = new Set(f.excludeSchemata);
    checks.push((r) => !exclude.has(r.schema));
  }
  if (f.excludeEntityIds?.length) {
    const exclude = new Set(f.excludeEntityIds.map((id) => snapshot.catalog.canonicalId(id) ?? id));
    checks.push((r) => !exclude.has(r.id));
  }
  if (f.topics?.length) {
    const topics = new Set(f.topics);
    checks.push((r) => (snapshot.catalog.get(r.id)?.properties.topics ?? []).some((t) => topics.has(t)));
  }
  const since = f.changedSince;
  if (since) {
    checks.push((r) => {
      const changed = snapshot.catalog.get(r.id)?.last_change;
      return changed === undefined || changed >= since;
    });
  }
  if (checks.length === 0) return undefined;
  return (r) => checks.every((check) => check(r));
}

/** The dataset versions a screening in this scope was answered from (for the audit trail). */
export function screenedVersions(snapshot: Snapshot, scope: Scope, f: ResultFilters = {}): Record<string, number> {
  const exclude = new Set(f.excludeDatasets ?? []);
  const include = f.includeDatasets?.length ? new Set(f.includeDatasets) : null;
  const out: Record<string, number> = {};
  for (const d of scope.datasets) {
    if (exclude.has(d) || (include && !include.has(d))) continue;
    if (Object.hasOwn(snapshot.datasetVersions, d)) out[d] = snapshot.datasetVersions[d];
  }
  return out;
}
