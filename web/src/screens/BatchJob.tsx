/**
 * One batch job (/batch/{id}): how far it got, asked again while it runs, and once it is done
 * its results to download as CSV, JSON lines or Excel. Downloads are fetched with the key (a
 * plain link cannot send it) and handed to the browser as a file.
 */
import { useEffect, useState, type MouseEvent } from 'react';
import { isAbort } from '../api.ts';
import { DOWNLOAD_LABELS, downloadName, type DownloadFormat, type JobJson } from '../batch.ts';
import { count, ErrorNote, formatTime, Name, Section } from '../components.tsx';
import { FIELD_LABELS } from '../labels.ts';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';

/** How often a running job is asked about: often enough to look live, rarely enough to cost nothing. */
const POLL_MS = 500;
/** The browser reads a download's blob after the click returns: the URL must outlive it a while. */
const BLOB_URL_LIFETIME_MS = 60_000;

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

function progressText(job: JobJson): string {
  if (job.status === 'failed') return `Failed after ${count(job.done, 'record')}: ${job.error ?? 'no reason given'}`;
  if (job.status === 'running') return `Screening: ${job.done} of ${job.total ?? '?'} records done.`;
  return `Done: ${count(job.done, 'record')} screened, ${job.alerts} with a match, ${count(job.errors, 'error')}.`;
}

function Downloads({ job }: { job: JobJson }) {
  const { api } = useSession();
  const [error, setError] = useState<unknown>(null);
  if (!job.download) return null;
  const fetchFile = (format: DownloadFormat, path: string) => async (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    setError(null);
    try {
      saveBlob(await api.getBlob(path), downloadName(job.file, format));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Section title="Results" id="job-results">
      <ul className="downloads">
        {(Object.entries(job.download) as [DownloadFormat, string][]).map(([format, path]) => (
          <li key={format}>
            <a href={path} download={downloadName(job.file, format)} onClick={(e) => void fetchFile(format, path)(e)}>{DOWNLOAD_LABELS[format]}</a>
          </li>
        ))}
      </ul>
      <p className="hint">Each row of the file as it was, then Ghirbal's columns: status, match, best score and entity, reason, every result.</p>
      {error ? <ErrorNote error={error} /> : null}
    </Section>
  );
}

export function BatchJobScreen({ params }: { params: Record<string, string> }) {
  const { api } = useSession();
  const [job, setJob] = useState<JobJson | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    let timer = 0;
    const ask = async () => {
      try {
        const j = await api.get<JobJson>(`/v1/jobs/${encodeURIComponent(params.id)}`, controller.signal);
        setJob(j);
        if (j.status === 'running') timer = window.setTimeout(() => void ask(), POLL_MS);
      } catch (err) {
        if (!isAbort(err)) setError(err);
      }
    };
    void ask();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [api, params.id]);

  return (
    <>
      <h1>{job ? <>Screening <Name text={job.file} /></> : 'Batch job'}</h1>
      {error ? <ErrorNote error={error} /> : null}
      {job && (
        <>
          <div className="job-progress">
            <label htmlFor="job-progress">Progress</label>
            <progress id="job-progress" max={job.total ?? undefined} value={job.total ? Math.min(job.done, job.total) : undefined} />
            <p className="status" role="status" data-status={job.status}>{progressText(job)}</p>
          </div>
          <Downloads job={job} />
          <Section title="How the file was read" id="job-settings">
            <dl className="facts">
              {Object.entries(job.mapping).map(([field, column]) => (
                <div key={field}><dt>{FIELD_LABELS[field] ?? field}</dt><dd><Name text={column} /></dd></div>
              ))}
              <div><dt>Records screened as</dt><dd>{job.schema === 'auto' ? 'their type column or fields' : job.schema}</dd></div>
              <div><dt>Match threshold</dt><dd>{job.threshold}</dd></div>
              <div><dt>Started</dt><dd>{formatTime(job.created_at)}</dd></div>
              {job.finished_at && <div><dt>Finished</dt><dd>{formatTime(job.finished_at)}</dd></div>}
            </dl>
          </Section>
        </>
      )}
      <p><Link to="/batch">Screen another file</Link></p>
    </>
  );
}
