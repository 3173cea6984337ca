/**
 * The in-memory match index, built once from a store version's entities and never changed
 * (build a new one and swap it in whole). It keeps, per matchable entity, what scoring needs
 * and nothing else; per name, its tokens as ids into one shared vocabulary; per token, the
 * names that use it (postings) and a rarity weight; and an exact identifier lookup.
 */
import { GENERATED_DICTIONARY, type NameDictionary } from '../names/equivalents.js';
import type { Entity } from '../model/entity.js';
import { getProperty, isMatchable } from '../model/schema.js';
import { nameKindOf, structureName, type MatchToken, type NameKind, type TokenClass } from './name-structure.js';
import { Vocabulary } from './vocabulary.js';

/** Which property a name came from: weak aliases are searchable but weigh less. */
export type NameSource = 'name' | 'alias' | 'previousName' | 'weakAlias';
const NAME_PROPS: readonly NameSource[] = ['name', 'alias', 'previousName', 'weakAlias'];
/** Name parts composed into a name when an entity has parts but no name. */
const PART_PROPS = ['firstName', 'secondName', 'middleName', 'fatherName', 'lastName'] as const;

export const COUNTRY_PROPS = ['country', 'nationality', 'citizenship', 'jurisdiction', 'mainCountry', 'flag'] as const;
/**
 * Identifier properties that are not compared as identifiers: a sanctions programme's code, a
 * Russian KPP (a tax office and reason code, shared by thousands of companies), and IMO and
 * MMSI numbers (compared on their own, as vessel numbers).
 */
export const NOT_IDENTIFYING: ReadonlySet<string> = new Set(['programId', 'kppCode', 'imoNumber', 'mmsi']);
export const VESSEL_NUMBER_PROPS = ['imoNumber', 'mmsi'] as const;
/** Identifiers shorter than this collide by chance ("1", "A12"). */
export const MIN_IDENTIFIER_LENGTH = 4;

export const TOKEN_CLASSES: readonly TokenClass[] = ['name', 'particle', 'title', 'patronymic', 'legal', 'generic', 'initial', 'number'];

/**
 * What a token of each class is worth beside a name (by TOKEN_CLASSES index): particles,
 * titles and legal forms say little about who is meant; numbers in a vessel's or a
 * company's name say a lot.
 */
export const CLASS_WEIGHT: readonly number[] = TOKEN_CLASSES.map((c) => ({
  name: 1, particle: 0.3, title: 0.1, patronymic: 0.5, legal: 0.3, generic: 0.5, initial: 0.4, number: 1.2,
})[c]);

/** What scoring needs of one entity. */
export interface EntityRecord {
  id: string;
  caption: string;
  schema: string;
  datasets: string[];
  topics: string[];
  /** Ids of its names in the index (see MatchIndex.name*). */
  names: number[];
  birthDates: string[];
  genders: string[];
  countries: string[];
  /** Normalised identifiers (normalizeIdentifier), not IMO/MMSI. */
  identifiers: string[];
  /** Normalised IMO and MMSI numbers. */
  vesselNumbers: string[];
}

/** The record fields that are lists: most stay empty, and then share one empty list. */
const LIST_FIELDS = ['datasets', 'topics', 'birthDates', 'genders', 'countries', 'identifiers', 'vesselNumbers'] as const;
const NO_VALUES: string[] = Object.freeze([]) as unknown as string[];

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const IMO_PREFIX = /^IMO(?=\d)/;

/** Upper case, letters and digits only: "AB 12-34/5" → "AB12345". */
export function normalizeIdentifier(value: string): string {
  return value.toUpperCase().replace(NOT_LETTER_OR_DIGIT, '');
}

/** An IMO number written "IMO 9123456" or "9123456" is one number. */
export function normalizeVesselNumber(value: string): string {
  return normalizeIdentifier(value).replace(IMO_PREFIX, '');
}

function values(e: Entity, prop: string): string[] {
  return Object.hasOwn(e.properties, prop) ? e.properties[prop] : [];
}

function addDistinct(list: string[], items: Iterable<string>): void {
  for (const v of items) if (v && !list.includes(v)) list.push(v);
}

