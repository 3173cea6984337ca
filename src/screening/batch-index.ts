/**
 * The index a command-line batch screens against: every dataset's current version, each
 * entity naming the dataset that holds it, and the versions named for the records and the
 * audit trail. (A server screens against its serving snapshot, which has the same two parts.)
 */
import type { Entity } from '../model/entity.js';
import { MatchIndexBuilder } from '../match/index.js';
import type { Store } from '../store/types.js';
import type { ListIndex } from './batch-record.js';

/** The entity as its dataset holds it, naming that dataset among its own (an export keeps its source's names). */
export function heldBy(e: Entity, dataset: string): Entity {
  return e.datasets.includes(dataset) ? e : { ...e, datasets: [...e.datasets, dataset] };
}

export async function buildListIndex(store: Store, onProgress?: (entities: number) => void): Promise<ListIndex> {
  const builder = new MatchIndexBuilder();
  const datasetVersions: Record<string, number> = {};
  let read = 0;
  for (const summary of await store.datasets()) {
    const v = summary.current;
    if (!v) continue;
    datasetVersions[v.dataset] = v.seq;
    for await (const e of store.entities(v.dataset, v.seq)) {
      builder.add(heldBy(e, v.dataset));
      if (++read % 2000 === 0) onProgress?.(read);
    }
  }
  return { match: builder.finish(), datasetVersions };
}
