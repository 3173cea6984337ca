/**
 * What a server answers from: the match index, every entity whole, and a text index, all
 * built from one set of dataset versions, with those versions named. A rebuild reads the
 * store's current versions into new structures off to the side and swaps them in whole, in
 * one assignment: a request holds the snapshot it started with, so it finishes on the old
 * index while the new one is built, and none ever sees a half-built one.
 */
import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Entity } from '../model/entity.js';
import { MatchIndexBuilder, type MatchIndex } from '../match/index.js';
import { match, type MatchOptions, type MatchQuery } from '../match/query.js';
import type { MatchResult } from '../match/types.js';
import type { MatchThreads, VersionRef } from './match-threads.js';
import type { DatasetVersion, Store } from '../store/types.js';
import { isSanctionTopic, resolveScope, type LoadedDataset, type Scope } from './collections.js';
import { EntityCatalogBuilder, type EntityCatalog } from './entity-catalog.js';
import { SearchIndexBuilder, type SearchIndex } from './search-index.js';
import { collectGarbageNow } from './serving-heap.js';

/** Entities read between two turns of the event loop, so a server answers while it builds. */
const ENTITIES_PER_TURN = 500;
/** A dataset may get a new version while it is read; read again, at most this many times. */
const MAX_READS = 3;

export interface Snapshot {
  /** 1 for the first index this process built, then 2, 3… */
  readonly generation: number;
  /** A short hash of the dataset versions indexed: the same versions give the same label. */
  readonly label: string;
  readonly builtAt: string;
  readonly match: MatchIndex;
  readonly catalog: EntityCatalog;
  readonly search: SearchIndex;
  /** The versions indexed, by dataset name. */
  readonly versions: readonly DatasetVersion[];
  readonly loaded: readonly LoadedDataset[];
  /** Dataset name → version seq, as the audit trail names them. */
  readonly datasetVersions: Readonly<Record<string, number>>;
}

/** The dataset or collection of this name in a snapshot, or null. */
export function scopeOf(snapshot: Snapshot, name: string): Scope | null {
  return resolveScope(name, snapshot.loaded);
}

export function versionsLabel(versions: readonly DatasetVersion[]): string {
  const key = versions.map((v) => `${v.dataset}@${v.seq}`).sort().join(',');
  return createHash('sha1').update(key).digest('hex').slice(0, 12);
}

/** The entity as its dataset holds it, naming that dataset among its own (an export keeps its source's names). */
function heldBy(e: Entity, dataset: string): Entity {
  return e.datasets.includes(dataset) ? e : { ...e, datasets: [...e.datasets, dataset] };
}

function sameVersions(a: readonly DatasetVersion[], b: readonly DatasetVersion[]): boolean {
  return a.length === b.length && a.every((v, i) => v.id === b[i].id);
}

async function currentVersions(store: Store): Promise<DatasetVersion[]> {
  const summaries = await store.datasets();
  return summaries.flatMap((s) => (s.current ? [s.current] : [])).sort((a, b) => (a.dataset < b.dataset ? -1 : 1));
}

/** Each entity of these versions, as its dataset holds it, with a turn of the event loop every so often. */
async function* versionEntities(store: Store, versions: readonly VersionRef[]): AsyncIterable<[Entity, string]> {
  let read = 0;
  for (const v of versions) {
    for await (const raw of store.entities(v.dataset, v.seq)) {
      yield [heldBy(raw, v.dataset), v.dataset];
      if (++read % ENTITIES_PER_TURN === 0) await nextTurn();
    }
  }
}

/** The match index alone of these versions, read as a snapshot reads it: what a matcher thread builds. */
export async function readMatchIndex(store: Store, versions: readonly VersionRef[]): Promise<MatchIndex> {
  const builder = new MatchIndexBuilder();
  for await (const [e] of versionEntities(store, versions)) builder.add(e);
  return builder.finish();
}

