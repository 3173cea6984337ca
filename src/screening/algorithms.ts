/**
 * Algorithms by the names clients send. yente's clients ask for `best`, `default` or one of
 * yente's own algorithms by name; each of those is answered by Ghirbal's default, so a
 * client written for yente works unchanged (the audit trail records which one scored).
 */
import { ALGORITHMS, DEFAULT_ALGORITHM, findAlgorithm } from '../match/algorithms/index.js';
import type { MatchAlgorithm } from '../match/types.js';

export const YENTE_ALGORITHM_NAMES: readonly string[] = ['logic-v2', 'logic-v1', 'name-based', 'name-qualified', 'regression-v1'];
const ALIASES: ReadonlySet<string> = new Set(['best', 'default', ...YENTE_ALGORITHM_NAMES]);

/**
 * yente's matcher configuration keys. They tune yente's name comparison, which Ghirbal does
 * not have; a client that sends them is answered as if it had not (the scoring they would
 * tune is done differently here), while any other key is refused as yente refuses it.
 */
export const YENTE_CONFIG_KEYS: ReadonlySet<string> = new Set([
  'nm_number_mismatch', 'nm_extra_query_name', 'nm_extra_result_name', 'nm_family_name_weight',
  'nm_fuzzy_cutoff_factor', 'nm_name_property',
]);

export { ALGORITHMS, DEFAULT_ALGORITHM };

/** The algorithm a client's name asks for (case-insensitive), or null when there is none of that name. */
export function resolveAlgorithm(name: string | undefined): MatchAlgorithm | null {
  const wanted = (name ?? DEFAULT_ALGORITHM).trim().toLowerCase();
  return findAlgorithm(ALIASES.has(wanted) ? DEFAULT_ALGORITHM : wanted) ?? null;
}
