/**
 * How alike two name tokens are, and why: the best of equal spellings, equal consonant
 * skeletons, an initial, and a typo-bounded Jaro–Winkler over the most standard renderings.
 * Tokens are compared when the index's lookup keys bring them together (vocabulary.ts);
 * otherwise only as initials. Pure; the caller caches per token pair.
 */
import { knownDifferentNames } from '../names/distinct-names.js';
import type { Writing } from './name-structure.js';
import { jaroWinkler } from './jaro-winkler.js';
import { editDistance } from './edit-distance.js';

/** A token's comparable keys: renderings (Latin, then native), and the keys of its Latin renderings. */
export interface TokenKeys {
  renderings: readonly string[];
  /** How the token is written (name-structure's writingOf): what a shared skeleton is worth. */
  writing: Writing;
  /** Skeletons, each after how its rendering starts (vocabulary.ts). */
  skeletons: readonly string[];
  /** letterMask of the first FUZZY_RENDERINGS renderings, for cheap rejection. */
  masks: readonly number[];
  /** Length of the longest of those renderings. */
  longest: number;
}

/** A query token's keys, with sets for the lookups compareTokens makes against every candidate token. */
export interface QueryKeys extends TokenKeys {
  /** Each rendering's place in `renderings` (0: the most standard). */
  renderingRank: ReadonlyMap<string, number>;
  skeletonSet: ReadonlySet<string>;
}

export function queryKeys(keys: TokenKeys): QueryKeys {
  const renderingRank = new Map<string, number>();
  keys.renderings.forEach((r, i) => renderingRank.set(r, i));
  return { ...keys, renderingRank, skeletonSet: new Set(keys.skeletons) };
}

export type How = 'exact' | 'translit' | 'skeleton' | 'fuzzy' | 'initial' | 'none';

export interface TokenSimilarity {
  score: number;
  how: How;
  /** The two spellings that gave the score (for explanations). */
  query: string;
  candidate: string;
}

export const NO_SIMILARITY: TokenSimilarity = Object.freeze({ score: 0, how: 'none', query: '', candidate: '' });

/** Scores by kind of evidence; fuzzy scores are computed. */
const SCORE = {
  exact: 1,
  translit: 0.97,
  /**
   * Less per place a shared rendering stands from the most standard one, either side: of two
   * listings of one person, "Viktorovich" meets "Викторович" a little better than
   * "Viktorovych" does. Never below `translitFloor`.
   */
  translitRank: 0.005,
  translitFloor: 0.94,
  /** "I Dmitrievich" for "Igor Dmitrievich": people shorten their own names in queries. */
  queryInitial: 0.75,
  /** A full query name against a listed single letter ("Kyle" for the "K" of "SMT-K") says less. */
  listInitial: 0.6,
} as const;
/**
 * An equal consonant skeleton scores the spellings' Jaro–Winkler held within a band:
 * "mohammed"/"muhammad" 0.85, "mitra"/"motor" (skeleton mtr, JW 0.76) no more than 0.8. Two
 * names both written in Latin must also be near in Jaro–Winkler ("jeffrey"/"jafari", JW 0.64,
 * are two names); a transliteration need not be, since an abjad leaves the vowels to the
 * reader. A two-letter skeleton collides more: a narrower band.
 */
const SKELETON_BANDS = {
  full: { minJw: 0.7, low: 0.8, high: 0.9 },
  short: { minJw: 0.75, low: 0.75, high: 0.8 },
} as const;
/**
 * What one edit costs, spread over the token's length: an edit in "choe"/"chol" changes the
 * name, an edit in "abdulrahman" is a slip.
 */
const EDIT_COST = 1.2;
/** Below this Jaro–Winkler two spellings are different names, whatever their edit distance. */
const MIN_JARO_WINKLER = 0.8;
/**
 * Fuzzy comparison uses this many renderings a side, most standard first (exact equality uses
 * all); the index keeps one-edit (deletion) keys for as many.
 */
export const FUZZY_RENDERINGS = 2;
/** Tokens this short must start with the same letter to be one name misspelt. */
const SAME_START_LENGTH = 5;
/** Bit for a digit in a letter mask: digits are compared exactly, never fuzzily. */
const DIGIT_BIT = 1 << 26;
/** Bit for any character outside a–z and 0–9. */
const OTHER_BIT = 1 << 27;

/** Edits a spelling of this length may carry and still be the same name (typos, not other names). */
export function editBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 8) return 2;
  if (length <= 12) return 3;
  return 4;
}

/** Which letters a–z a spelling uses (one bit each), plus a bit for digits and one for anything else. */
export function letterMask(s: string): number {
  let mask = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= DIGIT_BIT;
    else mask |= OTHER_BIT;
  }
  return mask;
}

function bitCount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}

/**
 * Jaro–Winkler held to a typo budget: within budget, the lower of Jaro–Winkler and the share
 * of the spelling the edits leave intact. Short tokens must also start alike. Cheap bounds
 * come first: lengths, and letters one side uses and the other does not (one edit changes
 * at most two letters of that set).
 */
function fuzzyScore(a: string, ma: number, b: string, mb: number): number {
  const shortest = Math.min(a.length, b.length);
  const longest = Math.max(a.length, b.length);
  const budget = editBudget(longest);
  if (budget === 0 || longest - shortest > budget) return 0;
  if (longest <= SAME_START_LENGTH && a[0] !== b[0]) return 0;
  if (((ma | mb) & DIGIT_BIT) !== 0) return 0;
  if ((ma & mb & OTHER_BIT) === 0 && bitCount(ma ^ mb) > 2 * budget) return 0;
  const jw = jaroWinkler(a, b);
  if (jw < MIN_JARO_WINKLER) return 0;
  const d = editDistance(a, b);
  if (d > budget) return 0;
  return Math.min(jw, 1 - (EDIT_COST * d) / longest);
}

