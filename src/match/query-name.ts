/**
 * A query name made ready for the index: its tokens and adjacent-token joins ("son hui" →
 * "sonhui"), each with its keys, the vocabulary tokens those keys reach (with how alike they
 * are, cached for scoring), and a rarity weight taken from the list token it meets.
 */
import { TOKEN_CLASSES, CLASS_WEIGHT, joinRenderings, type MatchIndex } from './index.js';
import { structureName, type NameKind, type TokenClass } from './name-structure.js';
import { compareTokens, compareUnreached, NO_SIMILARITY, queryKeys, type QueryKeys, type TokenSimilarity } from './token-similarity.js';
import { queryLookupKeys, tokenKeys } from './vocabulary.js';

/** Token similarity below this is not a match of the two tokens (for candidates and alignment alike). */
export const MIN_TOKEN_SCORE = 0.7;
/** A query token met this well takes the rarity of the list token it met; else it counts as rare. */
const WEIGHT_FROM_MATCH = 0.85;

export interface QueryUnit {
  form: string;
  keys: QueryKeys;
  cls: TokenClass;
  /** Its weight in the name: rarity × class. */
  weight: number;
  /** Similarity to the vocabulary tokens its keys reached (shared by every query spelling it so: read-only). */
  sims: ReadonlyMap<number, TokenSimilarity>;
  /** Tokens met as initials while scoring this query, compared then (this query's own). */
  met: Map<number, TokenSimilarity> | null;
  /** Vocabulary tokens its keys reached at MIN_TOKEN_SCORE or better. */
  reached: number[];
}

export interface QueryName {
  raw: string;
  kind: NameKind;
  tokens: QueryUnit[];
  /** joins[i] is tokens[i] and tokens[i + 1] written as one word. */
  joins: QueryUnit[];
  /** Sum of the tokens' weights. */
  weight: number;
  /**
   * Vocabulary token → which of `tokens` (bit i for tokens[i]) reached it, and which of `joins`:
   * alignment asks this once per list token rather than every unit's similarity map.
   */
  tokenUnits: Map<number, number>;
  joinUnits: Map<number, number>;
}

/** Units past this many share no bit: alignment compares no more (align.ts MAX_TOKENS). */
const MAX_UNIT_BITS = 30;

/** Token → bit mask of the units that reached it. */
function unitsByToken(units: readonly QueryUnit[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < units.length && i < MAX_UNIT_BITS; i++) {
    for (const t of units[i].reached) out.set(t, (out.get(t) ?? 0) | (1 << i));
  }
  return out;
}

/**
 * How alike a query unit and a vocabulary token are. Tokens the unit's keys reached were
 * compared when the query was prepared; any other can only meet it as an initial, which is
 * looked at when either side is one (`initial`) and kept for the rest of this query (`met`).
 */
export function unitSimilarity(index: MatchIndex, unit: QueryUnit, token: number, initial: boolean): TokenSimilarity {
  const reached = unit.sims.get(token);
  if (reached !== undefined || !initial) return reached ?? NO_SIMILARITY;
  let s = unit.met?.get(token);
  if (s === undefined) {
    s = compareUnreached(unit.keys, index.vocabulary.keys[token]);
    (unit.met ??= new Map()).set(token, s);
  }
  return s;
}

/** The tokens a unit's keys bring, each compared once; those met well enough are `reached`. */
function reachTokens(index: MatchIndex, keys: QueryKeys, form: string, join: boolean): { sims: Map<number, TokenSimilarity>; reached: number[] } {
  const found: number[] = [];
  for (const key of queryLookupKeys(keys, join)) index.vocabulary.tokensFor(key, found);
  const compared = new Set<number>();
  const sims = new Map<number, TokenSimilarity>();
  const reached: number[] = [];
  for (const t of found) {
    if (compared.has(t)) continue;
    compared.add(t);
    const s = compareTokens(keys, index.vocabulary.keys[t], form, index.vocabulary.forms[t]);
    // Only what reached is kept: every later use asks of reached tokens (or compares initials afresh).
    if (s.score >= MIN_TOKEN_SCORE) {
      sims.set(t, s);
      reached.push(t);
    }
  }
  return { sims, reached };
}

