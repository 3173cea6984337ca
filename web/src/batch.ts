/**
 * Batch screening's own logic: the shapes of POST /v1/jobs/preview and the job answers, the
 * content type a file is sent as, the column mapping as the analyst changes it, and the `map`
 * parameters that tell the server exactly that mapping.
 */

/** Field → column, as the server reads a file. */
export type Mapping = Record<string, string>;

export interface SampleRecord {
  line: number;
  fields: Record<string, string>;
  query: { schema: string; properties: Record<string, string[]> } | null;
  error: string | null;
}

export interface Preview {
  file: string;
  format: 'csv' | 'xlsx' | 'jsonl';
  columns: string[];
  mapping: Mapping;
  notes: string[];
  named: boolean;
  sample: SampleRecord[];
  /** The fields a column may be read as. */
  fields: string[];
}

export type JobStatus = 'running' | 'done' | 'failed';
export type DownloadFormat = 'csv' | 'jsonl' | 'xlsx';

export interface JobJson {
  id: string;
  status: JobStatus;
  total: number | null;
  done: number;
  /** Records with at least one match. */
  alerts: number;
  errors: number;
  error: string | null;
  created_at: string;
  finished_at: string | null;
  file: string;
  mapping: Mapping;
  schema: string;
  threshold: number;
  download: Record<DownloadFormat, string> | null;
}

const UPLOAD_TYPES: readonly [RegExp, string][] = [
  [/\.(csv|tsv|txt)$/i, 'text/csv'],
  [/\.(xlsx|xlsm)$/i, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  [/\.(jsonl|ndjson|json)$/i, 'application/x-ndjson'],
];

/** The content type a file goes up as, by its name (a browser often gives none for CSV); unknown: read as CSV. */
export function uploadType(fileName: string): string {
  return UPLOAD_TYPES.find(([ext]) => ext.test(fileName))?.[1] ?? 'application/octet-stream';
}

export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.xlsm,.jsonl,.ndjson,.json';

/** Without one of these read from some column, no record has a name to screen. */
const NAME_FIELDS = ['name', 'firstName', 'lastName', 'alias'];

export function hasNameField(m: Mapping): boolean {
  return NAME_FIELDS.some((f) => m[f] !== undefined);
}

/** The field a column is read as, or '' when it is not read. */
export function fieldOfColumn(m: Mapping, column: string): string {
  return Object.entries(m).find(([, c]) => c === column)?.[0] ?? '';
}

/** The mapping with `column` read as `field` ('' : not read); a column gives one field and a field comes from one column. */
export function assignColumn(m: Mapping, column: string, field: string): Mapping {
  const out = Object.fromEntries(Object.entries(m).filter(([f, c]) => c !== column && f !== field));
  if (field) out[field] = column;
  return out;
}

/**
 * The `map` parameters that turn the server's guess into `chosen`: each field chosen, and each
 * field guessed but not chosen left unread (`field=`).
 */
export function mapParams(guessed: Mapping, chosen: Mapping): string[] {
  return [
    ...Object.keys(guessed).filter((f) => chosen[f] === undefined).map((f) => `${f}=`),
    ...Object.entries(chosen).map(([f, c]) => `${f}=${c}`),
  ];
}

export function previewPath(fileName: string, schema: string): string {
  return `/v1/jobs/preview?${new URLSearchParams({ filename: fileName, schema, sample: '3' })}`;
}

export function jobPath(fileName: string, schema: string, map: readonly string[]): string {
  const p = new URLSearchParams({ filename: fileName, schema });
  for (const m of map) p.append('map', m);
  return `/v1/jobs?${p}`;
}

/** "clients.csv" → "clients.screened.jsonl", as the server names the download. */
export function downloadName(file: string, format: DownloadFormat): string {
  return `${file.replace(/\.[^.]*$/, '')}.screened.${format}`;
}

export const DOWNLOAD_LABELS: Readonly<Record<DownloadFormat, string>> = { csv: 'CSV', jsonl: 'JSON lines', xlsx: 'Excel' };

/** Schemata a whole file may be screened as ('auto': from a type column, else from the fields filled in). */
export const FILE_SCHEMATA: readonly string[] = ['auto', 'Person', 'Company', 'Organization', 'LegalEntity', 'Vessel', 'Airplane'];
