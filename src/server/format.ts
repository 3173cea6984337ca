/** Entities and scored results in yente's response shapes. */
import type { Entity } from '../model/entity.js';
import type { MatchAlgorithm, MatchResult } from '../match/types.js';
import type { EntityCatalog } from '../screening/entity-catalog.js';
import type { NestedEntity } from '../screening/nested.js';
import { scoredJsonOf, type MaybeWritten } from '../screening/result-json.js';

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

export type ScoredJson = EntityJson & { score: number; match: boolean; features: Record<string, number>; explanations: MatchResult['explanations'] };

/** A result whose entity the catalog does not hold: what the index knows of it. */
function bareEntity(r: MatchResult): Entity {
  return { id: r.id, caption: r.caption, schema: r.schema, properties: {}, datasets: r.datasets, referents: [], target: false };
}

/** An entity's own fields of a scored result, in yente's order. */
function scoredHead(e: Entity): EntityJson {
  return {
    id: e.id,
    caption: e.caption,
    schema: e.schema,
    // Catalog entities hold only strings and never change: an answer may carry their own lists.
    properties: e.properties,
    datasets: e.datasets,
    referents: e.referents ?? [],
    target: Boolean(e.target),
    first_seen: when(e.first_seen),
    last_seen: when(e.last_seen),
    last_change: when(e.last_change),
  };
}

/**
 * A result with its entity's data (shallow), score, match flag, explanations and yente's older
 * `features` map, fields in yente's order.
 */
export function scoredJson(r: MatchResult, catalog: EntityCatalog): ScoredJson {
  return { ...scoredHead(catalog.get(r.id) ?? bareEntity(r)), score: r.score, match: r.match, features: featureScores(r.explanations), explanations: r.explanations };
}

/** yente's older `features` map: feature → score. */
function featureScores(explanations: MatchResult['explanations']): Record<string, number> {
  const features: Record<string, number> = {};
  for (const name in explanations) features[name] = explanations[name].score;
  return features;
}

/**
 * Entities' own fields as JSON text (no braces), kept per entity while its catalog lives: the
 * entities a server's answers name repeat, and writing their properties out again for each
 * answer was a tenth of the main thread's work per /match request.
 */
const headTexts = new WeakMap<Entity, string>();

function headText(e: Entity): string {
  let text = headTexts.get(e);
  if (text === undefined) {
    text = JSON.stringify(scoredHead(e)).slice(1, -1);
    headTexts.set(e, text);
  }
  return text;
}

/** scoredJson() as JSON text, splicing in the scored fields a matcher thread wrote. */
export function scoredText(r: MaybeWritten, catalog: EntityCatalog): string {
  const e = catalog.get(r.id);
  const head = e ? headText(e) : JSON.stringify(scoredHead(bareEntity(r))).slice(1, -1);
  return `{${head},${scoredJsonOf(r)}}`;
}

const docsOf = new WeakMap<MatchAlgorithm, Readonly<Record<string, { description: string }>>>();

/** yente's `matcher` / feature documentation of an algorithm: feature → {description}; made once per algorithm, as every /match answer carries it. */
export function featureDocs(algorithm: MatchAlgorithm): Readonly<Record<string, { description: string }>> {
  let docs = docsOf.get(algorithm);
  if (!docs) {
    docs = Object.fromEntries(Object.entries(algorithm.features).map(([name, description]) => [name, { description }]));
    docsOf.set(algorithm, docs);
  }
  return docs;
}

const docsTexts = new WeakMap<MatchAlgorithm, string>();

/** featureDocs() as JSON text. */
export function featureDocsText(algorithm: MatchAlgorithm): string {
  let text = docsTexts.get(algorithm);
  if (text === undefined) {
    text = JSON.stringify(featureDocs(algorithm));
    docsTexts.set(algorithm, text);
  }
  return text;
}
