/**
 * Candidate generation: the entities worth scoring for a query, found through the tokens
 * the query's keys reached — never by scanning the list. Each list name collects, per query
 * unit, its best-matching token (similarity, the unit's weight and the token's rarity), and
 * from these an estimate of the alignment score: the same weighted mean with the same
 * penalties for query weight left unmatched and list-name weight left over, only without
 * the one-to-one constraint. An entity ranks by its best name; identifier hits come first.
 */
import { EXTRA_CANDIDATE_WEIGHT, EXTRA_QUERY_WEIGHT } from './align.js';
import type { MatchIndex } from './index.js';
import type { TokenClass } from './name-structure.js';
import type { QueryName, QueryUnit } from './query-name.js';

/** How many entities the full scorer sees at most. */
export const DEFAULT_CANDIDATE_CAP = 50;
/**
 * Tokens that say little about who is meant reach thousands of names ("al", "llc", "dr", "j"):
 * they take part in scoring, not in finding candidates (unless the name has nothing else).
 */
const NOT_SEARCHED: ReadonlySet<TokenClass> = new Set(['legal', 'title', 'particle', 'initial']);
/**
 * A unit whose tokens reach more list names than this (a common given name) is left out of
 * candidate search when the name has a rarer unit: the rare parts find the candidates, and
 * the common part still counts in scoring.
 */
const COMMON_UNIT_NAMES = 1000;
/**
 * Tokens met less well than this take part in scoring but do not bring candidates, unless
 * the query token met nothing better (a lone misspelt or loosely transliterated word).
 */
const MIN_SEARCH_SCORE = 0.8;
/**
 * List names a query gathers at most. A query of common words only ("& Ltd.", "Mohammad
 * Nikolaevich") reaches a good part of a large index; past this many names, its later (more
 * common) words only add to names already gathered. Bounds the work of any one query.
 */
const MAX_TOUCHED_NAMES = 20_000;
/** Stamps restart past this, far below overflow. */
const MAX_STAMP = 1 << 30;

/**
 * Working memory sized to the index, reused by every query on it so that a query allocates
 * nothing per list name. It carries nothing from one call to the next: every call takes new
 * stamps, and a slot counts only when its stamp is the current one.
 */
class Scratch {
  /** Per list name: Σ similarity × pair weight, Σ pair weight, Σ query weight met, Σ list weight met. */
  readonly num: Float64Array;
  readonly den: Float64Array;
  readonly metQuery: Float64Array;
  readonly metList: Float64Array;
  /** The current unit's best contribution to each of them (replaced when a better token turns up). */
  readonly unitNum: Float64Array;
  readonly unitDen: Float64Array;
  readonly unitList: Float64Array;
  readonly nameStamp: Int32Array;
  readonly unitStamp: Int32Array;
  readonly touched: Int32Array;
  readonly entityBest: Float64Array;
  readonly entityStamp: Int32Array;
  readonly entities: Int32Array;
  stamp = 0;

  constructor(names: number, entities: number) {
    this.num = new Float64Array(names);
    this.den = new Float64Array(names);
    this.metQuery = new Float64Array(names);
    this.metList = new Float64Array(names);
    this.unitNum = new Float64Array(names);
    this.unitDen = new Float64Array(names);
    this.unitList = new Float64Array(names);
    this.nameStamp = new Int32Array(names);
    this.unitStamp = new Int32Array(names);
    this.touched = new Int32Array(names);
    this.entityBest = new Float64Array(entities);
    this.entityStamp = new Int32Array(entities);
    this.entities = new Int32Array(entities);
  }

  /** Called before a query: stamps restart (all slots stale) long before they could overflow. */
  begin(): void {
    if (this.stamp < MAX_STAMP) return;
    this.nameStamp.fill(0);
    this.unitStamp.fill(0);
    this.entityStamp.fill(0);
    this.stamp = 0;
  }

  next(): number {
    return ++this.stamp;
  }
}

const scratches = new WeakMap<MatchIndex, Scratch>();

function scratchFor(index: MatchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) scratches.set(index, (s = new Scratch(index.nameCount, index.entities.length)));
  return s;
}

export interface Candidates {
  /** Entity indexes, best first. */
  entities: number[];
  /**
   * Their names that the query's keys reached: only these can align well, so only these are
   * scored (every name of a pinned entity counts as reached).
   */
  reached: Set<number>;
}

/**
 * Adds one query unit (worth `unitWeight` of the query) to each list name its tokens reach,
 * keeping per name only the unit's best token; returns the new count of touched names.
 */
function addUnit(index: MatchIndex, unit: QueryUnit, unitWeight: number, s: Scratch, nameStamp: number, touched: number): number {
  const unitStamp = s.next();
  const least = searchFloor(unit);
  for (const t of unit.reached) {
    const score = unit.sims.get(t)!.score;
    if (score < least) continue;
    const listWeight = index.tokenWeight[t];
    const pairWeight = (unitWeight + listWeight) / 2;
    const num = score * pairWeight;
    const names = index.postingNames;
    for (let k = index.postingStart[t], end = index.postingStart[t + 1]; k < end; k++) {
      const n = names[k];
      if (s.nameStamp[n] !== nameStamp) {
        if (touched >= MAX_TOUCHED_NAMES) continue;
        s.nameStamp[n] = nameStamp;
        s.num[n] = s.den[n] = s.metQuery[n] = s.metList[n] = 0;
        s.touched[touched++] = n;
      }
      if (s.unitStamp[n] !== unitStamp) {
        s.unitStamp[n] = unitStamp;
        s.metQuery[n] += unitWeight;
      } else if (num > s.unitNum[n]) {
        s.num[n] -= s.unitNum[n];
        s.den[n] -= s.unitDen[n];
        s.metList[n] -= s.unitList[n];
      } else continue;
      s.unitNum[n] = num;
      s.unitDen[n] = pairWeight;
      s.unitList[n] = listWeight;
      s.num[n] += num;
      s.den[n] += pairWeight;
      s.metList[n] += listWeight;
    }
  }
  return touched;
}

