/**
 * The Lists screen's data and state: the answers of GET /v1/datasets, /versions and /diff, the
 * dataset and versions picked (kept in the URL as `/lists?dataset=…&from=…&to=…`, `all=1` for
 * every record rather than the listed parties alone), and how counts read to a person.
 */
import type { EntityJson, PropertyChange } from './api.ts';

export interface DatasetVersionJson {
  dataset: string;
  seq: number;
  label: string;
  current: boolean;
  imported_at: string;
  published_at: string | null;
  format: string;
  entity_count: number;
  schema_counts: Record<string, number>;
  issue_count: number;
}

export interface DatasetsAnswer {
  datasets: { name: string; version_count: number; current: DatasetVersionJson | null; indexed_seq: number | null }[];
}

export interface VersionsAnswer {
  dataset: string;
  versions: DatasetVersionJson[];
}

export interface EntityChangeJson {
  id: string;
  caption: string;
  schema: string;
  changes: PropertyChange[];
}

export interface DiffAnswer {
  dataset: string;
  from: DatasetVersionJson | null;
  to: DatasetVersionJson;
  counts: Record<DiffKind, number>;
  added: EntityJson[];
  removed: EntityJson[];
  changed: EntityChangeJson[];
}

export type DiffKind = 'added' | 'removed' | 'changed';
export const DIFF_KINDS: readonly DiffKind[] = ['added', 'removed', 'changed'];

export interface ListsState {
  dataset: string;
  from: number | null;
  to: number | null;
  /** Every record of the diff (sanctions, identifiers, links too), not the listed parties alone. */
  all: boolean;
}

function seqParam(value: string | null): number | null {
  if (value === null || !/^[1-9]\d*$/.test(value)) return null;
  return Number(value);
}

export function listsFromParams(params: URLSearchParams): ListsState {
  return { dataset: params.get('dataset') ?? '', from: seqParam(params.get('from')), to: seqParam(params.get('to')), all: params.get('all') === '1' };
}

/** The screen's path for a state: empty fields left out. */
export function listsPath(state: ListsState): string {
  const params = new URLSearchParams();
  if (state.dataset) params.set('dataset', state.dataset);
  if (state.dataset && state.from !== null) params.set('from', String(state.from));
  if (state.dataset && state.to !== null) params.set('to', String(state.to));
  if (state.dataset && state.all) params.set('all', '1');
  const qs = params.toString();
  return qs ? `/lists?${qs}` : '/lists';
}

/** Whether the state asks for a diff: a dataset and two versions. */
export function wantsDiff(state: ListsState): state is ListsState & { from: number; to: number } {
  return state.dataset !== '' && state.from !== null && state.to !== null;
}

/** The versions to compare when none are picked: the current one against the one before it. */
export function defaultPair(versions: readonly DatasetVersionJson[]): { from: number; to: number } | null {
  if (versions.length < 2) return null;
  const current = versions.findIndex((v) => v.current);
  const toIndex = current >= 1 ? current : versions.length - 1;
  return { from: versions[toIndex - 1].seq, to: versions[toIndex].seq };
}

/** GET path of one page of a diff: `offset` entries of each list skipped, `limit` kept. */
export function diffPath(state: ListsState & { from: number; to: number }, offset: number, limit: number): string {
  const params = new URLSearchParams({ from: String(state.from), to: String(state.to), offset: String(offset), limit: String(limit) });
  if (!state.all) params.set('parties', 'true');
  return `/v1/datasets/${encodeURIComponent(state.dataset)}/diff?${params}`;
}

/** The parties a list names, as a reader counts them (the other schemata hang off these). */
const PARTY_LABELS: readonly (readonly [schema: string, one: string, many: string])[] = [
  ['Person', 'person', 'persons'],
  ['Organization', 'organisation', 'organisations'],
  ['Company', 'company', 'companies'],
  ['LegalEntity', 'legal entity', 'legal entities'],
  ['PublicBody', 'public body', 'public bodies'],
  ['Vessel', 'vessel', 'vessels'],
  ['Airplane', 'aircraft', 'aircraft'],
];

export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/** "6,854 persons, 4,481 companies, 851 vessels": the parties of a version, most first. */
export function partiesSummary(schemaCounts: Readonly<Record<string, number>>): string {
  return PARTY_LABELS
    .filter(([schema]) => (schemaCounts[schema] ?? 0) > 0)
    .map(([schema, one, many]) => ({ n: schemaCounts[schema], label: schemaCounts[schema] === 1 ? one : many }))
    .sort((a, b) => b.n - a.n)
    .map((p) => `${formatCount(p.n)} ${p.label}`)
    .join(', ');
}

/** "2024-05-03": the day a version was published, else the day it was imported. */
export function versionDay(v: DatasetVersionJson): { day: string; published: boolean } {
  return v.published_at ? { day: v.published_at.slice(0, 10), published: true } : { day: v.imported_at.slice(0, 10), published: false };
}

/** A property change as read: `$schema` and `$datasets` are not properties but say what changed. */
export function changeLabel(prop: string): string {
  if (prop === '$schema') return 'type';
  if (prop === '$datasets') return 'lists';
  return prop;
}
