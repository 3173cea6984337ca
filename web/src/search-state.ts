/**
 * A search as the URL keeps it (`/?q=…&schema=…`), so it can be linked, bookmarked and
 * reloaded; and the two API requests it becomes: POST /match for scored hits (any script, with
 * the optional fields refining the score) and GET /search for words typed so far (prefixes,
 * identifiers) and nothing else the matcher found.
 */
import { MATCHABLE_SCHEMATA } from './labels.ts';

export interface SearchState {
  q: string;
  schema: string;
  country: string;
  dataset: string;
  birthDate: string;
  nationality: string;
  idNumber: string;
}

/** Field → URL parameter. */
const PARAMS: Readonly<Record<keyof SearchState, string>> = {
  q: 'q', schema: 'schema', country: 'country', dataset: 'dataset', birthDate: 'dob', nationality: 'nationality', idNumber: 'id',
};

export const EMPTY_SEARCH: SearchState = { q: '', schema: '', country: '', dataset: '', birthDate: '', nationality: '', idNumber: '' };

export function searchFromParams(params: URLSearchParams): SearchState {
  const out = { ...EMPTY_SEARCH };
  for (const field of Object.keys(PARAMS) as (keyof SearchState)[]) out[field] = params.get(PARAMS[field]) ?? '';
  return out;
}

/** "?q=…&…" with the fields that are set, or "" for none. */
export function searchToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  for (const field of Object.keys(PARAMS) as (keyof SearchState)[]) {
    const value = state[field].trim();
    if (value) params.set(PARAMS[field], value);
  }
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** Whether anything beyond the name was given that the matcher weighs. */
export function refines(state: SearchState): boolean {
  return Boolean(state.birthDate.trim() || state.nationality.trim() || state.idNumber.trim());
}

/** Whether there is anything to screen: a name, or an identifier alone. */
export function screenable(state: SearchState): boolean {
  return state.q.trim().length > 0 || state.idNumber.trim().length > 0;
}

/**
 * The schemata to screen the name as: the type chosen; else people when a birth date or
 * nationality is given (only people have them); else every kind of party, vessel and aircraft
 * (a Person or Company query never reaches a ship).
 */
function querySchemata(state: SearchState): string[] {
  if (MATCHABLE_SCHEMATA.includes(state.schema)) return [state.schema];
  if (state.birthDate.trim() || state.nationality.trim()) return ['Person'];
  return ['LegalEntity', 'Vessel', 'Airplane'];
}

export type MatchExample = { schema: string; properties: Record<string, string[]> };

/** The queries by example the matcher scores, one per schema, keyed by schema (one batch). */
export function matchQueries(state: SearchState): Record<string, MatchExample> {
  const properties: Record<string, string[]> = {};
  if (state.q.trim()) properties.name = [state.q.trim()];
  if (state.birthDate.trim()) properties.birthDate = [state.birthDate.trim()];
  if (state.nationality.trim()) properties.nationality = [state.nationality.trim()];
  if (state.idNumber.trim()) properties.idNumber = [state.idNumber.trim()];
  return Object.fromEntries(querySchemata(state).map((schema) => [schema, { schema, properties }]));
}

/** Hits shown at most, and the score under which the matcher's candidates are not worth showing. */
export const MATCH_LIMIT = 20;
export const MATCH_CUTOFF = 0.4;

export function matchPath(state: SearchState, limit = MATCH_LIMIT): string {
  const params = new URLSearchParams({ limit: String(limit), cutoff: String(MATCH_CUTOFF) });
  if (state.dataset) params.set('include_dataset', state.dataset);
  return `/match/default?${params}`;
}

/** The words as typed, the last one as a prefix while it is being typed ("sergei lavr" finds LAVROV). */
export function prefixQuery(q: string): string {
  const words = q.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  const last = words[words.length - 1];
  if (!q.endsWith(' ') && last.length >= 2 && !last.endsWith('*')) words[words.length - 1] = `${last}*`;
  return words.join(' ');
}

export const SEARCH_LIMIT = 10;

export function searchPath(state: SearchState): string {
  const params = new URLSearchParams({ q: prefixQuery(state.q), limit: String(SEARCH_LIMIT) });
  // Thing leaves out sanctions, documents and links already; addresses are not parties.
  params.set('schema', MATCHABLE_SCHEMATA.includes(state.schema) ? state.schema : 'Thing');
  if (!state.schema) params.set('exclude_schema', 'Address');
  if (state.country) params.append('countries', state.country);
  if (state.dataset) params.append('datasets', state.dataset);
  return `/search/default?${params}`;
}

/**
 * The filter choices, from the facets of the whole collection. (`limit=1`: the route answers
 * 500 for `limit=0` with hits.)
 */
export const FACETS_PATH = '/search/default?limit=1&facets=schema&facets=countries&facets=datasets';
