/**
 * The facets a search counts and filters by, as data: where each takes its values from an
 * entity, what it is called, and how a value reads to a person.
 */
import type { Entity } from '../model/entity.js';
import { countryName } from '../model/countries.js';
import { getProperty, getSchema, isSchema } from '../model/schema.js';
import { datasetTitle } from './collections.js';

/** FollowTheMoney's topic labels. */
export const TOPIC_LABELS: Readonly<Record<string, string>> = {
  sanction: 'Sanctioned entity',
  'sanction.linked': 'Sanction-linked entity',
  'sanction.counter': 'Counter-sanctioned entity',
  'export.control': 'Export controlled',
  'export.risk': 'Trade risk',
  debarment: 'Debarred entity',
  'asset.frozen': 'Frozen asset',
  wanted: 'Wanted',
  crime: 'Crime',
  'crime.fraud': 'Fraud',
  'crime.cyber': 'Cyber crime',
  'crime.fin': 'Financial crime',
  'crime.terror': 'Terrorism',
  'crime.traffick': 'Trafficking',
  'crime.war': 'War crimes',
  'role.pep': 'Politician',
  'role.rca': 'Close Associate',
  'role.oligarch': 'Oligarch',
  poi: 'Person of interest',
  'reg.warn': 'Regulatory warning',
  'reg.action': 'Regulator action',
  'corp.disqual': 'Disqualified',
  'gov.soe': 'State-owned enterprise',
};

/**
 * Values by type, remembered per entity: a broad search counts facets over tens of thousands
 * of entities, and entities are immutable once loaded.
 */
const byType = new Map<string, WeakMap<Entity, string[]>>();

function valuesOfType(e: Entity, type: string): string[] {
  let memo = byType.get(type);
  if (!memo) byType.set(type, (memo = new WeakMap()));
  let out = memo.get(e);
  if (!out) memo.set(e, (out = collectValuesOfType(e, type)));
  return out;
}

function collectValuesOfType(e: Entity, type: string): string[] {
  const out: string[] = [];
  for (const [prop, values] of Object.entries(e.properties)) {
    if (getProperty(e.schema, prop)?.type !== type) continue;
    for (const v of values) if (!out.includes(v)) out.push(v);
  }
  return out;
}

export interface FacetSpec {
  label: string;
  values(e: Entity): readonly string[];
  valueLabel(value: string): string;
}

export const FACETS: Readonly<Record<string, FacetSpec>> = {
  datasets: { label: 'Data sources', values: (e) => e.datasets, valueLabel: datasetTitle },
  schema: { label: 'Entity types', values: (e) => [e.schema], valueLabel: (s) => (isSchema(s) ? getSchema(s).label : s) },
  countries: { label: 'Countries', values: (e) => valuesOfType(e, 'country'), valueLabel: (c) => countryName(c) ?? c },
  topics: { label: 'Topics', values: (e) => e.properties.topics ?? [], valueLabel: (t) => TOPIC_LABELS[t] ?? t },
  genders: { label: 'Genders', values: (e) => e.properties.gender ?? [], valueLabel: (g) => g },
  identifiers: { label: 'Identifiers', values: (e) => valuesOfType(e, 'identifier'), valueLabel: (v) => v },
  names: { label: 'Names', values: (e) => valuesOfType(e, 'name'), valueLabel: (v) => v },
};

export const DEFAULT_FACETS: readonly string[] = ['countries', 'topics', 'datasets'];
