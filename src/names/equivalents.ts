/**
 * The name-equivalence dictionary at work: spellings of a word that transliteration rules do
 * not give but the lists and the pair data show to be the same name (محمد ~ mohamed,
 * 최 ~ choi). The dictionary is generated (equivalents-data.ts, by
 * scripts/build-name-equivalents.ts). An evaluation whose queries the generated dictionary has
 * seen uses one learnt without them (an index is built with the dictionary it is given), so
 * that it never sees its answers. Organisation words (завод ~ plant) come from a curated table
 * instead (org-words.ts), whatever the dictionary.
 */
import { EQUIVALENTS } from './equivalents-data.js';
import { orgWordEquivalents } from './org-words.js';

const NONE: readonly string[] = Object.freeze([]);

/** Normalised word → learnt Latin spellings, most often seen first. */
export type NameDictionary = ReadonlyMap<string, readonly string[]>;

export function dictionaryFrom(table: Readonly<Record<string, readonly string[]>>): NameDictionary {
  return new Map(Object.entries(table));
}

/** The generated dictionary: what every index uses unless it is given another. */
export const GENERATED_DICTIONARY: NameDictionary = dictionaryFrom(EQUIVALENTS);

/**
 * Learnt Latin spellings of a normalised word, most often seen first, then what it is in other
 * languages when it is an organisation word (завод → plant, plant → zavod); none for most words.
 */
export function equivalentSpellings(word: string, dictionary: NameDictionary = GENERATED_DICTIONARY): readonly string[] {
  const learnt = dictionary.get(word) ?? NONE;
  const org = orgWordEquivalents(word);
  if (org.length === 0) return learnt;
  if (learnt.length === 0) return org;
  return [...learnt, ...org.filter((o) => !learnt.includes(o))];
}

