/**
 * Every entity of the indexed versions, whole, as the API returns them: one merged record per
 * id (an id listed by two datasets is one entity of both), the referents merged into each
 * (an id that names an entity only as a referent redirects to it), and the links pointing at
 * each entity (its sanctions, documents, owners, family) for nested answers. Read-only once
 * built: requests share its entities and never change them.
 */
import type { Entity } from '../model/entity.js';
import { commonSchema, getProperty } from '../model/schema.js';

/** An entity-valued property of `source` that names the entity it is filed under. */
export interface InboundLink {
  source: string;
  prop: string;
}

/** What an id names: an entity, an id merged into another (redirect), or nothing. */
export type Lookup = { entity: Entity } | { redirect: string } | null;

function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const v of b) if (!out.includes(v)) out.push(v);
  return out;
}

function earliest(a?: string, b?: string): string | undefined {
  return a && b ? (a < b ? a : b) : a ?? b;
}

function latest(a?: string, b?: string): string | undefined {
  return a && b ? (a > b ? a : b) : a ?? b;
}

/** Two datasets' records of one id, as one entity. */
export function mergeEntities(a: Entity, b: Entity): Entity {
  const properties: Record<string, string[]> = { ...a.properties };
  for (const [prop, values] of Object.entries(b.properties)) {
    properties[prop] = Object.hasOwn(properties, prop) ? union(properties[prop], values) : values;
  }
  const merged: Entity = {
    id: a.id,
    schema: commonSchema(a.schema, b.schema) ?? a.schema,
    properties,
    datasets: union(a.datasets, b.datasets),
    referents: union(a.referents ?? [], b.referents ?? []),
    caption: a.caption || b.caption,
    target: Boolean(a.target || b.target),
  };
  const firstSeen = earliest(a.first_seen, b.first_seen);
  const lastSeen = latest(a.last_seen, b.last_seen);
  const lastChange = latest(a.last_change, b.last_change);
  if (firstSeen) merged.first_seen = firstSeen;
  if (lastSeen) merged.last_seen = lastSeen;
  if (lastChange) merged.last_change = lastChange;
  return merged;
}

export class EntityCatalog {
  constructor(
    private readonly byId: ReadonlyMap<string, Entity>,
    private readonly canonical: ReadonlyMap<string, string>,
    private readonly inbound: ReadonlyMap<string, readonly InboundLink[]>,
    private readonly holders: ReadonlyMap<string, readonly string[]>,
  ) {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** The entity of this id; else the entity it was merged into; else null. */
  lookup(id: string): Lookup {
    const entity = this.byId.get(id);
    if (entity) return { entity };
    const target = this.canonical.get(id);
    return target ? { redirect: target } : null;
  }

  /** The entity an id names, directly or as one of its referents. */
  canonicalId(id: string): string | undefined {
    return this.byId.has(id) ? id : this.canonical.get(id);
  }

  /**
   * The loaded datasets that hold this entity: what a dataset scope means. An entity's own
   * `datasets` may name more (an OpenSanctions export names every source it merged).
   */
  heldBy(id: string): readonly string[] {
    return this.holders.get(id) ?? [];
  }

  /** Links naming this entity from elsewhere (a Sanction's `entity`, an Ownership's `asset`…). */
  linksTo(id: string): readonly InboundLink[] {
    return this.inbound.get(id) ?? [];
  }

  values(): IterableIterator<Entity> {
    return this.byId.values();
  }
}

/** Collects entities one at a time (a store's current versions, streamed); `finish` makes the catalog. */
export class EntityCatalogBuilder {
  private readonly byId = new Map<string, Entity>();
  private readonly holders = new Map<string, string[]>();

  /** An entity as the loaded dataset `dataset` holds it. */
  add(e: Entity, dataset: string): void {
    const seen = this.byId.get(e.id);
    this.byId.set(e.id, seen ? mergeEntities(seen, e) : e);
    const held = this.holders.get(e.id);
    if (!held) this.holders.set(e.id, [dataset]);
    else if (!held.includes(dataset)) held.push(dataset);
  }

  finish(): EntityCatalog {
    const canonical = new Map<string, string>();
    const inbound = new Map<string, InboundLink[]>();
    for (const e of this.byId.values()) {
      for (const ref of e.referents ?? []) if (ref !== e.id && !canonical.has(ref)) canonical.set(ref, e.id);
      for (const [prop, values] of Object.entries(e.properties)) {
        if (getProperty(e.schema, prop)?.type !== 'entity') continue;
        for (const target of values) {
          const list = inbound.get(target);
          if (list) list.push({ source: e.id, prop });
          else inbound.set(target, [{ source: e.id, prop }]);
        }
      }
    }
    return new EntityCatalog(this.byId, canonical, inbound, this.holders);
  }
}
