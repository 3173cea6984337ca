/** MiniSearch 7.2.0: an inverted index of name words, fuzzy term lookup, BM25+ ranking. */
import MiniSearch from 'minisearch';
import { foldedNames, keepBest, queryName, topEntities, type Peer, type Ranked } from './types.js';

/** Maximum edit distance as a share of the term's length: the value MiniSearch's documentation uses for typos. */
const FUZZY = 0.2;

export const miniSearchPeer: Peer = {
  id: 'minisearch',
  label: 'MiniSearch',
  settings:
    'One document per listed name (`fields: ["name"]`, the entity id as a stored field), default tokenizer and term ' +
    'processing, `searchOptions: {fuzzy: 0.2}` (the documented typo setting), `combineWith: "OR"` (the default), no ' +
    'prefix search (that is for search-as-you-type). An entity takes the BM25+ score of its best name. BM25+ scores ' +
    'have no fixed scale and MiniSearch has no cut-off: out of the box every result it returns is an alert.',
  defaultThreshold: null,
  queriesPerSet: 400,
  needsPostgres: false,
  readsDictionary: false,
  async build(entities) {
    const search = new MiniSearch<{ id: number; name: string; entity: string }>({ fields: ['name'], storeFields: ['entity'], searchOptions: { fuzzy: FUZZY } });
    let n = 0;
    for (const e of entities) for (const name of foldedNames(e)) search.add({ id: n++, name, entity: e.id });
    return {
      async search(query, k): Promise<Ranked> {
        const name = queryName(query);
        if (!name) return [];
        const best = new Map<string, number>();
        for (const r of search.search(name)) keepBest(best, r.entity as string, r.score);
        return topEntities(best, k);
      },
      close: async () => {},
    };
  },
};
