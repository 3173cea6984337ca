/**
 * The matcher's explanations, read back into parts a screen can lay out. Each feature's
 * `detail` ends with what it added to the score ("→ +0.71"); a name feature's detail lists the
 * aligned parts: `q1+q2~c1 (how 0.97, w 1.00); …; query only: x; list only: y`, possibly after
 * a note ("weak alias, counts ×0.85: ").
 */
import type { Explanations } from './api.ts';

export interface PartPair {
  query: string[];
  candidate: string[];
  how: string;
  similarity: number;
  weight: number;
}

export interface Alignment {
  note: string;
  pairs: PartPair[];
  queryOnly: string[];
  listOnly: string[];
}

export interface Contribution {
  feature: string;
  /** What the feature added to the score (negative: took away); null when the detail does not say. */
  delta: number | null;
  detail: string;
}

const DELTA = /\s→\s([+-]\d+(?:\.\d+)?)/;
const PAIR = /^(.+?)~(.+) \((\S+) (\d+(?:\.\d+)?), w (\d+(?:\.\d+)?)\)$/;
const NOTE = /^([^~;]*?counts ×[\d.]+):\s*/;
const QUERY_ONLY = 'query only: ';
const LIST_ONLY = 'list only: ';

/** The detail without its trailing "→ ±x" and any note before the parts. */
function body(detail: string): { note: string; text: string } {
  const at = detail.search(DELTA);
  let text = at >= 0 ? detail.slice(0, at) : detail;
  const note = NOTE.exec(text);
  if (note) text = text.slice(note[0].length);
  return { note: note?.[1] ?? '', text: text.trim() };
}

/** What a feature added to the score, from the end of its detail. */
export function deltaOf(detail: string): number | null {
  const m = DELTA.exec(detail);
  return m ? Number(m[1]) : null;
}

/** The aligned parts of a name feature's detail; null when it lists none. */
export function parseAlignment(detail: string): Alignment | null {
  const { note, text } = body(detail);
  const out: Alignment = { note, pairs: [], queryOnly: [], listOnly: [] };
  for (const piece of text.split('; ')) {
    if (piece.startsWith(QUERY_ONLY)) out.queryOnly.push(...piece.slice(QUERY_ONLY.length).split(' ').filter(Boolean));
    else if (piece.startsWith(LIST_ONLY)) out.listOnly.push(...piece.slice(LIST_ONLY.length).split(' ').filter(Boolean));
    else {
      const m = PAIR.exec(piece);
      if (m) out.pairs.push({ query: m[1].split('+'), candidate: m[2].split('+'), how: m[3], similarity: Number(m[4]), weight: Number(m[5]) });
    }
  }
  return out.pairs.length + out.queryOnly.length + out.listOnly.length > 0 ? out : null;
}

const NAME_FEATURES = new Set(['name_match', 'weak_alias_match']);

export function isNameFeature(feature: string): boolean {
  return NAME_FEATURES.has(feature);
}

/** Each feature that fired, largest effect first. */
export function contributions(explanations: Explanations): Contribution[] {
  return Object.entries(explanations)
    .map(([feature, e]) => ({ feature, delta: deltaOf(e.detail), detail: e.detail }))
    .sort((a, b) => Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0));
}

/** The one line a hit shows: which parts agreed, then what else counted. */
export function reasonOf(explanations: Explanations): string {
  const parts: string[] = [];
  for (const { feature, detail } of contributions(explanations)) {
    if (isNameFeature(feature)) {
      const a = parseAlignment(detail);
      if (!a) continue;
      const pairs = a.pairs.map((p) => `${p.query.join(' ')} ≈ ${p.candidate.join(' ')}`).join(', ');
      parts.push([a.note, pairs, a.listOnly.length ? `not in query: ${a.listOnly.join(' ')}` : ''].filter(Boolean).join('; '));
    } else {
      parts.push(body(detail).text);
    }
  }
  return parts.join(' · ');
}
