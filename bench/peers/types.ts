/**
 * What every system in the peers benchmark offers the driver: build a searcher from the
 * entities of an index, then ask it for the best k entities for a query, with its own score.
 */
import type { Entity } from '../../src/model/entity.js';
import type { Equivalents } from '../../scripts/name-equivalents.js';

export interface PeerQuery {
  schema: string;
  properties: Record<string, string[]>;
}

/** Entity ids with the system's score, best first. */
export type Ranked = [entityId: string, score: number][];

export interface Searcher {
  search(query: PeerQuery, k: number): Promise<Ranked>;
  /** Server-side size of what the build made (bytes), when it lives outside this process. */
  externalBytes?(): Promise<number>;
  close(): Promise<void>;
}

export interface BuildContext {
  /** The name dictionary of this set (only Ghirbal reads one: the others have no such notion). */
  dictionary?: Equivalents;
  /** A database of this run's own, with pg_trgm and fuzzystrmatch created. */
  pgUrl?: string;
}

export interface Peer {
  id: string;
  label: string;
  /** How it is configured and why, for PEERS.md (markdown, one paragraph). */
  settings: string;
  /** Score at or above which it alerts out of the box; null: any result it returns is an alert. */
  defaultThreshold: number | null;
  /**
   * Queries per set it answers at most: the first ones of the one seeded sample every system
   * shares. Set by what the system costs per query (one that scans every listed name gets few),
   * so that the whole run fits in its time.
   */
  queriesPerSet: number;
  needsPostgres: boolean;
  /** Builds with each set's own name dictionary (Ghirbal): its index is rebuilt per dictionary. */
  readsDictionary: boolean;
  build(entities: readonly Entity[], context: BuildContext): Promise<Searcher>;
}

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘`´ʼ]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The one text preparation every peer gets, on both sides: compatibility decomposition, marks
 * removed, lower case, apostrophes dropped, other punctuation a space. Ghirbal does its own.
 */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

/** The name a peer searches for: the query's first name, folded. */
export function queryName(query: PeerQuery): string {
  return foldName(query.properties.name?.[0] ?? '');
}

const NAME_PROPS = ['name', 'alias', 'weakAlias', 'previousName'];

/** An entity's names, folded, without repeats or empties. */
export function foldedNames(entity: Entity): string[] {
  const out = new Set<string>();
  for (const p of NAME_PROPS) for (const n of entity.properties[p] ?? []) {
    const f = foldName(n);
    if (f) out.add(f);
  }
  return [...out];
}

/** Remember an entity's best score so far (an entity is as close as its closest name). */
export function keepBest(best: Map<string, number>, id: string, score: number): void {
  if (score > (best.get(id) ?? -Infinity)) best.set(id, score);
}

/** The k best entities of a best-score map, ties by id so that every run ranks them the same. */
export function topEntities(best: ReadonlyMap<string, number>, k: number): Ranked {
  // A scan scores every entity: keep the k best as they come rather than sorting them all.
  const top: Ranked = [];
  if (k <= 0) return top;
  for (const entry of best) {
    if (top.length === k) {
      if (!before(entry, top[k - 1])) continue;
      top.pop();
    }
    let i = top.length;
    while (i > 0 && before(entry, top[i - 1])) i--;
    top.splice(i, 0, entry);
  }
  return top;
}

function before(a: [string, number], b: [string, number]): boolean {
  return a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
}
