/**
 * Whether two words are known to be different names though their consonants agree
 * (distinct-names-data.ts): then a shared consonant skeleton is no evidence that they are one.
 */
import { DISTINCT_NAMES } from './distinct-names-data.js';

const GROUP_OF: ReadonlyMap<string, number> = new Map(DISTINCT_NAMES.flatMap((spellings, group) => spellings.map((s) => [s, group] as const)));

/** The groups any of a word's renderings belongs to, as a bit set (0: none). */
export function distinctNameGroups(renderings: readonly string[]): number {
  let groups = 0;
  for (const r of renderings) {
    const g = GROUP_OF.get(r);
    if (g !== undefined) groups |= 1 << g;
  }
  return groups;
}

/** Two words each read as a known name, and never as the same one ("mahmoud", "muhammad"). */
export function knownDifferentNames(a: readonly string[], b: readonly string[]): boolean {
  const ga = distinctNameGroups(a);
  const gb = distinctNameGroups(b);
  return ga !== 0 && gb !== 0 && (ga & gb) === 0;
}
