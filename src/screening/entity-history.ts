/**
 * An entity's history across list versions: for each dataset that ever held it, every version
 * of that dataset with what it said about the entity then — first listed, added, unchanged,
 * changed (which fields), removed, or absent. Built from the store's own records; nothing is
 * kept beside them.
 */
import type { Entity } from '../model/entity.js';
import { entityChange } from '../store/diff.js';
import type { DatasetVersion, PropertyChange, Store } from '../store/types.js';

export type VersionStatus = 'listed' | 'added' | 'unchanged' | 'changed' | 'removed' | 'absent';

export interface VersionEntry {
  version: DatasetVersion;
  status: VersionStatus;
  /** The fields that differ from the last version that held the entity (when `changed`). */
  changes: PropertyChange[];
}

export interface DatasetTimeline {
  dataset: string;
  versions: VersionEntry[];
}

/** What one version said about the entity, given what the version before it held (if anything). */
function entryOf(version: DatasetVersion, held: Entity | undefined, last: Entity | undefined, isFirst: boolean): VersionEntry {
  if (!held) return { version, status: last ? 'removed' : 'absent', changes: [] };
  if (!last) return { version, status: isFirst ? 'listed' : 'added', changes: [] };
  const change = entityChange(last, held);
  return change ? { version, status: 'changed', changes: change.changes } : { version, status: 'unchanged', changes: [] };
}

/**
 * One dataset's versions (oldest first) against the records of the entity they held, keyed by
 * version id: a status per version.
 */
export function datasetTimeline(dataset: string, versions: readonly DatasetVersion[], held: ReadonlyMap<number, Entity>): DatasetTimeline {
  let last: Entity | undefined;
  const entries = versions.map((version, i) => {
    const entity = held.get(version.id);
    const entry = entryOf(version, entity, last, i === 0);
    last = entity;
    return entry;
  });
  return { dataset, versions: entries };
}

/**
 * The history of an entity and the ids merged into it, per dataset; empty when no version of
 * any dataset ever held any of those ids.
 */
export async function entityHistory(store: Store, ids: readonly string[]): Promise<DatasetTimeline[]> {
  const held = new Map<string, Map<number, Entity>>();
  for (const id of ids) {
    for (const { version, entity } of await store.entityHistory(id)) {
      let byVersion = held.get(version.dataset);
      if (!byVersion) held.set(version.dataset, (byVersion = new Map()));
      if (!byVersion.has(version.id)) byVersion.set(version.id, entity);
    }
  }
  const timelines: DatasetTimeline[] = [];
  for (const [dataset, byVersion] of [...held].sort(([a], [b]) => a.localeCompare(b))) {
    timelines.push(datasetTimeline(dataset, await store.versions(dataset), byVersion));
  }
  return timelines;
}
