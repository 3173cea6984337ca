/**
 * Text search over every entity: the words of its names (weighted three times), identifiers
 * and addresses, normalised as names are, in one sorted vocabulary with postings. Every word
 * of a query must be found (as yente's default AND); a word may be a prefix (`lavr*`, and the
 * last word of a suggestion) or, with `fuzzy`, one or two edits off. Ranked by rarity.
 */
import type { Entity } from '../model/entity.js';
import { getProperty } from '../model/schema.js';
import { normalizeName, tokenize } from '../names/normalize.js';
import { editDistance } from '../match/edit-distance.js';

/** A word of a name counts this many times a word found elsewhere. */
const NAME_WEIGHT = 3;
/** A word found only approximately (prefix or fuzzy) counts this share. */
const APPROXIMATE_WEIGHT = 0.5;
/** Text properties worth searching besides names and identifiers. */
const TEXT_PROPS: ReadonlySet<string> = new Set(['address', 'full', 'city', 'street']);

function searchTokens(text: string): string[] {
  return tokenize(normalizeName(text));
}

/** The words of an entity, by where they were found (names first). */
function entityWords(e: Entity): { names: Set<string>; other: Set<string> } {
  const names = new Set<string>();
  const other = new Set<string>();
  for (const t of searchTokens(e.caption ?? '')) names.add(t);
  for (const [prop, values] of Object.entries(e.properties)) {
    const type = getProperty(e.schema, prop)?.type;
    const into = type === 'name' ? names : type === 'identifier' || TEXT_PROPS.has(prop) ? other : null;
    if (!into) continue;
    for (const v of values) for (const t of searchTokens(v)) into.add(t);
  }
  return { names, other };
}

export interface SearchOptions {
  fuzzy?: boolean;
  /** The last word is a prefix (a suggestion while typing). */
  prefixLast?: boolean;
}

export class SearchIndex {
  constructor(
    readonly docs: readonly Entity[],
    /** Sorted, each once. */
    private readonly terms: readonly string[],
    /** Postings of terms[t]: postings[start[t]] .. postings[start[t + 1] - 1], each doc × 2 + (1 if in a name). */
    private readonly start: Int32Array,
    private readonly postings: Int32Array,
  ) {}

  /** Docs holding every word of the query, with a relevance score; null for an empty query (everything). */
  find(query: string, opts: SearchOptions = {}): Map<number, number> | null {
    const words = query.split(/\s+/).filter(Boolean);
    if (words.length === 0) return null;
    let hits: Map<number, number> | null = null;
    words.forEach((word, i) => {
      const prefix = word.endsWith('*') || (opts.prefixLast === true && i === words.length - 1);
      for (const token of searchTokens(word)) {
        const found = this.wordHits(token, prefix, opts.fuzzy === true);
        if (hits === null) hits = found;
        else for (const [doc, score] of hits) {
          const more = found.get(doc);
          if (more === undefined) hits.delete(doc);
          else hits.set(doc, score + more);
        }
      }
    });
    return hits ?? new Map();
  }

  private wordHits(token: string, prefix: boolean, fuzzy: boolean): Map<number, number> {
    const out = new Map<number, number>();
    const add = (t: number, weight: number) => {
      const idf = Math.log(1 + this.docs.length / (this.start[t + 1] - this.start[t]));
      for (let p = this.start[t]; p < this.start[t + 1]; p++) {
        const doc = this.postings[p] >> 1;
        const score = idf * weight * (this.postings[p] & 1 ? NAME_WEIGHT : 1);
        if (score > (out.get(doc) ?? 0)) out.set(doc, score);
      }
    };
    const exact = this.termIndex(token);
    if (exact >= 0) add(exact, 1);
    if (prefix) {
      for (let t = this.lowerBound(token); t < this.terms.length && this.terms[t].startsWith(token); t++) {
        if (t !== exact) add(t, APPROXIMATE_WEIGHT);
      }
    }
    if (fuzzy) {
      const maxEdits = token.length <= 4 ? 1 : 2;
      this.terms.forEach((term, t) => {
        if (t !== exact && Math.abs(term.length - token.length) <= maxEdits && editDistance(token, term) <= maxEdits) add(t, APPROXIMATE_WEIGHT);
      });
    }
    return out;
  }

  private lowerBound(token: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[mid] < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private termIndex(token: string): number {
    const t = this.lowerBound(token);
    return t < this.terms.length && this.terms[t] === token ? t : -1;
  }
}

/** Collects entities one at a time (a catalog's, in its order); `finish` sorts the vocabulary. */
export class SearchIndexBuilder {
  private readonly docs: Entity[] = [];
  private readonly byTerm = new Map<string, number[]>();

  add(e: Entity): void {
    const doc = this.docs.length;
    this.docs.push(e);
    const { names, other } = entityWords(e);
    for (const t of names) this.post(t, doc * 2 + 1);
    for (const t of other) if (!names.has(t)) this.post(t, doc * 2);
  }

  private post(term: string, posting: number): void {
    const list = this.byTerm.get(term);
    if (list) list.push(posting);
    else this.byTerm.set(term, [posting]);
  }

  finish(): SearchIndex {
    const terms = [...this.byTerm.keys()].sort();
    const start = new Int32Array(terms.length + 1);
    let total = 0;
    terms.forEach((t, i) => {
      start[i] = total;
      total += this.byTerm.get(t)!.length;
    });
    start[terms.length] = total;
    const postings = new Int32Array(total);
    terms.forEach((t, i) => postings.set(this.byTerm.get(t)!, start[i]));
    return new SearchIndex(this.docs, terms, start, postings);
  }
}
