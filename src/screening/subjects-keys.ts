/**
 * The lookup keys of a watched subject's names, kept with the subject so that a re-screen
 * need not read every name again. Reading a name (scripts, transliteration, name parts) is
 * most of what screening one subject costs; the keys it yields depend on the name alone, not
 * on the index. A re-screen tests each subject's keys against the small index of what changed
 * (a few integer probes) and screens only the subjects whose keys reach something there.
 *
 * The keys are those the matcher looks up for a query (match/query-name.ts): each token's and
 * each adjacent pair's. They are stored with a scheme label made from the keys of probe names:
 * when the matcher or its name dictionary reads names differently, the label changes, and keys
 * stored under another label are made again rather than trusted.
 */
import { createHash } from 'node:crypto';
import { joinRenderings, MIN_IDENTIFIER_LENGTH, NOT_IDENTIFYING, normalizeIdentifier, normalizeVesselNumber, VESSEL_NUMBER_PROPS, type MatchIndex } from '../match/index.js';
import { nameKindOf, structureName } from '../match/name-structure.js';
import { queryLookupKeys, tokenKeys } from '../match/vocabulary.js';
import { getProperty } from '../model/schema.js';

/** Name parts composed into one name when a subject has no `name` (as the matcher composes them). */
const NAME_PARTS = ['firstName', 'secondName', 'middleName', 'fatherName', 'motherName', 'lastName'];

/** Names in several scripts and of every kind: their keys change when the way names are read does. */
const PROBES: readonly [string, string][] = [
  ['Person', 'LAVROV, Sergei Viktorovich'], ['Person', 'Сергей Викторович Лавров'], ['Person', 'محمد بن سلمان آل سعود'],
  ['Person', '金正恩'], ['Person', '김정은'], ['Person', 'José María Pérez-Nuñez'], ['Person', 'אברהם כהן'],
  ['Company', 'Rosneft Oil Company PJSC'], ['Company', 'ООО "Газпром нефть"'], ['Vessel', 'M/V ADRIAN DARYA 1'],
];

function subjectNames(properties: Record<string, string[]>): string[] {
  if (properties.name?.length) return properties.name;
  const composed = NAME_PARTS.flatMap((p) => properties[p] ?? []).join(' ');
  return composed ? [composed] : [];
}

/** The key hashes the matcher would look up for this subject's names. */
export function lookupHashes(schema: string, properties: Record<string, string[]>): Int32Array {
  const kind = nameKindOf(schema);
  const out: number[] = [];
  for (const name of subjectNames(properties)) {
    const tokens = structureName(name, kind);
    for (const t of tokens) out.push(...queryLookupKeys(tokenKeys(t.form, t.renderings), false));
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [a, b] = [tokens[i], tokens[i + 1]];
      out.push(...queryLookupKeys(tokenKeys(a.form + b.form, joinRenderings(a, b), true), true));
    }
  }
  return Int32Array.from(new Set(out));
}

/** Changes whenever the probe names' keys change: stored keys under another label are stale. */
export const KEY_SCHEME = createHash('sha256')
  .update(PROBES.map(([schema, name]) => lookupHashes(schema, { name: [name] }).join(',')).join(';'))
  .digest('hex').slice(0, 12);

/** The keys as stored: the scheme, a colon, the hashes as base64 of little-endian 32-bit integers. */
export function encodeKeys(hashes: Int32Array): string {
  return `${KEY_SCHEME}:${Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength).toString('base64')}`;
}

export function subjectKeys(schema: string, properties: Record<string, string[]>): string {
  return encodeKeys(lookupHashes(schema, properties));
}

/** The stored hashes, or null when there are none or they were made under another scheme. */
export function decodeKeys(stored: string | null | undefined): Int32Array | null {
  if (!stored?.startsWith(`${KEY_SCHEME}:`)) return null;
  const bytes = Buffer.from(stored.slice(KEY_SCHEME.length + 1), 'base64');
  const copy = new Uint8Array(bytes);
  return new Int32Array(copy.buffer, 0, copy.byteLength >> 2);
}

/** The subject's identifying numbers, normalised as the index keeps them. */
function identifiers(schema: string, properties: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const [prop, values] of Object.entries(properties)) {
    if (getProperty(schema, prop)?.type === 'identifier' && !NOT_IDENTIFYING.has(prop)) out.push(...values.map(normalizeIdentifier));
  }
  for (const p of VESSEL_NUMBER_PROPS) out.push(...(properties[p] ?? []).map(normalizeVesselNumber));
  return out.filter((v) => v.length >= MIN_IDENTIFIER_LENGTH);
}

/**
 * Whether the index could offer this subject a candidate: a key of its names reaches a token
 * there, or one of its numbers is an entity's. (A false yes costs a screening; a no is sure.)
 */
export function mayReach(index: MatchIndex, hashes: Int32Array, schema: string, properties: Record<string, string[]>): boolean {
  const found: number[] = [];
  for (const h of hashes) {
    index.vocabulary.tokensFor(h, found);
    if (found.length > 0) return true;
  }
  return identifiers(schema, properties).some((v) => index.entitiesWithIdentifier(v).length > 0);
}
