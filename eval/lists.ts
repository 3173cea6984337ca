/** The list entities an evaluation indexes, read straight from the shared files by our parsers. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../src/model/entity.js';
import { getProperty, isMatchable } from '../src/model/schema.js';
import { normalizeName, tokenize } from '../src/names/normalize.js';
import { removeLegalForms } from '../src/names/legal-forms.js';
import { bracketedAlternatives } from '../src/names/bracketed-names.js';
import { bundlesFor } from '../src/sources/registry.js';
import { loadBundle } from '../src/sources/load.js';

/** The newest version of each list in the shared data (as `npm start` ends with current). */
export const CURRENT_LISTS = [
  'ofac/sdn_2024-05-03',
  'ofac/consolidated_nonsdn_csv_2025-12',
  'un',
  'eu/opensanctions_eu_journal_consolidated',
  'uk',
  'us_csl',
];

export async function readLists(dataDir: string, paths: string[]): Promise<Entity[]> {
  const out: Entity[] = [];
  const { bundles } = await bundlesFor(paths.map((p) => join(dataDir, p)).filter((p) => existsSync(p)));
  for (const b of bundles) {
    const loaded = await loadBundle(b);
    for await (const e of loaded.entities) if (isMatchable(e.schema)) out.push(e);
  }
  return out;
}

const NAME_PROPS = ['name', 'alias', 'weakAlias', 'previousName'];

/** Order-free key of a name: its normalised tokens, sorted. "LAVROV, Sergei" = "Sergei Lavrov". */
export function nameKey(name: string): string {
  return tokenize(normalizeName(name)).sort().join(' ');
}

export function entityNames(e: Entity): string[] {
  return NAME_PROPS.flatMap((p) => e.properties[p] ?? []);
}

/** Which entities carry each name: a query built from a name is answered by any of them. */
export function entitiesByName(entities: Entity[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const n of entityNames(e)) {
      const k = nameKey(n);
      let s = out.get(k);
      if (!s) out.set(k, (s = new Set()));
      s.add(e.id);
    }
  }
  return out;
}

/** A copy of the entity without the names `drop` selects: what an evaluation must not see. */
export function withoutNames(e: Entity, drop: (name: string) => boolean): Entity {
  const properties = { ...e.properties };
  for (const p of NAME_PROPS) {
    if (!properties[p]) continue;
    const kept = properties[p].filter((n) => !drop(n));
    if (kept.length) properties[p] = kept;
    else delete properties[p];
  }
  return { ...e, properties };
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MIN_SHARED_IDENTIFIER = 6;
/** Tokens shorter than this (al, bin, de) say nothing about who is meant. */
const MIN_TOKEN = 3;
/** With the same full birth date, one shared word this long is the same person ("KARTAPOLOV"). */
const MIN_FAMILY_NAME = 6;

function nameTokens(e: Entity): Set<string> {
  return new Set(entityNames(e).flatMap((n) => tokenize(normalizeName(n))).filter((t) => t.length >= MIN_TOKEN));
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/** A shared word long enough to be a family name rather than a particle or a common given name. */
function sharedLong(a: Set<string>, b: Set<string>): boolean {
  for (const t of a) if (t.length >= MIN_FAMILY_NAME && b.has(t)) return true;
  return false;
}

/** Identifier values of an entity (registration, tax, IMO numbers…), normalised. */
function identifierValues(e: Entity): string[] {
  return Object.entries(e.properties)
    .filter(([p]) => getProperty(e.schema, p)?.type === 'identifier' && p !== 'programId')
    .flatMap(([, vs]) => vs.map((v) => v.toUpperCase().replace(/[^A-Z0-9]/g, '')))
    .filter((v) => v.length >= MIN_SHARED_IDENTIFIER);
}

/** Within one list, a one-word organisation name this long names one organisation ("KAMAZ", "DUKS"). */
const MIN_SHORT_NAME = 4;

const ORGANISATIONS: ReadonlySet<string> = new Set(['Organization', 'Company', 'LegalEntity', 'PublicBody']);

/**
 * An organisation's name without its legal form, order-free ("JSC Irkut Corporation" and
 * "Irkut Corporation" are one key), when it says enough to name one organisation: two words
 * or more, or one of six letters or more (within one list, four). A name that names the
 * organisation twice, once in brackets, gives a key for each.
 */
function organisationKeys(e: Entity): string[] {
  if (!ORGANISATIONS.has(e.schema)) return [];
  const keys = new Set<string>();
  for (const name of entityNames(e).flatMap((n) => [n, ...bracketedAlternatives(n)])) {
    const words = removeLegalForms(tokenize(normalizeName(name)));
    if (words.length >= 2 || (words.length === 1 && words[0].length >= MIN_FAMILY_NAME)) keys.add([...words].sort().join(' '));
    // One authority listing one short name twice (under two regimes) lists one subject: "ПАО «Камаз»".
    else if (words.length === 1 && words[0].length >= MIN_SHORT_NAME) keys.add(`${e.datasets[0]}:${words[0]}`);
  }
  return [...keys];
}

function countriesOf(e: Entity): Set<string> {
  return new Set(['country', 'jurisdiction', 'mainCountry', 'nationality'].flatMap((p) => e.properties[p] ?? []));
}

/** Two organisations of one name in different countries (each ministry of defence) are not one subject. */
function countriesAgree(a: Entity, b: Entity): boolean {
  const ca = countriesOf(a);
  const cb = countriesOf(b);
  return ca.size === 0 || cb.size === 0 || [...ca].some((c) => cb.has(c));
}

/**
 * The same subject listed more than once under names spelt differently ("Pavel Viktorovich
 * ANDREEV" on one list, "Pavel Viktorovych ANDREEV" on another): entities of one schema that
 * share a full birth date and two name words (or one of six letters or more: a family name),
 * or an identifier and one name word; and organisations listed under one name but for its
 * legal form ("Alfa-Bank JSC" by one authority, "Alfa Bank" by another), in no two different
 * countries. Judged from the list data alone, never from a matcher's answer. Each id maps to
 * every id of its subject.
 */
export function sameSubjects(entities: Entity[]): Map<string, Set<string>> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const tokens = new Map<string, Set<string>>();
  const byKey = new Map<string, Entity[]>();
  for (const e of entities) {
    parent.set(e.id, e.id);
    tokens.set(e.id, nameTokens(e));
    const keys = [
      ...(e.properties.birthDate ?? []).filter((d) => FULL_DATE.test(d)).map((d) => `d:${e.schema}:${d}`),
      ...identifierValues(e).map((v) => `i:${v}`),
      ...organisationKeys(e).map((k) => `o:${k}`),
    ];
    for (const k of new Set(keys)) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(e);
  }
  for (const [key, group] of byKey) {
    const byDate = key.startsWith('d:');
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = tokens.get(group[i].id)!;
        const b = tokens.get(group[j].id)!;
        const same = key.startsWith('o:')
          ? countriesAgree(group[i], group[j])
          : byDate ? sharedCount(a, b) >= 2 || sharedLong(a, b) : sharedCount(a, b) >= 1;
        if (same) parent.set(find(group[i].id), find(group[j].id));
      }
    }
  }
  const groups = new Map<string, Set<string>>();
  for (const id of parent.keys()) {
    const root = find(id);
    (groups.get(root) ?? groups.set(root, new Set()).get(root)!).add(id);
  }
  const out = new Map<string, Set<string>>();
  for (const g of groups.values()) for (const id of g) out.set(id, g);
  return out;
}
