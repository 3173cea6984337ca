/**
 * The labelled sets of `npm run eval`, built from ../shared/data only. Each set names its
 * index (the entities searched) and its queries with the entity ids that count as a hit.
 * A set whose queries come from the lists (1 and 2) gets an index without those names, so
 * the evaluation never sees its answers.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Entity } from '../src/model/entity.js';
import { textScripts } from '../src/names/script.js';
import { CURRENT_LISTS, entitiesByName, entityNames, nameKey, readLists, sameSubjects, withoutNames } from './lists.js';
import { PERTURBATIONS } from './perturb.js';
import { listPairs, pairFilePairs } from '../scripts/equivalent-sources.js';
import type { NamePair } from '../scripts/name-equivalents.js';
import { pick, sample, seededRandom } from './rng.js';

export interface EvalQuery {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /** Entity ids any of which is a correct answer; empty for a negative. */
  accept: Set<string>;
  /** What kind of query this is, for the per-kind breakdown (perturbation, script…). */
  kind?: string;
}

export interface EvalSet {
  name: string;
  description: string;
  index: Entity[];
  queries: EvalQuery[];
  /** Negatives: measured by the alert rate, not recall. */
  negative?: boolean;
  /** Pairs the name dictionary of this set's run must not learn from (they hold its answers). */
  withholds?: (pair: NamePair) => boolean;
}

const SEED = 20241031;
const PERTURBED_QUERIES = 3000;
const TRANSLIT_QUERIES = 1000;

const isCyrillic = (s: string) => textScripts(s).includes('Cyrillic');
const isNonLatin = (s: string) => textScripts(s).some((x) => x !== 'Latin');

/** Pairs file of a split: `<name>.dev.csv` → `<name>.eval.csv` when the split is "eval". */
function pairsFile(dataDir: string, split: string, rel: string): string | null {
  const p = join(dataDir, 'pairs', rel.replace('.dev.', `.${split}.`));
  return existsSync(p) ? p : null;
}

function readDelimited(path: string, delimiter: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, delimiter, relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
}

/** Sets 1 and 2: a list's own script names as queries, against that list with them removed. */
function ownScriptSet(name: string, description: string, entities: Entity[], isQueryName: (n: string) => boolean): EvalSet {
  const queries: EvalQuery[] = [];
  for (const e of entities) {
    for (const n of entityNames(e).filter(isQueryName)) {
      queries.push({ id: `${e.id}:${queries.length}`, schema: e.schema, properties: { name: [n] }, accept: new Set([e.id]) });
    }
  }
  const index = entities.map((e) => withoutNames(e, isQueryName));
  // Who is the same subject is judged from the lists as published, own-script names included.
  acceptSamePerson(entities, queries);
  const asked = new Set(queries.map((q) => nameKey(q.properties.name[0])));
  return { name, description, index, queries, withholds: (p) => p.source === 'lists' && asked.has(nameKey(p.native)) };
}

/**
 * The same subject listed twice (on two lists, or under two regimes) is a correct answer too:
 * accept every entity that carries one of an accepted entity's names, and every entity the
 * list data shows to be the same subject (sameSubjects: birth date or identifier, and name words).
 */
function acceptSamePerson(index: Entity[], queries: EvalQuery[]): void {
  const byName = entitiesByName(index);
  const byId = new Map(index.map((e) => [e.id, e]));
  const subjects = sameSubjects(index);
  for (const q of queries) {
    for (const id of [...q.accept]) {
      const e = byId.get(id);
      if (!e) continue;
      for (const n of entityNames(e)) for (const other of byName.get(nameKey(n)) ?? []) q.accept.add(other);
    }
    for (const id of [...q.accept]) for (const other of subjects.get(id) ?? []) q.accept.add(other);
  }
}

