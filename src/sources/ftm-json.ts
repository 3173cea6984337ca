/**
 * FollowTheMoney JSON lines: one entity per line, as `ghirbal export` and OpenSanctions
 * (`entities.ftm.json`) write them, and OpenSanctions delta files, whose lines are
 * `{"op": "ADD"|"MOD"|"DEL", "entity": {...}}`. Values are cleaned by their property type
 * like any other source's; what the model does not know is reported, never silently dropped.
 */
import { basename, dirname } from 'node:path';
import { EntityBuilder, type Entity } from '../model/entity.js';
import { getProperty, isSchema } from '../model/schema.js';
import { readText } from './read.js';
import type { ParseContext, SourceFormat } from './types.js';

export type DeltaOp = { op: 'ADD' | 'MOD'; entity: Entity } | { op: 'DEL'; id: string };

/** One usable line of a file: an entity (a plain line is an ADD) or a delta operation. */
export interface FtmLine {
  line: number;
  op: DeltaOp;
}

const DELTA_OPS = new Set(['ADD', 'MOD', 'DEL']);
const FILE_SUFFIX = /\.(?:gz|json|jsonl|ndjson|ftm|delta)$/i;
const ENTITIES_SUFFIX = /[._-]?entities$/i;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isEntityShape(v: Json): boolean {
  return typeof v.id === 'string' && typeof v.schema === 'string';
}

function isDeltaShape(v: Json): boolean {
  return typeof v.op === 'string' && isObject(v.entity);
}

/**
 * Claims the file when its first non-empty line is an FtM entity or a delta operation. A first
 * line longer than the head is judged by how it starts.
 */
function detectFtm(head: Buffer): boolean {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const start = text.search(/\S/);
  if (start < 0) return false;
  const end = text.indexOf('\n', start);
  const first = text.slice(start, end < 0 ? undefined : end).trim();
  try {
    const v: unknown = JSON.parse(first);
    return isObject(v) && (isEntityShape(v) || isDeltaShape(v));
  } catch {
    const cutShort = end < 0 && head.length >= 64 * 1024;
    return cutShort && /^\{\s*"(?:id|op)"\s*:/.test(first) && /"(?:schema|entity)"\s*:/.test(first);
  }
}

/** "yente_t1_entities.ftm.json" → "yente_t1"; OpenSanctions' ".../sanctions/entities.ftm.json" → "sanctions". */
function datasetFromName(path: string): string {
  let name = basename(path);
  while (FILE_SUFFIX.test(name)) name = name.replace(FILE_SUFFIX, '');
  name = name.replace(ENTITIES_SUFFIX, '');
  if (!name) name = basename(dirname(path));
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return slug || 'ftm';
}

/** Lines of a text stream with their 1-based numbers (empty lines are counted, not yielded). */
async function* numberedLines(path: string): AsyncGenerator<{ line: number; text: string }> {
  let rest = '';
  let line = 0;
  for await (const chunk of readText(path)) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const text of parts) {
      line++;
      if (text.trim()) yield { line, text };
    }
  }
  line++;
  if (rest.trim()) yield { line, text: rest };
}

interface FileState {
  file: string;
  ctx: ParseContext;
  /** "Schema.property" pairs already reported as unknown in this file. */
  unknownProps: Set<string>;
}

function stringList(v: unknown): string[] | null {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return null;
}

