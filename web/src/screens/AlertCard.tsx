/**
 * One alert in the queue: the watched subject, the listed entity it hit (a link to its Entity
 * screen), the score and why, what raised it, and either the decision taken on it or, while it
 * is open and selected, the form to take one.
 */
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { RAISED_LABELS, RESOLUTION_LABELS, subjectFacts, subjectName, type AlertJson, type Resolution } from '../alerts.ts';
import { Chips, ErrorNote, formatScore, formatTime, Name } from '../components.tsx';
import { reasonOf } from '../explain.ts';
import { FIELD_LABELS } from '../labels.ts';
import { Link } from '../router.tsx';

export function AlertCard({ alert, selected, titles, cardRef, onSelect, children }: {
  alert: AlertJson; selected: boolean; titles: ReadonlyMap<string, string>;
  cardRef(el: HTMLLIElement | null): void; onSelect(): void; children?: ReactNode;
}) {
  const headingId = `alert-${alert.id}-subject`;
  const reason = reasonOf(alert.explanations ?? {});
  return (
    <li
      ref={cardRef} tabIndex={-1} aria-labelledby={headingId} aria-current={selected ? 'true' : undefined}
      className={`alert${selected ? ' selected' : ''} ${alert.status}`} onFocus={onSelect} onClick={onSelect}
    >
      <div className="alert-head">
        <h2 id={headingId} className="alert-subject"><Name text={subjectName(alert)} /></h2>
        <span className="entity-id">subject {alert.subject_id}</span>
        <span className={`badge ${alert.score >= alert.threshold ? 'match' : 'possible'}`}>score {formatScore(alert.score)}</span>
      </div>
      {subjectFacts(alert).length > 0 && (
        <p className="alert-facts">{subjectFacts(alert).map(([p, v]) => <span key={p}>{FIELD_LABELS[p] ?? p} <Name text={v} /></span>)}</p>
      )}
      <p className="alert-entity">
        hits <Link to={`/entity/${encodeURIComponent(alert.entity_id)}`} className="hit-name"><Name text={alert.caption} /></Link>{' '}
        <span className="schema">{alert.schema}</span>
      </p>
      <Chips values={alert.datasets} label="Lists" titles={titles} />
      {reason && <p className="reason">{reason}</p>}
      <p className="raised">
        Raised {formatTime(alert.created_at)}: {RAISED_LABELS[alert.reason] ?? alert.reason}
        {alert.changes.length > 0 && ` (${alert.changes.map((c) => `${c.side} ${c.prop}`).join(', ')})`}
      </p>
      {alert.status === 'closed' && <Closed alert={alert} />}
      {children}
    </li>
  );
}

function Closed({ alert }: { alert: AlertJson }) {
  const d = alert.decision;
  const label = RESOLUTION_LABELS[d?.resolution ?? alert.resolution ?? ''] ?? alert.resolution ?? 'closed';
  if (!d) return <p className="decided"><strong>{label}</strong> · closed {formatTime(alert.updated_at)}</p>;
  return (
    <p className="decided">
      <strong>{label}</strong> · decided by <span className="decider">{d.by}</span> on {formatTime(d.at)} · <Name text={d.reason} />
    </p>
  );
}

export interface Draft {
  choice: Resolution | null;
  reason: string;
}

const CHOICES: readonly { value: Resolution; label: string; key: string }[] = [
  { value: 'true_match', label: 'True match', key: 't' },
  { value: 'false_positive', label: 'False positive', key: 'f' },
];

/** The decision on the selected open alert: a choice, a reason, Enter to send it. */
export function DecisionForm({ alert, draft, busy, error, reasonRef, onDraft, onSubmit, onLeave }: {
  alert: AlertJson; draft: Draft; busy: boolean; error: unknown; reasonRef: Ref<HTMLTextAreaElement>;
  onDraft(d: Draft): void; onSubmit(): void; onLeave(): void;
}) {
  const reasonId = `alert-${alert.id}-reason`;
  const onReasonKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      onSubmit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onLeave();
    }
  };
  return (
    <form className="decision" onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
      <fieldset className="choices">
        <legend>Decision</legend>
        {CHOICES.map((c) => (
          <label key={c.value} className="choice">
            <input type="radio" name={`decision-${alert.id}`} value={c.value} checked={draft.choice === c.value} onChange={() => onDraft({ ...draft, choice: c.value })} />
            {c.label} <kbd aria-hidden="true">{c.key}</kbd>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={reasonId}>Reason</label>
        <textarea
          id={reasonId} ref={reasonRef} rows={2} dir="auto" value={draft.reason} maxLength={2000}
          onChange={(e) => onDraft({ ...draft, reason: e.target.value })} onKeyDown={onReasonKey}
        />
      </div>
      <button type="submit" disabled={busy}>{busy ? 'Deciding…' : 'Decide'}</button>
      {error ? <ErrorNote error={error} /> : null}
    </form>
  );
}
