/** Fuse.js 7.1.0: Bitap fuzzy matching of the query against every listed name (it has no index to narrow by). */
import Fuse from 'fuse.js';
import { foldedNames, queryName, type Peer, type Ranked } from './types.js';

/** Fuse's own default cut-off: a Bitap score above it (0 = perfect, 1 = nothing alike) is not returned. */
const FUSE_THRESHOLD = 0.6;

export const fusePeer: Peer = {
  id: 'fuse',
  label: 'Fuse.js',
  settings:
    'One record per entity with its names as an array key (`keys: ["names"]`); `includeScore: true`; the default ' +
    '`threshold: 0.6`; `ignoreLocation: true`, which the Fuse.js documentation gives for text where the match may sit ' +
    'anywhere (a listed name\'s words come in either order, so where the query starts in it says nothing); ' +
    '`ignoreDiacritics: true`; results cut with `limit`. Score reported as 1 − Fuse\'s score, so higher is closer; ' +
    'its default threshold is then 0.4, which is every result Fuse returns.',
  defaultThreshold: 1 - FUSE_THRESHOLD,
  queriesPerSet: 20,
  needsPostgres: false,
  readsDictionary: false,
  async build(entities) {
    const records = entities.map((e) => ({ id: e.id, names: foldedNames(e) }));
    const fuse = new Fuse(records, { keys: ['names'], includeScore: true, ignoreLocation: true, ignoreDiacritics: true, threshold: FUSE_THRESHOLD });
    return {
      async search(query, k): Promise<Ranked> {
        const name = queryName(query);
        if (!name) return [];
        return fuse.search(name, { limit: k }).map((r) => [r.item.id, 1 - (r.score ?? 1)]);
      },
      close: async () => {},
    };
  },
};