function optionalString(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

function addProperties(b: EntityBuilder, props: Json, line: number, state: FileState): void {
  for (const [prop, raw] of Object.entries(props)) {
    if (!getProperty(b.schema, prop)) {
      const key = `${b.schema}.${prop}`;
      if (!state.unknownProps.has(key)) {
        state.unknownProps.add(key);
        state.ctx.report({ file: state.file, line, record: b.id, field: prop, message: `${b.schema} has no property "${prop}" in the model; its values are not kept (reported once per file)` });
      }
      continue;
    }
    const values = stringList(raw);
    if (!values) {
      state.ctx.report({ file: state.file, line, record: b.id, field: prop, message: 'values are not a list of strings; property skipped' });
      continue;
    }
    b.add(prop, values);
  }
}

/** An FtM entity object → our Entity, cleaned; null (and reported) when it cannot be one. */
function entityFrom(raw: Json, line: number, state: FileState): Entity | null {
  const { file, ctx } = state;
  const id = typeof raw.id === 'string' ? raw.id.trim() : '';
  const schema = typeof raw.schema === 'string' ? raw.schema : '';
  if (!id) {
    ctx.report({ file, line, message: 'entity without an id skipped' });
    return null;
  }
  if (!isSchema(schema)) {
    ctx.report({ file, line, record: id, field: 'schema', message: `unknown schema "${schema}"; entity skipped` });
    return null;
  }
  const own = stringList(raw.datasets) ?? [];
  const b = new EntityBuilder(schema, id, [...new Set([ctx.dataset, ...own])]);
  if (raw.properties !== undefined && !isObject(raw.properties)) {
    ctx.report({ file, line, record: id, field: 'properties', message: 'properties is not an object; entity kept without properties' });
  }
  if (isObject(raw.properties)) addProperties(b, raw.properties, line, state);
  for (const r of b.rejected) {
    ctx.report({ file, line, record: id, field: r.prop, message: `${r.reason}: "${r.value}"` });
  }
  const built = b.build();
  return {
    ...built,
    referents: [...new Set(stringList(raw.referents) ?? [])],
    caption: optionalString(raw.caption) ?? built.caption,
    target: typeof raw.target === 'boolean' ? raw.target : built.target,
    ...timestamps(raw),
  };
}

function timestamps(raw: Json): Pick<Entity, 'first_seen' | 'last_seen' | 'last_change'> {
  const out: Pick<Entity, 'first_seen' | 'last_seen' | 'last_change'> = {};
  for (const key of ['first_seen', 'last_seen', 'last_change'] as const) {
    const v = optionalString(raw[key]);
    if (v) out[key] = v;
  }
  return out;
}

function opFrom(raw: Json, line: number, state: FileState): DeltaOp | null {
  const { file, ctx } = state;
  if (!isDeltaShape(raw)) {
    if (isEntityShape(raw)) {
      const entity = entityFrom(raw, line, state);
      return entity && { op: 'ADD', entity };
    }
    ctx.report({ file, line, message: 'neither an entity (id, schema) nor a delta operation (op, entity); line skipped' });
    return null;
  }
  const op = String(raw.op).toUpperCase();
  const target = raw.entity as Json;
  if (!DELTA_OPS.has(op)) {
    ctx.report({ file, line, field: 'op', message: `unknown delta operation "${raw.op}"; line skipped` });
    return null;
  }
  if (op === 'DEL') {
    // A deletion needs only the id: delta files may carry no more than that.
    const id = typeof target.id === 'string' ? target.id.trim() : '';
    if (!id) ctx.report({ file, line, field: 'op', message: 'DEL without an entity id; line skipped' });
    return id ? { op: 'DEL', id } : null;
  }
  const entity = entityFrom(target, line, state);
  return entity && { op: op as 'ADD' | 'MOD', entity };
}

/** Every usable line of the files, in order: entity lines as ADD, delta lines as written. */
export async function* readFtmLines(files: string[], ctx: ParseContext): AsyncGenerator<FtmLine> {
  for (const path of files) {
    const state: FileState = { file: basename(path), ctx, unknownProps: new Set() };
    for await (const { line, text } of numberedLines(path)) {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (err) {
        ctx.report({ file: state.file, line, message: `not JSON (${(err as Error).message}); line skipped` });
        continue;
      }
      if (!isObject(raw)) {
        ctx.report({ file: state.file, line, message: 'not a JSON object; line skipped' });
        continue;
      }
      const op = opFrom(raw, line, state);
      if (op) yield { line, op };
    }
  }
}

/**
 * A new entity map from a base and delta operations, the base left as it was: ADD and MOD
 * put the entity (replacing one with its id), DEL removes the id.
 */
export function applyDelta(base: ReadonlyMap<string, Entity>, ops: Iterable<DeltaOp>): Map<string, Entity> {
  const out = new Map(base);
  for (const op of ops) {
    if (op.op === 'DEL') out.delete(op.id);
    else out.set(op.entity.id, op.entity);
  }
  return out;
}

export const ftmJson: SourceFormat = {
  name: 'ftm-json',
  label: 'FollowTheMoney JSON lines (entities or OpenSanctions delta)',
  defaultDataset: (files) => datasetFromName(files[0] ?? ''),
  detect: (_path, head) => detectFtm(head),
  async *parse(files, ctx) {
    // On its own, a delta file yields what it adds or changes; deletions need a base (applyDelta).
    for await (const { op } of readFtmLines(files, ctx)) {
      if (op.op !== 'DEL') yield op.entity;
    }
  },
};
