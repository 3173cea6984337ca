/**
 * Text search in a scope, as yente's `/search`: the words of `q` (all of them) in names,
 * identifiers and addresses, narrowed by schema, datasets, countries, topics and `field:value`
 * filters, counted by facets over every hit, sorted and paged.
 */
import type { Entity } from '../model/entity.js';
import { isA, isMatchable } from '../model/schema.js';
import type { Scope } from './collections.js';
import { FACETS } from './facets.js';
import type { Snapshot } from './serving-index.js';

/** A search the caller got wrong: the message says what to fix. */
export class SearchError extends Error {
  override name = 'SearchError';
}

export interface SearchRequest {
  q: string;
  /** Entities of this schema or one that extends it. */
  schema: string;
  /** Only schemata that can be screened (suggestions for reconciliation). */
  matchableOnly?: boolean;
  scope: Scope;
  /** Facet field → values; an entity must have one of the values of every field given. */
  filters?: Record<string, readonly string[]>;
  /** `field:value` filters; OR (any) or AND (all). */
  fieldFilters?: readonly string[];
  filterOp?: 'OR' | 'AND';
  includeDatasets?: readonly string[];
  excludeDatasets?: readonly string[];
  excludeSchemata?: readonly string[];
  changedSince?: string;
  target?: boolean;
  fuzzy?: boolean;
  /** The last word of q is a prefix. */
  prefix?: boolean;
  /** `field:asc|desc`; default: relevance, then caption. */
  sort?: readonly string[];
  facets?: readonly string[];
  limit: number;
  offset: number;
}

export interface FacetValue {
  name: string;
  label: string;
  count: number;
}

export interface SearchResult {
  total: number;
  results: Entity[];
  facets: Record<string, { label: string; values: FacetValue[] }>;
}

/** Facet values listed at most, most frequent first. */
const MAX_FACET_VALUES = 1000;
const SORT_FIELDS: Readonly<Record<string, (e: Entity) => string>> = {
  caption: (e) => e.caption ?? '',
  id: (e) => e.id,
  schema: (e) => e.schema,
  first_seen: (e) => e.first_seen ?? '',
  last_seen: (e) => e.last_seen ?? '',
  last_change: (e) => e.last_change ?? '',
};

function fieldValues(e: Entity, field: string): readonly string[] {
  if (field === 'id') return [e.id];
  if (field === 'target') return [String(Boolean(e.target))];
  if (field.startsWith('properties.')) return e.properties[field.slice('properties.'.length)] ?? [];
  const facet = FACETS[field];
  if (!facet) throw new SearchError(`Invalid filter field: ${field}`);
  return facet.values(e);
}

function parseFieldFilter(f: string): [string, string] {
  const at = f.indexOf(':');
  if (at <= 0) throw new SearchError(`Invalid filter: ${f} (expected field:value)`);
  return [f.slice(0, at), f.slice(at + 1)];
}

function schemaTest(schema: string, matchableOnly: boolean): (s: string) => boolean {
  // FollowTheMoney roots intervals (sanctions, documents, links) outside Thing; here they
  // extend it, so a search for things leaves them out as yente's does.
  const things = schema === 'Thing';
  const answers = new Map<string, boolean>();
  return (s) => {
    let ok = answers.get(s);
    if (ok === undefined) answers.set(s, (ok = isA(s, schema) && !(things && isA(s, 'Interval')) && (!matchableOnly || isMatchable(s))));
    return ok;
  };
}

/**
 * The first `k` items in order, without sorting them all: a broad search has tens of
 * thousands of hits and shows ten.
 */