/** Set 3: list names changed the ways names reach a screener, seeded. */
function perturbedSet(index: Entity[]): EvalSet {
  const rand = seededRandom(SEED);
  const byName = entitiesByName(index);
  const sdn = index.filter((e) => e.datasets[0] === 'us_ofac_sdn' && /^(Person|Company|Organization|LegalEntity)$/.test(e.schema));
  const queries: EvalQuery[] = [];
  const subjects = sameSubjects(index);
  const contained = namesContaining(index);
  // A changed name whose every word is in a name of another subject ("KIM, Kyong" cut from
  // "KIM, Kyong Il", also all in "KIM, Kyong Nam") no longer says who is meant: not a query.
  const pointsElsewhere = (name: string, accept: Set<string>) => contained(name).some((id) => !accept.has(id));
  for (const e of sample(rand, sdn, PERTURBED_QUERIES * 2)) {
    if (queries.length >= PERTURBED_QUERIES) break;
    const original = e.properties.name[0];
    const [kind, perturb] = pick(rand, PERTURBATIONS);
    const changed = perturb(original, rand, e.schema === 'Person');
    const accept = byName.get(nameKey(original)) ?? new Set([e.id]);
    const same = new Set([...accept, ...(subjects.get(e.id) ?? [])]);
    if (changed === original || nameKey(changed) === '' || pointsElsewhere(changed, same)) continue;
    queries.push({ id: `${e.id}:${kind}`, schema: e.schema, properties: { name: [changed] }, accept, kind });
  }
  acceptSamePerson(index, queries);
  return { name: '3. perturbed list names', description: `${PERTURBED_QUERIES} SDN names, one seeded perturbation each (seed ${SEED})`, index, queries };
}

/** The entities with a name holding every word of a given name (as a function of that name). */
function namesContaining(index: Entity[]): (name: string) => string[] {
  const byWord = new Map<string, Set<string>>();
  for (const e of index) {
    for (const n of entityNames(e)) for (const w of nameKey(n).split(' ')) (byWord.get(w) ?? byWord.set(w, new Set()).get(w)!).add(e.id);
  }
  return (name) => {
    const words = nameKey(name).split(' ');
    const sets = words.map((w) => byWord.get(w) ?? new Set<string>()).sort((a, b) => a.size - b.size);
    return [...sets[0]].filter((id) => sets.every((s) => s.has(id)));
  };
}

/** A person query from a yente fixture row. */
function fixtureQuery(row: Record<string, string>, i: number, accept: Set<string>): EvalQuery {
  const properties: Record<string, string[]> = { name: [row.full_name] };
  if (row.date_of_birth) properties.birthDate = [row.date_of_birth];
  if (row.nationality) properties.nationality = [row.nationality];
  if (row.gender) properties.gender = [row.gender];
  return { id: `row-${i + 2}`, schema: 'Person', properties, accept };
}

