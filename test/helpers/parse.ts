/**
 * What the source-format tests share: run a format over files and keep everything it yields
 * and reports, find entities in the result, and write throwaway input files.
 */
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import type { ParseContext, SourceFormat, SourceIssue } from '../../src/sources/types.js';
import { tempDir } from './cli.js';

/** Everything one parse gave: its entities in order, the issues it reported, the date it read. */
export interface Parsed {
  /** The dataset stamped on the entities (entity.datasets[0]). */
  dataset: string;
  entities: Entity[];
  issues: SourceIssue[];
  /** What the format passed to setPublishedAt, last call wins. */
  publishedAt?: string;
}

/** A ParseContext that records into `parsed`; entities are the caller's to add. */
export function recordingContext(dataset: string): { ctx: ParseContext; parsed: Parsed } {
  const parsed: Parsed = { dataset, entities: [], issues: [] };
  const ctx: ParseContext = {
    dataset,
    report: (issue) => void parsed.issues.push(issue),
    setPublishedAt: (date) => void (parsed.publishedAt = date),
  };
  return { ctx, parsed };
}

/** Parse `files` as `format` would in an import, into the dataset the format picks unless told. */
export async function parseSource(format: SourceFormat, files: string[], dataset = format.defaultDataset(files)): Promise<Parsed> {
  const { ctx, parsed } = recordingContext(dataset);
  for await (const e of format.parse(files, ctx)) parsed.entities.push(e);
  return parsed;
}

const entitiesOf = (from: Entity[] | Parsed): Entity[] => (Array.isArray(from) ? from : from.entities);

/** The entity with this id; fails the test when there is none. */
export function byId(from: Entity[] | Parsed, id: string): Entity {
  const e = entitiesOf(from).find((x) => x.id === id);
  assert.ok(e, `no entity ${id}`);
  return e;
}

/**
 * Entities whose `prop` holds `id` (a Sanction's entity, a Passport's holder…), in parse order;
 * only those of `schema` when given.
 */
export function linkedTo(from: Entity[] | Parsed, prop: string, id: string, schema?: string): Entity[] {
  return entitiesOf(from).filter((e) => (schema === undefined || e.schema === schema) && e.properties[prop]?.includes(id));
}

/** How many entities there are of each schema. */
export function countBySchema(entities: Entity[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entities) out[e.schema] = (out[e.schema] ?? 0) + 1;
  return out;
}

export interface TempFiles {
  dir: string;
  /** Write a file under `dir` (a name may hold subfolders, made as needed) and return its path. */
  write(name: string, content: string | Buffer): string;
}

/** A fresh temporary folder, removed when the test file (or the test it is made in) ends. */
export function tempFiles(prefix?: string): TempFiles {
  const { dir, cleanup } = tempDir(prefix);
  after(cleanup);
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
}
