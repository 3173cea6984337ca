/**
 * Plain SVG charts, enough for the benchmark's figures: lines on linear or log axes, and
 * horizontal grouped bars. No styling beyond what a markdown viewer needs to show them.
 */

export interface Axis {
  label: string;
  min: number;
  max: number;
  log?: boolean;
  ticks: readonly number[];
  format: (v: number) => string;
}

export interface LineSeries {
  label: string;
  color: string;
  points: readonly [number, number][];
  /** Points drawn as dots on the line (a system's default threshold, say). */
  marks?: readonly [number, number][];
  dashed?: boolean;
}

export interface Guide {
  /** A horizontal line at this y value. */
  y: number;
  label: string;
}

export interface BarGroup {
  label: string;
  bars: readonly { label: string; value: number | null; color: string }[];
}

const WIDTH = 760;
const FONT = 'font-family="sans-serif" font-size="12"';
const MARGIN = { left: 72, right: 190, top: 36, bottom: 48 };

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (v: number) => v.toFixed(1);

/** A value's position along an axis of `length` pixels, clamped inside it. */
function place(axis: Axis, v: number, length: number): number {
  const f = axis.log
    ? (Math.log10(Math.max(v, axis.min)) - Math.log10(axis.min)) / (Math.log10(axis.max) - Math.log10(axis.min))
    : (v - axis.min) / (axis.max - axis.min);
  return Math.min(1, Math.max(0, f)) * length;
}

