/**
 * What every source format provides. A format reads published list files into entities of
 * the one model (src/model); nothing downstream knows which format an entity came from.
 */
import type { Entity } from '../model/entity.js';

/** A problem in the input that the parser got past: the rest of the file is still read. */
export interface SourceIssue {
  file: string;
  line?: number;
  /** The record's own key where the format has one (ent_num, DATAID, Group ID…). */
  record?: string;
  field?: string;
  message: string;
}

/** A problem the parser cannot get past: the import fails and nothing is stored. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line != null ? `:${line}${column != null ? `:${column}` : ''}` : ''}: ${message}`);
    this.name = 'SourceError';
  }
}

export interface ParseContext {
  /** Dataset name stamped on every entity (entity.datasets[0]). */
  dataset: string;
  report(issue: SourceIssue): void;
  /** The publication date the file states (ISO date or datetime), when it states one. */
  setPublishedAt(date: string): void;
}


export interface SourceFormat {
  /** Stable short name, accepted by `--format`: "ofac-csv", "un-xml"… */
  name: string;
  label: string;
  /** Dataset an import lands in unless `--dataset` says otherwise. */
  defaultDataset(files: string[]): string;
  /**
   * Does this format claim the file? `head` is its first bytes (up to 64 KiB, already
   * gunzipped when the file is gzip). Must be cheap and must not claim another format's files.
   */
  detect(path: string, head: Buffer): boolean;
  /**
   * Files read together with this one (OFAC's alt.csv, add.csv beside sdn.csv). The
   * bundle's first file is the one detected. Default: the file alone.
   */
  companions?(path: string): string[];
  parse(files: string[], ctx: ParseContext): AsyncIterable<Entity>;
}
