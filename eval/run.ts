/**
 * `npm run eval`: matching quality on labelled sets built from ../shared/data, written to
 * eval/RESULTS.md. `--split eval` reads the held-out pair files where they exist.
 * Recall@k: the share of queries with a correct entity among the first k results.
 * Alert rate: the share of negative queries with any result at or above the threshold.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../src/match/index.js';
import { match } from '../src/match/query.js';
import { findAlgorithm, DEFAULT_ALGORITHM } from '../src/match/algorithms/index.js';
import { buildSets, type EvalSet } from './sets.js';
import { repoRoot } from './paths.js';
import { EquivalentsLearner } from '../scripts/name-equivalents.js';
import { dictionaryFrom, type NameDictionary } from '../src/names/equivalents.js';
import { dataDir as sharedDataDir } from '../src/cli/quickstart.js';
import { articleEvaluation } from './article.js';
import { CURRENT_LISTS, readLists } from './lists.js';

const args = process.argv.slice(2);
const split = (args[args.indexOf('--split') + 1] === 'eval' ? 'eval' : 'dev') as 'dev' | 'eval';
const algorithm = args.includes('--algorithm') ? args[args.indexOf('--algorithm') + 1] : DEFAULT_ALGORITHM;
/** `--only 1,4d`: run the sets whose names start with these prefixes, print, and leave RESULTS.md alone. */
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',').map((p) => p.trim()) : null;
const maxMisses = args.includes('--misses') ? Number(args[args.indexOf('--misses') + 1]) : 8;
const dataDir = sharedDataDir();

/** Floors from issue #3, by set name prefix. */
const FLOORS: Record<string, { recall1?: number; alertRate?: number }> = {
  '1.': { recall1: 0.95 },
  '2.': { recall1: 0.98 },
  '3.': { recall1: 0.995 },
  '4a.': { recall1: 0.995 },
  '4b.': { alertRate: 0.001 },
  '4c.': { recall1: 0.95 },
  '4d.': { recall1: 0.95 },
  '4e.': { recall1: 0.95 },
  '5a.': { recall1: 0.8 },
  '5b.': { recall1: 0.8 },
};

interface Row {
  set: EvalSet;
  queries: number;
  recall1: number;
  recall10: number;
  alertRate: number;
  qps: number;
  byKind: Map<string, [number, number]>;
  misses: string[];
}

async function evaluate(set: EvalSet, dictionary: NameDictionary): Promise<Row> {
  const index = await buildIndex(set.index, { dictionary });
  const threshold = findAlgorithm(algorithm)!.defaultThreshold;
  let hit1 = 0;
  let hit10 = 0;
  let alerts = 0;
  const byKind = new Map<string, [number, number]>();
  const misses: string[] = [];
  const started = performance.now();
  for (const q of set.queries) {
    const results = match(index, { schema: q.schema, properties: q.properties }, { limit: 10, algorithm, threshold });
    const alerted = results.some((r) => r.match);
    if (alerted) alerts++;
    if (alerted && set.negative && misses.length < maxMisses) misses.push(`${JSON.stringify(q.properties)} → ${results[0].caption} (${results[0].score.toFixed(2)})`);
    const top = results[0] && q.accept.has(results[0].id);
    if (top) hit1++;
    else if (misses.length < maxMisses && !set.negative) misses.push(`${JSON.stringify(q.properties.name)} → ${results[0] ? `${results[0].caption} (${results[0].score.toFixed(2)})` : 'nothing'}`);
    if (results.some((r) => q.accept.has(r.id))) hit10++;
    if (q.kind) {
      const k = byKind.get(q.kind) ?? [0, 0];
      k[0] += top ? 1 : 0;
      k[1] += 1;
      byKind.set(q.kind, k);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const n = set.queries.length || 1;
  return { set, queries: set.queries.length, recall1: hit1 / n, recall10: hit10 / n, alertRate: alerts / n, qps: set.queries.length / seconds, byKind, misses };
}

function floorCell(row: Row): string {
  const f = Object.entries(FLOORS).find(([p]) => row.set.name.startsWith(p))?.[1];
  if (!f) return '';
  if (f.recall1 !== undefined) return `${row.recall1 >= f.recall1 ? 'met' : 'NOT met'} (≥ ${f.recall1})`;
  return `${row.alertRate <= f.alertRate! ? 'met' : 'NOT met'} (≤ ${(f.alertRate! * 100).toFixed(1)}%)`;
}

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;

const built = await buildSets(dataDir, split);
const sets = built.sets.filter((s) => !only || only.some((p) => s.name.startsWith(p)));
const learner = new EquivalentsLearner(built.pairs);
const rows: Row[] = [];
for (const s of sets) {
  // The dictionary of this run, learnt as the build script learns it, minus what the set holds.
  const r = await evaluate(s, dictionaryFrom(learner.learn(s.withholds ? (p) => !s.withholds!(p) : undefined)));
  rows.push(r);
  process.stderr.write(`${s.name}: recall@1 ${pct(r.recall1)}, recall@10 ${pct(r.recall10)}, alerts ${pct(r.alertRate)}\n`);
}

/** Article screening (issue #6): "listed" verdicts over our own short texts, against every list. */
const articleLines = only && !only.some((p) => 'article'.startsWith(p))
  ? []
  : [...articleEvaluation(await buildIndex(await readLists(dataDir, CURRENT_LISTS))), ''];

const md = [
  '# Evaluation results',
  '',
  `Algorithm \`${algorithm}\` at its default threshold (${findAlgorithm(algorithm)!.defaultThreshold}), ${split} split of the pair sets, ` +
    `measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run eval\`. Sets are built from ../shared/data only ` +
    '(eval/sets.ts); seeds are fixed. A query is answered correctly by any entity that carries the name it was made from, ' +
    'or that the list data show to be the same subject (a full birth date and two name words, or an identifier and one ' +
    'name word, in common). A perturbed name every word of which another subject\'s name also holds is not a query. ' +
    'Each set runs with a name dictionary learnt (as `npm run build:name-equivalents` learns it) without the pairs that ' +
    'hold its answers: sets 1 and 2 without their query names, each set 5 without its own pair file.',
  '',
  '| set | queries | recall@1 | recall@10 | alert rate | floor | queries/s |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.set.name} | ${r.queries} | ${r.set.negative ? '' : pct(r.recall1)} | ${r.set.negative ? '' : pct(r.recall10)} | ${pct(r.alertRate, 2)} | ${floorCell(r)} | ${r.qps.toFixed(0)} |`),
  '',
  ...articleLines,
  '## How each set is made',
  '',
  ...rows.map((r) => `- **${r.set.name}**: ${r.set.description}; index of ${r.set.index.length} entities.`),
  '',
  '## Perturbed names by kind of change (recall@1)',
  '',
  ...[...(rows.find((r) => r.byKind.size)?.byKind ?? [])].map(([k, [h, n]]) => `- ${k}: ${pct(h / n)} of ${n}`),
  '',
  '## First misses per set (query → top result; for negatives, the first alerts)',
  '',
  ...rows.filter((r) => r.misses.length).flatMap((r) => [`**${r.set.name}**`, '', ...r.misses.map((m) => `- ${m}`), '']),
];
if (only) process.stdout.write(`${md.join('\n')}\n`);
else {
  writeFileSync(join(repoRoot(), 'eval', 'RESULTS.md'), `${md.join('\n')}\n`);
  process.stdout.write(`${md.slice(0, 10 + rows.length).join('\n')}\n`);
}
