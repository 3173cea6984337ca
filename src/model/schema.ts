/** Small functions over the SCHEMATA table: inheritance, property lookup, matchability. */
import { SCHEMATA, type PropertySpec, type SchemaSpec } from './schemata.js';

const ancestryCache = new Map<string, string[]>();
const propertyCache = new Map<string, Record<string, PropertySpec>>();

export function isSchema(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(SCHEMATA, name);
}

export function getSchema(name: string): SchemaSpec {
  if (!isSchema(name)) throw new Error(`Unknown schema: ${name}`);
  return SCHEMATA[name];
}

/** The schema itself followed by every schema it extends, nearest first. */
export function ancestry(name: string): string[] {
  let out = ancestryCache.get(name);
  if (out) return out;
  out = [name];
  for (const parent of getSchema(name).extends) {
    for (const a of ancestry(parent)) if (!out.includes(a)) out.push(a);
  }
  ancestryCache.set(name, out);
  return out;
}

export function isA(name: string, parent: string): boolean {
  return isSchema(name) && ancestry(name).includes(parent);
}

/** Every property the schema has, its own and inherited. */
export function schemaProperties(name: string): Record<string, PropertySpec> {
  let out = propertyCache.get(name);
  if (out) return out;
  out = {};
  for (const a of [...ancestry(name)].reverse()) Object.assign(out, getSchema(a).properties);
  propertyCache.set(name, out);
  return out;
}

/** The property's spec, or undefined when the schema has no such property (or no such schema). */
export function getProperty(schema: string, prop: string): PropertySpec | undefined {
  if (!isSchema(schema)) return undefined;
  const props = schemaProperties(schema);
  return Object.hasOwn(props, prop) ? props[prop] : undefined;
}

export function isMatchable(schema: string): boolean {
  return isSchema(schema) && getSchema(schema).matchable === true;
}

/**
 * The most specific schema both can be, or null when they cannot describe one thing
 * (a Vessel is never a Person). Used when a source learns more about an entity's kind.
 * Only a line of descent counts: two schemata with a common child (Organization and
 * Asset, both parents of Company) give null, since neither says the thing is a Company.
 */
export function commonSchema(a: string, b: string): string | null {
  if (isA(a, b)) return a;
  if (isA(b, a)) return b;
  return null;
}
