/**
 * Answers that hold for the whole session and that several screens need (the catalog of lists,
 * the filter facets, the algorithms): asked once per signed-in key, then shared.
 */
import type { Api, FacetValue } from './api.ts';

const answers = new WeakMap<Api, Map<string, Promise<unknown>>>();

/** GET a path once for this key; a failed answer is forgotten so the next use asks again. */
export function getOnce<T>(api: Api, path: string): Promise<T> {
  let byPath = answers.get(api);
  if (!byPath) answers.set(api, (byPath = new Map()));
  let answer = byPath.get(path) as Promise<T> | undefined;
  if (!answer) {
    answer = api.get<T>(path);
    byPath.set(path, answer);
    answer.catch(() => byPath.delete(path));
  }
  return answer;
}

/** Forget an answer that has changed (the catalog after an index rebuild). */
export function forget(api: Api, path: string): void {
  answers.get(api)?.delete(path);
}

export interface CatalogDataset {
  name: string;
  title: string;
  type: string;
  version: string;
  index_version: string | null;
  index_current: boolean;
}

export interface Catalog {
  datasets: CatalogDataset[];
  index_stale: boolean;
}

export const CATALOG_PATH = '/catalog';

/** Dataset name → title. */
export function datasetTitles(catalog: Catalog | null): Map<string, string> {
  return new Map((catalog?.datasets ?? []).map((d) => [d.name, d.title]));
}

export interface Algorithms {
  default: string;
  algorithms: { name: string; default_threshold: number }[];
}

export const ALGORITHMS_PATH = '/algorithms';

/** The default algorithm's threshold: a score from here is a match. */
export function defaultThreshold(a: Algorithms | null): number | null {
  return a?.algorithms.find((x) => x.name === a.default)?.default_threshold ?? null;
}

export type Facets = Record<string, { label: string; values: FacetValue[] }>;
