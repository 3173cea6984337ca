/**
 * The server's public HTTP API as the workbench uses it: the shapes of its answers and one
 * client that sends the signed-in key (`Authorization: ApiKey <key>`) with every request.
 */

export interface EntityJson {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, (string | EntityJson)[]>;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

/** Name parts that paired in a name feature. */
export interface ExplainedPair {
  query: string[];
  candidate: string[];
  how: string;
  similarity: number;
  weight: number;
}

export interface Explanation {
  detail: string;
  score: number;
  query?: string;
  candidate?: string;
  /** What the feature added to the score (negative: took away). */
  effect?: number;
  alignment?: { pairs: ExplainedPair[]; query_only: string[]; list_only: string[] };
}

export type Explanations = Record<string, Explanation>;

export interface ScoredJson extends EntityJson {
  score: number;
  match: boolean;
  explanations: Explanations;
}

export interface MatchResponse {
  responses: Record<string, { status: number; results: ScoredJson[]; total: { value: number } }>;
  matcher: Record<string, { description: string }>;
}

export interface FacetValue {
  name: string;
  label: string;
  count: number;
}

export interface SearchResponse {
  total: { value: number };
  results: EntityJson[];
  facets: Record<string, { label: string; values: FacetValue[] }>;
}

export type Role = 'screen' | 'admin';

export interface Me {
  role: Role;
  key_id: string | null;
  label: string | null;
  /** false: the server runs without keys (--no-auth). */
  auth: boolean;
}

export interface PropertyChange {
  prop: string;
  old: string[];
  new: string[];
}

export type VersionStatus = 'listed' | 'added' | 'unchanged' | 'changed' | 'removed' | 'absent';

export interface EntityHistory {
  id: string;
  datasets: {
    dataset: string;
    versions: { seq: number; label: string; current: boolean; imported_at: string; published_at: string | null; status: VersionStatus; changes: PropertyChange[] }[];
  }[];
}

/** A refusal from the server, with its message (yente's `detail`). */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The message of an error answer: `{detail: "..."}`, or for a 422 the first field's complaint. */
function detailOf(status: number, body: unknown): string {
  const detail = (body as { detail?: unknown } | null)?.detail;
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail) && detail.length > 0) {
    const first = detail[0] as { loc?: unknown[]; msg?: string };
    return `${(first.loc ?? []).join('.')}: ${first.msg ?? 'invalid'}`;
  }
  return `The server answered ${status}.`;
}

export class Api {
  /** key: null when the server runs without keys. */
  constructor(private readonly key: string | null) {}

  /** The answer, with the key sent; an ApiError (with the server's reason) unless it is a 2xx. */
  private async send(path: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.key) headers.set('Authorization', `ApiKey ${this.key}`);
    const res = await fetch(path, { ...init, headers });
    if (!res.ok) throw new ApiError(res.status, detailOf(res.status, await bodyOf(res)));
    return res;
  }

  private async request<T>(path: string, init: RequestInit): Promise<T> {
    return (await bodyOf(await this.send(path, init))) as T;
  }

  get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.request<T>(path, { signal });
  }

  post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.request<T>(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' }, signal });
  }

  /** A file sent as the request body itself (an upload), under its own content type. */
  postFile<T>(path: string, file: Blob, type: string, signal?: AbortSignal): Promise<T> {
    return this.request<T>(path, { method: 'POST', body: file, headers: { 'Content-Type': type }, signal });
  }

  /** An answer as bytes (a download), fetched with the key a plain link could not send. */
  async getBlob(path: string): Promise<Blob> {
    return (await this.send(path, {})).blob();
  }
}

function bodyOf(res: Response): Promise<unknown> {
  return (res.headers.get('content-type') ?? '').includes('json') ? res.json() : res.text();
}

/** Whether an error only says a request was cancelled (a newer one replaced it). */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
