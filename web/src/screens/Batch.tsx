/**
 * Batch: drop or choose a customer file, see how its columns will be read (the server's guess,
 * from POST /v1/jobs/preview) and change that before anything is screened, then start the job
 * and follow it on its own page (/batch/{id}). Earlier jobs are listed below.
 */
import { useState, type DragEvent } from 'react';
import {
  ACCEPTED_FILES, assignColumn, FILE_SCHEMATA, fieldOfColumn, hasNameField, jobPath, mapParams, previewPath,
  uploadType, type JobJson, type Mapping, type Preview,
} from '../batch.ts';
import { count, ErrorNote, formatTime, Name, Section, useLoad } from '../components.tsx';
import { FIELD_LABELS } from '../labels.ts';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

/** Values shown per column to recognise it by. */
const SAMPLE_VALUES = 3;

interface Reading {
  file: File;
  preview: Preview;
  mapping: Mapping;
  schema: string;
}

function FilePicker({ busy, onFile }: { busy: boolean; onFile(file: File): void }) {
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={`drop${over ? ' over' : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}
    >
      <label htmlFor="batch-file">Customer file</label>
      <input
        id="batch-file" type="file" accept={ACCEPTED_FILES} disabled={busy} aria-describedby="batch-file-hint"
        onChange={(e) => { const f = e.target.files?.[0]; if (f) onFile(f); e.target.value = ''; }}
      />
      <p className="hint" id="batch-file-hint">CSV (any delimiter), Excel or JSON lines, with a header row: choose it, or drop it here.</p>
    </div>
  );
}

function MappingForm({ reading, busy, onChange, onStart, onCancel }: {
  reading: Reading; busy: boolean; onChange(r: Reading): void; onStart(): void; onCancel(): void;
}) {
  const { preview, mapping } = reading;
  const named = hasNameField(mapping);
  const fields = [...new Set([...preview.fields, ...Object.keys(mapping)])];
  return (
    <form className="mapping-form" onSubmit={(e) => { e.preventDefault(); if (named) onStart(); }}>
      <p>
        <strong><Name text={preview.file} /></strong> ({preview.format.toUpperCase()}, {count(preview.columns.length, 'column')}).
        Check how each column will be read, change what is wrong, then screen the file.
      </p>
      {preview.notes.length > 0 && <ul className="notes">{preview.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
      <table className="mapping">
        <caption>Columns and what they are read as</caption>
        <thead><tr><th scope="col">Column</th><th scope="col">Read as</th><th scope="col">First values</th></tr></thead>
        <tbody>
          {preview.columns.map((column, i) => (
            <tr key={column}>
              <th scope="row"><Name text={column} /></th>
              <td data-label="Read as">
                <label className="visually-hidden" htmlFor={`map-${i}`}>Read “{column}” as</label>
                <select id={`map-${i}`} value={fieldOfColumn(mapping, column)} onChange={(e) => onChange({ ...reading, mapping: assignColumn(mapping, column, e.target.value) })}>
                  <option value="">not read</option>
                  {fields.map((f) => <option key={f} value={f}>{FIELD_LABELS[f] ?? f}</option>)}
                </select>
              </td>
              <td className="samples">
                {preview.sample.slice(0, SAMPLE_VALUES).map((r) => r.fields[column]).filter(Boolean).map((v, j) => <Name key={j} text={v} className="value" />)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="field schema-field">
        <label htmlFor="batch-schema">Screen the records as</label>
        <select id="batch-schema" value={reading.schema} onChange={(e) => onChange({ ...reading, schema: e.target.value })}>
          {FILE_SCHEMATA.map((s) => <option key={s} value={s}>{s === 'auto' ? 'each as its type column or fields say' : s}</option>)}
        </select>
      </div>
      {!named && <p className="error" role="alert">No column is read as a name: choose the column that holds the names.</p>}
      <div className="form-actions">
        <button type="submit" disabled={busy || !named}>{busy ? 'Starting…' : 'Screen the file'}</button>
        <button type="button" className="link-button" onClick={onCancel}>Choose another file</button>
      </div>
    </form>
  );
}

function EarlierJobs() {
  const { api } = useSession();
  const jobs = useLoad((signal) => api.get<{ jobs: JobJson[] }>('/v1/jobs', signal).then((r) => r.jobs), [api]);
  if (!jobs.data?.length) return jobs.error ? <ErrorNote error={jobs.error} /> : null;
  return (
    <Section title="Earlier files" id="earlier-jobs">
      <ul className="jobs">
        {jobs.data.slice(0, 10).map((j) => (
          <li key={j.id}>
            <Link to={`/batch/${encodeURIComponent(j.id)}`}><Name text={j.file} /></Link>{' '}
            <span className="when">{formatTime(j.created_at)}</span> · {j.status}
            {j.status === 'done' && ` · ${count(j.done, 'record')}, ${j.alerts} with a match`}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function BatchScreen() {
  const { api } = useSession();
  const [reading, setReading] = useState<Reading | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const readFile = async (file: File) => {
    setBusy(true);
    setError(null);
    setReading(null);
    try {
      const preview = await api.postFile<Preview>(previewPath(file.name, 'auto'), file, uploadType(file.name));
      setReading({ file, preview, mapping: preview.mapping, schema: 'auto' });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const start = async () => {
    if (!reading) return;
    setBusy(true);
    setError(null);
    try {
      const path = jobPath(reading.file.name, reading.schema, mapParams(reading.preview.mapping, reading.mapping));
      const job = await api.postFile<JobJson>(path, reading.file, uploadType(reading.file.name));
      navigate(`/batch/${encodeURIComponent(job.id)}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <>
      <h1>Screen a file</h1>
      {reading
        ? <MappingForm reading={reading} busy={busy} onChange={setReading} onStart={() => void start()} onCancel={() => setReading(null)} />
        : <FilePicker busy={busy} onFile={(f) => void readFile(f)} />}
      <p className="status" role="status">{busy && !reading ? 'Reading the file…' : ''}</p>
      {error ? <ErrorNote error={error} /> : null}
      {!reading && <EarlierJobs />}
    </>
  );
}
