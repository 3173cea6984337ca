/** bench/PEERS.md: the figures of one run of the peers benchmark, with the plots it embeds. */
import { cpus, totalmem } from 'node:os';
import type { ChildFigures, SetOutcome } from './child.js';
import { recallAt, shareAtOrAbove, thresholdForSensitivity, tradeOffCurve } from './metrics.js';
import { latencySvg, scaleLatencySvg, scaleMemorySvg, tradeOffSvg, type ScalePoint, type TradeOff } from './plots.js';
import type { Peer } from './types.js';
import { SAMPLE_SEED, SPOT_SET, type Plan } from './workload.js';
import { OFAC_PACKAGE_NOTE } from './ofac-package.js';

export interface SystemRun {
  peer: Peer;
  figures?: ChildFigures;
  /** Why the system was not measured. */
  problem?: string;
}

export interface ScaleRun extends ScalePoint {
  buildSeconds: number;
  qps: number;
  restRssMb: number;
}

export interface RunFacts {
  started: Date;
  seconds: number;
  loadAtStart: number[];
  loadAtEnd: number[];
  plan: Plan;
  systems: SystemRun[];
  scale: ScaleRun[];
  scaleProblem?: string;
}

/** Sensitivity is measured on the perturbed names; 90% of them found and alerted is "equal sensitivity". */
const SENSITIVITY_SET = '3.';
const EQUAL_SENSITIVITY = 0.9;

export const PLOTS = {
  tradeOff: 'plots/peers-tradeoff.svg',
  latency: 'plots/peers-latency.svg',
  scaleLatency: 'plots/peers-scale-latency.svg',
  scaleMemory: 'plots/peers-scale-memory.svg',
} as const;

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;
const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
const mb = (x: number | null) => (x === null ? '' : `${x.toFixed(0)} MB`);
const threshold = (t: number | null) => (t === null ? 'any result' : `${+t.toFixed(4)}`);
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');

/** The outcomes of the sets whose name starts with a prefix. */
const setsOf = (f: ChildFigures, prefix: string) => f.sets.filter((s) => s.name.startsWith(prefix));
const negatives = (f: ChildFigures) => f.sets.filter((s) => s.topScores.length > 0);
const pooledNegatives = (f: ChildFigures) => negatives(f).flatMap((s) => s.topScores);

interface AlertFigures {
  equalThreshold: number | null;
  sensitivityAtDefault: number;
  /** Per negative set, at the default threshold and at equal sensitivity (null: 90% never reached). */
  byNegative: { name: string; asked: number; atDefault: number; atEqual: number | null }[];
}

function alertFigures(peer: Peer, f: ChildFigures): AlertFigures {
  const hits = setsOf(f, SENSITIVITY_SET)[0]?.hitScores ?? [];
  const equalThreshold = thresholdForSensitivity(hits, EQUAL_SENSITIVITY);
  return {
    equalThreshold,
    sensitivityAtDefault: shareAtOrAbove(hits, peer.defaultThreshold),
    byNegative: negatives(f).map((s) => ({
      name: s.name,
      asked: s.topScores.length,
      atDefault: shareAtOrAbove(s.topScores, peer.defaultThreshold),
      atEqual: equalThreshold === null ? null : shareAtOrAbove(s.topScores, equalThreshold),
    })),
  };
}

function measured(facts: RunFacts): (SystemRun & { figures: ChildFigures })[] {
  return facts.systems.filter((s): s is SystemRun & { figures: ChildFigures } => Boolean(s.figures));
}

function queriesCell(plan: Plan, name: string): string {
  const set = plan.sets.find((s) => s.name === name)!;
  return `${set.queries.length}${set.total > set.queries.length ? ` of ${set.total}` : ''}`;
}

/** How many queries of each set a system answered at most. */
const answered = (plan: Plan, peer: Peer) => Math.min(peer.queriesPerSet, plan.limits.perSet);

function recallTable(facts: RunFacts): string[] {
  const runs = measured(facts);
  const positives = facts.plan.sets.filter((s) => !s.negative);
  const cell = (o: SetOutcome | undefined) => (o ? `${pct(recallAt(o.ranks, 1))} · ${pct(recallAt(o.ranks, 10))}` : '');
  return [
    `| set | queries | ${runs.map((r) => r.peer.label).join(' | ')} |`,
    `|---|---|${runs.map(() => '---|').join('')}`,
    `| *queries answered per set, at most* | | ${runs.map((r) => answered(facts.plan, r.peer)).join(' | ')} |`,
    ...positives.map((s) => `| ${s.name} | ${queriesCell(facts.plan, s.name)} | ${runs.map((r) => cell(r.figures.sets.find((o) => o.name === s.name))).join(' | ')} |`),
  ];
}

