/**
 * Queries: an FtM-style example (`{id?, schema, properties}`) cleaned by the model's own
 * cleaners, prepared against an index, and matched — candidates from the index, each scored
 * by the chosen algorithm, best first.
 */
import { getProperty, isA, isMatchable, isSchema } from '../model/schema.js';
import { cleanValue } from '../model/types.js';
import { findAlgorithm, DEFAULT_ALGORITHM } from './algorithms/index.js';
import { candidateEntities, DEFAULT_CANDIDATE_CAP } from './candidates.js';
import {
  COUNTRY_PROPS, MIN_IDENTIFIER_LENGTH, NOT_IDENTIFYING, VESSEL_NUMBER_PROPS, normalizeIdentifier, normalizeVesselNumber,
  type MatchIndex,
} from './index.js';
import { nameKindOf } from './name-structure.js';
import { prepareQueryName, type QueryName } from './query-name.js';
import type { MatchResult, PreparedQuery } from './types.js';

export interface MatchQuery {
  id?: string;
  schema: string;
  properties: Record<string, unknown>;
}

export interface MatchOptions {
  /** `match` is `score >= threshold`; default: the algorithm's own (0.75 for ghirbal-v1). */
  threshold?: number;
  /** Results returned at most (default 5, as yente). */
  limit?: number;
  algorithm?: string;
  /** Entities fully scored at most (default 100). */
  candidates?: number;
}

/** A query the matcher cannot take: the message says what to fix. */
export class QueryError extends Error {
  override name = 'QueryError';
}

const NAME_PARTS = ['firstName', 'secondName', 'middleName', 'fatherName', 'motherName', 'lastName'] as const;
export const DEFAULT_LIMIT = 5;

function asStrings(value: unknown): string[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap(asStrings);
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  return [];
}

/** Properties cleaned by their type in the query's schema; unknown properties and unreadable values are dropped. */
function cleanProperties(schema: string, properties: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [prop, raw] of Object.entries(properties ?? {})) {
    const spec = getProperty(schema, prop);
    if (!spec) continue;
    const cleaned: string[] = [];
    for (const v of asStrings(raw)) {
      const c = cleanValue(spec.type, v);
      if (c !== null && !cleaned.includes(c)) cleaned.push(c);
    }
    if (cleaned.length > 0) out[prop] = cleaned;
  }
  return out;
}

/** The query's names: its `name` values, else one composed from its name parts. */
function queryNames(props: Record<string, string[]>): string[] {
  if (props.name?.length) return props.name;
  const composed = NAME_PARTS.flatMap((p) => props[p] ?? []).join(' ');
  return composed ? [composed] : [];
}

/** Clean a query and look its names up in the index. Throws QueryError for an unusable schema. */
export function prepareQuery(index: MatchIndex, query: MatchQuery): PreparedQuery {
  const schema = query.schema;
  if (typeof schema !== 'string' || !isSchema(schema)) throw new QueryError(`unknown schema: ${JSON.stringify(schema)}`);
  if (!isMatchable(schema)) throw new QueryError(`schema ${schema} cannot be matched (use Person, Organization, Company, LegalEntity, Vessel…)`);
  const properties = cleanProperties(schema, query.properties ?? {});
  const kind = nameKindOf(schema);
  const rawNames = queryNames(properties);
  const names = rawNames.map((n) => prepareQueryName(index, n, kind)).filter((n): n is QueryName => n !== null);
  const identifiers: string[] = [];
  for (const [prop, vals] of Object.entries(properties)) {
    if (getProperty(schema, prop)?.type === 'identifier' && !NOT_IDENTIFYING.has(prop)) identifiers.push(...vals.map(normalizeIdentifier));
  }
  return {
    id: typeof query.id === 'string' ? query.id : undefined,
    schema, kind, properties, rawNames, names,
    birthDates: properties.birthDate ?? [],
    genders: properties.gender ?? [],
    countries: [...new Set(COUNTRY_PROPS.flatMap((p) => properties[p] ?? []))],
    identifiers: identifiers.filter((v) => v.length >= MIN_IDENTIFIER_LENGTH),
    vesselNumbers: VESSEL_NUMBER_PROPS.flatMap((p) => properties[p] ?? []).map(normalizeVesselNumber).filter((v) => v.length >= MIN_IDENTIFIER_LENGTH),
  };
}

/** Can an entity of `candidate` schema be what a query of `query` schema describes? (A Vessel is never a Person.) */
export function schemaCompatible(query: string, candidate: string): boolean {
  return isA(candidate, query) || isA(query, candidate);
}

const accepted = new WeakMap<MatchIndex, Map<string, Uint8Array>>();

/** Per schema of the index, 1 when a query of `schema` may match it: the same for every query of that schema. */
function acceptedSchemas(index: MatchIndex, schema: string): Uint8Array {
  let bySchema = accepted.get(index);
  if (!bySchema) accepted.set(index, (bySchema = new Map()));
  let accept = bySchema.get(schema);
  if (!accept) bySchema.set(schema, (accept = Uint8Array.from(index.schemas, (s) => (schemaCompatible(schema, s) ? 1 : 0))));
  return accept;
}

/** Match a query against the index: results best first, at most `limit`. */
export function match(index: MatchIndex, query: MatchQuery, opts: MatchOptions = {}): MatchResult[] {
  const algorithm = findAlgorithm(opts.algorithm ?? DEFAULT_ALGORITHM);
  if (!algorithm) throw new QueryError(`unknown algorithm: ${opts.algorithm}`);
  const threshold = opts.threshold ?? algorithm.defaultThreshold;
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const q = prepareQuery(index, query);
  const accept = acceptedSchemas(index, q.schema);
  const pinned = [...q.identifiers, ...q.vesselNumbers].flatMap((v) => index.entitiesWithIdentifier(v));
  const candidates = candidateEntities(index, q.names, accept, opts.candidates ?? DEFAULT_CANDIDATE_CAP, pinned);
  q.reachedNames = candidates.reached;
  const scored: { entity: number; score: number }[] = [];
  for (const entity of candidates.entities) {
    const score = round(algorithm.score(index, q, entity, false).score);
    if (score > 0) scored.push({ entity, score });
  }
  const entities = index.entities;
  scored.sort((a, b) => b.score - a.score || (entities[a.entity].id < entities[b.entity].id ? -1 : 1));
  return scored.slice(0, limit).map(({ entity, score }) => {
    const rec = entities[entity];
    const { explanations } = algorithm.score(index, q, entity, true);
    return { id: rec.id, caption: rec.caption, schema: rec.schema, score, match: score >= threshold, datasets: [...rec.datasets], explanations };
  });
}

/** Scores travel with four decimals: enough to rank, and stable in JSON. */
function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