/** The index: read-only once built. Arrays are per name, per token slot or per vocabulary id. */
export class MatchIndex {
  constructor(
    readonly entities: readonly EntityRecord[],
    readonly vocabulary: Vocabulary,
    /**
     * The names using each vocabulary id (regular or joined), in one array: those of token t
     * are postingNames[postingStart[t]] .. postingNames[postingStart[t + 1] - 1]. One array
     * rather than one per token: an index of a million names has millions of tokens.
     */
    readonly postingStart: Int32Array,
    readonly postingNames: Int32Array,
    /** Per vocabulary id: rarity weight, 0.25 (everywhere) to 1 (rare). */
    readonly tokenWeight: Float32Array,
    /** Per entity: index into `schemas`. */
    readonly entitySchema: Uint16Array,
    /** The schemata the entities have, each once. */
    readonly schemas: readonly string[],
    readonly nameEntity: Int32Array,
    readonly nameSource: readonly NameSource[],
    readonly nameRaw: readonly string[],
    /** Token slots of name n are nameStart[n] .. nameStart[n + 1] - 1. */
    readonly nameStart: Int32Array,
    /** Sum of its tokens' weights: long names spread a match thinner. */
    readonly nameWeight: Float32Array,
    readonly slotToken: Int32Array,
    /** Index into TOKEN_CLASSES. */
    readonly slotClass: Uint8Array,
    /** Vocabulary id of this slot's token joined with the next, or -1. */
    readonly slotJoin: Int32Array,
    private readonly byIdentifier: ReadonlyMap<string, readonly number[]>,
    /** The name dictionary the names were read with; queries are read with it too. */
    readonly dictionary: NameDictionary,
  ) {}

  get nameCount(): number {
    return this.nameEntity.length;
  }

  /** How many names use token t. */
  postingCount(t: number): number {
    return this.postingStart[t + 1] - this.postingStart[t];
  }

  /** Entities holding this normalised identifier or vessel number. */
  entitiesWithIdentifier(normalized: string): readonly number[] {
    return this.byIdentifier.get(normalized) ?? [];
  }
}

/**
 * Rarity as a weight: a token in one name in a thousand or fewer counts fully; one in a tenth
 * of all names ("al", "mohammed", "company") counts about 0.4; never less than 0.25.
 */
export function rarityWeight(df: number, names: number): number {
  const idf = Math.log((names + 1) / (df + 0.5));
  return Math.min(1, Math.max(0.25, 0.1 + idf / 7));
}

/**
 * Names remembered while building, at most (see addName): enough for the repeats close
 * together (one list's aliases, one regime's entries); a memo of every name would save a
 * second of building at the price of ~50 MB held until the index is done.
 */
const MAX_MEMO_NAMES = 25_000;

/** Collects entities one at a time; `finish` makes the immutable index. */
export interface IndexOptions {
  /** The name dictionary names are read with (default: the generated one; an evaluation gives one without its answers). */
  dictionary?: NameDictionary;
}

export class MatchIndexBuilder {
  private readonly dictionary: NameDictionary;

  constructor(options: IndexOptions = {}) {
    this.dictionary = options.dictionary ?? GENERATED_DICTIONARY;
  }

  private readonly entities: EntityRecord[] = [];
  private readonly byId = new Map<string, number>();
  private readonly vocabulary = new Vocabulary();
  /** (token, name) postings in the order they were made; sorted by token at `finish`. */
  private readonly postToken: number[] = [];
  private readonly postName: number[] = [];
  private readonly nameEntity: number[] = [];
  private readonly nameSource: NameSource[] = [];
  private readonly nameRaw: string[] = [];
  private readonly nameStart: number[] = [0];
  private readonly slotToken: number[] = [];
  private readonly slotClass: number[] = [];
  private readonly slotJoin: number[] = [];
  /** Names already structured, by kind and text: lists repeat one another's names. */
  private readonly structured = new Map<string, MatchToken[]>();
  /** Identifiers found on Identification/Passport records, by holder id. */
  private readonly heldIdentifiers = new Map<string, string[]>();

