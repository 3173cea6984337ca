/**
 * One search, as the box runs it while the analyst types: the matcher's scored hits and the
 * text search's hits for the words so far, asked together, merged (scored first).
 */
import type { Api, MatchResponse, SearchResponse } from './api.ts';
import { hitFromText, mergeHits, scoredHits, type Hit } from './hits.ts';
import { matchPath, matchQueries, prefixQuery, searchPath, type SearchState } from './search-state.ts';

/** Shorter than this, a name matches too much to be worth asking about. */
export const MIN_QUERY_LENGTH = 2;

export async function runSearch(api: Api, state: SearchState, signal: AbortSignal): Promise<Hit[]> {
  const q = state.q.trim();
  const matched = q.length >= MIN_QUERY_LENGTH || state.idNumber.trim()
    ? api.post<MatchResponse>(matchPath(state), { queries: matchQueries(state) }, signal)
    : null;
  const found = prefixQuery(q).length >= MIN_QUERY_LENGTH ? api.get<SearchResponse>(searchPath(state), signal) : null;
  const [m, f] = await Promise.all([matched, found]);
  return mergeHits(m ? scoredHits(m, state.country) : [], (f?.results ?? []).map(hitFromText));
}
