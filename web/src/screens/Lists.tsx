/**
 * Lists: the loaded lists with their versions, dates and counts, and what changed between two
 * versions of one — added, removed and changed entries, each changed field old → new, each
 * entry linked to its Entity screen. The list and versions picked live in the URL, so a diff can
 * be linked; a diff arrives a page at a time (a list update can change thousands of entries).
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { EntityJson } from '../api.ts';
import { ErrorNote, Name, Section, useLoad } from '../components.tsx';
import {
  changeLabel, defaultPair, DIFF_KINDS, diffPath, formatCount, listsFromParams, listsPath, partiesSummary, versionDay, wantsDiff,
  type DatasetsAnswer, type DatasetVersionJson, type DiffAnswer, type DiffKind, type EntityChangeJson, type ListsState,
  type VersionsAnswer,
} from '../lists-state.ts';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import { CATALOG_PATH, datasetTitles, getOnce, type Catalog } from '../shared-data.ts';
import '../lists-article.css';

/** Entries of each kind shown at first and added by each "show more". */
const PAGE = 50;

const KIND_TITLES: Readonly<Record<DiffKind, string>> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

function Day({ v }: { v: DatasetVersionJson }) {
  const { day, published } = versionDay(v);
  return <>{day} <span className="kind">{published ? 'published' : 'imported'}</span></>;
}

