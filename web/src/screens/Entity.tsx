/**
 * Entity: everything the lists say about one entity — names by script, dates, places,
 * identifiers, addresses, sanctions, linked parties (a list and a small graph) — and its history
 * across the versions of each list.
 */
import { useEffect } from 'react';
import { ApiError, type EntityHistory, type EntityJson } from '../api.ts';
import { Chips, ErrorNote, Name, Section, useLoad } from '../components.tsx';
import { entityView, type Fact } from '../entity-view.ts';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import { CATALOG_PATH, datasetTitles, getOnce, type Catalog } from '../shared-data.ts';
import { EntityGraph } from './EntityGraph.tsx';

const STATUS_LABELS: Readonly<Record<string, string>> = {
  listed: 'listed', added: 'added', unchanged: 'unchanged', changed: 'changed', removed: 'removed', absent: 'not listed',
};

function Facts({ facts }: { facts: readonly Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <dl className="facts">
      {facts.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.values.map((v) => <Name key={v} text={v} className="value" />)}</dd>
        </div>
      ))}
    </dl>
  );
}

function History({ history }: { history: EntityHistory }) {
  return (
    <>
      {history.datasets.map((d) => (
        <div key={d.dataset} className="history">
          <h3>{d.dataset}</h3>
          <ol className="timeline">
            {d.versions.map((v) => (
              <li key={v.seq} className={`status-${v.status}`}>
                <span className="version">{v.label}{v.current ? ' (current)' : ''}</span>{' '}
                <span className="when">imported {v.imported_at.slice(0, 10)}{v.published_at ? `, published ${v.published_at.slice(0, 10)}` : ''}</span>{' '}
                <strong>{STATUS_LABELS[v.status] ?? v.status}</strong>
                {v.changes.length > 0 && (
                  <ul className="changes">
                    {v.changes.map((c) => (
                      <li key={c.prop}>
                        <code>{c.prop}</code>: {c.old.length ? <del><Name text={c.old.join('; ')} /></del> : null}
                        {c.old.length && c.new.length ? ' → ' : null}
                        {c.new.length ? <ins><Name text={c.new.join('; ')} /></ins> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </>
  );
}

export function EntityScreen({ params }: { params: Record<string, string> }) {
  const { api } = useSession();
  const id = params.id;
  // Each answer remembers the id it was asked for: until the next one arrives, the last one is not this entity.
  const loaded = useLoad(
    (signal) => api.get<EntityJson>(`/entities/${encodeURIComponent(id)}?nested=true`, signal).then((found) => ({ asked: id, found })),
    [api, id],
  );
  const current = loaded.data?.asked === id ? loaded.data.found : null;
  const history = useLoad(
    (signal) => api.get<EntityHistory>(`/v1/entities/${encodeURIComponent(id)}/history`, signal).then((found) => ({ asked: id, found })),
    [api, id],
  );
  const currentHistory = history.data?.asked === id ? history.data.found : null;
  const catalog = useLoad(() => getOnce<Catalog>(api, CATALOG_PATH), [api]);

  // A merged id answers with the entity it was merged into: the address bar says which.
  useEffect(() => {
    if (current && current.id !== id) navigate(`/entity/${encodeURIComponent(current.id)}`, true);
  }, [current, id]);
  useEffect(() => {
    if (current) document.title = `${current.caption} · Ghirbal`;
  }, [current]);

  if (loaded.error) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <div>
        <h1>{missing ? 'No such entity' : 'Entity'}</h1>
        {missing ? <p>No loaded list has an entity <code>{id}</code>.</p> : <ErrorNote error={loaded.error} />}
        <p><Link to="/">Back to search</Link></p>
      </div>
    );
  }
  if (!current) return <p role="status">Loading {id}…</p>;

  const e = current;
  const view = entityView(e);
  const titles = datasetTitles(catalog.data);
  return (
    <article className="entity">
      <header className="entity-head">
        <h1><Name text={e.caption} /></h1>
        <p className="entity-sub">
          <span className="schema">{e.schema}</span>{' '}
          {e.target ? <span className="badge match">sanctioned</span> : <span className="badge text">linked, not itself a target</span>}{' '}
          <code className="entity-id">{e.id}</code>
        </p>
        <Chips values={e.datasets.map((d) => titles.get(d) ?? d)} label="Lists" />
      </header>
      <div className="entity-grid">
        <Section title="Names">
          {view.names.map((g) => (
            <div key={g.script} className="script-group">
              <h3>{g.script}</h3>
              <ul className="names">
                {g.items.map((n) => <li key={n.name}><Name text={n.name} /> <span className="kind">{n.kind}</span></li>)}
              </ul>
            </div>
          ))}
        </Section>
        <Section title="Sanctions">
          {view.sanctions.length === 0 ? <p>No sanction record.</p> : (
            <ul className="sanctions">
              {view.sanctions.map((s) => (
                <li key={s.id}>
                  <strong className="program">{s.program}</strong>
                  <dl className="facts compact">
                    {s.authority && <div><dt>Authority</dt><dd>{s.authority}</dd></div>}
                    {s.listed && <div><dt>Listed</dt><dd>{s.listed}</dd></div>}
                    {s.reason && <div><dt>Reason</dt><dd><Name text={s.reason} /></dd></div>}
                    {s.provisions && <div><dt>Provisions</dt><dd>{s.provisions}</dd></div>}
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="Details">
          <Facts facts={[...view.dates, ...view.places, ...view.other]} />
          {view.ids.length > 0 && (
            <>
              <h3>Identifiers</h3>
              <ul className="ids">
                {view.ids.map((r) => <li key={`${r.label}:${r.number}`}>{r.label}: <code>{r.number}</code>{r.country ? ` (${r.country})` : ''}</li>)}
              </ul>
            </>
          )}
          {view.addresses.length > 0 && (
            <>
              <h3>Addresses</h3>
              <ul>{view.addresses.map((a) => <li key={a}><Name text={a} /></li>)}</ul>
            </>
          )}
        </Section>
        <Section title="Linked parties">
          {view.links.length === 0 ? <p>No links in the lists.</p> : (
            <>
              <ul className="links">
                {view.links.map((l) => (
                  <li key={l.id}>
                    <Link to={`/entity/${encodeURIComponent(l.id)}`}><Name text={l.caption} /></Link>{' '}
                    <span className="kind">{l.relation} · {l.schema}</span>
                  </li>
                ))}
              </ul>
              <EntityGraph caption={e.caption} links={view.links} />
            </>
          )}
        </Section>
        <Section title="History across list versions">
          {history.error ? <ErrorNote error={history.error} /> : currentHistory ? <History history={currentHistory} /> : <p role="status">Loading…</p>}
        </Section>
      </div>
    </article>
  );
}