/** One read of every current version into new structures. */
async function readSnapshot(store: Store, versions: readonly DatasetVersion[], generation: number): Promise<Snapshot> {
  const matchBuilder = new MatchIndexBuilder();
  const catalogBuilder = new EntityCatalogBuilder();
  const sanctioned = new Map<string, number>();
  for await (const [e, dataset] of versionEntities(store, versions)) {
    matchBuilder.add(e);
    catalogBuilder.add(e, dataset);
    if ((e.properties.topics ?? []).some(isSanctionTopic)) sanctioned.set(dataset, (sanctioned.get(dataset) ?? 0) + 1);
  }
  let read = 0;
  const catalog = catalogBuilder.finish();
  await nextTurn();
  const searchBuilder = new SearchIndexBuilder();
  for (const e of catalog.values()) {
    searchBuilder.add(e);
    if (++read % ENTITIES_PER_TURN === 0) await nextTurn();
  }
  const search = searchBuilder.finish();
  await nextTurn();
  const match = matchBuilder.finish();
  return {
    generation,
    label: versionsLabel(versions),
    builtAt: new Date().toISOString().slice(0, 19),
    match, catalog, search, versions,
    loaded: versions.map((v) => ({ name: v.dataset, sanctioned: sanctioned.get(v.dataset) ?? 0 })),
    datasetVersions: Object.fromEntries(versions.map((v) => [v.dataset, v.seq])),
  };
}

export class ServingIndex {
  private current: Snapshot | null = null;
  private building: Promise<Snapshot> | null = null;
  /** A rebuild asked for while one runs: it starts when that one ends (there is one at most). */
  private next: Promise<Snapshot> | null = null;
  private generation = 0;

  constructor(
    private readonly store: Store,
    /** Threads that match for it (each with an index of its own); without, it matches here. */
    private readonly threads: MatchThreads | null = null,
    /** Collect the heap's garbage when a build ends (a server tuned as serving-heap.ts says). */
    private readonly collectAfterBuild = false,
  ) {}

  /**
   * Match on a snapshot's index: on a matcher thread when one holds the snapshot's versions,
   * else here. Either gives the same results.
   */
  async match(snapshot: Snapshot, query: MatchQuery, options: MatchOptions): Promise<MatchResult[]> {
    const answered = this.threads ? await this.threads.match(snapshot.label, query, options) : null;
    return answered ?? match(snapshot.match, query, options);
  }

  /** Resolves when the matcher threads have built (or failed to build) the current snapshot's index. */
  threadsBuilt: Promise<void> = Promise.resolve();

  /** Matcher threads holding the current snapshot's versions (0 when it matches here). */
  get matchThreads(): number {
    return this.current && this.threads ? this.threads.holding(this.current.label) : 0;
  }

  /** Queries the matcher threads have answered since the server started. */
  get threadAnswers(): number {
    return this.threads?.answered ?? 0;
  }

  /** Full collections of the matcher threads' heaps so far. */
  get threadFullGcs(): number {
    return this.threads?.fullGcs ?? 0;
  }

  async close(): Promise<void> {
    await this.threads?.close();
  }

  /** The snapshot to answer from, or null before the first build ends. */
  get snapshot(): Snapshot | null {
    return this.current;
  }

  get ready(): boolean {
    return this.current !== null;
  }

  get rebuilding(): boolean {
    return this.building !== null;
  }

  /**
   * Build from the store's current versions and swap in. Asked for while a build runs, it
   * waits for that one and builds again (once, however many ask), so it always reflects the
   * versions current when it was asked.
   */
  rebuild(): Promise<Snapshot> {
    if (this.next) return this.next;
    if (!this.building) return (this.building = this.build());
    const after = this.building.catch(() => undefined).then(() => {
      this.next = null;
      return (this.building = this.build());
    });
    this.next = after;
    return after;
  }

  private async build(): Promise<Snapshot> {
    try {
      let versions = await currentVersions(this.store);
      for (let read = 1; ; read++) {
        const snapshot = await readSnapshot(this.store, versions, this.generation + 1);
        const now = await currentVersions(this.store);
        // Each dataset was read at the version named, so the snapshot is consistent whatever
        // changed meanwhile; read again only to pick up what did.
        if (sameVersions(versions, now) || read >= MAX_READS) {
          this.generation++;
          this.current = snapshot;
          if (this.threads) this.threadsBuilt = this.threads.load(snapshot.label, snapshot.versions);
          if (this.collectAfterBuild) collectGarbageNow();
          return snapshot;
        }
        versions = now;
      }
    } finally {
      this.building = null;
    }
  }
}
