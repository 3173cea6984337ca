/**
 * Re-screening watched subjects after the lists change, using only what changed. For each
 * dataset whose current version is not the one subjects were last screened against, the
 * version diff gives the entities added, those whose matchable properties changed, and those
 * removed. Every subject is screened against a small index of the added and changed entities
 * alone; the few that come near a match are screened again against the index of every list
 * (so scores are the ones any screening gives), and their hits on added or changed entities
 * raise, update or reopen alerts. Open alerts on entities no list holds any more close.
 * Each subject's name keys are stored with it (subjects-keys.ts), so the pass over every
 * subject probes integers rather than reading names again.
 */
import type { Entity } from '../model/entity.js';
import { DEFAULT_ALGORITHM, findAlgorithm } from '../match/algorithms/index.js';
import { MatchIndexBuilder } from '../match/index.js';
import type { MatchAlgorithm } from '../match/types.js';
import type { Alert, AlertWrite, DatasetVersion, Store, Subject, SubjectInput } from '../store/types.js';
import { delistedAlert, isMatchingProperty, MONITOR_HOOKS, nextAlert, type Hit } from './alerts.js';
import { heldBy } from './batch-index.js';
import type { ListIndex } from './batch-record.js';
import { screenQuery, type CleanQuery } from './screen.js';
import { decodeKeys, encodeKeys, lookupHashes, mayReach } from './subjects-keys.js';

/** Near enough to a changed entity in the small index to be screened again in full. */
const CANDIDATE_MARGIN = 0.15;
/** Hits asked of the full index per subject: a subject rarely matches more. */
const HITS_PER_SUBJECT = 10;
/** Subjects whose hits are looked up and written at once. */
const WRITE_BATCH = 500;

export interface MonitorOptions {
  store: Store;
  algorithm: MatchAlgorithm;
  threshold: number;
  /** The index of every current list; asked for only when a subject comes near a changed entity. */
  fullIndex: () => Promise<ListIndex>;
}

/** Monitoring screens with the default algorithm at its own threshold, so alerts mean the same whoever raised them. */
export function monitorOptions(store: Store, fullIndex: () => Promise<ListIndex>): MonitorOptions {
  const algorithm = findAlgorithm(DEFAULT_ALGORITHM)!;
  return { store, algorithm, threshold: algorithm.defaultThreshold, fullIndex };
}

export interface DatasetChange {
  dataset: string;
  from: number | null;
  to: number;
  added: number;
  changed: number;
  removed: number;
}

export interface MonitorReport {
  datasets: DatasetChange[];
  subjects: number;
  /** Subjects screened again against every list. */
  candidates: number;
  raised: number;
  reopened: number;
  changed: number;
  delisted: number;
  seconds: number;
}

function emptyReport(): MonitorReport {
  return { datasets: [], subjects: 0, candidates: 0, raised: 0, reopened: 0, changed: 0, delisted: 0, seconds: 0 };
}

function tally(report: MonitorReport, alerts: readonly Alert[]): void {
  for (const a of alerts) {
    if (a.reason === 'new_hit' || a.reason === 'relisted') report.raised++;
    else if (a.reason === 'reopened') report.reopened++;
    else if (a.reason === 'delisted') report.delisted++;
    else report.changed++;
  }
}

async function currentVersions(store: Store): Promise<DatasetVersion[]> {
  return (await store.datasets()).flatMap((s) => (s.current ? [s.current] : []));
}

/** The entities of a version with these ids, as that version holds them. */
async function entitiesOf(store: Store, v: DatasetVersion, ids: ReadonlySet<string>): Promise<Entity[]> {
  const found: Entity[] = [];
  if (ids.size === 0) return found;
  for await (const e of store.entities(v.dataset, v.seq)) if (ids.has(e.id)) found.push(heldBy(e, v.dataset));
  return found;
}

interface Changes {
  report: DatasetChange[];
  /** Added, or with changed matchable properties: by id. */
  entities: Map<string, Entity>;
  removed: Set<string>;
}

async function listChanges(store: Store, versions: DatasetVersion[], screened: Record<string, number>): Promise<Changes> {
  const out: Changes = { report: [], entities: new Map(), removed: new Set() };
  for (const v of versions) {
    const from = screened[v.dataset] ?? null;
    if (from === v.seq) continue;
    const diff = await store.diff(v.dataset, from ?? undefined, v.seq);
    const matching = diff.changed.filter((c) => c.changes.some((p) => p.prop === '$schema' || isMatchingProperty(c.schema, p.prop)));
    const wanted = new Set([...diff.added.map((e) => e.id), ...matching.map((c) => c.id)]);
    for (const e of await entitiesOf(store, v, wanted)) out.entities.set(e.id, e);
    for (const e of diff.removed) out.removed.add(e.id);
    out.report.push({ dataset: v.dataset, from, to: v.seq, added: diff.added.length, changed: matching.length, removed: diff.removed.length });
  }
  return out;
}

