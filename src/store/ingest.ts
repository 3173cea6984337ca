/**
 * The import of one dataset version, written once for both backends. Each backend opens the
 * transaction, hands over the few statements below bound to it, and commits or rolls back
 * around `runImport`.
 */
import type { Entity } from '../model/entity.js';
import { mergeEntities } from './diff.js';
import { isoNow, storedEntity, type StoredEntity } from './rows.js';
import type { DatasetVersion, ImportResult, VersionIssue, VersionMeta } from './types.js';

/** Rows per round trip: large enough to amortise it, small enough to keep memory flat. */
export const IMPORT_BATCH = 500;

export interface FinalCounts {
  entityCount: number;
  schemaCounts: Record<string, number>;
  publishedAt: string | null;
  issues: VersionIssue[];
}

export type NewVersion = Omit<DatasetVersion, 'id' | 'current'> & { issues: VersionIssue[] };

/** Statements inside the open import transaction. */
export interface ImportTx {
  /**
   * Create the dataset row if needed and hold its lock until the transaction ends, so two
   * importers of one dataset run one after the other. Reads after the lock is held.
   */
  lockDataset(dataset: string): Promise<{ current: DatasetVersion | null; lastSeq: number }>;
  insertVersion(version: NewVersion): Promise<number>;
  /** Entities already written to this version among `ids`: an id the source emitted earlier. */
  writtenEntities(versionId: number, ids: string[]): Promise<Entity[]>;
  /** Insert or replace the version's rows for these ids (each id at most once). */
  writeEntities(versionId: number, rows: StoredEntity[]): Promise<void>;
  /**
   * Record what is only known once the source is read (count, the parser's issues, the
   * publication date the file states) and make the version its dataset's current one.
   */
  publish(versionId: number, dataset: string, final: FinalCounts): Promise<void>;
}

export async function runImport(
  tx: ImportTx,
  meta: VersionMeta,
  entities: AsyncIterable<Entity> | Iterable<Entity>,
): Promise<ImportResult> {
  const { current, lastSeq } = await tx.lockDataset(meta.dataset);
  if (current && current.contentHash === meta.contentHash) return { status: 'unchanged', version: current };
  const draft = newVersion(meta, lastSeq + 1);
  const id = await tx.insertVersion(draft);
  const schemaCounts = await writeAll(tx, id, entities);
  const entityCount = Object.values(schemaCounts).reduce((a, b) => a + b, 0);
  // The parser fills meta.issues and meta.publishedAt as it reads: take them after the stream.
  const final = { entityCount, schemaCounts, publishedAt: meta.publishedAt ?? null, issues: meta.issues ?? [] };
  await tx.publish(id, meta.dataset, final);
  const { issues: _issues, ...version } = draft;
  return {
    status: 'created',
    version: { id, ...version, entityCount, schemaCounts, publishedAt: final.publishedAt, issueCount: final.issues.length, current: true },
  };
}

function newVersion(meta: VersionMeta, seq: number): NewVersion {
  const issues = meta.issues ?? [];
  return {
    dataset: meta.dataset,
    seq,
    format: meta.format,
    files: meta.files,
    contentHash: meta.contentHash,
    publishedAt: meta.publishedAt ?? null,
    importedAt: isoNow(),
    entityCount: 0,
    schemaCounts: {},
    issueCount: issues.length,
    issues,
  };
}

/** Streams entities into the version in batches; returns how many distinct ids of each schema it holds. */
async function writeAll(tx: ImportTx, versionId: number, entities: AsyncIterable<Entity> | Iterable<Entity>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let batch = new Map<string, Entity>();
  for await (const entity of entities) {
    checkEntity(entity);
    const earlier = batch.get(entity.id);
    batch.set(entity.id, earlier ? mergeEntities(earlier, entity) : entity);
    if (batch.size >= IMPORT_BATCH) {
      await writeBatch(tx, versionId, batch, counts);
      batch = new Map();
    }
  }
  if (batch.size > 0) await writeBatch(tx, versionId, batch, counts);
  return counts;
}

/**
 * An id met again after its first record was written (in an earlier batch) is merged with
 * what was written and replaces it; it was counted when first written. The blob of the first,
 * partial record may stay behind unreferenced: it has the same content on every re-import, so
 * it does not accumulate.
 */
async function writeBatch(tx: ImportTx, versionId: number, batch: Map<string, Entity>, counts: Record<string, number>): Promise<void> {
  const written = await tx.writtenEntities(versionId, [...batch.keys()]);
  const seen = new Set(written.map((e) => e.id));
  for (const earlier of written) batch.set(earlier.id, mergeEntities(earlier, batch.get(earlier.id)!));
  await tx.writeEntities(versionId, [...batch.values()].map(storedEntity));
  for (const e of batch.values()) if (!seen.has(e.id)) counts[e.schema] = (counts[e.schema] ?? 0) + 1;
}

/** Sources written in plain JS or reading JSON can hand over anything; fail the import early. */
function checkEntity(e: Entity): void {
  const ok = typeof e?.id === 'string' && e.id !== '' && typeof e.schema === 'string'
    && typeof e.properties === 'object' && Array.isArray(e.datasets) && Array.isArray(e.referents);
  if (!ok) {
    throw new Error(`Not an entity (needs id, schema, properties, datasets, referents): ${JSON.stringify(e)?.slice(0, 200)}`);
  }
}
