/** The list entities an evaluation indexes, read straight from the shared files by our parsers. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../src/model/entity.js';
import { isMatchable } from '../src/model/schema.js';
import { normalizeName, tokenize } from '../src/names/normalize.js';
import { bundlesFor } from '../src/sources/registry.js';
import { loadBundle } from '../src/sources/load.js';

/** The newest version of each list in the shared data (as `npm start` ends with current). */
export const CURRENT_LISTS = [
  'ofac/sdn_2024-05-03',
  'ofac/consolidated_nonsdn_csv_2025-12',
  'un',
  'eu/opensanctions_eu_journal_consolidated',
  'uk',
  'us_csl',
];

export async function readLists(dataDir: string, paths: string[]): Promise<Entity[]> {
  const out: Entity[] = [];
  const { bundles } = await bundlesFor(paths.map((p) => join(dataDir, p)).filter((p) => existsSync(p)));
  for (const b of bundles) {
    const loaded = await loadBundle(b);
    for await (const e of loaded.entities) if (isMatchable(e.schema)) out.push(e);
  }
  return out;
}

const NAME_PROPS = ['name', 'alias', 'weakAlias', 'previousName'];

/** Order-free key of a name: its normalised tokens, sorted. "LAVROV, Sergei" = "Sergei Lavrov". */
export function nameKey(name: string): string {
  return tokenize(normalizeName(name)).sort().join(' ');
}

export function entityNames(e: Entity): string[] {
  return NAME_PROPS.flatMap((p) => e.properties[p] ?? []);
}

/** Which entities carry each name: a query built from a name is answered by any of them. */
export function entitiesByName(entities: Entity[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const n of entityNames(e)) {
      const k = nameKey(n);
      let s = out.get(k);
      if (!s) out.set(k, (s = new Set()));
      s.add(e.id);
    }
  }
  return out;
}

/** A copy of the entity without the names `drop` selects: what an evaluation must not see. */
export function withoutNames(e: Entity, drop: (name: string) => boolean): Entity {
  const properties = { ...e.properties };
  for (const p of NAME_PROPS) {
    if (!properties[p]) continue;
    const kept = properties[p].filter((n) => !drop(n));
    if (kept.length) properties[p] = kept;
    else delete properties[p];
  }
  return { ...e, properties };
}