  add(e: Entity): void {
    if (e.schema === 'Identification' || e.schema === 'Passport') return this.addDocument(e);
    if (!isMatchable(e.schema)) return;
    let idx = this.byId.get(e.id);
    if (idx === undefined) {
      idx = this.entities.length;
      this.byId.set(e.id, idx);
      this.entities.push({
        id: e.id, caption: e.caption, schema: e.schema, datasets: [], topics: [], names: [],
        birthDates: [], genders: [], countries: [], identifiers: [], vesselNumbers: [],
      });
    }
    const rec = this.entities[idx];
    addDistinct(rec.datasets, e.datasets);
    addDistinct(rec.topics, values(e, 'topics'));
    addDistinct(rec.birthDates, values(e, 'birthDate'));
    addDistinct(rec.genders, values(e, 'gender'));
    for (const p of COUNTRY_PROPS) addDistinct(rec.countries, values(e, p));
    for (const [prop, vals] of Object.entries(e.properties)) {
      if (getProperty(e.schema, prop)?.type !== 'identifier' || NOT_IDENTIFYING.has(prop)) continue;
      addDistinct(rec.identifiers, vals.map(normalizeIdentifier).filter((v) => v.length >= MIN_IDENTIFIER_LENGTH));
    }
    for (const p of VESSEL_NUMBER_PROPS) addDistinct(rec.vesselNumbers, values(e, p).map(normalizeVesselNumber).filter((v) => v.length >= MIN_IDENTIFIER_LENGTH));
    const kind = nameKindOf(e.schema);
    let named = false;
    for (const source of NAME_PROPS) {
      for (const raw of values(e, source)) {
        this.addName(idx, rec, raw, source, kind);
        named = true;
      }
    }
    const composed = PART_PROPS.flatMap((p) => values(e, p).slice(0, 1)).join(' ');
    if (!named && composed) this.addName(idx, rec, composed, 'name', kind);
  }

  private addDocument(e: Entity): void {
    const holder = values(e, 'holder')[0];
    if (!holder) return;
    const list = this.heldIdentifiers.get(holder) ?? [];
    addDistinct(list, [...values(e, 'number'), ...values(e, 'passportNumber')].map(normalizeIdentifier).filter((v) => v.length >= MIN_IDENTIFIER_LENGTH));
    this.heldIdentifiers.set(holder, list);
  }

  private post(token: number, name: number): void {
    this.postToken.push(token);
    this.postName.push(name);
  }

  /** Postings grouped by token (a counting sort; names stay in order), each name once per token. */
  private postingArrays(tokens: number): [Int32Array, Int32Array] {
    const start = new Int32Array(tokens + 1);
    for (const t of this.postToken) start[t + 1]++;
    for (let t = 0; t < tokens; t++) start[t + 1] += start[t];
    const fill = start.slice(0, tokens);
    const names = new Int32Array(this.postToken.length);
    for (let i = 0; i < this.postToken.length; i++) {
      const t = this.postToken[i];
      const n = this.postName[i];
      if (fill[t] > start[t] && names[fill[t] - 1] === n) continue;
      names[fill[t]++] = n;
    }
    // Drop the places repeats left empty.
    const out = new Int32Array(tokens + 1);
    let at = 0;
    for (let t = 0; t < tokens; t++) {
      out[t] = at;
      names.copyWithin(at, start[t], fill[t]);
      at += fill[t] - start[t];
    }
    out[tokens] = at;
    return [out, names.slice(0, at)];
  }

