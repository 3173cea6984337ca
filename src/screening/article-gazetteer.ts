/**
 * The lists as a gazetteer over running text. Every word of the text is looked up in the
 * index's vocabulary by the keys the name engine makes (its renderings exactly, and their
 * consonant skeletons), so "سيرغي" reaches "sergey" and "лавров" reaches "lavrov" as the
 * matcher's own lookups do. Two neighbouring words that reach words of one list name are a
 * name the lists may hold, with or without a title or quotation marks around it; the matcher
 * then says how well. The same lookups give each word a spelling a reader recognises: the
 * list spelling it reaches most surely ("Vladimir", not the rule-made "flademer").
 */
import type { MatchIndex } from '../match/index.js';
import { structureName, type MatchToken } from '../match/name-structure.js';
import { jaroWinkler } from '../match/jaro-winkler.js';
import { compareTokens, queryKeys } from '../match/token-similarity.js';
import { queryLookupKeys, tokenKeys } from '../match/vocabulary.js';
import { isA } from '../model/schema.js';

export type NameUse = 'person' | 'org';

interface WordHits {
  tokens: readonly MatchToken[];
  /** Vocabulary ids the word's keys reach (exact renderings and skeletons). */
  hits: readonly number[];
}

/**
 * Words looked up are kept per index, in two generations (as query-name.ts keeps what
 * spellings reached): articles repeat their words, and news repeats its names.
 */
const MAX_WORDS = 20_000;
/**
 * Neighbours whose hits are used in more names than this together are too common to say
 * anything ("al" beside "ali"); the matcher is not asked about them.
 */
const MAX_POSTINGS = 20_000;
/** A list spelling that renders a word this well is its spelling. */
const SURE_RENDERING = 0.94;
/**
 * A list spelling this close, used by this many listed names and spelled nearly as a
 * rule-made rendering is, beats the rule-made renderings: "sergey" for "sergi", not "khin" for "heon".
 */
const LIKELY_RENDERING = 0.8;
const COMMON_SPELLING = 20;
const LIKELY_SPELLING = 0.85;
/** Rule-made renderings a list spelling is held against. */
const STANDARD_RENDERINGS = 2;
const LATIN_WORD = /^[a-z]+$/;

/** A bounded cache: when the newer generation fills, the older goes, and what was used since lives on. */
class TwoGenerations<T> {
  private newer = new Map<string, T>();
  private older = new Map<string, T>();

  constructor(private readonly size: number) {}

  get(key: string, make: () => T): T {
    if (this.newer.has(key)) return this.newer.get(key)!;
    const value = this.older.has(key) ? this.older.get(key)! : make();
    if (this.newer.size >= this.size) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
    return value;
  }
}

export class Gazetteer {
  private static readonly byIndex = new WeakMap<MatchIndex, Gazetteer>();

  /** The gazetteer of an index, made once. */
  static of(index: MatchIndex): Gazetteer {
    let g = Gazetteer.byIndex.get(index);
    if (!g) Gazetteer.byIndex.set(index, (g = new Gazetteer(index)));
    return g;
  }

  /** Per vocabulary id: how many persons, and how many other entities, use it in a name. */
  private readonly personUse: Int32Array;
  private readonly otherUse: Int32Array;
  private readonly nameIsPerson: Uint8Array;
  /** Names marked while two words' hits are intersected (a stamp per intersection). */
  private readonly marks: Int32Array;
  private stamp = 0;
  private readonly words = new TwoGenerations<WordHits>(MAX_WORDS);
  private readonly pairs = new TwoGenerations<NameUse | null>(MAX_WORDS);
  private readonly spellings = new TwoGenerations<string>(MAX_WORDS);

  private constructor(private readonly index: MatchIndex) {
    const size = index.vocabulary.size;
    this.personUse = new Int32Array(size);
    this.otherUse = new Int32Array(size);
    this.nameIsPerson = new Uint8Array(index.nameCount);
    this.marks = new Int32Array(index.nameCount);
    const personSchema = index.schemas.map((s) => isA(s, 'Person'));
    // Uses are counted once per entity: an entity's many spellings of one name (aliases,
    // a name read apart at its brackets) are one use of its words.
    const counted = new Int32Array(size).fill(-1);
    for (let e = 0; e < index.entities.length; e++) {
      const person = personSchema[index.entitySchema[e]];
      const use = person ? this.personUse : this.otherUse;
      for (const n of index.entities[e].names) {
        this.nameIsPerson[n] = person ? 1 : 0;
        for (let s = index.nameStart[n]; s < index.nameStart[n + 1]; s++) {
          const t = index.slotToken[s];
          if (counted[t] === e) continue;
          counted[t] = e;
          use[t]++;
        }
      }
    }
  }

