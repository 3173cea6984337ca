/**
 * What a customer file would be screened as, before it is: its columns, the mapping guessed
 * from the headers (with any `map` changes applied), and its first records as the queries they
 * become. A person checks this, and changes the mapping, before the whole file runs.
 */
import { HEADER_SYNONYMS } from './table-input-headers.js';
import { applyMapOption, guessMapping, mappedValues, recordQuery, RecordError, type ColumnMapping, type SchemaChoice } from './table-input-mapping.js';
import type { Table } from './table-input.js';

/** The fields a column may be read as: every field the header guesser knows, in its order. */
export const MAPPABLE_FIELDS: readonly string[] = Object.keys(HEADER_SYNONYMS);

/** A record is screened only when one of these has a column (the batch refuses a file without). */
const NAME_FIELDS = ['name', 'firstName', 'lastName', 'alias'];

export interface SampleRecord {
  line: number;
  fields: Record<string, string>;
  /** What it is screened as (schema and properties), or why it cannot be. */
  query: { schema: string; properties: Record<string, string[]> } | null;
  error: string | null;
}

export interface TablePreview {
  format: Table['format'];
  columns: string[];
  mapping: ColumnMapping;
  ignored: string[];
  notes: string[];
  /** Whether some column is read as a name: without one the file cannot run. */
  named: boolean;
  sample: SampleRecord[];
}

function cellsAsText(fields: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)]));
}

function sampleRecord(line: number, fields: Record<string, unknown>, mapping: ColumnMapping, schema: SchemaChoice): SampleRecord {
  try {
    const q = recordQuery(mapping, schema, mappedValues(mapping, (c) => fields[c]));
    return { line, fields: cellsAsText(fields), query: { schema: q.schema, properties: q.properties }, error: null };
  } catch (err) {
    if (!(err instanceof RecordError)) throw err;
    return { line, fields: cellsAsText(fields), query: null, error: err.message };
  }
}

/** The mapping (guessed, then `map` applied) and the first `size` records as they would be read; MappingError on a bad `map`. */
export async function previewTable(table: Table, map: readonly string[], schema: SchemaChoice, size: number): Promise<TablePreview> {
  let guess = guessMapping(table.columns);
  if (map.length > 0) guess = applyMapOption(guess, table.columns, map);
  const sample: SampleRecord[] = [];
  for await (const r of table.records()) {
    if (sample.length >= size) break;
    sample.push(r.error ? { line: r.line, fields: cellsAsText(r.fields), query: null, error: r.error } : sampleRecord(r.line, r.fields, guess.mapping, schema));
  }
  return {
    format: table.format, columns: table.columns, mapping: guess.mapping, ignored: guess.ignored, notes: guess.notes,
    named: NAME_FIELDS.some((f) => guess.mapping[f] !== undefined), sample,
  };
}