function DatasetsTable({ answer, titles, picked }: { answer: DatasetsAnswer; titles: ReadonlyMap<string, string>; picked: string }) {
  return (
    <table className="lists-table">
      <caption className="hint">Pick a list to see its versions and compare two of them.</caption>
      <thead>
        <tr><th scope="col">List</th><th scope="col">Versions</th><th scope="col">Current</th><th scope="col">Date</th><th scope="col">Entities</th><th scope="col">Parties</th></tr>
      </thead>
      <tbody>
        {answer.datasets.map((d) => (
          <tr key={d.name} aria-current={d.name === picked ? 'true' : undefined}>
            <th scope="row">
              <Link to={listsPath({ dataset: d.name, from: null, to: null, all: false })}>{titles.get(d.name) ?? d.name}</Link>
              <code className="entity-id">{d.name}</code>
            </th>
            <td data-label="Versions">{d.version_count}</td>
            <td data-label="Current">{d.current?.label ?? '—'}{d.indexed_seq !== null && d.indexed_seq !== d.current?.seq ? ` (index answers from @${d.indexed_seq})` : ''}</td>
            <td data-label="Date">{d.current ? <Day v={d.current} /> : '—'}</td>
            <td data-label="Entities">{d.current ? formatCount(d.current.entity_count) : '—'}</td>
            <td data-label="Parties">{d.current ? partiesSummary(d.current.schema_counts) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VersionsTable({ versions }: { versions: readonly DatasetVersionJson[] }) {
  return (
    <table className="lists-table">
      <thead>
        <tr><th scope="col">Version</th><th scope="col">Date</th><th scope="col">Format</th><th scope="col">Entities</th><th scope="col">Parties</th><th scope="col">Parser issues</th></tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.seq}>
            <th scope="row">{v.label}{v.current ? ' (current)' : ''}</th>
            <td data-label="Date"><Day v={v} /></td>
            <td data-label="Format">{v.format}</td>
            <td data-label="Entities">{formatCount(v.entity_count)}</td>
            <td data-label="Parties">{partiesSummary(v.schema_counts)}</td>
            <td data-label="Parser issues">{formatCount(v.issue_count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The two versions to compare, and whether to see every record: submitted into the URL. */
function CompareForm({ state, versions }: { state: ListsState; versions: readonly DatasetVersionJson[] }) {
  const pair = defaultPair(versions);
  const [from, setFrom] = useState(String(state.from ?? pair?.from ?? ''));
  const [to, setTo] = useState(String(state.to ?? pair?.to ?? ''));
  const [all, setAll] = useState(state.all);
  if (!pair) return <p>This list has one version: nothing to compare yet.</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(listsPath({ dataset: state.dataset, from: Number(from), to: Number(to), all }));
  };
  const select = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        {versions.map((v) => <option key={v.seq} value={v.seq}>{v.label} ({versionDay(v).day})</option>)}
      </select>
    </div>
  );
  return (
    <form className="compare-form" onSubmit={submit} aria-label="Compare two versions">
      {select('diff-from', 'From version', from, setFrom)}
      {select('diff-to', 'To version', to, setTo)}
      <div className="check">
        <input id="diff-all" type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
        <label htmlFor="diff-all">Every record (sanctions, identifiers, links), not only the listed parties</label>
      </div>
      <button type="submit">Show what changed</button>
    </form>
  );
}

function EntityLink({ id, caption, schema }: { id: string; caption: string; schema: string }) {
  return (
    <>
      <Link to={`/entity/${encodeURIComponent(id)}`}><Name text={caption} /></Link>{' '}
      <span className="schema">{schema}</span>
    </>
  );
}

function ChangedItem({ change }: { change: EntityChangeJson }) {
  return (
    <li>
      <EntityLink id={change.id} caption={change.caption} schema={change.schema} />
      <ul className="changes">
        {change.changes.map((c) => (
          <li key={c.prop}>
            <code>{changeLabel(c.prop)}</code>:{' '}
            {c.old.length ? <del><Name text={c.old.join('; ')} /></del> : <span className="kind">(none)</span>}
            {' → '}
            {c.new.length ? <ins><Name text={c.new.join('; ')} /></ins> : <span className="kind">(none)</span>}
          </li>
        ))}
      </ul>
    </li>
  );
}

type Entry = EntityJson | EntityChangeJson;

/** One kind of change: its first page, and more on request. */
function DiffList({ kind, first, total, state }: { kind: DiffKind; first: readonly Entry[]; total: number; state: ListsState & { from: number; to: number } }) {
  const { api } = useSession();
  const [items, setItems] = useState<readonly Entry[]>(first);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const more = async () => {
    setBusy(true);
    setError(null);
    try {
      const page = await api.get<DiffAnswer>(diffPath(state, items.length, PAGE));
      setItems((shown) => [...shown, ...page[kind]]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const headingId = `diff-${kind}-heading`;
  return (
    <section className={`panel diff-kind diff-${kind}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{KIND_TITLES[kind]} <span className="count">{formatCount(total)}</span></h2>
      {total === 0 ? <p>None.</p> : (
        <ul className="diff-entries">
          {kind === 'changed'
            ? items.map((c) => <ChangedItem key={c.id} change={c as EntityChangeJson} />)
            : items.map((e) => <li key={e.id}><EntityLink id={e.id} caption={e.caption} schema={e.schema} /></li>)}
        </ul>
      )}
      {items.length < total && (
        <button type="button" className="more" onClick={more} disabled={busy}>
          {busy ? 'Loading…' : `Show ${Math.min(PAGE, total - items.length)} more (${formatCount(items.length)} of ${formatCount(total)} shown)`}
        </button>
      )}
      {error !== null && <ErrorNote error={error} />}
    </section>
  );
}

function Diff({ state, title }: { state: ListsState & { from: number; to: number }; title: string }) {
  const { api } = useSession();
  const path = diffPath(state, 0, PAGE);
  const diff = useLoad((signal) => api.get<DiffAnswer>(path, signal).then((answer) => ({ path, answer })), [api, path]);
  const current = diff.data?.path === path ? diff.data.answer : null;
  if (diff.error) return <ErrorNote error={diff.error} />;
  if (!current) return <p role="status">Comparing {state.dataset}@{state.from} with @{state.to}…</p>;
  return (
    <>
      <h2 className="diff-title">
        What changed in {title}: {current.from?.label ?? 'nothing'} → {current.to.label}
      </h2>
      <p className="diff-counts" role="status">
        {DIFF_KINDS.map((k) => `${formatCount(current.counts[k])} ${k}`).join(' · ')}
        {state.all ? ' (every record)' : ' (listed parties)'}
      </p>
      <div className="diff-grid">
        {DIFF_KINDS.map((k) => <DiffList key={`${path}:${k}`} kind={k} first={current[k]} total={current.counts[k]} state={state} />)}
      </div>
    </>
  );
}

function Versions({ state, title }: { state: ListsState; title: string }) {
  const { api } = useSession();
  const versions = useLoad(
    (signal) => api.get<VersionsAnswer>(`/v1/datasets/${encodeURIComponent(state.dataset)}/versions`, signal),
    [api, state.dataset],
  );
  const list = versions.data?.dataset === state.dataset ? versions.data.versions : null;
  if (versions.error) return <ErrorNote error={versions.error} />;
  if (!list) return <p role="status">Loading the versions of {state.dataset}…</p>;
  return (
    <Section title={`Versions of ${title}`} id="versions">
      <VersionsTable versions={list} />
      <CompareForm key={`${state.dataset}:${state.from}:${state.to}:${state.all}`} state={state} versions={list} />
    </Section>
  );
}

export function ListsScreen({ search }: { search: string }) {
  const { api } = useSession();
  const state = listsFromParams(new URLSearchParams(search));
  const datasets = useLoad((signal) => api.get<DatasetsAnswer>('/v1/datasets', signal), [api]);
  const catalog = useLoad(() => getOnce<Catalog>(api, CATALOG_PATH), [api]);
  const titles = datasetTitles(catalog.data);
  const title = titles.get(state.dataset) ?? state.dataset;

  useEffect(() => {
    if (state.dataset) document.title = `${title} · Lists · Ghirbal`;
  }, [state.dataset, title]);

  return (
    <div className="lists">
      <h1>Lists and what changed</h1>
      <Section title="Loaded lists" id="loaded">
        {datasets.error ? <ErrorNote error={datasets.error} /> : datasets.data ? <DatasetsTable answer={datasets.data} titles={titles} picked={state.dataset} /> : <p role="status">Loading…</p>}
      </Section>
      {state.dataset && <Versions state={state} title={title} />}
      {wantsDiff(state) && <Diff state={state} title={title} />}
    </div>
  );
}