function rarityOf(index: MatchIndex, sims: ReadonlyMap<number, TokenSimilarity>, reached: readonly number[]): number {
  let best = 0;
  let weight = 1;
  for (const t of reached) {
    const s = sims.get(t)!.score;
    if (s > best || (s === best && index.tokenWeight[t] < weight)) {
      best = s;
      weight = index.tokenWeight[t];
    }
  }
  return best >= WEIGHT_FROM_MATCH ? weight : 1;
}

/** What a spelling reached in an index: the same for every query that spells a token so. */
interface Reach {
  keys: QueryKeys;
  sims: ReadonlyMap<number, TokenSimilarity>;
  reached: number[];
  rarity: number;
}

/**
 * Queries repeat their words (a screening of a customer base meets "mohammed" and "limited"
 * thousands of times): what a spelling reached is kept per index, in two generations of up
 * to this many spellings: when the newer fills, the older goes, and spellings met since then
 * have moved to the newer, so the common ones stay. Similarities are pure functions of the
 * two tokens, so sharing them changes no score; an entry is never changed once made.
 * A spelling held costs ~2.5 KB (measured over every list), so the cache holds ~125 MB at
 * most. Too small a cache costs more than memory: at 10,000 a stream of 5,000 listed names
 * (17,000 spellings) missed half the time, and each miss made an entry that lived long
 * enough to reach the old generation, whose collections then paused the matcher thread.
 */
const MAX_REACHES = 25_000;

interface ReachCache {
  newer: Map<string, Reach>;
  older: Map<string, Reach>;
}

const reaches = new WeakMap<MatchIndex, ReachCache>();

function cachedReach(cache: ReachCache, key: string): Reach | undefined {
  const r = cache.newer.get(key);
  if (r !== undefined) return r;
  const old = cache.older.get(key);
  if (old !== undefined) remember(cache, key, old);
  return old;
}

function remember(cache: ReachCache, key: string, r: Reach): void {
  if (cache.newer.size >= MAX_REACHES) {
    cache.older = cache.newer;
    cache.newer = new Map();
  }
  cache.newer.set(key, r);
}

function reachOf(index: MatchIndex, form: string, renderings: readonly string[], join: boolean): Reach {
  let cache = reaches.get(index);
  if (!cache) reaches.set(index, (cache = { newer: new Map(), older: new Map() }));
  const key = `${join ? 'j' : 't'}\u0000${form}\u0000${renderings.join('\u0000')}`;
  let r = cachedReach(cache, key);
  if (r) return r;
  const keys = queryKeys(tokenKeys(form, renderings, join));
  const { sims, reached } = reachTokens(index, keys, form, join);
  r = { keys, sims, reached, rarity: rarityOf(index, sims, reached) };
  remember(cache, key, r);
  return r;
}

function makeUnit(index: MatchIndex, form: string, renderings: readonly string[], cls: TokenClass, join: boolean): QueryUnit {
  const r = reachOf(index, form, renderings, join);
  return { form, keys: r.keys, cls, weight: r.rarity * CLASS_WEIGHT[TOKEN_CLASSES.indexOf(cls)], sims: r.sims, met: null, reached: r.reached };
}

/** A query name → its units, looked up in the index. Null when it has no token. */
export function prepareQueryName(index: MatchIndex, raw: string, kind: NameKind): QueryName | null {
  const tokens = structureName(raw, kind, index.dictionary);
  if (tokens.length === 0) return null;
  const units = tokens.map((t) => makeUnit(index, t.form, t.renderings, t.cls, false));
  const joins: QueryUnit[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    const joined = makeUnit(index, a.form + b.form, joinRenderings(a, b), 'name', true);
    joined.weight = Math.max(units[i].weight, units[i + 1].weight);
    joins.push(joined);
  }
  return {
    raw, kind, tokens: units, joins,
    weight: units.reduce((a, u) => a + u.weight, 0),
    tokenUnits: unitsByToken(units),
    joinUnits: unitsByToken(joins),
  };
}
