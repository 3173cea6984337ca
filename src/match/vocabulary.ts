/**
 * The index's tokens, each stored once however many names use it, and the lookup keys that
 * lead from any spelling of a token to the tokens it may be. Keys (a kind, then text):
 *   exact      every spelling (Latin renderings and the native form)
 *   skeleton   consonant skeleton of a Latin rendering (vowels and conventions differ)
 *   deletion   a rendering with one character deleted (the FUZZY_RENDERINGS most standard, 4+ long)
 * A query spelling q reaches a token within one edit: exact q, deletion q (the token has one
 * more character), and exact q′ and deletion q′ for each deletion q′ of q (q has one more;
 * or one substitution or swap). This bounds typo lookups to a handful of exact keys instead
 * of n-gram scans. Adjacent tokens written as one ("son"+"hui") are tokens too, with exact
 * keys only.
 *
 * Phonetic codes (Double Metaphone) were tried as a fourth kind and left out: on perturbed list
 * names and on Cyrillic and Arabic names queried against Latin ones they found nothing the
 * other keys missed, while a quarter of the tokens they brought failed the similarity check.
 *
 * Keys are 32-bit hashes of kind and text, computed without building the text (a deletion is
 * hashed by skipping a character): no string per key, and a Map of numbers. A collision only
 * offers a token that the similarity check then turns down.
 */
import { skeletonOf, writingOf } from './name-structure.js';
import { FUZZY_RENDERINGS, letterMask, type TokenKeys } from './token-similarity.js';

/** Renderings shorter than this give no deletion keys: their deletions collide with everything. */
const MIN_DELETION_LENGTH = 4;
/**
 * Skeleton keys come from this many renderings, most standard first: the later ones are
 * variants of the same sounds and add lookups, not names.
 */
const SOUND_KEY_RENDERINGS = 3;
/**
 * A two-letter skeleton stands for a short token ("son", "kim") but not a long one: "sunhee"
 * and "son" both reduce to "sn", and are not one name.
 */
const MAX_LENGTH_FOR_SHORT_KEY = 4;
const MIN_KEY_LENGTH = 2;

/** Seeds that keep the three kinds of key apart. */
type Kind = number;
const Kind = { Exact: 0x9e3779b1 | 0, Skeleton: 0x85ebca77 | 0, Deletion: 0x27d4eb2f | 0 } as const;

const FNV_PRIME = 0x01000193;

/** FNV-1a over the kind and the text's UTF-16 units, leaving out the unit at `skip` (-1: none). */
function keyHash(kind: Kind, text: string, skip: number): number {
  let h = kind;
  for (let i = 0; i < text.length; i++) {
    if (i === skip) continue;
    h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  }
  return h;
}

function keyFits(key: string, rendering: string): boolean {
  return key.length > MIN_KEY_LENGTH || (key.length === MIN_KEY_LENGTH && rendering.length <= MAX_LENGTH_FOR_SHORT_KEY);
}

const VOWELS = 'aeiouy';

/**
 * A skeleton with how the spelling starts: with a vowel ("*") or with its first consonant,
 * which the skeleton's first class already says, so that Kroll meets Croll and Fedorov meets
 * Phedorov. Sound-alike names start alike (Ahmad and Hamid share the skeleton "hmt", not a
 * start), so skeletons that start differently never need to meet.
 */
function started(rendering: string, key: string): string {
  return `${VOWELS.includes(rendering[0]) ? '*' : ''}${key}`;
}

/** The keys of a token written `form` with these renderings; a join keeps its renderings only. */
export function tokenKeys(form: string, renderings: readonly string[], join = false): TokenKeys {
  const writing = writingOf(form);
  const fuzzy = renderings.slice(0, FUZZY_RENDERINGS);
  const masks = fuzzy.map(letterMask);
  const longest = fuzzy.reduce((a, r) => Math.max(a, r.length), 0);
  if (join) return { renderings, writing, skeletons: [], masks, longest };
  const skeletons = new Set<string>();
  for (const r of renderings.slice(0, SOUND_KEY_RENDERINGS)) {
    const s = skeletonOf(r);
    if (keyFits(s, r)) skeletons.add(started(r, s));
  }
  return { renderings, writing, skeletons: [...skeletons], masks, longest };
}

/** Hashes of the rendering's one-character deletions (none when it is short). */
function deletionHashes(rendering: string, kind: Kind, out: number[]): void {
  if (rendering.length < MIN_DELETION_LENGTH) return;
  for (let i = 0; i < rendering.length; i++) {
    // A doubled letter gives the same deletion twice: hash it once.
    if (i > 0 && rendering.charCodeAt(i) === rendering.charCodeAt(i - 1)) continue;
    out.push(keyHash(kind, rendering, i));
  }
}

/**
 * The key hashes a query spelling looks up (see the file comment). Two tokens written as one
 * look up their exact spellings only: a join with a typo as well is one slip too many.
 */
export function queryLookupKeys(keys: TokenKeys, join: boolean): number[] {
  const out: number[] = [];
  keys.renderings.forEach((r, i) => {
    out.push(keyHash(Kind.Exact, r, -1));
    // Typos are compared on the most standard renderings only (token-similarity), so only they look for one.
    if (join || i >= FUZZY_RENDERINGS) return;
    out.push(keyHash(Kind.Deletion, r, -1));
    deletionHashes(r, Kind.Exact, out);
    deletionHashes(r, Kind.Deletion, out);
  });
  for (const s of keys.skeletons) out.push(keyHash(Kind.Skeleton, s, -1));
  return out;
}

