/**
 * The audit log's hash chain, written once for both backends. Record n carries the hash of
 * record n-1 and a hash over its own fields, so changing, removing or moving a record breaks
 * the chain where it happened. The head (record count and last hash, updated in the same
 * transaction as every append) catches what the chain alone cannot: records cut off the end,
 * or added after it by someone writing to the tables directly.
 */
import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AuditEntryInput, AuditRecord, AuditVerification } from './types.js';

/** The prevHash of record 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** What each append reads and rewrites under its lock. */
export interface AuditHead {
  count: number;
  lastHash: string;
  /** When the last record was written: a later one is never stamped earlier. */
  lastAt: string | null;
}

/** The head as both dialects store it (bigint comes back from PostgreSQL as a string). */
export interface AuditHeadRow {
  count: number | string;
  last_hash: string;
  last_at: string | null;
}

/** The head row exists from the migration on; without it nothing more may be appended. */
export function toAuditHead(row: AuditHeadRow | undefined): AuditHead {
  if (!row) throw new Error('The audit head is missing: someone deleted it (run ghirbal audit verify)');
  return { count: Number(row.count), lastHash: row.last_hash, lastAt: row.last_at };
}

/**
 * JSON with object keys sorted by UTF-16 code unit and no white space, numbers and strings
 * written as JSON.stringify writes them: the canonical form of RFC 8785 (JCS), so anyone can
 * recompute a record's hash from an export with a JCS library.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return canonicalJson((value as { toJSON: () => unknown }).toJSON());
  // Written by concatenation: the audit trail seals every screening, so this runs per request.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i === 0 ? '' : ','}${isOmitted(value[i]) ? 'null' : canonicalJson(value[i])}`;
    return `${out}]`;
  }
  const keys = Object.keys(value);
  if (!inOrder(keys)) keys.sort();
  let out = '{';
  for (const k of keys) {
    const v = (value as Record<string, unknown>)[k];
    if (isOmitted(v)) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(k)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

/** Most objects sealed are written in key order already ({id, score}): sorting them would only allocate. */
function inOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
}

/** Values JSON has no form for: left out of objects, null in arrays, as JSON.stringify does. */
function isOmitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** A record's fields, the JSON-valued ones as canonical JSON text: what its hash is taken over. */
type SealedFields = Omit<AuditRow, 'hash'>;

/**
 * The canonical JSON of a record's fields but `hash` (keys in code-unit order), written out
 * from the fields' own canonical texts: the same text canonicalJson gives for the record as
 * an object, without walking its values a second time.
 */
function canonicalFields(f: SealedFields): string {
  const str = JSON.stringify;
  return `{"algorithm":${str(f.algorithm)},"algorithmVersion":${str(f.algorithm_version)},"at":${str(f.at)},`
    + `"channel":${str(f.channel)},"datasetVersions":${f.dataset_versions},"keyId":${f.key_id === null ? 'null' : str(f.key_id)},`
    + `"prevHash":${str(f.prev_hash)},"query":${f.query},"results":${f.results},"seq":${str(Number(f.seq))},"threshold":${str(f.threshold)}}`;
}

function sealedHash(f: SealedFields): string {
  return createHash('sha256').update(f.prev_hash).update(canonicalFields(f)).digest('hex');
}

/** sha256(prevHash + canonical JSON of every field but `hash`), hex. */
export function recordHash(record: Omit<AuditRecord, 'hash'>): string {
  return sealedHash({
    seq: record.seq,
    at: record.at,
    key_id: record.keyId,
    channel: record.channel,
    query: canonicalJson(record.query),
    algorithm: record.algorithm,
    algorithm_version: record.algorithmVersion,
    threshold: record.threshold,
    dataset_versions: canonicalJson(record.datasetVersions),
    results: canonicalJson(record.results),
    prev_hash: record.prevHash,
  });
}

/**
 * Numbers the entries after the head, stamps and chains them: the rows to store. Each
 * JSON-valued field is written as canonical JSON once, and that text is what is hashed and
 * stored, so a record read back hashes the same.
 */
export function sealBatch(head: AuditHead, entries: AuditEntryInput[], now = new Date().toISOString()): { rows: AuditRow[]; head: AuditHead } {
  entries.forEach(checkEntry);
  // A clock set back must not make the log run backwards: time ranges stay runs of seq.
  const at = head.lastAt !== null && head.lastAt > now ? head.lastAt : now;
  let prevHash = head.lastHash;
  // The queries of one request share one set of dataset versions.
  let versions: unknown = null;
  let versionsText = '';
  const rows = entries.map((e, i): AuditRow => {
    if (e.datasetVersions !== versions) {
      versions = e.datasetVersions;
      versionsText = canonicalJson(versions);
    }
    const fields: SealedFields = {
      seq: head.count + i + 1,
      at,
      key_id: e.keyId,
      channel: e.channel,
      query: canonicalJson(e.query),
      algorithm: e.algorithm,
      algorithm_version: e.algorithmVersion,
      threshold: e.threshold,
      dataset_versions: versionsText,
      results: canonicalJson(e.results),
      prev_hash: prevHash,
    };
    prevHash = sealedHash(fields);
    return { ...fields, hash: prevHash };
  });
  return { rows, head: { count: head.count + rows.length, lastHash: prevHash, lastAt: rows.length ? at : head.lastAt } };
}