export function firstInOrder<T>(items: readonly T[], k: number, cmp: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  // A deep page inserts too often into a long list: sorting everything is cheaper then.
  if (k > 1000 || items.length <= k * 4) return [...items].sort(cmp).slice(0, k);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && cmp(item, top[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(top[mid], item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Every condition of the request but the text, as one test. */
function entityTest(snapshot: Snapshot, req: SearchRequest): (e: Entity) => boolean {
  const tests: ((e: Entity) => boolean)[] = [];
  const schemaOk = schemaTest(req.schema, req.matchableOnly === true);
  tests.push((e) => schemaOk(e.schema));
  const inSet = (values: readonly string[] | undefined, wanted: ReadonlySet<string>) => (values ?? []).some((v) => wanted.has(v));
  if (!req.scope.everything) {
    const scope = new Set(req.scope.datasets);
    tests.push((e) => inSet(snapshot.catalog.heldBy(e.id), scope));
  }
  if (req.includeDatasets?.length) {
    const include = new Set(req.includeDatasets);
    tests.push((e) => inSet(e.datasets, include));
  }
  if (req.excludeDatasets?.length) {
    const exclude = new Set(req.excludeDatasets);
    tests.push((e) => !inSet(e.datasets, exclude));
  }
  if (req.excludeSchemata?.length) {
    const exclude = new Set(req.excludeSchemata);
    tests.push((e) => !exclude.has(e.schema));
  }
  for (const [field, values] of Object.entries(req.filters ?? {})) {
    if (values.length === 0) continue;
    const wanted = new Set(values);
    const facet = FACETS[field];
    tests.push((e) => facet.values(e).some((v) => wanted.has(v)));
  }
  const fieldFilters = (req.fieldFilters ?? []).map(parseFieldFilter);
  if (fieldFilters.length > 0) {
    const holds = (e: Entity, [field, value]: [string, string]) => fieldValues(e, field).includes(value);
    tests.push(req.filterOp === 'AND' ? (e) => fieldFilters.every((f) => holds(e, f)) : (e) => fieldFilters.some((f) => holds(e, f)));
  }
  if (req.target !== undefined) tests.push((e) => Boolean(e.target) === req.target);
  const since = req.changedSince;
  if (since) tests.push((e) => e.last_change === undefined || e.last_change >= since);
  return (e) => tests.every((t) => t(e));
}

function comparator(sort: readonly string[], scores: Map<number, number> | null): (a: [number, Entity], b: [number, Entity]) => number {
  const keys = sort.map((s) => {
    const [field, dir = 'asc'] = s.split(':');
    if (field !== '_score' && !SORT_FIELDS[field]) throw new SearchError(`Invalid sort field: ${field}`);
    if (dir !== 'asc' && dir !== 'desc') throw new SearchError(`Invalid sort direction: ${dir} (asc or desc)`);
    return { field, sign: dir === 'desc' ? -1 : 1 };
  });
  const score = (doc: number) => scores?.get(doc) ?? 0;
  // Code-point order: a locale's collation costs far more, over every hit of a broad search.
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (a, b) => {
    for (const { field, sign } of keys) {
      const d = field === '_score' ? score(a[0]) - score(b[0]) : text(SORT_FIELDS[field](a[1]), SORT_FIELDS[field](b[1]));
      if (d !== 0) return d * sign;
    }
    return score(b[0]) - score(a[0]) || text(a[1].caption ?? '', b[1].caption ?? '') || text(a[1].id, b[1].id);
  };
}

function countFacets(hits: readonly [number, Entity][], names: readonly string[]): SearchResult['facets'] {
  const out: SearchResult['facets'] = {};
  for (const name of names) {
    const facet = FACETS[name];
    if (!facet) throw new SearchError(`Invalid facet: ${name}`);
    const counts = new Map<string, number>();
    for (const [, e] of hits) for (const v of facet.values(e)) counts.set(v, (counts.get(v) ?? 0) + 1);
    const values = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_FACET_VALUES);
    out[name] = { label: facet.label, values: values.map(([v, count]) => ({ name: v, label: facet.valueLabel(v), count })) };
  }
  return out;
}

/** Requests without text whose facets are kept per snapshot, at most. */
const MAX_KEPT_FACETS = 64;
const keptFacets = new WeakMap<Snapshot, Map<string, SearchResult['facets']>>();

/**
 * Facets of a request without text, counted once per snapshot: a browsing page asks for the
 * whole collection's facets on every load, and counting them reads every record.
 */
function facetsWithoutText(snapshot: Snapshot, req: SearchRequest, hits: readonly [number, Entity][]): SearchResult['facets'] {
  let kept = keptFacets.get(snapshot);
  if (!kept) keptFacets.set(snapshot, (kept = new Map()));
  const key = JSON.stringify({ ...req, offset: 0, limit: 0, sort: [] });
  let facets = kept.get(key);
  if (!facets) {
    facets = countFacets(hits, req.facets ?? []);
    if (kept.size < MAX_KEPT_FACETS) kept.set(key, facets);
  }
  return facets;
}

export function searchEntities(snapshot: Snapshot, req: SearchRequest): SearchResult {
  const index = snapshot.search;
  const scores = index.find(req.q, { fuzzy: req.fuzzy, prefixLast: req.prefix });
  const test = entityTest(snapshot, req);
  const hits: [number, Entity][] = [];
  if (scores === null) index.docs.forEach((e, doc) => test(e) && hits.push([doc, e]));
  else for (const doc of scores.keys()) if (test(index.docs[doc])) hits.push([doc, index.docs[doc]]);
  const facets = scores === null && req.facets?.length ? facetsWithoutText(snapshot, req, hits) : countFacets(hits, req.facets ?? []);
  const shown = firstInOrder(hits, req.offset + req.limit, comparator(req.sort ?? [], scores)).slice(req.offset);
  return { total: hits.length, results: shown.map(([, e]) => e), facets };
}
