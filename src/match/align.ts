/**
 * Aligns a query name with a list name, token by token: one-to-one, in any order, best pairs
 * first; a token may instead pair with two adjacent tokens of the other side written as one
 * ("sonhui" = "son hui", "jscargument" = "jsc argument"), and two adjacent tokens with two
 * others split elsewhere. The score is the weighted mean of
 * the pairs' similarities, where a token's weight is its rarity in the lists times its class,
 * and tokens left over count against it: a query token the list name lacks much more than a
 * list token the query lacks (list names are long; a query naming someone else is not), and
 * a number the list name has where the query has another as much as a query token.
 */
import { CLASS_WEIGHT, TOKEN_CLASSES, type MatchIndex } from './index.js';
import { MIN_TOKEN_SCORE, unitSimilarity, type QueryName } from './query-name.js';
import type { How, TokenSimilarity } from './token-similarity.js';

/** An unmatched query token costs this share of its weight… */
export const EXTRA_QUERY_WEIGHT = 0.8;
/** …an unmatched list token this share. */
export const EXTRA_CANDIDATE_WEIGHT = 0.35;
/**
 * A join pairs only when it is nearly the same spelling (else it just adds noise), and only
 * with tokens the keys reached: a join is compared by its exact and one-edit keys.
 */
const MIN_JOIN_SCORE = 0.88;
/** Tokens past this many in a name are not aligned (bit masks; real names are far shorter). */
const MAX_TOKENS = 30;
const INITIAL = TOKEN_CLASSES.indexOf('initial');
const NUMBER = TOKEN_CLASSES.indexOf('number');

export interface AlignedPair {
  /** Query tokens (forms) and list tokens (forms) in this pair: one or two each side. */
  query: string[];
  candidate: string[];
  how: How;
  score: number;
  weight: number;
}

export interface Alignment {
  score: number;
  pairs: AlignedPair[];
  extraQuery: string[];
  extraCandidate: string[];
}

/**
 * The usable pairings of one alignment, as parallel arrays (no object per pairing): the
 * similarity, the query and list tokens covered (bit masks), and how they met. One set of
 * arrays serves every alignment (`clear` before each): scoring a query aligns a hundred names,
 * and arrays made for each would be most of what a query allocates.
 */
class Edges {
  readonly sims: TokenSimilarity[] = [];
  readonly qMasks: number[] = [];
  readonly cMasks: number[] = [];
  count = 0;

  clear(): void {
    this.count = 0;
  }

  add(sim: TokenSimilarity, qMask: number, cMask: number): void {
    const k = this.count++;
    this.sims[k] = sim;
    this.qMasks[k] = qMask;
    this.cMasks[k] = cMask;
  }

  /** Index of the best pairing free of the used tokens (a wider one first among equals), or -1. */
  best(qUsed: number, cUsed: number): number {
    let at = -1;
    for (let k = 0; k < this.count; k++) {
      if ((this.qMasks[k] & qUsed) !== 0 || (this.cMasks[k] & cUsed) !== 0) continue;
      if (at < 0 || this.sims[k].score > this.sims[at].score || (this.sims[k].score === this.sims[at].score && this.width(k) > this.width(at))) at = k;
    }
    return at;
  }

  private width(k: number): number {
    return bitCount(this.qMasks[k]) + bitCount(this.cMasks[k]);
  }
}

function bitCount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}

/**
 * Every usable pairing of query units with list tokens, singles and joins. A unit meets a
 * list token well only if its keys reached it (or one of them is an initial), so the query's
 * token → units masks say which similarity maps are worth asking.
 */
const edges = new Edges();

function edgesOf(index: MatchIndex, q: QueryName, start: number, m: number, n: number): Edges {
  edges.clear();
  const { tokenUnits, joinUnits } = q;
  // Most query names reach no list token with a join of their own words.
  const joinsReach = joinUnits.size > 0;
  for (let j = 0; j < m; j++) {
    const join = j + 1 < m ? index.slotJoin[start + j] : -1;
    const token = index.slotToken[start + j];
    slotBits.tokenByUnit[j] = tokenUnits.get(token) ?? 0;
    slotBits.joinByUnit[j] = join >= 0 ? tokenUnits.get(join) ?? 0 : 0;
    slotBits.tokenByJoin[j] = joinsReach ? joinUnits.get(token) ?? 0 : 0;
    slotBits.joinByJoin[j] = joinsReach && join >= 0 ? joinUnits.get(join) ?? 0 : 0;
  }
  for (let i = 0; i < n; i++) {
    const unit = q.tokens[i];
    const bit = 1 << i;
    const queryInitial = unit.cls === 'initial';
    for (let j = 0; j < m; j++) {
      const initial = queryInitial || index.slotClass[start + j] === INITIAL;
      if (initial || (slotBits.tokenByUnit[j] & bit) !== 0) {
        const s = unitSimilarity(index, unit, index.slotToken[start + j], initial);
        if (s.score >= MIN_TOKEN_SCORE) edges.add(s, bit, 1 << j);
      }
      if ((slotBits.joinByUnit[j] & bit) !== 0) {
        const sj = unit.sims.get(index.slotJoin[start + j])!;
        if (sj.score >= MIN_JOIN_SCORE) edges.add(sj, bit, 3 << j);
      }
    }
  }
  for (let i = 0; i + 1 < n; i++) {
    const unit = q.joins[i];
    const bit = 1 << i;
    for (let j = 0; j < m; j++) {
      if ((slotBits.tokenByJoin[j] & bit) !== 0) {
        const s = unit.sims.get(index.slotToken[start + j])!;
        if (s.score >= MIN_JOIN_SCORE) edges.add(s, 3 << i, 1 << j);
      }
      // Two words split at different places: "aktsionernoe | obshchestvoirkutskkabel" and
      // "aktsionernoe obshchestvo | irkutskkabel" are one string joined.
      if ((slotBits.joinByJoin[j] & bit) !== 0) {
        const sj = unit.sims.get(index.slotJoin[start + j])!;
        if (sj.score >= MIN_JOIN_SCORE) edges.add(sj, 3 << i, 3 << j);
      }
    }
  }
  return edges;
}

