/**
 * Logic over entity sets that both backends share: merging the records a source emits twice
 * under one id, and describing what changed between two versions.
 */
import { finishEntity, type Entity } from '../model/entity.js';
import { commonSchema } from '../model/schema.js';
import { missingVersion } from './rows.js';
import type { EntityChange, PropertyChange, Store, VersionDiff } from './types.js';

/**
 * One entity from two records with the same id: every value of either, in first-seen order.
 * The schema narrows when one record is more specific (LegalEntity + Person → Person); records
 * that cannot be one thing keep the first record's schema rather than fail the import.
 */
export function mergeEntities(a: Entity, b: Entity): Entity {
  const properties: Record<string, string[]> = {};
  for (const [prop, values] of Object.entries(a.properties)) properties[prop] = [...values];
  for (const [prop, values] of Object.entries(b.properties)) {
    properties[prop] = union(properties[prop] ?? [], values);
  }
  return finishEntity({
    id: a.id,
    schema: commonSchema(a.schema, b.schema) ?? a.schema,
    properties,
    datasets: union(a.datasets, b.datasets),
    referents: union(a.referents, b.referents),
    caption: a.caption || b.caption,
    target: a.target || b.target,
    ...optional('first_seen', earliest(a.first_seen, b.first_seen)),
    ...optional('last_seen', latest(a.last_seen, b.last_seen)),
    ...optional('last_change', latest(a.last_change, b.last_change)),
  });
}

/** The properties (and schema, datasets) whose values differ as sets; null when none do. */
export function entityChange(old: Entity, next: Entity): EntityChange | null {
  const changes: PropertyChange[] = [];
  if (old.schema !== next.schema) changes.push({ prop: '$schema', old: [old.schema], new: [next.schema] });
  if (!sameSet(old.datasets, next.datasets)) {
    changes.push({ prop: '$datasets', old: old.datasets, new: next.datasets });
  }
  const props = new Set([...Object.keys(old.properties), ...Object.keys(next.properties)]);
  for (const prop of [...props].sort()) {
    const before = old.properties[prop] ?? [];
    const after = next.properties[prop] ?? [];
    if (!sameSet(before, after)) changes.push({ prop, old: before, new: after });
  }
  if (changes.length === 0) return null;
  return { id: next.id, caption: next.caption, schema: next.schema, changes };
}

function union(a: string[], b: string[]): string[] {
  const out = [...a];
  for (const v of b) if (!out.includes(v)) out.push(v);
  return out;
}

function sameSet(a: string[], b: string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((v) => set.has(v));
}

function earliest(a?: string, b?: string): string | undefined {
  return a === undefined || (b !== undefined && b < a) ? b : a;
}

function latest(a?: string, b?: string): string | undefined {
  return a === undefined || (b !== undefined && b > a) ? b : a;
}

/** Leaves an absent timestamp absent instead of writing `"first_seen": undefined`. */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** The entities that differ between two versions, as a backend reads them. */
export interface DiffRows {
  added: Entity[];
  removed: Entity[];
  /** Pairs [old, new] of entities whose fingerprints differ. */
  changed: [Entity, Entity][];
}

/**
 * Resolves the two versions (to: current by default; from: the one before `to`, which is seq−1
 * because seqs are handed out without gaps under the dataset lock) and shapes the backend's rows.
 */
export async function computeDiff(
  store: Pick<Store, 'version'>,
  dataset: string,
  fromSeq: number | undefined,
  toSeq: number | undefined,
  rows: (fromId: number | null, toId: number) => Promise<DiffRows>,
): Promise<VersionDiff> {
  const to = await store.version(dataset, toSeq);
  if (!to) throw missingVersion(dataset, toSeq);
  const wanted = fromSeq ?? to.seq - 1;
  const from = wanted < 1 ? null : await store.version(dataset, wanted);
  if (wanted >= 1 && !from) throw missingVersion(dataset, wanted);
  const { added, removed, changed } = await rows(from?.id ?? null, to.id);
  const changes = changed.map(([old, next]) => entityChange(old, next)).filter((c) => c !== null);
  return { dataset, from, to, added, removed, changed: changes };
}