function frame(title: string, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ${FONT}>`,
    `<rect width="${WIDTH}" height="${height}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

function legend(items: readonly { label: string; color: string; dashed?: boolean }[], x: number, y: number): string[] {
  return items.flatMap((it, i) => [
    `<line x1="${x}" y1="${y + i * 18}" x2="${x + 22}" y2="${y + i * 18}" stroke="${it.color}" stroke-width="3"${it.dashed ? ' stroke-dasharray="6 3"' : ''}/>`,
    `<text x="${x + 28}" y="${y + i * 18 + 4}">${esc(it.label)}</text>`,
  ]);
}

/** Axis lines, grid, tick labels and titles for a plot area of w × h at the margin. */
function axes(x: Axis, y: Axis, w: number, h: number): string[] {
  const { left, top } = MARGIN;
  const out = [`<rect x="${left}" y="${top}" width="${w}" height="${h}" fill="none" stroke="#444"/>`];
  for (const t of x.ticks) {
    const px = left + place(x, t, w);
    out.push(`<line x1="${n(px)}" y1="${top}" x2="${n(px)}" y2="${top + h}" stroke="#ddd"/>`);
    out.push(`<text x="${n(px)}" y="${top + h + 16}" text-anchor="middle">${esc(x.format(t))}</text>`);
  }
  for (const t of y.ticks) {
    const py = top + h - place(y, t, h);
    out.push(`<line x1="${left}" y1="${n(py)}" x2="${left + w}" y2="${n(py)}" stroke="#ddd"/>`);
    out.push(`<text x="${left - 6}" y="${n(py + 4)}" text-anchor="end">${esc(y.format(t))}</text>`);
  }
  out.push(`<text x="${left + w / 2}" y="${top + h + 38}" text-anchor="middle">${esc(x.label)}</text>`);
  out.push(`<text transform="translate(16 ${top + h / 2}) rotate(-90)" text-anchor="middle">${esc(y.label)}</text>`);
  return out;
}

export function lineChart(opts: { title: string; x: Axis; y: Axis; series: readonly LineSeries[]; guides?: readonly Guide[]; height?: number }): string {
  const height = opts.height ?? 420;
  const w = WIDTH - MARGIN.left - MARGIN.right;
  const h = height - MARGIN.top - MARGIN.bottom;
  const at = ([vx, vy]: readonly [number, number]) => `${n(MARGIN.left + place(opts.x, vx, w))},${n(MARGIN.top + h - place(opts.y, vy, h))}`;
  const body = axes(opts.x, opts.y, w, h);
  for (const g of opts.guides ?? []) {
    const py = MARGIN.top + h - place(opts.y, g.y, h);
    body.push(`<line x1="${MARGIN.left}" y1="${n(py)}" x2="${MARGIN.left + w}" y2="${n(py)}" stroke="#888" stroke-dasharray="2 3"/>`);
    body.push(`<text x="${MARGIN.left + 4}" y="${n(py - 4)}" fill="#555">${esc(g.label)}</text>`);
  }
  // The first series is drawn last, on top: the system the chart is about is never hidden.
  for (const s of [...opts.series].reverse()) {
    if (s.points.length > 1) {
      body.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 3"' : ''} points="${s.points.map(at).join(' ')}"/>`);
    }
    for (const p of [...(s.points.length === 1 ? s.points : []), ...(s.marks ?? [])]) {
      const [cx, cy] = at(p).split(',');
      body.push(`<circle cx="${cx}" cy="${cy}" r="4" fill="${s.color}" stroke="white"/>`);
    }
  }
  body.push(...legend(opts.series, WIDTH - MARGIN.right + 14, MARGIN.top + 8));
  return frame(opts.title, height, body);
}

/** Horizontal bars, one group per row label, one bar per series; a null value is drawn as "n/a". */
export function barChart(opts: { title: string; axis: Axis; groups: readonly BarGroup[] }): string {
  const perGroup = Math.max(1, ...opts.groups.map((g) => g.bars.length));
  const bar = 12;
  const rowH = perGroup * bar + 12;
  const left = 170;
  const w = WIDTH - left - MARGIN.right;
  const h = opts.groups.length * rowH;
  const height = MARGIN.top + h + MARGIN.bottom;
  const body = [`<rect x="${left}" y="${MARGIN.top}" width="${w}" height="${h}" fill="none" stroke="#444"/>`];
  for (const t of opts.axis.ticks) {
    const px = left + place(opts.axis, t, w);
    body.push(`<line x1="${n(px)}" y1="${MARGIN.top}" x2="${n(px)}" y2="${MARGIN.top + h}" stroke="#ddd"/>`);
    body.push(`<text x="${n(px)}" y="${MARGIN.top + h + 16}" text-anchor="middle">${esc(opts.axis.format(t))}</text>`);
  }
  opts.groups.forEach((g, gi) => {
    const y0 = MARGIN.top + gi * rowH + 6;
    body.push(`<text x="${left - 8}" y="${n(y0 + (perGroup * bar) / 2 + 4)}" text-anchor="end">${esc(g.label)}</text>`);
    g.bars.forEach((b, bi) => {
      const y = y0 + bi * bar;
      if (b.value === null) {
        body.push(`<text x="${left + 4}" y="${n(y + bar - 2)}" fill="#888">n/a</text>`);
        return;
      }
      const len = place(opts.axis, b.value, w);
      body.push(`<rect x="${left}" y="${n(y)}" width="${n(Math.max(1, len))}" height="${bar - 2}" fill="${b.color}"/>`);
      body.push(`<text x="${n(left + len + 4)}" y="${n(y + bar - 3)}" font-size="10">${esc(opts.axis.format(b.value))}</text>`);
    });
  });
  body.push(`<text x="${left + w / 2}" y="${MARGIN.top + h + 38}" text-anchor="middle">${esc(opts.axis.label)}</text>`);
  const series = opts.groups[0]?.bars.map((b) => ({ label: b.label, color: b.color })) ?? [];
  body.push(...legend(series, WIDTH - MARGIN.right + 14, MARGIN.top + 8));
  return frame(opts.title, height, body);
}

/** Ticks of a log axis from lo to hi (powers of ten): each power, and 2 and 5 between when the span is short. */
export function decades(lo: number, hi: number): number[] {
  const from = Math.round(Math.log10(lo));
  const to = Math.round(Math.log10(hi));
  const steps = to - from <= 2 ? [1, 2, 5] : [1];
  const out: number[] = [];
  for (let e = from; e <= to; e++) for (const m of steps) if (e < to || m === 1) out.push(+(m * 10 ** e).toPrecision(1));
  return out;
}
