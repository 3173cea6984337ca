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
  const entityCount = await writeAll(tx, id, entities);
  // The parser fills meta.issues and meta.publishedAt as it reads: take them after the stream.
  const final = { entityCount, publishedAt: meta.publishedAt ?? null, issues: meta.issues ?? [] };
  await tx.publish(id, meta.dataset, final);
  const { issues: _issues, ...version } = draft;
  return {
    status: 'created',
    version: { id, ...version, entityCount, publishedAt: final.publishedAt, issueCount: final.issues.length, current: true },
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
    issueCount: issues.length,
    issues,
  };
}

/** Streams entities into the version in batches; returns how many distinct ids it holds. */
async function writeAll(tx: ImportTx, versionId: number, entities: AsyncIterable<Entity> | Iterable<Entity>): Promise<number> {
  let count = 0;
  let batch = new Map<string, Entity>();
  for await (const entity of entities) {
    checkEntity(entity);
    const earlier = batch.get(entity.id);
    batch.set(entity.id, earlier ? mergeEntities(earlier, entity) : entity);
    if (batch.size >= IMPORT_BATCH) {
      count += await writeBatch(tx, versionId, batch);
      batch = new Map();
    }
  }
  if (batch.size > 0) count += await writeBatch(tx, versionId, batch);
  return count;
}

/**
 * An id met again after its first record was written (in an earlier batch) is merged with
 * what was written and replaces it. The blob of the first, partial record may stay behind
 * unreferenced: it has the same content on every re-import, so it does not accumulate.
 */
async function writeBatch(tx: ImportTx, versionId: number, batch: Map<string, Entity>): Promise<number> {
  const written = await tx.writtenEntities(versionId, [...batch.keys()]);
  for (const earlier of written) batch.set(earlier.id, mergeEntities(earlier, batch.get(earlier.id)!));
  await tx.writeEntities(versionId, [...batch.values()].map(storedEntity));
  return batch.size - written.length;
}

/** Sources written in plain JS or reading JSON can hand over anything; fail the import early. */
function checkEntity(e: Entity): void {
  const ok = typeof e?.id === 'string' && e.id !== '' && typeof e.schema === 'string'
    && typeof e.properties === 'object' && Array.isArray(e.datasets) && Array.isArray(e.referents);
  if (!ok) {
    throw new Error(`Not an entity (needs id, schema, properties, datasets, referents): ${JSON.stringify(e)?.slice(0, 200)}`);
  }
}
