/**
 * Entities and version metadata for the store tests, shaped like what the sources emit for
 * an official list (here a made-up "eu-fsf" and "un-sc").
 */
import { createHash } from 'node:crypto';
import { EntityBuilder, type Entity } from '../../src/model/entity.js';
import type { AuditEntryInput, VersionIssue, VersionMeta } from '../../src/store/types.js';

export function lavrov(dataset = 'eu-fsf'): EntityBuilder {
  return new EntityBuilder('Person', 'eu-fsf-lavrov', [dataset])
    .add('name', 'LAVROV, Sergei Viktorovich')
    .add('alias', 'Сергей Викторович Лавров')
    .add('birthDate', '1950-03-21')
    .add('birthPlace', 'Moscow')
    .add('nationality', 'ru')
    .add('position', 'Minister of Foreign Affairs of the Russian Federation')
    .add('topics', 'sanction');
}

export function rosneft(dataset = 'eu-fsf'): EntityBuilder {
  return new EntityBuilder('Company', 'eu-fsf-rosneft', [dataset])
    .add('name', 'Rosneft Oil Company')
    .add('alias', 'ПАО НК Роснефть')
    .add('jurisdiction', 'ru')
    .add('innCode', '7706107510')
    .add('topics', 'sanction');
}

export function vessel(dataset = 'eu-fsf'): EntityBuilder {
  return new EntityBuilder('Vessel', 'eu-fsf-adrian-darya', [dataset])
    .add('name', 'ADRIAN DARYA 1')
    .add('previousName', 'GRACE 1')
    .add('imoNumber', '9116412')
    .add('flag', 'ir')
    .add('topics', 'sanction');
}

const GIVEN = ['Aleksandr', 'Olga', 'Dmitri', 'Natalia', 'Yuri', 'Irina', 'Viktor', 'Elena'];
const FAMILY = ['IVANOV', 'PETROVA', 'SOKOLOV', 'KUZNETSOVA', 'POPOV', 'VOLKOVA', 'MOROZOV'];

/** The i-th of many distinct listed persons, ids sorting in i order. */
export function person(i: number, dataset = 'un-sc'): Entity {
  const family = FAMILY[i % FAMILY.length];
  const given = GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length];
  return new EntityBuilder('Person', `${dataset}-${String(i).padStart(6, '0')}`, [dataset])
    .add('name', `${family}, ${given}`)
    .add('birthDate', `${1940 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`)
    .add('nationality', 'ru')
    .add('topics', 'sanction')
    .build();
}

export function people(count: number, dataset = 'un-sc'): Entity[] {
  return Array.from({ length: count }, (_, i) => person(i, dataset));
}

/** Metadata for one list file whose bytes were `content`: equal content, equal hash. */
export function versionMeta(dataset: string, content: string, issues: VersionIssue[] = []): VersionMeta {
  const sha256 = hex(content);
  return {
    dataset,
    format: 'test-xml',
    files: [{ name: `${dataset}.xml`, sha256, bytes: Buffer.byteLength(content) }],
    contentHash: hex(sha256),
    publishedAt: '2024-05-02',
    issues,
  };
}

function hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function ids(entities: Entity[]): string[] {
  return entities.map((e) => e.id);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => { resolve = r; });
  return { promise, resolve };
}

/**
 * Yields the entities, telling `reached` after `after` of them, then waits for `gate` before
 * yielding the rest: holds an import open mid-way for as long as a test needs.
 */
export async function* pausing(entities: Entity[], after: number, reached: () => void, gate: Promise<void>): AsyncGenerator<Entity> {
  for (const [i, e] of entities.entries()) {
    if (i === after) {
      reached();
      await gate;
    }
    yield e;
  }
}

/** A source that breaks after `after` entities, as a parser meeting a truncated file does. */
export async function* failing(entities: Entity[], after: number, error: Error): AsyncGenerator<Entity> {
  for (const [i, e] of entities.entries()) {
    if (i === after) throw error;
    yield e;
  }
}

/** The i-th screening as the server would record it: a name checked against two lists. */
export function auditEntry(i: number, channel = 'POST /match/default'): AuditEntryInput {
  const p = person(i);
  return {
    keyId: i % 3 === 0 ? null : 'key_0a1b2c3d',
    channel,
    query: { schema: 'Person', properties: { name: p.properties.name, birthDate: p.properties.birthDate } },
    algorithm: 'ghirbal-v1',
    algorithmVersion: '1.0',
    threshold: 0.7,
    datasetVersions: { 'un-sc': 3, 'eu-fsf': 12 },
    results: i % 2 === 0 ? [] : [{ id: p.id, score: 0.93 }, { id: person(i + 1).id, score: 0.71 }],
  };
}

export function auditEntries(count: number, channel?: string): AuditEntryInput[] {
  return Array.from({ length: count }, (_, i) => auditEntry(i, channel));
}
