/**
 * A table of phrases (roles, ministries, countries, sanctions words…) looked up over text
 * tokens: the longest phrase that starts at a token. Phrases are written as in text and
 * folded like the tokens (normalizeName, phraseKey). A word ending in "*" is a stem that
 * takes any ending (Russian cases: "министр*" is министр, министра, министром…); a phrase
 * written all in capitals ("US", "EU", "МИД") only matches capitals, since "us" is a word.
 * Arabic joined prefixes (وال, بال, لل…) are tried on the first word when it does not match
 * as written.
 */
import { normalizeName, tokenize } from '../normalize.js';
import { arabicStems } from './arabic-clitics.js';
import { phraseKey, type TextToken } from './tokens.js';

interface Word {
  key: string;
  stem: boolean;
}

interface Entry<T> {
  words: Word[];
  cased: boolean;
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** Token indexes: start inclusive, end exclusive. */
  start: number;
  end: number;
  /** Characters of the first token a joined prefix took (0 when none). */
  cut: number;
}

/** Entries are found by the first letters of their first word: stems cannot be keyed whole. */
const BUCKET_LETTERS = 3;
const HAS_CASE = /\p{Lu}/u;

function bucketOf(key: string): string {
  return key.slice(0, BUCKET_LETTERS);
}

function parsePhrase(phrase: string): Word[] {
  const out: Word[] = [];
  for (const raw of phrase.split(/\s+/)) {
    const stem = raw.endsWith('*');
    const forms = tokenize(normalizeName(stem ? raw.slice(0, -1) : raw));
    forms.forEach((f, i) => out.push({ key: phraseKey(f), stem: stem && i === forms.length - 1 }));
  }
  return out;
}

function wordMatches(word: Word, key: string): boolean {
  return word.stem ? key.startsWith(word.key) : key === word.key;
}

export class PhraseTable<T> {
  private readonly buckets = new Map<string, Entry<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = parsePhrase(phrase);
      if (words.length === 0) continue;
      const cased = HAS_CASE.test(phrase) && phrase === phrase.toUpperCase();
      const bucket = bucketOf(words[0].key);
      const list = this.buckets.get(bucket) ?? [];
      list.push({ words, cased, value });
      this.buckets.set(bucket, list);
    }
    for (const list of this.buckets.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private entryAt(tokens: readonly TextToken[], at: number, firstKey: string): Entry<T> | null {
    for (const e of this.buckets.get(bucketOf(firstKey)) ?? []) {
      if (at + e.words.length > tokens.length || !wordMatches(e.words[0], firstKey)) continue;
      if (e.cased && !tokens[at].upper) continue;
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) {
        const t = tokens[at + k];
        ok = wordMatches(e.words[k], t.key) && t.gap !== 'stop' && (!e.cased || t.upper);
      }
      if (ok) return e;
    }
    return null;
  }

  /** The longest phrase starting at token `at`, or null. */
  matchAt(tokens: readonly TextToken[], at: number): PhraseMatch<T> | null {
    const t = tokens[at];
    const whole = this.entryAt(tokens, at, t.key);
    if (whole) return { value: whole.value, start: at, end: at + whole.words.length, cut: 0 };
    for (const { stem, cut } of arabicStems(t.key)) {
      const e = this.entryAt(tokens, at, stem);
      if (e) return { value: e.value, start: at, end: at + e.words.length, cut };
    }
    return null;
  }
}
