/** Ghirbal itself, with either of its algorithms, through the same `match` the CLI and the API use. */
import { buildIndex } from '../../src/match/index.js';
import { match } from '../../src/match/query.js';
import { findAlgorithm } from '../../src/match/algorithms/index.js';
import { dictionaryFrom } from '../../src/names/equivalents.js';
import type { Peer, Ranked } from './types.js';

function ghirbalPeer(algorithm: 'ghirbal-v1' | 'ofac', settings: string): Peer {
  return {
    id: algorithm,
    label: `Ghirbal ${algorithm}`,
    settings,
    defaultThreshold: findAlgorithm(algorithm)!.defaultThreshold,
    queriesPerSet: 1000,
    needsPostgres: false,
    readsDictionary: true,
    async build(entities, { dictionary }) {
      const index = await buildIndex(entities, dictionary ? { dictionary: dictionaryFrom(dictionary) } : {});
      return {
        // threshold 0: every scored candidate comes back; the driver applies the thresholds.
        search: async (query, k): Promise<Ranked> =>
          match(index, query, { algorithm, limit: k, threshold: 0 }).map((r) => [r.id, r.score]),
        close: async () => {},
      };
    },
  };
}

export const ghirbalV1 = ghirbalPeer(
  'ghirbal-v1',
  'Defaults (`match(index, query, {algorithm: "ghirbal-v1"})`): candidates from the token index, full scoring of the ' +
    'best 50. It is the only system here that reads the query\'s birth date, nationality and gender (sets 4a and 4b carry ' +
    'them) and the schema; each set\'s index is built with a name dictionary learnt without that set\'s answers, as in ' +
    '`npm run eval`; the speed figures use the shipped dictionary.',
);

export const ghirbalOfac = ghirbalPeer(
  'ofac',
  'Ghirbal\'s emulation of OFAC Sanctions List Search (whole-name Jaro–Winkler after a first-letter screen, or per-part ' +
    'Jaro–Winkler with Soundex, whichever is higher; names only), scoring the candidates Ghirbal\'s index gathers. ' +
    'Default threshold 0.8.',
);
