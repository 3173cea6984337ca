/**
 * An analyst's decision on an alert: a true match or a false positive, with a reason and who
 * took it. The alert closes, the decision joins its history, and the audit log records it in
 * the same transaction. A decided alert reopens only when what it was decided on changes
 * (see alerts.ts).
 */
import type { Alert, Decision, Store } from '../store/types.js';
import { alertAudit } from './alerts.js';

export type Resolution = Decision['resolution'];

/** Reasons longer than this are refused: a decision is a note, not a document. */
const MAX_REASON = 2000;

export class DecisionError extends Error {}

export interface DecisionInput {
  resolution: Resolution;
  reason: string;
  /** Who decided: a name on the command line, the API key's label or id over HTTP. */
  by: string;
  keyId: string | null;
}

/** Close the alert with this decision; null when there is no such alert. */
export async function decide(store: Store, alertId: number, d: DecisionInput): Promise<Alert | null> {
  const reason = d.reason.trim();
  if (reason === '') throw new DecisionError('a decision needs a reason');
  if (reason.length > MAX_REASON) throw new DecisionError(`the reason is ${reason.length} characters long; at most ${MAX_REASON}`);
  if (d.by.trim() === '') throw new DecisionError('a decision needs who took it');
  const decision: Decision = { resolution: d.resolution, reason, by: d.by.trim(), keyId: d.keyId, at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };
  return store.screening.decideAlert(alertId, decision, (a) => alertAudit(a, 'decision', d.keyId, { decision: d.resolution, reason, by: decision.by }));
}
