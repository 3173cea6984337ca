/** Entities and scored results in yente's response shapes. */
import type { Entity } from '../model/entity.js';
import type { MatchAlgorithm, MatchResult } from '../match/types.js';
import type { EntityCatalog } from '../screening/entity-catalog.js';
import type { NestedEntity } from '../screening/nested.js';

export interface EntityJson {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, unknown[]>;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

/** yente's datetimes: ISO to the second, no time zone. */
function when(value: string | undefined): string | null {
  if (!value) return null;
  return value.replace(/Z$|[+-]\d{2}:\d{2}$/, '').slice(0, 19);
}

function isNested(v: string | NestedEntity): v is NestedEntity {
  return typeof v !== 'string';
}

export function entityJson(e: Entity | NestedEntity): EntityJson {
  const properties: Record<string, unknown[]> = {};
  for (const [prop, values] of Object.entries(e.properties)) {
    properties[prop] = (values as (string | NestedEntity)[]).map((v) => (isNested(v) ? entityJson(v) : v));
  }
  return {
    id: e.id,
    caption: e.caption,
    schema: e.schema,
    properties,
    datasets: e.datasets,
    referents: e.referents ?? [],
    target: Boolean(e.target),
    first_seen: when(e.first_seen),
    last_seen: when(e.last_seen),
    last_change: when(e.last_change),
  };
}

/** A result with its entity's data (shallow), score, match flag, explanations and yente's older `features` map. */
export function scoredJson(r: MatchResult, catalog: EntityCatalog): EntityJson & { score: number; match: boolean; features: Record<string, number>; explanations: MatchResult['explanations'] } {
  const entity = catalog.get(r.id);
  const base: EntityJson = entity
    ? entityJson(entity)
    : { id: r.id, caption: r.caption, schema: r.schema, properties: {}, datasets: r.datasets, referents: [], target: false, first_seen: null, last_seen: null, last_change: null };
  const features: Record<string, number> = {};
  for (const [name, e] of Object.entries(r.explanations)) features[name] = e.score;
  return { ...base, score: r.score, match: r.match, features, explanations: r.explanations };
}

/** yente's `matcher` / feature documentation of an algorithm: feature → {description}. */
export function featureDocs(algorithm: MatchAlgorithm): Record<string, { description: string }> {
  return Object.fromEntries(Object.entries(algorithm.features).map(([name, description]) => [name, { description }]));
}
