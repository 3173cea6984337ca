/**
 * Learning the name-equivalence dictionary from data: pairs of one name written in a
 * non-Latin script and in Latin (a list entity's original-script name and its Latin names; a
 * pair from ../shared/data/pairs). The words of each pair are aligned — first the pairs our
 * own transliteration already relates, then, when exactly one word is left on each side, those
 * two — and every aligned (native word → Latin spelling) is counted. Spellings seen often
 * enough that our transliteration does not already give become the dictionary. Pure: the
 * build script and the evaluation feed it the pairs they are allowed to use.
 */
import { tokenScript } from '../src/names/script.js';
import { latinize } from '../src/names/translit.js';
import { normalizeName, tokenize } from '../src/names/normalize.js';
import { consonantSkeleton } from '../src/names/skeleton.js';
import { jaroWinkler } from '../src/match/jaro-winkler.js';

export interface NamePair {
  native: string;
  latin: string;
  /** Where the pair comes from: "lists" or a pair file's path under pairs/. */
  source: string;
}

export type Equivalents = Record<string, string[]>;

/** A spelling must be seen this often to be learnt: one sighting may be a mistake. */
const MIN_COUNT = 2;
/** Spellings kept per word, most often seen first. */
const MAX_SPELLINGS = 4;
/** Below this similarity a word pair is not taken as aligned by the transliteration. */
const MIN_ALIGN = 0.8;
/** Names longer than this are not aligned (titles, descriptions). */
const MAX_WORDS = 6;
const LATIN_WORD = /^[a-z]{3,}$/;
/** Words of a glued pair must at least begin alike (a vowel meets a vowel). */
const VOWEL = /^[aeiouy]/;

function similarity(renderings: readonly string[], latin: string): number {
  let best = 0;
  const skeleton = consonantSkeleton(latin);
  for (const r of renderings) {
    if (r === latin) return 1;
    best = Math.max(best, jaroWinkler(r, latin), consonantSkeleton(r) === skeleton && skeleton.length > 1 ? 0.9 : 0);
  }
  return best;
}

/** What our transliteration alone makes of a word (never the dictionary being learnt). */
function transliterations(word: string): string[] {
  return latinize(word, tokenScript(word));
}

function beginAlike(renderings: readonly string[], latin: string): boolean {
  return renderings.some((r) => r[0] === latin[0] || (VOWEL.test(r) && VOWEL.test(latin)));
}

/** Aligned (native word, Latin word) pairs of one pair of names. */
export function alignWords(pair: NamePair): [string, string][] {
  // A word our rules read as several (a Korean full name) is not one word of the other side.
  const native = tokenize(normalizeName(pair.native)).filter((t) => !/^[a-z0-9]+$/.test(t) && !transliterations(t).some((r) => r.includes(' ')));
  const latin = tokenize(normalizeName(pair.latin)).filter((t) => LATIN_WORD.test(t));
  if (native.length === 0 || latin.length === 0 || native.length > MAX_WORDS || latin.length > MAX_WORDS) return [];
  const renderings = native.map(transliterations);
  const edges: [number, number, number][] = [];
  native.forEach((_, i) => latin.forEach((l, j) => edges.push([similarity(renderings[i], l), i, j])));
  edges.sort((a, b) => b[0] - a[0]);
  const usedNative = new Set<number>();
  const usedLatin = new Set<number>();
  const out: [string, string][] = [];
  for (const [s, i, j] of edges) {
    if (s < MIN_ALIGN || usedNative.has(i) || usedLatin.has(j)) continue;
    usedNative.add(i);
    usedLatin.add(j);
    out.push([native[i], latin[j]]);
  }
  // An alias may be another name altogether ("Ahmed Fuad Salim" for al-Zawahiri): the two
  // sides are one name only when most of the words already align.
  if (out.length * 2 < native.length || out.length * 2 < latin.length) return [];
  const leftNative = native.filter((_, i) => !usedNative.has(i));
  const leftLatin = latin.filter((_, j) => !usedLatin.has(j));
  if (leftNative.length === 1 && leftLatin.length === 1 && native.length === latin.length && beginAlike(transliterations(leftNative[0]), leftLatin[0])) {
    out.push([leftNative[0], leftLatin[0]]);
  }
  return out;
}

/**
 * Pairs aligned once, learnt from many times: the evaluation learns one dictionary per set,
 * each without the pairs that set is measured on.
 */
export class EquivalentsLearner {
  private readonly aligned: { pair: NamePair; words: [string, string][] }[] = [];

  constructor(pairs: Iterable<NamePair>) {
    // The same name copied from list to list is one sighting, not several.
    const seen = new Set<string>();
    for (const pair of pairs) {
      const key = `${normalizeName(pair.native)}\u0000${normalizeName(pair.latin)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const words = alignWords(pair);
      if (words.length > 0) this.aligned.push({ pair, words });
    }
  }

  /** The dictionary the kept pairs teach: native word → Latin spellings our transliteration does not give. */
  learn(keep: (pair: NamePair) => boolean = () => true): Equivalents {
    const counts = new Map<string, Map<string, number>>();
    for (const { pair, words } of this.aligned) {
      if (!keep(pair)) continue;
      for (const [n, l] of words) {
        const m = counts.get(n) ?? counts.set(n, new Map()).get(n)!;
        m.set(l, (m.get(l) ?? 0) + 1);
      }
    }
    const out: Equivalents = {};
    for (const word of [...counts.keys()].sort()) {
      const given = new Set(transliterations(word));
      const spellings = [...counts.get(word)!]
        .filter(([l, c]) => c >= MIN_COUNT && !given.has(l))
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_SPELLINGS)
        .map(([l]) => l);
      if (spellings.length > 0) out[word] = spellings;
    }
    return out;
  }
}