  private addName(entity: number, rec: EntityRecord, raw: string, source: NameSource, kind: NameKind): void {
    const existing = rec.names.find((n) => this.nameRaw[n] === raw);
    if (existing !== undefined) {
      // The same spelling as a strong name outranks it as a weak alias.
      if (this.nameSource[existing] === 'weakAlias' && source !== 'weakAlias') this.nameSource[existing] = source;
      return;
    }
    const memo = `${kind}\u0000${raw}`;
    let tokens = this.structured.get(memo);
    if (!tokens) {
      // Lists repeat one another's names a few times over; a very large index mostly does
      // not, and a memo of every name would only hold memory.
      if (this.structured.size >= MAX_MEMO_NAMES) this.structured.clear();
      this.structured.set(memo, (tokens = structureName(raw, kind, this.dictionary)));
    }
    if (tokens.length === 0) return;
    const n = this.nameEntity.length;
    this.nameEntity.push(entity);
    this.nameSource.push(source);
    this.nameRaw.push(raw);
    rec.names.push(n);
    const ids = tokens.map((t) => this.vocabulary.intern(t.key, t.form, t.renderings));
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      this.slotToken.push(ids[i]);
      this.slotClass.push(TOKEN_CLASSES.indexOf(t.cls));
      this.post(ids[i], n);
      const next = i + 1 < tokens.length ? tokens[i + 1] : null;
      let join = -1;
      if (next) {
        join = this.vocabulary.internJoin(ids[i], ids[i + 1], () => joinRenderings(t, next));
        this.post(join, n);
      }
      this.slotJoin.push(join);
    }
    this.nameStart.push(this.slotToken.length);
  }

  finish(): MatchIndex {
    const byIdentifier = new Map<string, number[]>();
    this.entities.forEach((rec, idx) => {
      addDistinct(rec.identifiers, this.heldIdentifiers.get(rec.id) ?? []);
      for (const v of [...rec.identifiers, ...rec.vesselNumbers]) {
        const list = byIdentifier.get(v) ?? [];
        if (!list.includes(idx)) list.push(idx);
        byIdentifier.set(v, list);
      }
    });
    // Arrays grown by push keep room for more (17 places for 3 values): an index holds ~300k of them.
    for (const rec of this.entities) {
      for (const f of LIST_FIELDS) rec[f] = rec[f].length === 0 ? NO_VALUES : rec[f].slice();
      rec.names = rec.names.slice();
    }
    this.vocabulary.freeze();
    const names = this.nameEntity.length;
    const [postingStart, postingNames] = this.postingArrays(this.vocabulary.size);
    const tokenWeight = new Float32Array(this.vocabulary.size);
    for (let t = 0; t < tokenWeight.length; t++) tokenWeight[t] = rarityWeight(postingStart[t + 1] - postingStart[t], names);
    const nameStart = Int32Array.from(this.nameStart);
    const slotToken = Int32Array.from(this.slotToken);
    const slotClass = Uint8Array.from(this.slotClass);
    const nameWeight = new Float32Array(names);
    for (let n = 0; n < names; n++) {
      for (let s = nameStart[n]; s < nameStart[n + 1]; s++) nameWeight[n] += tokenWeight[slotToken[s]] * CLASS_WEIGHT[slotClass[s]];
    }
    const schemas = [...new Set(this.entities.map((e) => e.schema))].sort();
    const entitySchema = Uint16Array.from(this.entities, (e) => schemas.indexOf(e.schema));
    return new MatchIndex(
      this.entities, this.vocabulary, postingStart, postingNames, tokenWeight, entitySchema, schemas,
      Int32Array.from(this.nameEntity), this.nameSource, this.nameRaw,
      nameStart, nameWeight, slotToken, slotClass, Int32Array.from(this.slotJoin), byIdentifier, this.dictionary,
    );
  }
}

/**
 * A join combines the first four spellings of one side with the first three of the other
 * ("seon" + "hui" as well as "sun" + "hee"), at most eight spellings in all.
 */
const JOIN_SPELLINGS = [4, 3] as const;
const MAX_JOIN_RENDERINGS = 8;

/** How a token is spelled inside a word: a legal form by its own words ("ooo", "jointstockcompany"). */
function spellings(t: MatchToken): readonly string[] {
  return t.cls === 'legal' ? [t.form.replaceAll(' ', '')] : t.renderings;
}

/** Spellings of two adjacent tokens written as one word: each side's most standard spellings combined, most standard first. */
export function joinRenderings(first: MatchToken, second: MatchToken): string[] {
  const a = spellings(first).slice(0, JOIN_SPELLINGS[0]);
  const b = spellings(second).slice(0, JOIN_SPELLINGS[1]);
  const out: string[] = [];
  for (let rank = 0; rank < a.length + b.length - 1 && out.length < MAX_JOIN_RENDERINGS; rank++) {
    for (let i = Math.max(0, rank - b.length + 1); i <= rank && i < a.length && out.length < MAX_JOIN_RENDERINGS; i++) {
      const j = a[i] + b[rank - i];
      if (!out.includes(j)) out.push(j);
    }
  }
  return out;
}

/** Build an index from entities (a store's `allCurrentEntities()`, or any list of them). */
export async function buildIndex(entities: AsyncIterable<Entity> | Iterable<Entity>, options: IndexOptions = {}): Promise<MatchIndex> {
  const b = new MatchIndexBuilder(options);
  for await (const e of entities) b.add(e);
  return b.finish();
}
