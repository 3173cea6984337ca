/**
 * Explain: why a hit scored what it did for a query — the name parts aligned side by side (how
 * each pair was found to agree, how much it weighs) and each feature's share of the score as a
 * bar. The query lives in the URL (as on Search, plus `id` for the hit), so an explanation can
 * be linked.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { MatchResponse, ScoredJson } from '../api.ts';
import { ErrorNote, formatScore, Name, Section, useLoad } from '../components.tsx';
import { alignmentOf, contributions, isNameFeature, type Alignment } from '../explain.ts';
import { bestResults } from '../hits.ts';
import { FEATURE_LABELS, HOW_LABELS } from '../labels.ts';
import { Link, navigate } from '../router.tsx';
import { matchPath, matchQueries, screenable, searchFromParams, searchToQueryString, type SearchState } from '../search-state.ts';
import { useSession } from '../session.tsx';
import { ALGORITHMS_PATH, defaultThreshold, getOnce, type Algorithms } from '../shared-data.ts';

/** How many hits are screened to find the one asked about, and how many are offered to switch to. */
const EXPLAIN_LIMIT = 100;
const OFFERED = 8;

function explainPath(state: SearchState, id: string): string {
  const params = new URLSearchParams(searchToQueryString(state).slice(1));
  if (id) params.set('id', id);
  return `/explain?${params}`;
}

function sign(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;
}

/** A 0–1 bar, with the threshold marked when known. */
function ScoreBar({ score, threshold, label }: { score: number; threshold: number | null; label: string }) {
  return (
    <svg className="score-bar" viewBox="0 0 200 24" role="img" aria-label={label}>
      <rect x="0" y="6" width="200" height="12" className="track" />
      <rect x="0" y="6" width={Math.round(200 * Math.max(0, Math.min(1, score)))} height="12" className="fill" />
      {threshold !== null && <line x1={200 * threshold} x2={200 * threshold} y1="1" y2="23" className="threshold" />}
    </svg>
  );
}

