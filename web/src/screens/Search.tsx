/**
 * Search: one box, hits as the analyst types (debounced; a newer request cancels the one in
 * flight), the query and filters in the URL. `/` focuses the box, the arrow keys move through
 * the hits, Enter opens one.
 */
import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { isAbort, type FacetValue } from '../api.ts';
import { Chips, count, ErrorNote, formatScore, Name, useLoad } from '../components.tsx';
import type { Hit } from '../hits.ts';
import { MATCHABLE_SCHEMATA } from '../labels.ts';
import { Link, navigate, replaceSearch } from '../router.tsx';
import { EMPTY_SEARCH, FACETS_PATH, screenable, searchFromParams, searchToQueryString, type SearchState } from '../search-state.ts';
import { runSearch } from '../search-run.ts';
import { useSession } from '../session.tsx';
import { CATALOG_PATH, datasetTitles, getOnce, type Catalog, type Facets } from '../shared-data.ts';

/**
 * Long enough to skip most requests of a word still being typed (keystrokes come ~100 ms
 * apart), short enough that results land within 100 ms of the last one: a match answers in
 * a few milliseconds, and a stale request is aborted when the next one goes.
 */
const DEBOUNCE_MS = 40;
/** Performance marks and measures, read by the browser test for the speed report. */
const KEYSTROKE = 'ghirbal:keystroke';
const SENT = 'ghirbal:sent';
export const SEARCH_MEASURES = { fromKeystroke: 'ghirbal:keystroke-to-results', fromRequest: 'ghirbal:request-to-results' };

type Status = 'idle' | 'loading' | 'done' | 'error';

function explainPath(state: SearchState, id: string): string {
  const params = new URLSearchParams(searchToQueryString(state).slice(1));
  params.set('id', id);
  return `/explain?${params}`;
}

function measureSinceMark(name: string, mark: string): void {
  if (performance.getEntriesByName(mark, 'mark').length > 0) performance.measure(name, mark);
}

function FacetSelect({ id, label, value, values, any, onChange }: {
  id: string; label: string; value: string; values: readonly FacetValue[]; any: string; onChange(value: string): void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{any}</option>
        {values.map((v) => <option key={v.name} value={v.name}>{v.label} ({v.count})</option>)}
      </select>
    </div>
  );
}

function HitItem({ hit, index, titles, explainTo, linkRef, onKey }: {
  hit: Hit; index: number; titles: ReadonlyMap<string, string>; explainTo: string;
  linkRef(el: HTMLAnchorElement | null): void; onKey(event: KeyboardEvent<HTMLAnchorElement>, index: number): void;
}) {
  return (
    <li className={`hit${hit.match ? ' is-match' : ''}`}>
      <div className="hit-head">
        <Link to={`/entity/${encodeURIComponent(hit.id)}`} className="hit-name" ref={linkRef} onKeyDown={(e) => onKey(e, index)}>
          <Name text={hit.caption} />
        </Link>
        {hit.otherScripts.slice(0, 3).map((n) => <Name key={n} text={n} className="alt-name" />)}
        <span className="schema">{hit.schema}</span>
      </div>
      <div className="hit-score">
        {hit.score === null
          ? <span className="badge text">text match</span>
          : <span className={`badge ${hit.match ? 'match' : 'possible'}`}>{hit.match ? 'match' : 'below threshold'} {formatScore(hit.score)}</span>}
      </div>
      <div className="hit-meta">
        <Chips values={hit.datasets} label="Lists" titles={titles} />
        <Chips values={hit.programs} label="Programmes" />
      </div>
      <p className="reason">{hit.reason}</p>
      {hit.score !== null && <Link to={explainTo} className="explain-link" aria-label={`Explain the score of ${hit.caption}`}>Explain</Link>}
    </li>
  );
}