function bestFuzzy(q: TokenKeys, c: TokenKeys): TokenSimilarity {
  let best = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 0; i < q.masks.length; i++) {
    for (let j = 0; j < c.masks.length; j++) {
      const s = fuzzyScore(q.renderings[i], q.masks[i], c.renderings[j], c.masks[j]);
      if (s > best) [best, bi, bj] = [s, i, j];
    }
  }
  return best === 0 ? NO_SIMILARITY : { score: best, how: 'fuzzy', query: q.renderings[bi], candidate: c.renderings[bj] };
}

/** The band of the skeleton the two share, or null. */
function sharedSkeleton(q: QueryKeys, c: TokenKeys): (typeof SKELETON_BANDS)[keyof typeof SKELETON_BANDS] | null {
  // A skeleton key is its start and the skeleton: three letters or more is a full skeleton.
  for (const b of c.skeletons) if (q.skeletonSet.has(b)) return b.length > 3 ? SKELETON_BANDS.full : SKELETON_BANDS.short;
  return null;
}

/** Best Jaro–Winkler between the two tokens' most standard renderings, stopping once `enough` is reached. */
function bestJaroWinkler(q: TokenKeys, c: TokenKeys, enough: number): number {
  let best = 0;
  for (let i = 0; i < q.masks.length; i++) {
    for (let j = 0; j < c.masks.length; j++) {
      best = Math.max(best, jaroWinkler(q.renderings[i], c.renderings[j]));
      if (best >= enough) return best;
    }
  }
  return best;
}

/**
 * Skeleton score of two tokens: 0 when they share no skeleton, when they are known to be two
 * names (Mahmud and Muhammad), or when both are written in Latin and their spellings are too far apart; no more than the band's low end when either
 * is written in a script that writes its vowels.
 */
function skeletonScore(q: QueryKeys, c: TokenKeys): number {
  const band = sharedSkeleton(q, c);
  if (!band || knownDifferentNames(q.renderings, c.renderings)) return 0;
  const jw = bestJaroWinkler(q, c, band.high);
  if (q.writing === 'latin' && c.writing === 'latin' && jw < band.minJw) return 0;
  // Scripts that write their vowels ("强" qiang/ch'iang against "chuang"): consonants alone say less.
  const high = q.writing === 'vowelled' || c.writing === 'vowelled' ? band.low : band.high;
  return Math.min(high, Math.max(band.low, jw));
}

/** A one-letter token against a token it may abbreviate, or null. */
function initialOf(q: TokenKeys, c: TokenKeys): TokenSimilarity | null {
  const qi = q.renderings[0];
  const ci = c.renderings[0];
  if (qi.length === 1 && ci.length > 1 && ci[0] === qi) return { score: SCORE.queryInitial, how: 'initial', query: qi, candidate: ci };
  if (ci.length === 1 && qi.length > 1 && qi[0] === ci) return { score: SCORE.listInitial, how: 'initial', query: qi, candidate: ci };
  return null;
}

/**
 * Similarity of two tokens the lookup keys did not bring together: no rendering or skeleton
 * is shared and no one-edit typo separates them (each would have been a key), so only an
 * initial is left.
 */
export function compareUnreached(q: TokenKeys, c: TokenKeys): TokenSimilarity {
  if (q.renderings.length === 0 || c.renderings.length === 0) return NO_SIMILARITY;
  return initialOf(q, c) ?? NO_SIMILARITY;
}

/**
 * Similarity of a query token and a candidate token its keys reached. `queryForm` and
 * `candidateForm` are the tokens as written: a shared rendering of two different forms is a
 * transliteration (or, for legal forms, an equivalence) match, a little below an exact one.
 */
export function compareTokens(q: QueryKeys, c: TokenKeys, queryForm: string, candidateForm: string): TokenSimilarity {
  if (q.renderings.length === 0 || c.renderings.length === 0) return NO_SIMILARITY;
  const initial = initialOf(q, c);
  if (initial) return initial;
  let shared = -1;
  let sharedRank = Infinity;
  for (let j = 0; j < c.renderings.length && j < sharedRank; j++) {
    const i = q.renderingRank.get(c.renderings[j]);
    if (i !== undefined && i + j < sharedRank) [shared, sharedRank] = [j, i + j];
  }
  if (shared >= 0) {
    const a = c.renderings[shared];
    if (queryForm === candidateForm) return { score: SCORE.exact, how: 'exact', query: a, candidate: a };
    const score = Math.max(SCORE.translitFloor, SCORE.translit - SCORE.translitRank * sharedRank);
    return { score, how: 'translit', query: a, candidate: a };
  }
  // A Chinese or Korean syllable's renderings spell it in every system: a syllable one letter
  // or one sound away (bing/bin, xue/xu, kyong/jong) is another one.
  if (q.writing === 'syllable' || c.writing === 'syllable') return NO_SIMILARITY;
  const qr = q.renderings[0];
  const cr = c.renderings[0];
  const skeleton = skeletonScore(q, c);
  // A typo costs at least one edit: when even that cannot beat the skeleton score, skip it.
  if (skeleton < 1 - EDIT_COST / Math.max(q.longest, c.longest)) {
    const fuzzy = bestFuzzy(q, c);
    if (fuzzy.score > skeleton) return fuzzy;
  }
  return skeleton > 0 ? { score: skeleton, how: 'skeleton', query: qr, candidate: cr } : NO_SIMILARITY;
}