function AlignmentTable({ alignment }: { alignment: Alignment }) {
  return (
    <table className="alignment">
      <caption>Name parts, aligned{alignment.note ? ` (${alignment.note})` : ''}</caption>
      <thead>
        <tr><th scope="col">Query</th><th scope="col">List</th><th scope="col">How they agree</th><th scope="col">Weight</th></tr>
      </thead>
      <tbody>
        {alignment.pairs.map((p, i) => (
          <tr key={`pair-${i}`} className="pair">
            <td><Name text={p.query.join(' ')} /></td>
            <td><Name text={p.candidate.join(' ')} /></td>
            <td>
              <ScoreBar score={p.similarity} threshold={null} label={`${HOW_LABELS[p.how] ?? p.how}, similarity ${p.similarity.toFixed(2)}`} />
              <span className="how">{HOW_LABELS[p.how] ?? p.how} {p.similarity.toFixed(2)}</span>
            </td>
            <td data-label="weight">{p.weight.toFixed(2)}</td>
          </tr>
        ))}
        {alignment.queryOnly.map((part) => (
          <tr key={`q-${part}`} className="unpaired"><td><Name text={part} /></td><td>—</td><td>only in the query</td><td /></tr>
        ))}
        {alignment.listOnly.map((part) => (
          <tr key={`l-${part}`} className="unpaired"><td>—</td><td><Name text={part} /></td><td>only in the listed name</td><td /></tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each feature's share of the score: bars right of the axis add, bars left of it take away. */
function ContributionBars({ result }: { result: ScoredJson }) {
  const rows = contributions(result.explanations ?? {});
  const sum = rows.reduce((s, r) => s + (r.delta ?? 0), 0);
  const half = 100;
  return (
    <>
      <ul className="contributions">
        {rows.map((r) => (
          <li key={r.feature}>
            <span className="feature">{FEATURE_LABELS[r.feature] ?? r.feature}</span>
            <svg viewBox={`0 0 ${2 * half} 16`} className="contribution" role="img" aria-label={`${FEATURE_LABELS[r.feature] ?? r.feature}: ${r.delta === null ? 'no weight stated' : sign(r.delta)}`}>
              <line x1={half} x2={half} y1="0" y2="16" className="axis" />
              {r.delta !== null && (
                <rect
                  x={r.delta >= 0 ? half : half - Math.min(1, -r.delta) * half} y="3" height="10"
                  width={Math.min(1, Math.abs(r.delta)) * half} className={r.delta >= 0 ? 'adds' : 'takes'}
                />
              )}
            </svg>
            <span className="delta">{r.delta === null ? '' : sign(r.delta)}</span>
            <span className="detail" dir="ltr">{r.detail}</span>
          </li>
        ))}
      </ul>
      <p className="sum">
        Sum {sign(sum)} → score <strong>{formatScore(result.score)}</strong>
        {Math.abs(sum - result.score) > 0.011 ? ' (the score stays within 0–1, and a shared long identifier or IMO number holds it at 0.80 at least)' : ''}
      </p>
    </>
  );
}

function Explanation({ query, result, threshold }: { query: string; result: ScoredJson; threshold: number | null }) {
  const names = Object.entries(result.explanations ?? {}).filter(([feature]) => isNameFeature(feature));
  const verdict = result.match ? 'a match' : 'below the threshold';
  return (
    <Section title="Explanation" id="explanation">
      <p className="versus">
        <Name text={query || '(no name)'} className="query-name" /> <span className="vs">against</span>{' '}
        <Link to={`/entity/${encodeURIComponent(result.id)}`}><Name text={result.caption} /></Link>
      </p>
      <div className="score-line">
        <ScoreBar score={result.score} threshold={threshold} label={`Score ${formatScore(result.score)}${threshold !== null ? `, threshold ${threshold}` : ''}`} />
        <span><strong>{formatScore(result.score)}</strong>: {verdict}{threshold !== null ? ` (threshold ${threshold})` : ''}</span>
      </div>
      {names.map(([feature, e]) => {
        const alignment = alignmentOf(feature, e);
        return (
          <div key={feature} className="name-feature">
            <h3>{FEATURE_LABELS[feature] ?? feature}: <Name text={e.query ?? ''} /> ~ <Name text={e.candidate ?? ''} /></h3>
            {alignment ? <AlignmentTable alignment={alignment} /> : <p>{e.detail}</p>}
          </div>
        );
      })}
      <h3>Contributions to the score</h3>
      <ContributionBars result={result} />
    </Section>
  );
}

export function ExplainScreen({ search }: { search: string }) {
  const { api } = useSession();
  const params = new URLSearchParams(search);
  const state = searchFromParams(params);
  const id = params.get('id') ?? '';
  const [name, setName] = useState(state.q);
  useEffect(() => setName(state.q), [state.q]);
  const answer = useLoad(
    (signal) => (screenable(state) ? api.post<MatchResponse>(matchPath(state, EXPLAIN_LIMIT), { queries: matchQueries(state) }, signal) : Promise.resolve(null)),
    [api, search],
  );
  const algorithms = useLoad(() => getOnce<Algorithms>(api, ALGORITHMS_PATH), [api]);
  const results = answer.data ? bestResults(answer.data, state.country) : [];
  const chosen = id ? results.find((r) => r.id === id) : results[0];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(explainPath({ ...state, q: name }, ''));
  };

  return (
    <div className="explain-screen">
      <h1>Explain a score</h1>
      <form className="explain-form" onSubmit={submit}>
        <div className="field box">
          <label htmlFor="x-q">Name</label>
          <input id="x-q" type="search" dir="auto" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </div>
        <button type="submit">Explain</button>
        {state.q && <Link to={`/${searchToQueryString(state)}`} className="back">Back to the search</Link>}
      </form>
      {answer.error !== null && <ErrorNote error={answer.error} />}
      {!screenable(state) && <p>Enter a name to see how the best hits score, part by part.</p>}
      {answer.loading && screenable(state) && <p role="status">Screening…</p>}
      {answer.data && results.length === 0 && <p role="status">No hit scores above the cut-off for this name.</p>}
      {answer.data && id && !chosen && <p role="status">The entity <code>{id}</code> is not among the {EXPLAIN_LIMIT} best hits for this name.</p>}
      {results.length > 0 && (
        <nav aria-label="Hits to explain" className="hit-picker">
          <ul>
            {results.slice(0, OFFERED).map((r) => (
              <li key={r.id}>
                <Link to={explainPath(state, r.id)} aria-current={r.id === chosen?.id ? 'true' : undefined}>
                  <Name text={r.caption} /> <span className="score">{formatScore(r.score)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {chosen && <Explanation query={state.q} result={chosen} threshold={defaultThreshold(algorithms.data)} />}
    </div>
  );
}
