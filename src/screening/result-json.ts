/**
 * A result's scored fields as yente writes them, as JSON text: `"score":…,"match":…,
 * "features":{…},"explanations":{…}` (no braces, to splice after the entity's own fields).
 * A matcher thread writes this where the result is scored and sends the text rather than the
 * explanation objects: the server splices it into its answer instead of copying objects from
 * thread to thread and serialising them again.
 */
import type { Explanations, MatchResult } from '../match/types.js';

/** A result that may carry its scored fields already written (one a matcher thread answered). */
export type MaybeWritten = MatchResult & { readonly scoredJson?: string };

/** yente's older `features` map (feature → score), as JSON text. */
function featuresJson(explanations: Explanations): string {
  let out = '{';
  for (const name in explanations) out += `${out.length === 1 ? '' : ','}${JSON.stringify(name)}:${JSON.stringify(explanations[name].score)}`;
  return `${out}}`;
}

export function scoredFieldsJson(r: Pick<MatchResult, 'score' | 'match' | 'explanations'>): string {
  return `"score":${JSON.stringify(r.score)},"match":${r.match},"features":${featuresJson(r.explanations)},"explanations":${JSON.stringify(r.explanations)}`;
}

/** The scored fields of a result: as it came written, or written now. */
export function scoredJsonOf(r: MaybeWritten): string {
  return r.scoredJson ?? scoredFieldsJson(r);
}

/** A result as a matcher thread sends it: what filtering and the audit need as values, the rest as text. */
export type WrittenResult = Omit<MatchResult, 'explanations'> & { scoredJson: string };

export function writtenResult(r: MatchResult): WrittenResult {
  return { id: r.id, caption: r.caption, schema: r.schema, score: r.score, match: r.match, datasets: r.datasets, scoredJson: scoredFieldsJson(r) };
}

/** A written result back as a MatchResult; its explanations are read from the text only if asked for. */
export class ReceivedResult implements MaybeWritten {
  readonly id: string;
  readonly caption: string;
  readonly schema: string;
  readonly score: number;
  readonly match: boolean;
  readonly datasets: string[];
  readonly scoredJson: string;
  private parsed: Explanations | null = null;

  constructor(w: WrittenResult) {
    this.id = w.id;
    this.caption = w.caption;
    this.schema = w.schema;
    this.score = w.score;
    this.match = w.match;
    this.datasets = w.datasets;
    this.scoredJson = w.scoredJson;
  }

  get explanations(): Explanations {
    return (this.parsed ??= (JSON.parse(`{${this.scoredJson}}`) as { explanations: Explanations }).explanations);
  }
}