/** The least similarity at which a unit's reached tokens bring candidates (see MIN_SEARCH_SCORE). */
function searchFloor(unit: QueryUnit): number {
  for (const t of unit.reached) if (unit.sims.get(t)!.score >= MIN_SEARCH_SCORE) return MIN_SEARCH_SCORE;
  return 0;
}

/** How many list names a unit's tokens reach (with repeats: an upper bound). */
function reachVolume(index: MatchIndex, unit: QueryUnit): number {
  const least = searchFloor(unit);
  let v = 0;
  for (const t of unit.reached) if (unit.sims.get(t)!.score >= least) v += index.postingCount(t);
  return v;
}

/**
 * The name's tokens that search for candidates: not particles, titles, legal forms or
 * initials, and not common ones when a rare name token is there to search instead (a rare
 * generic word like "trading" is not enough to find "Hassan D. Trading").
 */
function searchedUnits(index: MatchIndex, name: QueryName): QueryUnit[] {
  const telling = name.tokens.filter((u) => !NOT_SEARCHED.has(u.cls));
  const units = telling.length > 0 ? telling : name.tokens;
  const volumes = units.map((u) => reachVolume(index, u));
  const rareName = units.some((u, i) => volumes[i] > 0 && volumes[i] <= COMMON_UNIT_NAMES && (u.cls === 'name' || u.cls === 'number'));
  const kept = units.map((u, i) => [u, volumes[i]] as const).filter(([, v]) => !rareName || v <= COMMON_UNIT_NAMES);
  // Rarest first, so that when the gathering stops (MAX_TOUCHED_NAMES) the names kept are those of the telling words.
  return kept.sort((a, b) => a[1] - b[1]).map(([u]) => u);
}

/** The estimated alignment score of list name `n` (see the file comment). */
function estimate(index: MatchIndex, s: Scratch, n: number, queryWeight: number): number {
  const extraQuery = Math.max(0, queryWeight - s.metQuery[n]);
  const extraList = Math.max(0, index.nameWeight[n] - s.metList[n]);
  return s.num[n] / (s.den[n] + EXTRA_QUERY_WEIGHT * extraQuery + EXTRA_CANDIDATE_WEIGHT * extraList);
}

/**
 * The k-th largest of `values` (which it reorders): Hoare's selection, linear on average,
 * where a full sort of a common name's many candidates would not be.
 */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target];
  }
  return values[target];
}

/** The `k` best of the first `count` entities in `ids` (by `best`), best first. */
function selectBest(ids: Int32Array, count: number, best: Float64Array, k: number): number[] {
  const better = (a: number, b: number) => best[b] - best[a] || a - b;
  if (count <= k * 4) return Array.from(ids.subarray(0, count)).sort(better).slice(0, k);
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) values[i] = best[ids[i]];
  const cut = kthLargest(values, k);
  const kept: number[] = [];
  for (let i = 0; i < count; i++) if (best[ids[i]] >= cut) kept.push(ids[i]);
  return kept.sort(better).slice(0, k);
}

/**
 * Entities to score for these query names, best first, at most `cap`. Only entities whose
 * schema is accepted (`acceptSchema[index.entitySchema[e]]` is 1: schema compatibility) take
 * a place. `pinned` entities (identifier hits) are always included.
 */
export function candidateEntities(
  index: MatchIndex,
  names: readonly QueryName[],
  acceptSchema: Uint8Array,
  cap: number = DEFAULT_CANDIDATE_CAP,
  pinned: readonly number[] = [],
): Candidates {
  const s = scratchFor(index);
  s.begin();
  const entityStamp = s.next();
  let entityCount = 0;
  for (const name of names) {
    const nameStamp = s.next();
    let touched = 0;
    for (const u of searchedUnits(index, name)) touched = addUnit(index, u, u.weight, s, nameStamp, touched);
    name.joins.forEach((u, i) => {
      touched = addUnit(index, u, name.tokens[i].weight + name.tokens[i + 1].weight, s, nameStamp, touched);
    });
    for (let k = 0; k < touched; k++) {
      const n = s.touched[k];
      const e = index.nameEntity[n];
      const rank = estimate(index, s, n, name.weight);
      if (s.entityStamp[e] !== entityStamp) {
        if (acceptSchema[index.entitySchema[e]] === 0) continue;
        s.entityStamp[e] = entityStamp;
        s.entityBest[e] = rank;
        s.entities[entityCount++] = e;
      } else if (rank > s.entityBest[e]) s.entityBest[e] = rank;
    }
  }
  const chosen = new Set<number>();
  for (const e of pinned) if (acceptSchema[index.entitySchema[e]] === 1) chosen.add(e);
  for (const e of selectBest(s.entities, entityCount, s.entityBest, cap)) {
    if (chosen.size >= cap + pinned.length) break;
    chosen.add(e);
  }
  const entities = [...chosen];
  const reached = new Set<number>();
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    const all = pinned.length > 0 && pinned.includes(e);
    const own = index.entities[e].names;
    for (let k = 0; k < own.length; k++) {
      const n = own[k];
      // Name stamps of this call are those taken since it began.
      if (all || s.nameStamp[n] >= entityStamp) reached.add(n);
    }
  }
  return { entities, reached };
}