  private lookup(form: string): WordHits {
    const tokens = structureName(form, 'person', this.index.dictionary);
    const found: number[] = [];
    for (const t of tokens) {
      const keys = tokenKeys(t.form, t.renderings);
      for (const h of queryLookupKeys({ ...keys, skeletons: [] }, true)) this.index.vocabulary.tokensFor(h, found);
      for (const h of queryLookupKeys({ ...keys, renderings: [] }, true)) this.index.vocabulary.tokensFor(h, found);
    }
    return { tokens, hits: [...new Set(found)] };
  }

  private word(form: string): WordHits {
    return this.words.get(form, () => this.lookup(form));
  }

  /** Vocabulary ids a word (normalised) reaches. */
  hits(form: string): readonly number[] {
    return this.word(form).hits;
  }

  /** Whether any word the form reaches is used in a listed person's name, or only elsewhere. */
  use(form: string): { person: number; other: number } {
    let person = 0;
    let other = 0;
    for (const t of this.word(form).hits) {
      person += this.personUse[t];
      other += this.otherUse[t];
    }
    return { person, other };
  }

  /** Whether the lists use what the word reaches in persons' names at least as much as in other names. */
  personLike(form: string): boolean {
    const { person, other } = this.use(form);
    return person > 0 && person >= other;
  }

  /** Whether the lists use what the word reaches only in the names of organisations, vessels and the like. */
  orgLike(form: string): boolean {
    const { person, other } = this.use(form);
    return other > 0 && person === 0;
  }

  private postings(hits: readonly number[]): number {
    let n = 0;
    for (const t of hits) n += this.index.postingCount(t);
    return n;
  }

  /**
   * Whether one list name holds a word each of two forms reach, and whose name it is (a
   * person's first); null when none does, or when both are too common to tell.
   */
  together(a: string, b: string): NameUse | null {
    return this.pairs.get(`${a}\u0000${b}`, () => this.meet(a, b));
  }

  private meet(a: string, b: string): NameUse | null {
    let first = this.hits(a);
    let second = this.hits(b);
    if (first.length === 0 || second.length === 0) return null;
    if (this.postings(first) > this.postings(second)) [first, second] = [second, first];
    if (this.postings(first) > MAX_POSTINGS) return null;
    const { postingStart, postingNames } = this.index;
    const stamp = ++this.stamp;
    for (const t of first) for (let p = postingStart[t]; p < postingStart[t + 1]; p++) this.marks[postingNames[p]] = stamp;
    let found: NameUse | null = null;
    for (const t of second) {
      for (let p = postingStart[t]; p < postingStart[t + 1]; p++) {
        const n = postingNames[p];
        if (this.marks[n] !== stamp) continue;
        if (this.nameIsPerson[n]) return 'person';
        found = 'org';
      }
    }
    return found;
  }

  /**
   * A spelling of the word a reader recognises: the list spelling that renders it as surely
   * as a transliteration does (the one most listed names use), else a common list spelling
   * close to it, else the most standard rule-made rendering.
   */
  latin(form: string, use: NameUse): string {
    return this.spellings.get(`${use}\u0000${form}`, () => {
      const w = this.word(form);
      return w.tokens.map((t) => this.tokenLatin(t, w.hits, use)).join(' ');
    });
  }

  private tokenLatin(t: MatchToken, hits: readonly number[], use: NameUse): string {
    const keys = queryKeys(tokenKeys(t.form, t.renderings));
    const used = use === 'person' ? this.personUse : this.otherUse;
    const standard = t.renderings.slice(0, STANDARD_RENDERINGS);
    // [spelling, how sure, how many names use it]
    let sure: [string, number, number] | null = null;
    let likely: [string, number] | null = null;
    for (const id of hits) {
      const form = this.index.vocabulary.forms[id];
      if (!LATIN_WORD.test(form) || used[id] === 0) continue;
      const score = compareTokens(keys, this.index.vocabulary.keys[id], t.form, form).score;
      if (score >= SURE_RENDERING) {
        if (!sure || score > sure[1] || (score === sure[1] && used[id] > sure[2])) sure = [form, score, used[id]];
        continue;
      }
      if (score < LIKELY_RENDERING || used[id] < COMMON_SPELLING) continue;
      const near = Math.max(...standard.map((r) => jaroWinkler(r, form)));
      if (near >= LIKELY_SPELLING && (!likely || used[id] > likely[1])) likely = [form, used[id]];
    }
    return sure?.[0] ?? likely?.[0] ?? t.renderings[0] ?? t.form;
  }

  /** The renderings the name engine makes of a word, most standard first. */
  renderings(form: string): string[] {
    return this.word(form).tokens.flatMap((t) => t.renderings.filter((r) => LATIN_WORD.test(r)));
  }
}
