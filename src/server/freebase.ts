/**
 * The reconciliation API's (OpenRefine's, "Freebase") small shapes: types are schemata,
 * properties are schema properties, named for a person to read.
 */
import { getSchema, isMatchable, isSchema, schemaProperties } from '../model/schema.js';
import { SCHEMATA } from '../model/schemata.js';

const PLURALS: Readonly<Record<string, string>> = {
  Person: 'People',
  Organization: 'Organizations',
  Company: 'Companies',
  LegalEntity: 'Legal entities',
  PublicBody: 'Public bodies',
  Vessel: 'Vessels',
  Airplane: 'Airplanes',
};

export interface FreebaseType {
  id: string;
  name: string;
  description: string;
}

export function freebaseType(schema: string): FreebaseType {
  const label = isSchema(schema) ? getSchema(schema).label : schema;
  return { id: schema, name: PLURALS[schema] ?? label, description: label };
}

/** "birthDate" → "Birth date". */
export function propertyLabel(prop: string): string {
  const words = prop.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An empty prefix matches everything; otherwise it must occur in one of the texts (any case). */
export function matchesPrefix(prefix: string, ...texts: string[]): boolean {
  const p = prefix.trim().toLowerCase();
  return p === '' || texts.some((t) => t.toLowerCase().includes(p));
}

export const MATCHABLE_SCHEMATA: readonly string[] = Object.keys(SCHEMATA).filter(isMatchable);

/** The properties of a schema that carry values (not links to other entities), as {id, name}. */
export function valueProperties(schema: string): { id: string; name: string }[] {
  return Object.entries(schemaProperties(schema))
    .filter(([, spec]) => spec.type !== 'entity')
    .map(([id]) => ({ id, name: propertyLabel(id) }));
}

/** A property id as OpenRefine sends it ("Person:birthDate" or "birthDate") → the property name. */
export function propertyName(pid: string): string {
  const at = pid.lastIndexOf(':');
  return at >= 0 ? pid.slice(at + 1) : pid;
}
