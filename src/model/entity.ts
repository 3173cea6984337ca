/**
 * The one entity shape used everywhere: FollowTheMoney JSON. Sources build entities with
 * EntityBuilder, which cleans every value by its property type and reports what it rejects.
 */
import { createHash } from 'node:crypto';
import { getProperty, getSchema, ancestry, isSchema, commonSchema } from './schema.js';
import { cleanValue, type CleanOptions } from './types.js';

export interface Entity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  datasets: string[];
  referents: string[];
  caption: string;
  target: boolean;
  first_seen?: string;
  last_seen?: string;
  last_change?: string;
}

/** Topics that make an entity a screening target (as yente defines `target`). */
const RISK_TOPICS = /^(sanction|sanction\.linked|sanction\.counter|export\.control|export\.risk|debarment|asset\.frozen|wanted|crime(\..*)?|role\.pep|role\.rca|poi|reg\.warn|reg\.action|corp\.disqual)$/;

export function isTargetTopic(topic: string): boolean {
  return RISK_TOPICS.test(topic);
}

/** A value the builder refused, so the source can report it with its file and line. */
export interface RejectedValue {
  prop: string;
  value: string;
  reason: string;
}

/** Stable id from a source prefix and the source's own key: `ofac-35233`, `un-QDi.004`. */
export function makeId(prefix: string, key: string | number): string {
  const k = String(key).trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}._-]/gu, '');
  return `${prefix}-${k}`;
}

/**
 * Id for an entity that has no key of its own in the source (a sanction record, an
 * address, a link): derived from its parent's id and its content, so it is the same on
 * every import of the same content.
 */
export function derivedId(parentId: string, kind: string, ...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u001f')).digest('hex').slice(0, 12);
  return `${parentId}-${kind}-${h}`;
}

/** What `add` accepts: raw file text, possibly a number or a gap, never trusted to be tidy. */
export type RawValue = string | number | null | undefined;

export class EntityBuilder {
  readonly id: string;
  schema: string;
  readonly properties: Record<string, string[]> = {};
  readonly datasets: string[];
  readonly rejected: RejectedValue[] = [];

  /** Throws on an unknown schema: which schema to build is the parser's choice, not the file's. */
  constructor(schema: string, id: string, datasets: string[], private readonly opts: CleanOptions = {}) {
    if (!isSchema(schema)) throw new Error(`Unknown schema: ${schema}`);
    this.schema = schema;
    this.id = id;
    this.datasets = [...datasets];
  }

  /**
   * Clean and add values. Unknown properties and values that do not read as their type are
   * kept in `rejected` (never silently dropped); empty values are ignored; duplicates are
   * kept once. Never throws, whatever the file held.
   */
  add(prop: string, values: RawValue | readonly RawValue[], opts?: CleanOptions): this {
    if (values == null) return this;
    const spec = getProperty(this.schema, prop);
    for (const item of Array.isArray(values) ? values : [values]) {
      if (item == null) continue;
      const raw = String(item);
      if (raw.trim() === '') continue;
      if (!spec) {
        this.rejected.push({ prop, value: raw, reason: `${this.schema} has no property "${prop}"` });
        continue;
      }
      const clean = cleanValue(spec.type, raw, { ...this.opts, ...opts });
      if (clean === null) {
        this.rejected.push({ prop, value: raw, reason: `not a valid ${spec.type}` });
        continue;
      }
      const list = Object.hasOwn(this.properties, prop) ? this.properties[prop] : (this.properties[prop] = []);
      if (!list.includes(clean)) list.push(clean);
    }
    return this;
  }

  has(prop: string): boolean {
    return Object.hasOwn(this.properties, prop) && this.properties[prop].length > 0;
  }

  first(prop: string): string | undefined {
    return Object.hasOwn(this.properties, prop) ? this.properties[prop][0] : undefined;
  }

  /**
   * Narrow the schema when the source tells more (LegalEntity → Person); never widen it. A
   * schema the entity cannot also be (a Person told it is a Vessel) or an unknown one is
   * kept in `rejected` under the property "schema", and the schema stays as it was.
   */
  narrow(schema: string): this {
    const common = isSchema(schema) ? commonSchema(this.schema, schema) : null;
    if (common) this.schema = common;
    else this.rejected.push({ prop: 'schema', value: schema, reason: `a ${this.schema} cannot also be a ${schema}` });
    return this;
  }

  build(): Entity {
    const properties: Record<string, string[]> = {};
    for (const [prop, values] of Object.entries(this.properties)) properties[prop] = [...values];
    return finishEntity({
      id: this.id,
      schema: this.schema,
      properties,
      datasets: [...this.datasets],
      referents: [],
      caption: '',
      target: false,
    });
  }
}

/**
 * The caption: the first value of the first caption property that has one, trying the
 * schema's own caption properties before its parents' (Person: name, then lastName…), or
 * the schema's name when none has a value. Values keep the order the source added them,
 * so the caption is the primary name the source gave. (FtM instead picks the most
 * representative of several names; ours is the simpler rule, stated here on purpose.)
 */
export function entityCaption(schema: string, properties: Record<string, string[]>): string {
  for (const s of ancestry(schema)) {
    for (const prop of getSchema(s).caption ?? []) {
      const v = Object.hasOwn(properties, prop) ? properties[prop][0] : undefined;
      if (v) return v;
    }
  }
  return schema;
}

/** Fill the derived fields (caption, target) and order properties for stable output. */
export function finishEntity(e: Entity): Entity {
  const properties: Record<string, string[]> = {};
  for (const k of Object.keys(e.properties).sort()) {
    if (e.properties[k].length > 0) properties[k] = e.properties[k];
  }
  const topics = properties.topics ?? [];
  return {
    ...e,
    properties,
    caption: e.caption || entityCaption(e.schema, properties),
    target: e.target || topics.some(isTargetTopic),
  };
}

/** A canonical JSON string of what an entity says, for hashing and comparing versions. */
export function entityFingerprint(e: Entity): string {
  const props = Object.keys(e.properties).sort().map((k) => [k, [...e.properties[k]].sort()]);
  return JSON.stringify([e.schema, props, [...e.datasets].sort()]);
}
