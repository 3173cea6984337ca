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
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return canonicalJson((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) return `[${value.map((v) => (isOmitted(v) ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.keys(value)
      .sort()
      .filter((k) => !isOmitted((value as Record<string, unknown>)[k]))
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Values JSON has no form for: left out of objects, null in arrays, as JSON.stringify does. */
function isOmitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** sha256(prevHash + canonical JSON of every field but `hash`), hex. */
export function recordHash(record: Omit<AuditRecord, 'hash'>): string {
  const fields: Omit<AuditRecord, 'hash'> = {
    seq: record.seq,
    at: record.at,
    keyId: record.keyId,
    channel: record.channel,
    query: record.query,
    algorithm: record.algorithm,
    algorithmVersion: record.algorithmVersion,
    threshold: record.threshold,
    datasetVersions: record.datasetVersions,
    results: record.results,
    prevHash: record.prevHash,
  };
  return createHash('sha256').update(record.prevHash).update(canonicalJson(fields)).digest('hex');
}

/**
 * Numbers the entries after the head, stamps and chains them. Each entry passes through JSON
 * first, so the record returned is exactly what reading it back gives, and hashes the same.
 */
export function sealBatch(head: AuditHead, entries: AuditEntryInput[], now = new Date().toISOString()): { records: AuditRecord[]; head: AuditHead } {
  entries.forEach(checkEntry);
  // A clock set back must not make the log run backwards: time ranges stay runs of seq.
  const at = head.lastAt !== null && head.lastAt > now ? head.lastAt : now;
  let prevHash = head.lastHash;
  const records = entries.map((e, i): AuditRecord => {
    const unsealed = {
      seq: head.count + i + 1,
      at,
      keyId: e.keyId,
      channel: e.channel,
      query: asJson(e.query),
      algorithm: e.algorithm,
      algorithmVersion: e.algorithmVersion,
      threshold: e.threshold,
      datasetVersions: asJson(e.datasetVersions) as Record<string, number>,
      results: asJson(e.results) as AuditRecord['results'],
      prevHash,
    };
    prevHash = recordHash(unsealed);
    return { ...unsealed, hash: prevHash };
  });
  return { records, head: { count: head.count + records.length, lastHash: prevHash, lastAt: records.length ? at : head.lastAt } };
}

function asJson(value: unknown): unknown {
  return JSON.parse(canonicalJson(value));
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

export function auditRowValues(r: AuditRecord): unknown[] {
  return [r.seq, r.at, r.keyId, r.channel, canonicalJson(r.query), r.algorithm, r.algorithmVersion, r.threshold,
    canonicalJson(r.datasetVersions), canonicalJson(r.results), r.prevHash, r.hash];
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
