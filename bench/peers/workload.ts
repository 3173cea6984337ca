/**
 * What every system is measured on, made once by the driver and read by each measuring
 * process: the eval's labelled sets (a seeded sample of each), the indexes they search, the
 * name dictionary each set's Ghirbal index is built with, and the queries timed for speed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import { buildSets, type EvalQuery, type EvalSet } from '../../eval/sets.js';
import { entitiesByName, nameKey } from '../../eval/lists.js';
import { sample, seededRandom } from '../../eval/rng.js';
import { EquivalentsLearner, type Equivalents } from '../../scripts/name-equivalents.js';
import type { Peer, PeerQuery } from './types.js';

/** Seed of every sample drawn here (the sets themselves are seeded by eval/sets.ts). */
export const SAMPLE_SEED = 20251129;
/** Listed names asked exactly as written: a sanity check every system should pass. */
const SPOT_CHECKS = 200;
export const SPOT_SET = '0. listed names as written';

export interface WorkloadQuery extends PeerQuery {
  accept: string[];
}

export interface WorkloadSet {
  name: string;
  description: string;
  negative: boolean;
  /** Queries in the eval's set; `queries` is a seeded sample of them. */
  total: number;
  index: number;
  dictionary: number;
  queries: WorkloadQuery[];
}

export interface Limits {
  /** Queries per set sampled; each system answers the first `queriesPerSet` of them. */
  perSet: number;
  /** Queries timed for speed; each system times the first `queriesPerSet` of them. */
  speed: number;
}

/** The first queries of a shared sample that a system answers. */
export function answeredBy<T>(peer: Pick<Peer, 'queriesPerSet'>, queries: readonly T[]): readonly T[] {
  return queries.slice(0, peer.queriesPerSet);
}

export interface Plan {
  limits: Limits;
  sets: WorkloadSet[];
  dictionaries: Equivalents[];
  /** The index of every list, the one the speed figures are measured on. */
  fullIndex: number;
  indexSizes: number[];
  speedQueries: PeerQuery[];
}

const asQuery = (q: EvalQuery): WorkloadQuery => ({ schema: q.schema, properties: q.properties, accept: [...q.accept] });

/** The spot-check set: primary names of the full index as listed, answered by any entity carrying that name. */
function spotSet(index: Entity[]): EvalSet {
  const byName = entitiesByName(index);
  const named = index.filter((e) => e.properties.name?.length);
  const queries = sample(seededRandom(SAMPLE_SEED), named, SPOT_CHECKS).map((e) => ({
    id: e.id, schema: e.schema, properties: { name: [e.properties.name[0]] }, accept: byName.get(nameKey(e.properties.name[0]))!,
  }));
  return { name: SPOT_SET, description: `${SPOT_CHECKS} primary names of the index, seeded, asked as listed`, index, queries };
}

/** Queries timed for speed: perturbed listed names and negatives, alternating, seeded. */
function speedQueries(sets: EvalSet[], count: number): PeerQuery[] {
  const rand = seededRandom(SAMPLE_SEED + 1);
  const perturbed = sample(rand, sets.find((s) => s.name.startsWith('3.'))?.queries ?? [], count);
  const negatives = sample(rand, sets.find((s) => s.negative)?.queries ?? [], count);
  const out: PeerQuery[] = [];
  for (let i = 0; out.length < count && (i < perturbed.length || i < negatives.length); i++) {
    for (const q of [perturbed[i], negatives[i]]) if (q && out.length < count) out.push({ schema: q.schema, properties: q.properties });
  }
  return out;
}

/**
 * Build the sets, learn their dictionaries, sample; write plan.json and one index-N.json per
 * index into `dir`. `only`: the sets whose names start with one of these prefixes ("0", "4b").
 */
export async function writeWorkload(dataDir: string, dir: string, limits: Limits, only: readonly string[] | null, log: (s: string) => void): Promise<Plan> {
  const built = await buildSets(dataDir, 'dev');
  const full = built.sets.find((s) => s.name.startsWith('3.'))!.index;
  const evalSets = [spotSet(full), ...built.sets].filter((s) => !only || only.some((p) => s.name.startsWith(p)));
  if (evalSets.length === 0) throw new Error(`--only ${only!.join(',')}: no set's name starts so (sets: ${[SPOT_SET, ...built.sets.map((s) => s.name)].join('; ')})`);
  log(`sets built; learning ${new Set(evalSets.map((s) => s.withholds)).size} name dictionaries`);
  const learner = new EquivalentsLearner(built.pairs);
  const indexes: Entity[][] = [];
  const dictionaries: Equivalents[] = [];
  const dictionaryOf = new Map<EvalSet['withholds'], number>();
  const sets: WorkloadSet[] = evalSets.map((s) => {
    if (!indexes.includes(s.index)) indexes.push(s.index);
    if (!dictionaryOf.has(s.withholds)) {
      dictionaryOf.set(s.withholds, dictionaries.length);
      dictionaries.push(learner.learn(s.withholds ? (p) => !s.withholds!(p) : undefined));
    }
    const rand = seededRandom(SAMPLE_SEED);
    return {
      name: s.name, description: s.description, negative: Boolean(s.negative), total: s.queries.length,
      index: indexes.indexOf(s.index), dictionary: dictionaryOf.get(s.withholds)!, queries: sample(rand, s.queries, limits.perSet).map(asQuery),
    };
  });
  // The speed figures are measured on the full index whichever sets run.
  if (!indexes.includes(full)) indexes.push(full);
  indexes.forEach((entities, i) => writeFileSync(join(dir, `index-${i}.json`), JSON.stringify(entities)));
  const plan: Plan = { limits, sets, dictionaries, fullIndex: indexes.indexOf(full), indexSizes: indexes.map((x) => x.length), speedQueries: speedQueries(built.sets, limits.speed) };
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  return plan;
}

export function readPlan(dir: string): Plan {
  return JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as Plan;
}

export function readIndex(dir: string, i: number): Entity[] {
  return JSON.parse(readFileSync(join(dir, `index-${i}.json`), 'utf8')) as Entity[];
}
