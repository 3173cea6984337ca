/**
 * One page of a version diff, as a reader can take it in: SDN 2021 → 2024 is ~36,000 changed
 * records and 12 MB of JSON, most of them the sanctions, identifications and links that hang off
 * a listed party. A page keeps the counts of the whole diff and a slice of each list; `parties`
 * keeps only the persons, organisations, vessels and aircraft themselves.
 */
import type { Entity } from '../model/entity.js';
import { isMatchable } from '../model/schema.js';
import type { EntityChange, VersionDiff } from '../store/types.js';

export interface DiffPageOptions {
  /** Only the parties a list names (schemata that can be screened), not what hangs off them. */
  parties?: boolean;
  /** Entries of each list skipped, then at most `limit` kept (default: all). */
  offset?: number;
  limit?: number;
}

export interface DiffPage {
  counts: { added: number; removed: number; changed: number };
  added: Entity[];
  removed: Entity[];
  changed: EntityChange[];
}

function sliceOf<T>(items: readonly T[], offset: number, limit: number | undefined): T[] {
  return items.slice(offset, limit === undefined ? undefined : offset + limit);
}

export function diffPage(diff: VersionDiff, options: DiffPageOptions = {}): DiffPage {
  const keep = options.parties ? (x: { schema: string }) => isMatchable(x.schema) : () => true;
  const added = diff.added.filter(keep);
  const removed = diff.removed.filter(keep);
  const changed = diff.changed.filter(keep);
  const offset = options.offset ?? 0;
  return {
    counts: { added: added.length, removed: removed.length, changed: changed.length },
    added: sliceOf(added, offset, options.limit),
    removed: sliceOf(removed, offset, options.limit),
    changed: sliceOf(changed, offset, options.limit),
  };
}
