/**
 * Alerts: the queue monitoring raised on watched subjects, filtered by status, list and subject
 * (kept in the URL), and decided from the keyboard: j/k move, t or f picks true match or false
 * positive and puts the cursor in the reason, Enter sends it. A decided alert leaves the open
 * queue; the closed view shows who decided what, and when.
 */
import { useEffect, useRef, useState } from 'react';
import {
  alertsPath, datasetsOf, filtersFromParams, filtersToQueryString, moveSelection, RESOLUTION_LABELS,
  selectionAfter, showsAlert, subjectName, type AlertFilters, type AlertJson, type AlertStatus,
} from '../alerts.ts';
import { count, ErrorNote, useLoad } from '../components.tsx';
import { replaceSearch } from '../router.tsx';
import { useSession } from '../session.tsx';
import { CATALOG_PATH, datasetTitles, getOnce, type Catalog } from '../shared-data.ts';
import { AlertCard, DecisionForm, type Draft } from './AlertCard.tsx';

const NO_DRAFT: Draft = { choice: null, reason: '' };
const SHORTCUT_KEYS: Readonly<Record<string, 1 | -1>> = { j: 1, k: -1 };
const CHOICE_KEYS: Readonly<Record<string, Draft['choice']>> = { t: 'true_match', f: 'false_positive' };

