/** The scoring algorithms by name; `ghirbal-v1` is the default. Names are case-insensitive. */
import type { MatchAlgorithm } from '../types.js';
import { ghirbalV1 } from './ghirbal-v1.js';
import { ofac } from './ofac.js';

export const ALGORITHMS: readonly MatchAlgorithm[] = [ghirbalV1, ofac];
export const DEFAULT_ALGORITHM = ghirbalV1.name;

/** The algorithm of this name, or undefined. */
export function findAlgorithm(name: string): MatchAlgorithm | undefined {
  const lower = name.toLowerCase();
  return ALGORITHMS.find((a) => a.name === lower);
}
