/**
 * The alert queue's own logic: the shape of GET /v1/alerts, the filters kept in the URL, which
 * alerts a filter shows, and how an alert's subject, decision and history read to an analyst.
 */
import type { Explanations, PropertyChange } from './api.ts';

export type AlertStatus = 'open' | 'closed';
export type Resolution = 'true_match' | 'false_positive';

export interface DecisionJson {
  resolution: Resolution;
  reason: string;
  by: string;
  at: string;
}

export interface AlertJson {
  id: number;
  subject_id: string;
  entity_id: string;
  status: AlertStatus;
  /** Why it is closed: an analyst's decision, or the system's (delisted, subject_removed). */
  resolution: string | null;
  /** What raised or last changed it: new_hit, relisted, reopened, entity_changed, subject_changed, delisted. */
  reason: string;
  changes: (PropertyChange & { side: 'subject' | 'entity' })[];
  score: number;
  caption: string;
  schema: string;
  datasets: string[];
  explanations: Explanations;
  subject: Record<string, string[]>;
  threshold: number;
  decision: DecisionJson | null;
  created_at: string;
  updated_at: string;
}

export interface AlertFilters {
  /** '' for every status. */
  status: AlertStatus | '';
  dataset: string;
  /** Words in the subject's name or id. */
  text: string;
}

/** The most the queue asks for at once (the API's own ceiling). */
export const QUEUE_LIMIT = 1000;

export function filtersFromParams(p: URLSearchParams): AlertFilters {
  const status = p.get('status');
  return {
    status: status === 'closed' ? 'closed' : status === 'all' ? '' : 'open',
    dataset: p.get('dataset') ?? '',
    text: p.get('q') ?? '',
  };
}

/** The filters as a query string ("" for the defaults): the queue can be linked and reloaded. */
export function filtersToQueryString(f: AlertFilters): string {
  const p = new URLSearchParams();
  if (f.status !== 'open') p.set('status', f.status || 'all');
  if (f.dataset) p.set('dataset', f.dataset);
  if (f.text.trim()) p.set('q', f.text);
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}

/** The API request for a status: the dataset and text filters apply here, the API filters neither. */
export function alertsPath(status: AlertStatus | ''): string {
  return `/v1/alerts?limit=${QUEUE_LIMIT}${status ? `&status=${status}` : ''}`;
}

const SUBJECT_NAME_PROPS = ['name', 'alias'];

/** The subject as its file named it: its name, else its name parts, else its id. */
export function subjectName(a: Pick<AlertJson, 'subject' | 'subject_id'>): string {
  for (const p of SUBJECT_NAME_PROPS) if (a.subject[p]?.[0]) return a.subject[p][0];
  const parts = ['firstName', 'middleName', 'lastName'].map((p) => a.subject[p]?.[0]).filter(Boolean);
  return parts.length ? parts.join(' ') : a.subject_id;
}

/** The subject's screened fields other than its name: a birth date, a nationality… */
export function subjectFacts(a: Pick<AlertJson, 'subject'>): [string, string][] {
  const skip = new Set([...SUBJECT_NAME_PROPS, 'firstName', 'middleName', 'lastName']);
  return Object.entries(a.subject).filter(([p, v]) => !skip.has(p) && v.length > 0).map(([p, v]) => [p, v.join(', ')]);
}

function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether an alert passes the filters: its status, a list holding the entity, every word typed in the subject's names or id. */
export function showsAlert(a: AlertJson, f: AlertFilters): boolean {
  if (f.status && a.status !== f.status) return false;
  if (f.dataset && !a.datasets.includes(f.dataset)) return false;
  const words = folded(f.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = folded([a.subject_id, ...Object.values(a.subject).flat()].join(' '));
  return words.every((w) => haystack.includes(w));
}

/** Every list the alerts' entities are on, once each, sorted. */
export function datasetsOf(alerts: readonly AlertJson[]): string[] {
  return [...new Set(alerts.flatMap((a) => a.datasets))].sort();
}

/** The neighbour `step` away (1: next, -1: previous), staying at the ends; the first when nothing is selected. */
export function moveSelection(ids: readonly number[], current: number | null, step: 1 | -1): number | null {
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at < 0) return ids[0];
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))];
}

/**
 * What to select once `decided` leaves the list: the alert that took its place, else the one
 * before it (the list as it was, `before`, and as it is now, `after`).
 */
export function selectionAfter(before: readonly number[], after: readonly number[], decided: number): number | null {
  const at = before.indexOf(decided);
  const rest = before.filter((id) => id !== decided && after.includes(id));
  if (rest.length === 0) return null;
  return rest[Math.min(Math.max(at, 0), rest.length - 1)];
}

export const RESOLUTION_LABELS: Readonly<Record<string, string>> = {
  true_match: 'True match',
  false_positive: 'False positive',
  delisted: 'No longer listed',
  subject_removed: 'Subject no longer watched',
};

export const RAISED_LABELS: Readonly<Record<string, string>> = {
  new_hit: 'new hit',
  relisted: 'listed again',
  reopened: 'reopened: what it was decided on changed',
  entity_changed: 'the listed entry changed',
  subject_changed: 'the subject changed',
  delisted: 'no longer listed',
};
