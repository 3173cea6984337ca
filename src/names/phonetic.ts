/** Placeholder until phonetic keys land. */
import { doubleMetaphone } from 'double-metaphone';

export function phoneticKeys(latinToken: string): string[] {
  const [a, b] = doubleMetaphone(latinToken);
  return [...new Set([a, b].filter(Boolean))];
}
