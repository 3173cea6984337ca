/**
 * The name-equivalence dictionary at work: spellings of a word that transliteration rules do
 * not give but the lists and the pair data show to be the same name (محمد ~ mohamed,
 * 최 ~ choi). The dictionary is generated (equivalents-data.ts, by
 * scripts/build-name-equivalents.ts). An evaluation whose queries the generated dictionary has
 * seen installs one learnt without them (useEquivalents), so that it never sees its answers.
 * Organisation words (завод ~ plant) come from a curated table instead (org-words.ts), which
 * stays whatever dictionary is installed.
 */
import { EQUIVALENTS } from './equivalents-data.js';
import { orgWordEquivalents } from './org-words.js';

const NONE: readonly string[] = Object.freeze([]);
let active: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(EQUIVALENTS));

/**
 * Learnt Latin spellings of a normalised word, most often seen first, then what it is in other
 * languages when it is an organisation word (завод → plant, plant → zavod); none for most words.
 */
export function equivalentSpellings(word: string): readonly string[] {
  const learnt = active.get(word) ?? NONE;
  const org = orgWordEquivalents(word);
  if (org.length === 0) return learnt;
  if (learnt.length === 0) return org;
  return [...learnt, ...org.filter((o) => !learnt.includes(o))];
}

/** Use this dictionary from now on (the generated one when `table` is omitted). */
export function useEquivalents(table: Readonly<Record<string, readonly string[]>> = EQUIVALENTS): void {
  active = new Map(Object.entries(table));
}
