/**
 * When a hit on a watched subject becomes an alert, and what happens to the alert when the
 * lists or the subject change. An alert is about one subject and one listed entity; a decided
 * one (false positive or true match) stays closed while neither the subject's screened fields
 * nor the entity's matchable properties change, and reopens, saying what changed, when either
 * does. What is raised, reopened or closed goes to the audit log and the webhooks.
 */
import { createHash } from 'node:crypto';
import type { Entity } from '../model/entity.js';
import { getProperty } from '../model/schema.js';
import { COUNTRY_PROPS, NOT_IDENTIFYING, VESSEL_NUMBER_PROPS } from '../match/index.js';
import type { MatchResult } from '../match/types.js';
import { canonicalJson } from '../store/audit-chain.js';
import type { Alert, AlertHooks, AlertWrite, AuditEntryInput, FieldChange, Subject } from '../store/types.js';

/** Whether the matcher reads this property: names, the birth date, gender, countries, identifying numbers. */
export function isMatchingProperty(schema: string, prop: string): boolean {
  const type = getProperty(schema, prop)?.type;
  if (type === 'name' || prop === 'birthDate' || prop === 'gender') return true;
  if ((COUNTRY_PROPS as readonly string[]).includes(prop) || (VESSEL_NUMBER_PROPS as readonly string[]).includes(prop)) return true;
  return type === 'identifier' && !NOT_IDENTIFYING.has(prop);
}

/** An entity's properties as far as matching goes, keys and values sorted: what a decision was taken on. */
export function matchableProperties(e: Pick<Entity, 'schema' | 'properties'>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const prop of Object.keys(e.properties).sort()) {
    if (isMatchingProperty(e.schema, prop) && e.properties[prop].length > 0) out[prop] = [...e.properties[prop]].sort();
  }
  return out;
}

export function matchableFingerprint(schema: string, properties: Record<string, string[]>): string {
  return createHash('sha256').update(canonicalJson([schema, properties])).digest('hex');
}

/** The fields whose values differ (as sets) between two snapshots. */
export function fieldChanges(side: FieldChange['side'], old: Record<string, string[]>, next: Record<string, string[]>): FieldChange[] {
  const props = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort();
  return props.flatMap((prop) => {
    const a = old[prop] ?? [];
    const b = next[prop] ?? [];
    const same = a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
    return same ? [] : [{ side, prop, old: a, new: b }];
  });
}

/** One hit as the monitor found it: a subject, the listed entity, and how it was screened. */
export interface Hit {
  subject: Subject;
  result: MatchResult;
  entity: Pick<Entity, 'id' | 'schema' | 'properties'>;
  algorithm: { name: string; version: string };
  threshold: number;
  datasetVersions: Record<string, number>;
}

function written(h: Hit, over: Pick<AlertWrite, 'status' | 'resolution' | 'reason' | 'changes'>): AlertWrite {
  const entityProperties = matchableProperties(h.entity);
  return {
    subjectId: h.subject.id, entityId: h.entity.id, ...over,
    hit: { ...h.result },
    subjectProperties: h.subject.properties, entityProperties,
    subjectFingerprint: h.subject.fingerprint, entityFingerprint: matchableFingerprint(h.entity.schema, entityProperties),
    algorithm: h.algorithm.name, algorithmVersion: h.algorithm.version, threshold: h.threshold, datasetVersions: h.datasetVersions,
  };
}

/**
 * What a hit does to the alert for its subject and entity: raise one, update an open one whose
 * subject or entity changed, reopen a decided one whose subject or entity changed; or nothing
 * (null) when nothing changed since it was raised or decided.
 */
export function nextAlert(existing: Alert | null, h: Hit): AlertWrite | null {
  const open = { status: 'open' as const, resolution: null };
  if (!existing || existing.resolution === 'subject_removed') return written(h, { ...open, reason: 'new_hit', changes: [] });
  if (existing.resolution === 'delisted') return written(h, { ...open, reason: 'relisted', changes: [] });
  const next = written(h, { ...open, reason: '', changes: [] });
  const changes = [
    ...(existing.subjectFingerprint === next.subjectFingerprint ? [] : fieldChanges('subject', existing.subjectProperties, next.subjectProperties)),
    ...(existing.entityFingerprint === next.entityFingerprint ? [] : fieldChanges('entity', existing.entityProperties, next.entityProperties)),
  ];
  if (existing.subjectFingerprint === next.subjectFingerprint && existing.entityFingerprint === next.entityFingerprint) return null;
  if (existing.status === 'closed') return { ...next, reason: 'reopened', changes };
  return { ...next, reason: changes.some((c) => c.side === 'entity') ? 'entity_changed' : 'subject_changed', changes };
}

/** An open alert whose entity no current list holds any more: closed as delisted. */
export function delistedAlert(a: Alert): AlertWrite {
  const { id: _id, createdAt: _c, updatedAt: _u, decision: _d, ...rest } = a;
  return { ...rest, status: 'closed', resolution: 'delisted', reason: 'delisted', changes: [] };
}

/** An alert as the API, the command line's --json and the webhooks show it. */
export function alertJson(a: Alert): object {
  return {
    id: a.id, subject_id: a.subjectId, entity_id: a.entityId, status: a.status, resolution: a.resolution, reason: a.reason,
    changes: a.changes, score: a.hit.score, caption: a.hit.caption, schema: a.hit.schema, datasets: a.hit.datasets,
    explanations: a.hit.explanations, subject: a.subjectProperties, entity: a.entityProperties,
    algorithm: { name: a.algorithm, version: a.algorithmVersion }, threshold: a.threshold, dataset_versions: a.datasetVersions,
    decision: a.decision, created_at: a.createdAt, updated_at: a.updatedAt,
  };
}

/** For each reason an alert is written: the audit channel it is recorded under and the webhook event it sends. */
const REASONS: Readonly<Record<string, { channel: string; event: string }>> = {
  new_hit: { channel: 'alert raised', event: 'alert.new' },
  relisted: { channel: 'alert raised', event: 'alert.new' },
  reopened: { channel: 'alert reopened', event: 'alert.reopened' },
  entity_changed: { channel: 'alert changed', event: 'alert.changed' },
  subject_changed: { channel: 'alert changed', event: 'alert.changed' },
  delisted: { channel: 'alert closed', event: 'alert.delisted' },
};

/** What the audit log keeps of an alert raised, reopened, changed, closed or decided. */
export function alertAudit(a: Alert, channel: string, keyId: string | null, extra: Record<string, unknown> = {}): AuditEntryInput {
  return {
    keyId, channel,
    query: { alert: a.id, subject: a.subjectId, entity: a.entityId, schema: a.hit.schema, properties: a.subjectProperties, reason: a.reason, changes: a.changes, ...extra },
    algorithm: a.algorithm, algorithmVersion: a.algorithmVersion, threshold: a.threshold, datasetVersions: a.datasetVersions,
    results: [{ id: a.entityId, score: a.hit.score }],
  };
}

/** Audit records and webhook deliveries for alerts written by a re-screen. */
export const MONITOR_HOOKS: AlertHooks = {
  audit: (a) => (REASONS[a.reason] ? alertAudit(a, REASONS[a.reason].channel, null) : null),
  notify: (a) => (REASONS[a.reason] ? { event: REASONS[a.reason].event, payload: { event: REASONS[a.reason].event, alert: alertJson(a) } } : null),
};
