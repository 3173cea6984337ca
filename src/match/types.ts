/** Shapes shared by the matcher's parts: a prepared query, explanations, algorithms, results. */
import type { MatchIndex } from './index.js';
import type { NameKind } from './name-structure.js';
import type { QueryName } from './query-name.js';

/** A query after cleaning (query.ts), with its names looked up in the index. */
export interface PreparedQuery {
  id?: string;
  schema: string;
  kind: NameKind;
  /** Cleaned properties, as yente echoes them. */
  properties: Record<string, string[]>;
  /** The raw names (cleaned text) and, for each, its prepared form (null when it has no token). */
  rawNames: string[];
  names: QueryName[];
  birthDates: string[];
  genders: string[];
  countries: string[];
  /** Normalised identifiers and vessel numbers, as in the index. */
  identifiers: string[];
  vesselNumbers: string[];
  /**
   * List names the query's keys reached (candidates.ts): name features align only these.
   * Absent: every name of a candidate is aligned.
   */
  reachedNames?: ReadonlySet<number>;
}

/** Name parts that paired in a name feature: one or two tokens a side, how they met and what they weigh. */
export interface ExplainedPair {
  query: string[];
  candidate: string[];
  how: string;
  similarity: number;
  weight: number;
}

/** yente's explanation of one feature that fired, with what it did to the score and, for names, how the parts aligned. */
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

export interface Scored {
  score: number;
  explanations: Explanations;
}

export interface MatchAlgorithm {
  name: string;
  version: string;
  description: string;
  /** Feature names it may explain, with what each means (for GET /algorithms). */
  features: Readonly<Record<string, string>>;
  /** The threshold its scores are calibrated for. */
  defaultThreshold: number;
  /**
   * Score one candidate entity (an index into index.entities) against a prepared query;
   * explanations are written only when `explain` (scoring many candidates to keep a few).
   */
  score(index: MatchIndex, query: PreparedQuery, entity: number, explain: boolean): Scored;
}

/** One result line, as the CLI and the API print it. */
export interface MatchResult {
  id: string;
  caption: string;
  schema: string;
  score: number;
  match: boolean;
  datasets: string[];
  explanations: Explanations;
}