const ENTRY_FIELDS: [keyof AuditEntryInput, string, (v: unknown) => boolean][] = [
  ['keyId', 'a key id or null', (v) => v === null || (typeof v === 'string' && v !== '')],
  ['channel', 'a non-empty string', (v) => typeof v === 'string' && v !== ''],
  ['algorithm', 'a non-empty string', (v) => typeof v === 'string' && v !== ''],
  ['algorithmVersion', 'a non-empty string', (v) => typeof v === 'string' && v !== ''],
  ['threshold', 'a finite number', (v) => typeof v === 'number' && Number.isFinite(v)],
  ['datasetVersions', 'an object of dataset → version number', (v) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((n) => Number.isInteger(n))],
  ['results', 'an array of {id, score}', (v) =>
    Array.isArray(v) && v.every((r) => typeof r?.id === 'string' && typeof r?.score === 'number' && Number.isFinite(r.score))],
];

/** A wrong entry fails its whole batch before anything is written, naming where it went wrong. */
function checkEntry(entry: AuditEntryInput, index: number): void {
  for (const [field, expected, ok] of ENTRY_FIELDS) {
    if (!ok(entry?.[field])) throw new Error(`Audit entry ${index}: ${field} must be ${expected}, got ${String(JSON.stringify(entry?.[field])).slice(0, 100)}`);
  }
}

/** An audit record as both dialects store it: the JSON-valued fields as canonical JSON text. */
export interface AuditRow {
  /** bigint comes back from PostgreSQL as a string. */
  seq: number | string;
  at: string;
  key_id: string | null;
  channel: string;
  query: string;
  algorithm: string;
  algorithm_version: string;
  threshold: number;
  dataset_versions: string;
  results: string;
  prev_hash: string;
  hash: string;
}

/** The columns of AuditRow, in the order auditRowValues() gives them. */
export const AUDIT_COLUMNS =
  'seq, at, key_id, channel, query, algorithm, algorithm_version, threshold, dataset_versions, results, prev_hash, hash';

export function auditRowValues(r: AuditRow): unknown[] {
  return [r.seq, r.at, r.key_id, r.channel, r.query, r.algorithm, r.algorithm_version, r.threshold,
    r.dataset_versions, r.results, r.prev_hash, r.hash];
}

export function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    seq: Number(row.seq),
    at: row.at,
    keyId: row.key_id,
    channel: row.channel,
    query: JSON.parse(row.query),
    algorithm: row.algorithm,
    algorithmVersion: row.algorithm_version,
    threshold: row.threshold,
    datasetVersions: JSON.parse(row.dataset_versions),
    results: JSON.parse(row.results),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

const ISO_BOUND = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/;

/**
 * A range bound as stored times are written (UTC, milliseconds), so text comparison orders
 * them; a date-time without a zone is read as UTC, as stored times are.
 */
export function auditBound(name: 'from' | 'to', value: string | undefined): string | null {
  if (value === undefined) return null;
  const zoned = /T[^Z+-]*$/.test(value) ? `${value}Z` : value;
  const time = ISO_BOUND.test(value) ? Date.parse(zoned) : NaN;
  if (Number.isNaN(time)) throw new Error(`Audit range: ${name} "${value}" is not an ISO date or date-time (e.g. 2024-05-01 or 2024-05-01T09:30:00Z)`);
  return new Date(time).toISOString();
}

/** Records checked between letting other work run: verifying a long log must not stall a server. */
const YIELD_EVERY = 2000;

/** Walks the records in seq order against the chain and the head, read in one snapshot. */
export async function verifyChain(head: AuditHead | null, rows: AsyncIterable<AuditRow> | Iterable<AuditRow>): Promise<AuditVerification> {
  let checked = 0;
  let prevHash = GENESIS_HASH;
  const broken = (seq: number, reason: string): AuditVerification => ({ ok: false, checked, firstBad: { seq, reason } });
  if (head === null) return broken(1, 'the audit head (record count and last hash) is missing: someone deleted it');
  for await (const row of rows) {
    const expected = checked + 1;
    const seq = Number(row.seq);
    if (seq !== expected) {
      return broken(expected, expected === 1
        ? `record 1 is missing: the log starts at record ${seq}`
        : `record ${expected} is missing: the log goes from record ${checked} to record ${seq}`);
    }
    if (seq > head.count) {
      return broken(seq, `record ${seq} was added outside Ghirbal: the audit head counts ${head.count} records`);
    }
    if (row.prev_hash !== prevHash) {
      return broken(seq, `record ${seq} does not follow record ${checked}: its prevHash is not that record's hash (one of them was altered, or records were moved)`);
    }
    const unreadable = unreadableField(row);
    if (unreadable) return broken(seq, `record ${seq} was altered: its ${unreadable} is not valid JSON`);
    if (recordHash(toAuditRecord(row)) !== row.hash) {
      return broken(seq, `record ${seq} was altered: its content no longer matches its hash`);
    }
    prevHash = row.hash;
    checked = seq;
    if (checked % YIELD_EVERY === 0) await nextTurn();
  }
  if (checked < head.count) {
    return broken(checked + 1, `record ${checked + 1} is missing: the audit head counts ${head.count} records but the log ends ${checked === 0 ? 'empty' : `at record ${checked}`}`);
  }
  if (prevHash !== head.lastHash) {
    return broken(checked, `record ${checked} is not the record the audit head last sealed: its hash differs from the head's`);
  }
  return { ok: true, checked, lastHash: prevHash };
}

function unreadableField(row: AuditRow): string | null {
  for (const [field, text] of [['query', row.query], ['datasetVersions', row.dataset_versions], ['results', row.results]]) {
    try {
      JSON.parse(text);
    } catch {
      return field;
    }
  }
  return null;
}
