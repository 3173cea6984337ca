/**
 * One record of a batch: its fields mapped to a query, screened along the one screening path
 * (screen.ts), and written as the output record: the input's own fields, the hits in the
 * shape of /match results, the best score, a short reason and the dataset versions used.
 */
import type { MatchIndex } from '../match/index.js';
import type { MatchAlgorithm, MatchResult } from '../match/types.js';
import type { AuditEntryInput, JobRow } from '../store/types.js';
import { screenQuery, type CleanQuery } from './screen.js';
import { mappedValues, recordQuery, RecordError, type ColumnMapping, type SchemaChoice } from './table-input-mapping.js';
import type { TableRecord } from './table-input.js';

/** What a batch screens against: an index and the dataset versions it was built from. */
export interface ListIndex {
  readonly match: MatchIndex;
  readonly datasetVersions: Readonly<Record<string, number>>;
}

export interface BatchSettings {
  mapping: ColumnMapping;
  schema: SchemaChoice;
  algorithm: MatchAlgorithm;
  threshold: number;
  /** Hits kept per record at most, best first. */
  limit: number;
  /** Hits scoring this or less are left out unless they are matches. */
  cutoff: number;
}

/** One output record. */
export interface BatchRecord {
  row: number;
  line: number;
  /** The input's own fields, as the file has them. */
  input: Record<string, unknown>;
  id: string | null;
  status: 'ok' | 'error';
  error: string | null;
  query: CleanQuery | null;
  match: boolean;
  best_score: number | null;
  reason: string;
  results: MatchResult[];
  dataset_versions: Record<string, number>;
}

/** The reason a hit scored as it did, in a line: the names compared and what else agreed or differed. */
export function shortReason(hit: MatchResult | undefined): string {
  if (!hit) return '';
  const parts = Object.entries(hit.explanations).map(([feature, e]) => {
    if (e.query && e.candidate && feature.startsWith('name')) return `name "${e.query}" ~ "${e.candidate}"`;
    return e.detail.replace(/\s*→.*$/, '');
  });
  const text = `${hit.caption} (${hit.score.toFixed(2)}): ${parts.join('; ')}`;
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}

function failed(record: TableRecord, message: string, versions: Record<string, number>): BatchRecord {
  return {
    row: record.seq, line: record.line, input: record.fields, id: null, status: 'error', error: `line ${record.line}: ${message}`,
    query: null, match: false, best_score: null, reason: '', results: [], dataset_versions: versions,
  };
}

/** Screen one record; a record that cannot be screened comes back as an error record, never a throw. */
export function screenRecord(record: TableRecord, index: ListIndex, s: BatchSettings): BatchRecord {
  const versions = { ...index.datasetVersions };
  if (record.error) return failed(record, record.error, versions);
  let query: CleanQuery;
  try {
    query = recordQuery(s.mapping, s.schema, mappedValues(s.mapping, (c) => record.fields[c]));
  } catch (err) {
    if (err instanceof RecordError) return failed(record, err.message, versions);
    throw err;
  }
  const { results } = screenQuery(index.match, query, { algorithm: s.algorithm, threshold: s.threshold, limit: s.limit, cutoff: s.cutoff });
  return {
    row: record.seq, line: record.line, input: record.fields, id: query.id ?? null, status: 'ok', error: null, query,
    match: results.some((r) => r.match), best_score: results[0]?.score ?? null, reason: shortReason(results[0]), results,
    dataset_versions: versions,
  };
}

export function jobRow(r: BatchRecord): JobRow {
  return { seq: r.row, alert: r.match, error: r.status === 'error', record: r };
}

/** The audit record of one screened row; none for a row that could not be screened. */
export function batchAudit(r: BatchRecord, s: BatchSettings, channel: string, keyId: string | null): AuditEntryInput | null {
  if (!r.query) return null;
  return {
    keyId, channel, query: r.query, algorithm: s.algorithm.name, algorithmVersion: s.algorithm.version, threshold: s.threshold,
    datasetVersions: r.dataset_versions, results: r.results.map((h) => ({ id: h.id, score: h.score })),
  };
}