export function SearchScreen({ search }: { search: string }) {
  const { api } = useSession();
  const [state, setState] = useState<SearchState>(() => searchFromParams(new URLSearchParams(search)));
  const [hits, setHits] = useState<Hit[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const hitLinks = useRef<(HTMLAnchorElement | null)[]>([]);
  const facets = useLoad((signal) => getOnce<{ facets: Facets }>(api, FACETS_PATH).then((r) => (signal.aborted ? null : r.facets)), [api]);
  const catalog = useLoad(() => getOnce<Catalog>(api, CATALOG_PATH), [api]);
  const titles = datasetTitles(catalog.data);

  // Arriving by a link or the history (not by typing here) starts from what the URL says.
  useEffect(() => {
    setState((s) => (searchToQueryString(s) === search ? s : searchFromParams(new URLSearchParams(search))));
  }, [search]);

  useEffect(() => {
    replaceSearch(searchToQueryString(state));
    if (!screenable(state)) {
      setHits([]);
      setStatus('idle');
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      performance.mark(SENT);
      setStatus('loading');
      runSearch(api, state, controller.signal).then(
        (found) => {
          setHits(found);
          setError(null);
          setStatus('done');
        },
        (err: unknown) => {
          if (isAbort(err)) return;
          setError(err);
          setStatus('error');
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [api, state]);

  useEffect(() => {
    if (status !== 'done') return;
    measureSinceMark(SEARCH_MEASURES.fromKeystroke, KEYSTROKE);
    measureSinceMark(SEARCH_MEASURES.fromRequest, SENT);
  }, [hits, status]);

  useEffect(() => {
    const focusBox = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', focusBox);
    return () => window.removeEventListener('keydown', focusBox);
  }, []);

  const set = (field: keyof SearchState) => (value: string) => setState((s) => ({ ...s, [field]: value }));
  const typed = (field: keyof SearchState) => (event: ChangeEvent<HTMLInputElement>) => {
    performance.mark(KEYSTROKE);
    set(field)(event.target.value);
  };
  const focusHit = (i: number) => hitLinks.current[i]?.focus();
  const onBoxKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      focusHit(0);
    } else if (event.key === 'Enter' && hits.length > 0) {
      event.preventDefault();
      navigate(`/entity/${encodeURIComponent(hits[0].id)}`);
    }
  };
  const onHitKey = (event: KeyboardEvent<HTMLAnchorElement>, i: number) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusHit(Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (i === 0) input.current?.focus();
      else focusHit(i - 1);
    }
  };

  const facetValues = (name: string) => facets.data?.[name]?.values ?? [];
  const schemata = facetValues('schema').filter((v) => MATCHABLE_SCHEMATA.includes(v.name));
  const countries = facetValues('countries');
  const scored = hits.filter((h) => h.score !== null).length;

  return (
    <div className="search-screen">
      <h1>Search the lists</h1>
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <div className="field box">
          <label htmlFor="q">Name, in any script, or identifier</label>
          <input
            id="q" ref={input} type="search" autoComplete="off" spellCheck={false} autoFocus dir="auto"
            value={state.q} onChange={typed('q')} onKeyDown={onBoxKey} aria-describedby="q-hint"
          />
          <p id="q-hint" className="hint">Press <kbd>/</kbd> to come back here, <kbd>↓</kbd> <kbd>↑</kbd> to move through the hits, <kbd>Enter</kbd> to open one.</p>
        </div>
        <fieldset className="filters">
          <legend>Filters</legend>
          <FacetSelect id="f-schema" label="Type" value={state.schema} values={schemata} any="All types" onChange={set('schema')} />
          <FacetSelect id="f-country" label="Country" value={state.country} values={countries} any="Any country" onChange={set('country')} />
          <FacetSelect id="f-dataset" label="List" value={state.dataset} values={facetValues('datasets')} any="All lists" onChange={set('dataset')} />
        </fieldset>
        <fieldset className="filters">
          <legend>Refine the score</legend>
          <div className="field">
            <label htmlFor="r-dob">Birth date</label>
            <input id="r-dob" value={state.birthDate} onChange={typed('birthDate')} placeholder="YYYY or YYYY-MM-DD" inputMode="numeric" />
          </div>
          <FacetSelect id="r-nationality" label="Nationality" value={state.nationality} values={countries} any="Not given" onChange={set('nationality')} />
          <div className="field">
            <label htmlFor="r-id">ID number</label>
            <input id="r-id" value={state.idNumber} onChange={typed('idNumber')} spellCheck={false} />
          </div>
        </fieldset>
        {searchToQueryString(state) !== '' && (
          <button type="button" className="link-button" onClick={() => setState(EMPTY_SEARCH)}>Clear</button>
        )}
      </form>
      <p className="status" role="status" aria-live="polite">
        {status === 'loading' && 'Searching…'}
        {status === 'done' && (hits.length === 0 ? 'No hits.' : `${count(hits.length, 'hit')}: ${scored} scored by the matcher, ${hits.length - scored} found by the words typed.`)}
        {status === 'idle' && 'Type a name to search every loaded list.'}
      </p>
      {status === 'error' && <ErrorNote error={error} />}
      {facets.error !== null && <ErrorNote error={facets.error} />}
      <ol className="hits" aria-label="Hits">
        {hits.map((hit, i) => (
          <HitItem
            key={hit.id} hit={hit} index={i} titles={titles} explainTo={explainPath(state, hit.id)}
            linkRef={(el) => { hitLinks.current[i] = el; }} onKey={onHitKey}
          />
        ))}
      </ol>
    </div>
  );
}