function alertTable(facts: RunFacts): string[] {
  const runs = measured(facts);
  const negNames = facts.plan.sets.filter((s) => s.negative).map((s) => s.name.replace(/^4b\. yente /, ''));
  return [
    `| system | negatives asked | default threshold | sensitivity on set 3 at default | alert rate at default (${negNames.join(' / ')}) | threshold at 90% sensitivity | alert rate at equal sensitivity (${negNames.join(' / ')}) |`,
    '|---|---|---|---|---|---|---|',
    ...runs.map(({ peer, figures }) => {
      const a = alertFigures(peer, figures);
      const atEqual = a.equalThreshold === null ? 'never reaches 90%' : a.byNegative.map((n) => pct(n.atEqual!, 2)).join(' / ');
      return `| ${peer.label} | ${a.byNegative.map((n) => n.asked).join(' / ')} | ${threshold(peer.defaultThreshold)} | ${pct(a.sensitivityAtDefault)} | ${a.byNegative.map((n) => pct(n.atDefault, 2)).join(' / ')} | ${a.equalThreshold === null ? '—' : threshold(a.equalThreshold)} | ${atEqual} |`;
    }),
  ];
}

function speedTable(facts: RunFacts): string[] {
  return [
    '| system | index build | queries timed | queries/s | p50 | p99 | memory held by the index | peak RSS of its process | held by PostgreSQL |',
    '|---|---|---|---|---|---|---|---|---|',
    ...facts.systems.map(({ peer, figures, problem }) => {
      if (!figures) return `| ${peer.label} | not measured: ${problem} | | | | | | | |`;
      const s = figures.speed;
      return `| ${peer.label} | ${s.buildSeconds.toFixed(1)} s | ${s.queries} | ${s.qps < 10 ? s.qps.toFixed(1) : s.qps.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p99)} | ${mb(s.indexMb)} | ${mb(s.peakRssMb)} | ${mb(s.serverMb)} |`;
    }),
  ];
}

function scaleTable(facts: RunFacts): string[] {
  if (facts.scaleProblem) return [`Not measured: ${facts.scaleProblem}`];
  if (facts.scale.length === 0) return ['Not measured in this run (`--scale none`).'];
  return [
    '| entities indexed | index build | queries/s | p50 | p99 | RSS holding the index | RSS at rest | peak RSS |',
    '|---|---|---|---|---|---|---|---|',
    ...facts.scale.map((x) => `| ${x.entities} | ${x.buildSeconds.toFixed(1)} s | ${x.qps.toFixed(0)} | ${ms(x.p50)} | ${ms(x.p99)} | ${mb(x.rssMb)} | ${mb(x.restRssMb)} | ${mb(x.peakRssMb)} |`),
  ];
}

/** The SVG files of the run, by their path relative to PEERS.md. */
export function plotFiles(facts: RunFacts): Record<string, string> {
  const runs = measured(facts);
  const tradeOffs: TradeOff[] = runs.map(({ peer, figures }) => {
    const hits = setsOf(figures, SENSITIVITY_SET)[0]?.hitScores ?? [];
    const neg = pooledNegatives(figures);
    return {
      id: peer.id, label: peer.label, curve: tradeOffCurve(hits, neg),
      atDefault: { alertRate: shareAtOrAbove(neg, peer.defaultThreshold), sensitivity: shareAtOrAbove(hits, peer.defaultThreshold) },
    };
  });
  const files: Record<string, string> = {
    [PLOTS.tradeOff]: tradeOffSvg(tradeOffs),
    [PLOTS.latency]: latencySvg(runs.map(({ peer, figures }) => ({ id: peer.id, label: peer.label, p50: figures.speed.p50, p99: figures.speed.p99 }))),
  };
  if (facts.scale.length > 0) {
    files[PLOTS.scaleLatency] = scaleLatencySvg(facts.scale);
    files[PLOTS.scaleMemory] = scaleMemorySvg(facts.scale);
  }
  return files;
}

