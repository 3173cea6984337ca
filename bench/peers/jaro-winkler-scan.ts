/**
 * The whole-name Jaro–Winkler scan OFAC's Sanctions List Search is built on: the query against
 * every listed name, nothing else (no first-letter screen, no per-part pass: Ghirbal's `ofac`
 * algorithm has those). Uses Ghirbal's own pinned Jaro–Winkler.
 */
import { jaroWinkler } from '../../src/match/jaro-winkler.js';
import { foldedNames, keepBest, queryName, topEntities, type Peer, type Ranked } from './types.js';

export const jaroWinklerScanPeer: Peer = {
  id: 'jw-scan',
  label: 'Jaro–Winkler scan',
  settings:
    'Every listed name folded as for the other peers, compared whole with the folded query by Jaro–Winkler (prefix ' +
    'scale 0.1, up to 4 letters, boost above 0.7); an entity takes its best name. Jaro–Winkler has no threshold of ' +
    'its own; 0.8, the default of the `ofac` emulation, stands in for one.',
  defaultThreshold: 0.8,
  queriesPerSet: 40,
  needsPostgres: false,
  readsDictionary: false,
  async build(entities) {
    const ids: string[] = [];
    const names: string[] = [];
    for (const e of entities) for (const n of foldedNames(e)) {
      ids.push(e.id);
      names.push(n);
    }
    return {
      async search(query, k): Promise<Ranked> {
        const name = queryName(query);
        if (!name) return [];
        const best = new Map<string, number>();
        for (let i = 0; i < names.length; i++) keepBest(best, ids[i], jaroWinkler(name, names[i]));
        return topEntities(best, k);
      },
      close: async () => {},
    };
  },
};