function yenteSets(dataDir: string, split: string, index: Entity[]): EvalSet[] {
  const out: EvalSet[] = [];
  const byName = entitiesByName(index);
  const treated = pairsFile(dataDir, split, 'yente_screening_fixtures/positives_un_treated.dev.csv');
  const untreated = pairsFile(dataDir, split, 'yente_screening_fixtures/positives_un_untreated.dev.csv');
  if (treated && untreated) {
    const q = readDelimited(treated, ',');
    const a = readDelimited(untreated, ',');
    const byId = new Map(index.map((e) => [e.id, e]));
    // A query that is, name and birth date, exactly a listed person is answered by that person,
    // whatever the paired row says (one treated row names a brother with his own birth date).
    const described = (row: Record<string, string>) => [...(byName.get(nameKey(row.full_name)) ?? [])]
      .filter((id) => row.date_of_birth && byId.get(id)!.properties.birthDate?.includes(row.date_of_birth));
    const queries = q.map((row, i) => fixtureQuery(row, i, new Set([...(byName.get(nameKey(a[i].full_name)) ?? []), ...described(row)])))
      .filter((x) => x.accept.size > 0);
    acceptSamePerson(index, queries);
    out.push({ name: '4a. yente UN positives', description: `treated query vs untreated UN name (${queries.length} of ${q.length} rows whose untreated name is on our lists)`, index, queries });
  }
  for (const rel of ['yente_screening_fixtures/negatives_global.dev.csv', 'yente_screening_fixtures/negatives_us.dev.csv']) {
    const f = pairsFile(dataDir, split, rel);
    if (!f) continue;
    const rows = readDelimited(f, ',');
    out.push({ name: `4b. yente ${rel.includes('global') ? 'global' : 'US'} negatives`, description: `${rows.length} synthetic persons not on any list`, index, queries: rows.map((r, i) => fixtureQuery(r, i, new Set())), negative: true });
  }
  const putin = pairsFile(dataDir, split, 'putin_names/putin_names.dev.txt');
  if (putin) {
    const accept = new Set(index.filter((e) => e.schema === 'Person' && entityNames(e).some((n) => nameKey(n) === nameKey('Vladimir Vladimirovich Putin'))).map((e) => e.id));
    const names = readFileSync(putin, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
    const queries = names.map((n, i) => ({ id: `putin-${i}`, schema: 'Person', properties: { name: [n] }, accept: new Set(accept) }));
    acceptSamePerson(index, queries);
    out.push({ name: '4c. putin_names', description: 'spellings of one person in several scripts', index, queries });
  }
  for (const [rel, ru, en, label] of [
    ['navalny_list/navalny_list.dev.csv', 'Name rus', ' Name eng', '4d. navalny_list persons on our lists'],
    ['rupep/ru_bl_peps.dev.csv', 'NAME_RU', 'NAME_EN', '4e. rupep persons on our lists'],
  ] as const) {
    const f = pairsFile(dataDir, split, rel);
    if (!f) continue;
    const rows = readDelimited(f, ',');
    const queries = rows
      .map((r, i) => ({ r, i, accept: byName.get(nameKey(r[en] ?? r[en.trim()] ?? '')) }))
      .filter((x) => x.accept && x.r[ru])
      .map(({ r, i, accept }) => ({ id: `row-${i + 2}`, schema: 'Person', properties: { name: [r[ru]] }, accept: accept! }));
    acceptSamePerson(index, queries);
    out.push({ name: label, description: `Russian-script name as query; ${queries.length} of ${rows.length} rows have their English name on our lists`, index, queries });
  }
  return out;
}

/** Set 5: a name in one script against an index of the Latin sides (the others are the distractors). */
function transliterationSets(dataDir: string, split: string): EvalSet[] {
  const specs: [string, string, string, string, string][] = [
    ['5a. Korean full names', 'wikidata_netranslit/wd_korean_fullnames.dev.tsv', '\t', 'name_ko', 'name_en'],
    ['5b. Hebrew full names', 'wikidata_netranslit/wd_hebrew_fullnames.dev.tsv', '\t', 'name_he', 'name_en'],
    ['5c. Arabic names (ANETAC persons)', 'anetac/anetac_en_ar.dev.tsv', '\t', 'name_ar', 'name_en'],
    ['5d. Arabic names (Google ar2en)', 'google_ar2en/ar2en.dev.tsv', '\t', 'name_ar', 'name_en'],
    ['5e. Russian tokens (Wikidata)', 'wikidata_netranslit/wd_russian_tokens.dev.tsv', '\t', 'token_russian', 'token_en'],
    ['5f. Chinese tokens (Wikidata)', 'wikidata_netranslit/wd_chinese_tokens.dev.tsv', '\t', 'token_chinese', 'token_en'],
  ];
  const out: EvalSet[] = [];
  for (const [name, rel, delim, native, latin] of specs) {
    const f = pairsFile(dataDir, split, rel);
    if (!f) continue;
    const rows = readDelimited(f, delim).filter((r) => r[native] && r[latin] && (!r.entity_type || r.entity_type === 'PERSON'));
    const rand = seededRandom(SEED);
    const chosen = sample(rand, rows, TRANSLIT_QUERIES);
    const index: Entity[] = chosen.map((r, i) => ({
      id: `p${i}`, schema: 'Person', properties: { name: [r[latin]] }, datasets: ['pairs'], referents: [], caption: r[latin], target: true,
    }));
    const byName = entitiesByName(index);
    const queries = chosen.map((r, i) => ({ id: `p${i}`, schema: 'Person', properties: { name: [r[native]] }, accept: byName.get(nameKey(r[latin])) ?? new Set([`p${i}`]) }));
    out.push({ name, description: `${queries.length} seeded pairs; index = their Latin sides`, index, queries, withholds: (p) => p.source === rel });
  }
  return out;
}

/** The sets, and the name pairs (lists and dev pair files) their name dictionaries are learnt from. */
export async function buildSets(dataDir: string, split: 'dev' | 'eval'): Promise<{ sets: EvalSet[]; pairs: NamePair[] }> {
  const un = await readLists(dataDir, ['un']);
  const eu = await readLists(dataDir, ['eu/opensanctions_eu_journal_consolidated']);
  const all = await readLists(dataDir, CURRENT_LISTS);
  const pairs = [...listPairs(all), ...pairFilePairs(dataDir)];
  const sets = [
    ownScriptSet('1. UN original-script names', 'NAME_ORIGINAL_SCRIPT (mostly Arabic) as queries; UN list without them', un, isNonLatin),
    ownScriptSet('2. EU Cyrillic aliases', 'Cyrillic aliases as queries; EU list without them', eu, isCyrillic),
    perturbedSet(all),
    ...yenteSets(dataDir, split, all),
    ...transliterationSets(dataDir, split),
  ];
  return { sets, pairs };
}
