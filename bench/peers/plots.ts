/** The benchmark's figures, as SVG text: trade-off curves, latency bars, growth with index size. */
import { barChart, decades, lineChart, type Axis, type LineSeries } from './svg.js';
import type { CurvePoint } from './metrics.js';

/** One colour per system, fixed so that a system looks the same in every figure. */
export const COLORS: Readonly<Record<string, string>> = {
  'ghirbal-v1': '#1b7837',
  ofac: '#5aae61',
  minisearch: '#2166ac',
  fuse: '#d6604d',
  'pg-trgm': '#762a83',
  'pg-dmetaphone': '#c2a5cf',
  'jw-scan': '#e08214',
};

/** Alert rates below this are drawn at the left edge (the negative sets hold 10,000 queries each). */
const MIN_RATE = 1e-4;

const pct = (v: number) => `${+(v * 100).toPrecision(2)}%`;
const ms = (v: number) => (v >= 1000 ? `${+(v / 1000).toPrecision(3)} s` : `${+v.toPrecision(2)} ms`);
const count = (v: number) => (v >= 1e6 ? `${v / 1e6}M` : v >= 1e3 ? `${Math.round(v / 1e3)}k` : String(v));
// Axis ticks fall on 1-2-5 steps: 1000 MB reads better as 1 GB.
const mb = (v: number) => (v >= 1000 ? `${+(v / 1000).toPrecision(2)} GB` : `${Math.round(v)} MB`);

/** A log axis spanning the values given, whole decades either side. */
function logAxis(label: string, values: readonly number[], format: (v: number) => string): Axis {
  const positive = values.filter((v) => v > 0);
  const vs = positive.length ? positive : [1];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...vs)));
  const hi = Math.max(lo * 10, 10 ** Math.ceil(Math.log10(Math.max(...vs))));
  return { label, min: lo, max: hi, log: true, ticks: decades(lo, hi), format };
}

export interface TradeOff {
  id: string;
  label: string;
  curve: readonly CurvePoint[];
  /** Where the system's own default threshold puts it. */
  atDefault: { alertRate: number; sensitivity: number };
}

export function tradeOffSvg(systems: readonly TradeOff[]): string {
  const series: LineSeries[] = systems.map((s) => ({
    label: s.label,
    color: COLORS[s.id] ?? '#000',
    points: s.curve.map((p) => [Math.max(MIN_RATE, p.alertRate), p.sensitivity] as [number, number]),
    marks: [[Math.max(MIN_RATE, s.atDefault.alertRate), s.atDefault.sensitivity]],
  }));
  return lineChart({
    title: 'Perturbed listed names found vs negatives alerted, as the threshold falls',
    x: { label: "alert rate on the yente negatives (log; dots: each system's default threshold)", min: MIN_RATE, max: 1, log: true, ticks: decades(MIN_RATE, 1), format: pct },
    y: { label: 'sensitivity on set 3 (correct entity in top 10, alerted)', min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1], format: pct },
    series,
    guides: [{ y: 0.9, label: 'equal sensitivity: 90%' }],
  });
}

export interface Latency {
  id: string;
  label: string;
  p50: number;
  p99: number;
}

export function latencySvg(systems: readonly Latency[]): string {
  return barChart({
    title: 'Latency per query against the index of every list (one query at a time)',
    axis: logAxis('milliseconds (log)', systems.flatMap((s) => [s.p50, s.p99]), ms),
    groups: systems.map((s) => ({
      label: s.label,
      bars: [
        { label: 'p50', value: s.p50, color: COLORS[s.id] ?? '#000' },
        { label: 'p99', value: s.p99, color: '#999' },
      ],
    })),
  });
}

export interface ScalePoint {
  entities: number;
  p50: number;
  p99: number;
  rssMb: number;
  peakRssMb: number;
}

export function scaleLatencySvg(points: readonly ScalePoint[]): string {
  const xs = points.map((p) => p.entities);
  return lineChart({
    title: 'Ghirbal ghirbal-v1: query latency as the index grows',
    x: logAxis('entities indexed (log)', xs, count),
    y: logAxis('milliseconds (log)', points.flatMap((p) => [p.p50, p.p99]), ms),
    series: [
      { label: 'p50', color: COLORS['ghirbal-v1'], points: points.map((p) => [p.entities, p.p50]) },
      { label: 'p99', color: '#999', points: points.map((p) => [p.entities, p.p99]), dashed: true },
    ],
    height: 340,
  });
}

export function scaleMemorySvg(points: readonly ScalePoint[]): string {
  const xs = points.map((p) => p.entities);
  return lineChart({
    title: 'Ghirbal ghirbal-v1: memory as the index grows',
    x: logAxis('entities indexed (log)', xs, count),
    y: logAxis('resident memory (log)', points.flatMap((p) => [p.rssMb, p.peakRssMb]), mb),
    series: [
      { label: 'RSS holding the index', color: COLORS['ghirbal-v1'], points: points.map((p) => [p.entities, p.rssMb]) },
      { label: 'peak RSS', color: '#999', points: points.map((p) => [p.entities, p.peakRssMb]), dashed: true },
    ],
    height: 340,
  });
}