/** Per list token slot of the name being aligned: which query units (bits) reached its token and its join. */
const slotBits = {
  tokenByUnit: new Int32Array(MAX_TOKENS),
  joinByUnit: new Int32Array(MAX_TOKENS),
  tokenByJoin: new Int32Array(MAX_TOKENS),
  joinByJoin: new Int32Array(MAX_TOKENS),
};

/** Weight of list token slot `slot`: rarity × class. */
function slotWeight(index: MatchIndex, slot: number): number {
  return index.tokenWeight[index.slotToken[slot]] * CLASS_WEIGHT[index.slotClass[slot]];
}

/** Forms of the query tokens in a mask. */
function queryForms(q: QueryName, mask: number): string[] {
  const out: string[] = [];
  for (let i = 0; mask !== 0; i++, mask >>>= 1) if (mask & 1) out.push(q.tokens[i].form);
  return out;
}

/** Forms of the list tokens in a mask. */
function slotForms(index: MatchIndex, start: number, mask: number): string[] {
  const out: string[] = [];
  for (let j = 0; mask !== 0; j++, mask >>>= 1) if (mask & 1) out.push(index.vocabulary.forms[index.slotToken[start + j]]);
  return out;
}

/**
 * Greedy one-to-one alignment of query name `q` with list name `name`; its score, and with
 * `pairs` given, the pairs chosen (appended). The tokens it used each side are left in `used`.
 */
function align(index: MatchIndex, q: QueryName, name: number, pairs: AlignedPair[] | null): number {
  const start = index.nameStart[name];
  const m = Math.min(index.nameStart[name + 1] - start, MAX_TOKENS);
  const n = Math.min(q.tokens.length, MAX_TOKENS);
  const edges = edgesOf(index, q, start, m, n);
  let qUsed = 0;
  let cUsed = 0;
  let num = 0;
  let den = 0;
  for (let k = edges.best(0, 0); k >= 0; k = edges.best(qUsed, cUsed)) {
    const qMask = edges.qMasks[k];
    const cMask = edges.cMasks[k];
    qUsed |= qMask;
    cUsed |= cMask;
    let w = 0;
    for (let i = 0, mask = qMask; mask !== 0; i++, mask >>>= 1) if (mask & 1) w += q.tokens[i].weight;
    for (let j = 0, mask = cMask; mask !== 0; j++, mask >>>= 1) if (mask & 1) w += slotWeight(index, start + j);
    w /= 2;
    const sim = edges.sims[k];
    num += sim.score * w;
    den += w;
    if (pairs) pairs.push({ query: queryForms(q, qMask), candidate: slotForms(index, start, cMask), how: sim.how, score: sim.score, weight: w });
  }
  let queryNumberLeft = false;
  for (let i = 0; i < n; i++) {
    if (((qUsed >>> i) & 1) !== 0) continue;
    den += EXTRA_QUERY_WEIGHT * q.tokens[i].weight;
    if (q.tokens[i].cls === 'number') queryNumberLeft = true;
  }
  for (let j = 0; j < m; j++) {
    if (((cUsed >>> j) & 1) !== 0) continue;
    // A number each side and no two alike: "46 ЦНИИ" is not the "48th TsNII".
    const contradicts = queryNumberLeft && index.slotClass[start + j] === NUMBER;
    den += (contradicts ? EXTRA_QUERY_WEIGHT : EXTRA_CANDIDATE_WEIGHT) * slotWeight(index, start + j);
  }
  used.query = qUsed;
  used.candidate = cUsed;
  return den > 0 ? num / den : 0;
}

/** The token masks the last alignment used: read by explainAlignment right after it. */
const used = { query: 0, candidate: 0 };

/** The alignment score of query name `q` with list name `name`, 0–1. */
export function alignmentScore(index: MatchIndex, q: QueryName, name: number): number {
  return align(index, q, name, null);
}

/** The alignment with its explanation: which tokens paired and how, and which were left over. */
export function explainAlignment(index: MatchIndex, q: QueryName, name: number): Alignment {
  const pairs: AlignedPair[] = [];
  const score = align(index, q, name, pairs);
  const { query: qUsed, candidate: cUsed } = used;
  const start = index.nameStart[name];
  const m = Math.min(index.nameStart[name + 1] - start, MAX_TOKENS);
  const n = Math.min(q.tokens.length, MAX_TOKENS);
  const extraQuery = queryForms(q, ((1 << n) - 1) & ~qUsed);
  const extraCandidate = slotForms(index, start, ((1 << m) - 1) & ~cUsed);
  return { score, pairs, extraQuery, extraCandidate };
}