function asQuery(s: Subject): CleanQuery {
  return { id: s.id, schema: s.schema, properties: s.properties };
}

/**
 * Subjects that come near one of the entities: those whose stored name keys reach the index of
 * these entities alone, screened against it. Keys missing or made under another scheme are
 * made again and stored, so the next re-screen finds them.
 */
async function nearSubjects(store: Store, entities: Iterable<Entity>, o: MonitorOptions, report: MonitorReport): Promise<Subject[]> {
  const builder = new MatchIndexBuilder();
  for (const e of entities) builder.add(e);
  const small = builder.finish();
  const near: Subject[] = [];
  const cutoff = Math.max(0, o.threshold - CANDIDATE_MARGIN);
  let rekeyed: SubjectInput[] = [];
  for await (const s of store.screening.subjects()) {
    report.subjects++;
    let hashes = decodeKeys(s.keys);
    if (!hashes) {
      hashes = lookupHashes(s.schema, s.properties);
      rekeyed.push({ ...s, keys: encodeKeys(hashes) });
    }
    if (mayReach(small, hashes, s.schema, s.properties)) {
      const { results } = screenQuery(small, asQuery(s), { algorithm: o.algorithm, threshold: o.threshold, limit: 1, cutoff });
      if (results.length > 0) near.push(s);
    }
    if (rekeyed.length >= WRITE_BATCH) rekeyed = await rekey(store, rekeyed);
  }
  await rekey(store, rekeyed);
  return near;
}

async function rekey(store: Store, subjects: SubjectInput[]): Promise<SubjectInput[]> {
  if (subjects.length > 0) await store.screening.putSubjects(subjects);
  return [];
}

/**
 * Screen subjects against every list and write what their matches do to their alerts;
 * `onlyEntities` narrows the matches considered to those entities (the ones that changed).
 */
export async function screenSubjects(
  o: MonitorOptions, index: ListIndex, subjects: readonly Subject[], entityOf: (id: string) => Promise<Entity | null>,
  onlyEntities?: ReadonlySet<string>,
): Promise<Alert[]> {
  const written: Alert[] = [];
  for (let i = 0; i < subjects.length; i += WRITE_BATCH) {
    const hits: Hit[] = [];
    for (const subject of subjects.slice(i, i + WRITE_BATCH)) {
      const { results } = screenQuery(index.match, asQuery(subject), { algorithm: o.algorithm, threshold: o.threshold, limit: HITS_PER_SUBJECT });
      for (const result of results) {
        if (!result.match || (onlyEntities && !onlyEntities.has(result.id))) continue;
        const entity = await entityOf(result.id);
        if (entity) hits.push({ subject, result, entity, algorithm: o.algorithm, threshold: o.threshold, datasetVersions: { ...index.datasetVersions } });
      }
    }
    const existing = await o.store.screening.alertsForPairs(hits.map((h) => ({ subjectId: h.subject.id, entityId: h.entity.id })));
    const byPair = new Map(existing.map((a) => [`${a.subjectId}\u0000${a.entityId}`, a]));
    const writes = hits.flatMap((h) => nextAlert(byPair.get(`${h.subject.id}\u0000${h.entity.id}`) ?? null, h) ?? []);
    written.push(...await o.store.screening.writeAlerts(writes, MONITOR_HOOKS));
  }
  return written;
}

/** Open alerts on entities that no current list holds any more, closed as delisted. */
async function closeDelisted(store: Store, removed: ReadonlySet<string>): Promise<Alert[]> {
  if (removed.size === 0) return [];
  const open = await store.screening.alerts({ status: 'open', entityIds: [...removed] });
  const gone: AlertWrite[] = [];
  for (const a of open) if ((await store.entity(a.entityId)) === null) gone.push(delistedAlert(a));
  return store.screening.writeAlerts(gone, MONITOR_HOOKS);
}

/**
 * Bring every subject up to the lists' current versions: screen them against what changed
 * since they were last screened, then record the versions as screened. With no subjects it
 * only records the versions.
 */
export async function rescreenChanges(o: MonitorOptions): Promise<MonitorReport> {
  const started = performance.now();
  const report = emptyReport();
  const versions = await currentVersions(o.store);
  const current = Object.fromEntries(versions.map((v) => [v.dataset, v.seq]));
  if (await o.store.screening.countSubjects() > 0) {
    const changes = await listChanges(o.store, versions, await o.store.screening.monitoredVersions());
    report.datasets = changes.report;
    if (changes.entities.size > 0) {
      const near = await nearSubjects(o.store, changes.entities.values(), o, report);
      report.candidates = near.length;
      if (near.length > 0) {
        const entityOf = async (id: string) => changes.entities.get(id) ?? null;
        tally(report, await screenSubjects(o, await o.fullIndex(), near, entityOf, new Set(changes.entities.keys())));
      }
    }
    tally(report, await closeDelisted(o.store, changes.removed));
  }
  await o.store.screening.setMonitoredVersions(current);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
