/**
 * An entity with what surrounds it: the entities its properties name (addresses, the holder
 * of a document) and the entities that name it (its sanctions, documents, owners, relatives),
 * these filed under FollowTheMoney's reverse property names ("sanctions", "ownershipOwner").
 * A link's far end is expanded one step further, so a Person's Ownership shows the Company.
 */
import type { Entity } from '../model/entity.js';
import { ancestry, getProperty, isSchema } from '../model/schema.js';
import type { EntityCatalog } from './entity-catalog.js';

/** FtM's names for a link seen from the entity it points at, as data ("Sanction.entity" → "sanctions"). */
export const REVERSE_PROPS: Readonly<Record<string, string>> = {
  'Sanction.entity': 'sanctions',
  'Identification.holder': 'identification',
  'Passport.holder': 'passports',
  'Ownership.owner': 'ownershipOwner',
  'Ownership.asset': 'ownershipAsset',
  'Directorship.director': 'directorshipDirector',
  'Directorship.organization': 'directorshipOrganization',
  'Family.person': 'familyPerson',
  'Family.relative': 'familyRelative',
  'Associate.person': 'associates',
  'Associate.associate': 'associations',
  'UnknownLink.subject': 'unknownLinkSubject',
  'UnknownLink.object': 'unknownLinkObject',
  'Thing.addressEntity': 'things',
  'Vehicle.owner': 'ownedVehicles',
  'Vehicle.operator': 'operatedVehicles',
};

/** The reverse name of `prop` of `schema`, as the schema (or the one it inherits the property from) names it. */
export function reverseName(schema: string, prop: string): string {
  for (const s of isSchema(schema) ? ancestry(schema) : []) {
    const name = REVERSE_PROPS[`${s}.${prop}`];
    if (name) return name;
  }
  return `${schema[0].toLowerCase()}${schema.slice(1)}${prop[0].toUpperCase()}${prop.slice(1)}`;
}

/** An entity whose entity-valued properties may hold entities instead of ids. */
export interface NestedEntity extends Omit<Entity, 'properties'> {
  properties: Record<string, (string | NestedEntity)[]>;
}

function isEntityProp(schema: string, prop: string): boolean {
  return getProperty(schema, prop)?.type === 'entity';
}

/** The entity with the entities its properties name in place of their ids (those found), leaving out `except`. */
function withTargets(catalog: EntityCatalog, e: Entity, except: string): NestedEntity {
  const properties: Record<string, (string | NestedEntity)[]> = {};
  for (const [prop, values] of Object.entries(e.properties)) {
    if (!isEntityProp(e.schema, prop)) {
      properties[prop] = values;
      continue;
    }
    const out: (string | NestedEntity)[] = [];
    for (const id of values) {
      if (id === except) continue;
      out.push(catalog.get(id) ?? id);
    }
    if (out.length > 0) properties[prop] = out;
  }
  return { ...e, properties };
}

/** What is adjacent to an entity, by property: what it names, and what names it (by reverse name). */
export function adjacentEntities(catalog: EntityCatalog, root: Entity): Map<string, NestedEntity[]> {
  const out = new Map<string, NestedEntity[]>();
  const add = (prop: string, e: NestedEntity) => {
    const list = out.get(prop);
    if (list) list.push(e);
    else out.set(prop, [e]);
  };
  for (const [prop, values] of Object.entries(root.properties)) {
    if (!isEntityProp(root.schema, prop)) continue;
    for (const id of values) {
      const target = catalog.get(id);
      if (target && target.id !== root.id) add(prop, withTargets(catalog, target, root.id));
    }
  }
  for (const link of catalog.linksTo(root.id)) {
    const source = catalog.get(link.source);
    if (source && source.id !== root.id) add(reverseName(source.schema, link.prop), withTargets(catalog, source, root.id));
  }
  return out;
}

/** The entity with everything adjacent nested in its properties, as yente's `nested=true`. */
export function nestedEntity(catalog: EntityCatalog, root: Entity): NestedEntity {
  const properties: Record<string, (string | NestedEntity)[]> = {};
  for (const [prop, values] of Object.entries(root.properties)) {
    if (!isEntityProp(root.schema, prop)) properties[prop] = values;
  }
  for (const [prop, entities] of adjacentEntities(catalog, root)) properties[prop] = entities;
  // Ids that name nothing loaded stay as they were.
  for (const [prop, values] of Object.entries(root.properties)) {
    if (!isEntityProp(root.schema, prop)) continue;
    const missing = values.filter((id) => !catalog.get(id));
    if (missing.length > 0) properties[prop] = [...(properties[prop] ?? []), ...missing];
  }
  return { ...root, properties };
}

/** The property names an entity may have adjacent entities under (its own entity properties and reverse names seen). */
export function isAdjacentProp(root: Entity, prop: string, adjacent: ReadonlyMap<string, unknown>): boolean {
  return adjacent.has(prop) || isEntityProp(root.schema, prop) || Object.values(REVERSE_PROPS).includes(prop);
}