export function peersMarkdown(facts: RunFacts): string {
  const { plan } = facts;
  const spot = plan.sets.find((s) => s.name === SPOT_SET);
  const full = plan.indexSizes[plan.fullIndex];
  return [
    '# Ghirbal and its peers, measured side by side',
    '',
    `Measured ${facts.started.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:peers\` in ${(facts.seconds / 60).toFixed(1)} minutes, on ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. ` +
      `**Machine load** (os.loadavg, 1 / 5 / 15 min): ${load(facts.loadAtStart)} at the start, ${load(facts.loadAtEnd)} at the end — ` +
      'the machine is shared, so speed figures are noisy; quality figures are not affected.',
    '',
    'Every system searches the same indexes with the same queries: the labelled sets of `npm run eval` (eval/sets.ts, ' +
      'dev split), each against its own index as the evaluation does (the index of every list in ../shared/data, ' +
      `${full} entities, for sets 0, 3 and 4). Each set is sampled once (seed ${SAMPLE_SEED}, at most ${plan.limits.perSet} ` +
      'queries) and every system answers the first queries of that one sample: as many as its cost per query allows ' +
      'within the run\'s time (the row under the table head). Fuse.js and the Jaro–Winkler scan compare each query with ' +
      'every listed name, so they answer few, and their figures carry a wide sampling error (a 95% interval of up to ' +
      '±22 points at 20 queries, ±16 at 40). Full-set figures for Ghirbal are in eval/RESULTS.md. Peers get the ' +
      'query\'s name; Ghirbal gets the whole query (sets 4a and 4b carry a birth date, nationality and gender).',
    '',
    '## Recall: correct entity first · within the first 10',
    '',
    ...recallTable(facts),
    '',
    `Set 0 is a sanity check: ${spot?.queries.length ?? 0} listed names asked exactly as listed. A query is answered correctly by any ` +
      'entity carrying the name it was made from, or that the list data show to be the same subject (eval/sets.ts).',
    '',
    '## Alerts on people who are not listed',
    '',
    ...alertTable(facts),
    '',
    'Equal sensitivity: each system\'s threshold is set where it finds and alerts 90% of the perturbed listed names of ' +
      'set 3 (the correct entity in its top 10 with a score at or above the threshold); the alert rate is then the share of ' +
      'the yente negatives whose best result reaches that threshold. A system whose correct answers reach the top 10 for ' +
      'fewer than 90% of set 3 has no such threshold. Thresholds are in each system\'s own units.',
    '',
    `![Sensitivity against alert rate](${PLOTS.tradeOff})`,
    '',
    '## Speed and memory on the index of every list',
    '',
    ...speedTable(facts),
    '',
    `Each system runs in a process of its own (--expose-gc). The queries: perturbed listed names and negatives, alternating ` +
      `(${plan.speedQueries.length}, seeded; each system times as many of the first as it answers per set), ` +
      'one at a time after a warm-up, top 10 asked. Memory held by the index: resident memory after the build and the queries, ' +
      'less before the build, both after a collection, with the parsed entities held throughout; peak: the process at its ' +
      'highest, entities included. PostgreSQL searches are timed at the client and run in the server process (the other core).',
    '',
    `![Latency per query](${PLOTS.latency})`,
    '',
    '## Ghirbal as the index grows',
    '',
    ...scaleTable(facts),
    '',
    'Generated indexes (bench/scale-child.ts: listed name parts recombined, seeded; half persons, half companies), one ' +
      'process each; 2,000 queries drawn from the index, half with their words reversed. RSS holding the index: after the queries ' +
      'and a collection; at rest: ten idle seconds later.',
    '',
    ...(facts.scale.length > 0 ? [`![Query time against index size](${PLOTS.scaleLatency})`, '', `![Memory against index size](${PLOTS.scaleMemory})`, ''] : []),
    '## How each system is configured',
    '',
    'Every peer gets the names folded the same way on both sides (compatibility decomposition, accents removed, lower ' +
      'case, punctuation a space); none has transliteration, so the cross-script sets (1, 2, 4c–4e, 5) measure what a ' +
      'Latin-only tool does with them. Nothing below was tuned on these sets.',
    '',
    ...facts.systems.flatMap(({ peer }) => [`- **${peer.label}**: ${peer.settings}`]),
    '',
    OFAC_PACKAGE_NOTE,
    '',
  ].join('\n');
}