/** Token ids are below this (2^22 tokens is far beyond any list), so a pair of ids is one safe integer. */
const JOIN_STRIDE = 1 << 22;

/** Token ids per key while building; a key held by one token stores the bare id (most keys are). */
type Postings = number | number[];

/**
 * The lookup once built, as open addressing over typed arrays: half a million keys in a Map
 * cost ~36 MB (hashes past 2^30 are boxed numbers, small id lists are arrays with room to
 * grow); here they cost ~9 MB, and a lookup allocates nothing.
 *   slotHash[i]  the key hash in slot i
 *   slotValue[i] 0: empty; v > 0: the one token v - 1; v < 0: the tokens listed at
 *                multi[-v - 1] (a count, then the ids)
 */
interface KeyTable {
  mask: number;
  slotHash: Int32Array;
  slotValue: Int32Array;
  multi: Int32Array;
}

/** Slots per key, at least: probes stay short at half full. */
const TABLE_ROOM = 1.6;

function keyTable(lookup: ReadonlyMap<number, Postings>): KeyTable {
  let size = 1024;
  while (size < lookup.size * TABLE_ROOM) size *= 2;
  const mask = size - 1;
  const slotHash = new Int32Array(size);
  const slotValue = new Int32Array(size);
  let multiLength = 0;
  for (const p of lookup.values()) if (typeof p !== 'number') multiLength += p.length + 1;
  const multi = new Int32Array(multiLength);
  let at = 0;
  for (const [hash, p] of lookup) {
    let i = hash & mask;
    while (slotValue[i] !== 0) i = (i + 1) & mask;
    slotHash[i] = hash;
    if (typeof p === 'number') slotValue[i] = p + 1;
    else {
      slotValue[i] = -(at + 1);
      multi[at++] = p.length;
      for (const t of p) multi[at++] = t;
    }
  }
  return { mask, slotHash, slotValue, multi };
}

export class Vocabulary {
  readonly keys: TokenKeys[] = [];
  /** The token as written (normalised), for explanations. */
  readonly forms: string[] = [];
  /** Building only (see freeze): token ids by token key, joins by their two ids, key hash → ids. */
  private ids: Map<string, number> | null = new Map();
  private joinIds: Map<number, number> | null = new Map();
  private lookup: Map<number, Postings> | null = new Map();
  private table: KeyTable | null = null;

  get size(): number {
    return this.keys.length;
  }

  /**
   * The id of the token `key` names (tokens with one key have the same renderings), adding it
   * and its lookup keys when new.
   */
  intern(key: string, form: string, renderings: readonly string[]): number {
    const ids = this.building(this.ids);
    let id = ids.get(key);
    if (id === undefined) {
      id = this.add(form, tokenKeys(form, renderings.slice()));
      ids.set(key, id);
      this.addOtherKeys(id);
    }
    return id;
  }

  /** The id of tokens `a` and `b` written as one word, adding it (with exact keys only) when new. */
  internJoin(a: number, b: number, renderings: () => string[]): number {
    const joinIds = this.building(this.joinIds);
    const pair = a * JOIN_STRIDE + b;
    let id = joinIds.get(pair);
    if (id === undefined) {
      const form = this.forms[a] + this.forms[b];
      id = this.add(form, tokenKeys(form, renderings(), true));
      joinIds.set(pair, id);
    }
    return id;
  }

  /** No more tokens: the lookup becomes compact and read-only, and the building maps go. */
  freeze(): void {
    this.table = keyTable(this.building(this.lookup));
    this.ids = this.joinIds = this.lookup = null;
  }

  /** Push the token ids under a key hash onto `out` (frozen vocabularies only). */
  tokensFor(hash: number, out: number[]): void {
    const table = this.table;
    if (!table) throw new Error('the vocabulary is still being built');
    const { mask, slotHash, slotValue, multi } = table;
    for (let i = hash & mask; slotValue[i] !== 0; i = (i + 1) & mask) {
      if (slotHash[i] !== hash) continue;
      const v = slotValue[i];
      if (v > 0) out.push(v - 1);
      else for (let at = -v, end = at + multi[at - 1]; at < end; at++) out.push(multi[at]);
      return;
    }
  }

  private building<T>(map: T | null): T {
    if (map === null) throw new Error('the vocabulary is frozen: build a new index to add names');
    return map;
  }

  private add(form: string, keys: TokenKeys): number {
    const id = this.keys.length;
    this.keys.push(keys);
    this.forms.push(form);
    this.addExactKeys(id);
    return id;
  }

  private addKey(hash: number, id: number): void {
    const lookup = this.building(this.lookup);
    const p = lookup.get(hash);
    if (p === undefined) lookup.set(hash, id);
    else if (typeof p === 'number') {
      if (p !== id) lookup.set(hash, [p, id]);
    } else if (p[p.length - 1] !== id) p.push(id);
  }

  private addExactKeys(id: number): void {
    for (const r of this.keys[id].renderings) this.addKey(keyHash(Kind.Exact, r, -1), id);
  }

  private addOtherKeys(id: number): void {
    const k = this.keys[id];
    for (const s of k.skeletons) this.addKey(keyHash(Kind.Skeleton, s, -1), id);
    const hashes: number[] = [];
    for (let i = 0; i < k.renderings.length && i < FUZZY_RENDERINGS; i++) deletionHashes(k.renderings[i], Kind.Deletion, hashes);
    for (const h of hashes) this.addKey(h, id);
  }
}
