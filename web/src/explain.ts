/**
 * The matcher's explanations, laid out for a screen: each feature's effect on the score, and
 * for name features the aligned parts (as the API gives them: `effect` and `alignment`).
 */
import type { ExplainedPair, Explanation, Explanations } from './api.ts';

export interface Alignment {
  /** Why the feature counts less than a name ("weak alias, counts less"), or empty. */
  note: string;
  pairs: ExplainedPair[];
  queryOnly: string[];
  listOnly: string[];
}

export interface Contribution {
  feature: string;
  /** What the feature added to the score (negative: took away); null when the API does not say. */
  delta: number | null;
  detail: string;
}

const NOTES: Readonly<Record<string, string>> = { weak_alias_match: 'weak alias, counts less' };

/** A name feature's aligned parts; null when it gives none. */
export function alignmentOf(feature: string, e: Explanation): Alignment | null {
  const a = e.alignment;
  if (!a || a.pairs.length + a.query_only.length + a.list_only.length === 0) return null;
  return { note: NOTES[feature] ?? '', pairs: a.pairs, queryOnly: a.query_only, listOnly: a.list_only };
}

const NAME_FEATURES = new Set(['name_match', 'weak_alias_match']);

export function isNameFeature(feature: string): boolean {
  return NAME_FEATURES.has(feature);
}

/** Each feature that fired, largest effect first. */
export function contributions(explanations: Explanations): Contribution[] {
  return Object.entries(explanations)
    .map(([feature, e]) => ({ feature, delta: e.effect ?? null, detail: e.detail }))
    .sort((a, b) => Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0));
}

/** A feature's detail without the effect it ends with ("no country in common → -0.08"). */
function withoutEffect(detail: string): string {
  const at = detail.lastIndexOf(' → ');
  return at >= 0 ? detail.slice(0, at) : detail;
}

/** The one line a hit shows: which parts agreed, then what else counted. */
export function reasonOf(explanations: Explanations): string {
  const parts: string[] = [];
  for (const { feature } of contributions(explanations)) {
    const e = explanations[feature];
    if (isNameFeature(feature)) {
      const a = alignmentOf(feature, e);
      if (!a) continue;
      const pairs = a.pairs.map((p) => `${p.query.join(' ')} ≈ ${p.candidate.join(' ')}`).join(', ');
      parts.push([a.note, pairs, a.listOnly.length ? `not in query: ${a.listOnly.join(' ')}` : ''].filter(Boolean).join('; '));
    } else {
      parts.push(withoutEffect(e.detail));
    }
  }
  return parts.join(' · ');
}