/** Inputs that take no typing: on these the letters stay shortcuts. */
const UNTYPED_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/** Whether a key press belongs to a field being typed in (a shortcut must not steal it). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !UNTYPED_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

function Filters({ filters, datasets, titles, onChange }: {
  filters: AlertFilters; datasets: readonly string[]; titles: ReadonlyMap<string, string>; onChange(f: AlertFilters): void;
}) {
  return (
    <form className="filters alert-filters" role="search" aria-label="Filter alerts" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="alert-status">Status</label>
        <select id="alert-status" value={filters.status} onChange={(e) => onChange({ ...filters, status: e.target.value as AlertStatus | '' })}>
          <option value="open">Open</option>
          <option value="closed">Closed</option>
          <option value="">All</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="alert-dataset">List</label>
        <select id="alert-dataset" value={filters.dataset} onChange={(e) => onChange({ ...filters, dataset: e.target.value })}>
          <option value="">Every list</option>
          {datasets.map((d) => <option key={d} value={d}>{titles.get(d) ?? d}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="alert-subject">Subject (name or id)</label>
        <input id="alert-subject" type="search" dir="auto" value={filters.text} onChange={(e) => onChange({ ...filters, text: e.target.value })} />
      </div>
    </form>
  );
}

function Shortcuts() {
  return (
    <p className="hint shortcuts" id="alert-shortcuts">
      Keys: <kbd>j</kbd> next · <kbd>k</kbd> previous · <kbd>t</kbd> true match · <kbd>f</kbd> false positive
      (then type the reason) · <kbd>Enter</kbd> decide · <kbd>Shift</kbd>+<kbd>Enter</kbd> new line · <kbd>Esc</kbd> back to the list
    </p>
  );
}

export function AlertsScreen({ search }: { search: string }) {
  const { api } = useSession();
  const [filters, setFilters] = useState<AlertFilters>(() => filtersFromParams(new URLSearchParams(search)));
  const [decided, setDecided] = useState<ReadonlyMap<number, AlertJson>>(new Map());
  const [selected, setSelected] = useState<number | null>(null);
  const [draft, setDraft] = useState<Draft>(NO_DRAFT);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const cards = useRef(new Map<number, HTMLLIElement>());
  const reason = useRef<HTMLTextAreaElement>(null);
  const loaded = useLoad((signal) => api.get<{ alerts: AlertJson[] }>(alertsPath(filters.status), signal).then((r) => r.alerts), [api, filters.status]);
  const catalog = useLoad(() => getOnce<Catalog>(api, CATALOG_PATH), [api]);
  const titles = datasetTitles(catalog.data);

  const all = (loaded.data ?? []).map((a) => decided.get(a.id) ?? a);
  const visible = all.filter((a) => showsAlert(a, filters));
  const ids = visible.map((a) => a.id);
  const current = selected !== null && ids.includes(selected) ? selected : ids[0] ?? null;
  const chosen = visible.find((a) => a.id === current) ?? null;

  useEffect(() => {
    replaceSearch(filtersToQueryString(filters));
  }, [filters]);

  const select = (id: number | null, focus = false) => {
    if (id !== current) {
      setDraft(NO_DRAFT);
      setError(null);
    }
    setSelected(id);
    const card = id === null ? undefined : cards.current.get(id);
    if (focus && card) {
      card.focus();
      card.scrollIntoView({ block: 'nearest' });
    }
  };

  const submit = async () => {
    if (!chosen || busy) return;
    if (!draft.choice || !draft.reason.trim()) {
      setError(new Error('Choose true match (t) or false positive (f), and give a reason.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<AlertJson>(`/v1/alerts/${chosen.id}/decision`, { decision: draft.choice, reason: draft.reason.trim() });
      const next = new Map(decided).set(result.id, result);
      setDecided(next);
      setNotice(`${subjectName(result)}: ${RESOLUTION_LABELS[result.decision?.resolution ?? ''] ?? 'decided'}, by ${result.decision?.by ?? 'you'}.`);
      const after = all.map((a) => next.get(a.id) ?? a).filter((a) => showsAlert(a, filters)).map((a) => a.id);
      const following = after.includes(result.id) ? result.id : selectionAfter(ids, after, result.id);
      setDraft(NO_DRAFT);
      setSelected(following);
      // The card that takes its place is rendered next: focus it then, so the keys carry on from there.
      window.requestAnimationFrame(() => { if (following !== null) cards.current.get(following)?.focus(); });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  // One listener for the page's lifetime; it reads this render's state through the ref.
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  onKey.current = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
    const step = SHORTCUT_KEYS[e.key];
    if (step) {
      e.preventDefault();
      select(moveSelection(ids, current, step), true);
      return;
    }
    const choice = CHOICE_KEYS[e.key];
    if (choice && chosen?.status === 'open') {
      // Stops the letter from being typed into the reason the focus moves to.
      e.preventDefault();
      setDraft({ ...draft, choice });
      reason.current?.focus();
    }
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const open = all.filter((a) => a.status === 'open').length;
  return (
    <>
      <h1>Alerts</h1>
      <Filters filters={filters} datasets={datasetsOf(all)} titles={titles} onChange={(f) => setFilters(f)} />
      <Shortcuts />
      <p className="status" role="status">
        {loaded.loading && !loaded.data ? 'Loading alerts…' : `${count(visible.length, 'alert')} shown${filters.status !== 'closed' ? `, ${open} open` : ''}.`}
        {notice && ` ${notice}`}
      </p>
      {loaded.error ? <ErrorNote error={loaded.error} /> : null}
      {!loaded.loading && visible.length === 0 && !loaded.error && (
        <p className="empty">{filters.status === 'open' && !filters.dataset && !filters.text.trim() ? 'No open alerts: the queue is clear.' : 'No alert fits these filters.'}</p>
      )}
      <ol className="alerts" aria-label="Alerts" aria-describedby="alert-shortcuts">
        {visible.map((a) => (
          <AlertCard
            key={a.id} alert={a} selected={a.id === current} titles={titles}
            cardRef={(el) => { if (el) cards.current.set(a.id, el); else cards.current.delete(a.id); }}
            onSelect={() => { if (a.id !== current) select(a.id); }}
          >
            {a.id === current && a.status === 'open' && (
              <DecisionForm
                alert={a} draft={draft} busy={busy} error={error} reasonRef={reason}
                onDraft={setDraft} onSubmit={() => void submit()} onLeave={() => select(a.id, true)}
              />
            )}
          </AlertCard>
        ))}
      </ol>
    </>
  );
}
