/**
 * Watched subjects from a file, read like a batch (same formats, same column mapping), each
 * under its own id. Adding them first brings the subjects already watched up to the current
 * lists, then screens the new and the changed ones against every list: their matches raise
 * alerts, and a changed subject's decided alerts reopen where it still matches.
 */
import type { Alert, Subject, SubjectInput } from '../store/types.js';
import type { ListIndex } from './batch-record.js';
import { rescreenChanges, screenSubjects, type MonitorOptions, type MonitorReport } from './monitor.js';
import { mappedValues, MappingError, recordQuery, RecordError, type ColumnMapping, type SchemaChoice } from './table-input-mapping.js';
import type { Table } from './table-input.js';
import { subjectKeys } from './subjects-keys.js';

/** Subjects written, and then screened, at once. */
const BATCH = 1000;

export interface SubjectFileOptions extends MonitorOptions {
  table: Table;
  mapping: ColumnMapping;
  schema: SchemaChoice;
  /** A record that is not added, with its line and why. */
  onRecordError?(line: number, error: string): void;
  onProgress?(records: number): void;
}

export interface SubjectFileReport {
  added: number;
  changed: number;
  unchanged: number;
  errors: number;
  /** Alerts raised or reopened by the new and changed subjects. */
  alerts: Alert[];
  /** Bringing the subjects already watched up to date first. */
  catchUp: MonitorReport;
}

/** The index is built once, when first asked for. */
export function buildOnce(build: () => Promise<ListIndex>): () => Promise<ListIndex> {
  let index: Promise<ListIndex> | null = null;
  return () => (index ??= build());
}

export async function addSubjectFile(o: SubjectFileOptions): Promise<SubjectFileReport> {
  if (!o.mapping.id) throw new MappingError('subjects need ids of their own: no column is read as the id (use --map id=COLUMN)');
  const catchUp = await rescreenChanges(o);
  const report: SubjectFileReport = { added: 0, changed: 0, unchanged: 0, errors: 0, alerts: [], catchUp };
  const firstLine = new Map<string, number>();
  let batch: SubjectInput[] = [];
  const fail = (line: number, error: string) => {
    report.errors++;
    o.onRecordError?.(line, error);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const written = await o.store.screening.putSubjects(batch);
    batch = [];
    report.added += written.added.length;
    report.changed += written.changed.length;
    report.unchanged += written.unchanged;
    const fresh: Subject[] = [...written.added, ...written.changed.map((c) => c.after)];
    if (fresh.length > 0) report.alerts.push(...await screenSubjects(o, await o.fullIndex(), fresh, (id) => o.store.entity(id)));
  };
  let records = 0;
  for await (const record of o.table.records()) {
    o.onProgress?.(++records);
    if (record.error) {
      fail(record.line, record.error);
      continue;
    }
    let subject: SubjectInput;
    try {
      const query = recordQuery(o.mapping, o.schema, mappedValues(o.mapping, (c) => record.fields[c]));
      if (!query.id) throw new RecordError(`no id ("${o.mapping.id}" empty)`);
      subject = { id: query.id, schema: query.schema, properties: query.properties, keys: subjectKeys(query.schema, query.properties) };
    } catch (err) {
      if (!(err instanceof RecordError)) throw err;
      fail(record.line, err.message);
      continue;
    }
    const seen = firstLine.get(subject.id);
    if (seen !== undefined) {
      fail(record.line, `id ${subject.id} is already given on line ${seen}`);
      continue;
    }
    firstLine.set(subject.id, record.line);
    batch.push(subject);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return report;
}

