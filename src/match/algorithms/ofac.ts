/**
 * ofac: reproduces the score of OFAC's Sanctions List Search, as OFAC describes it (FAQ 249):
 * the whole name entered is compared with each whole listed name by Jaro–Winkler, after a
 * first-letter screen; and each part of the name entered is compared with the listed name's
 * parts by Jaro–Winkler and Soundex, the part scores averaged; the higher of the two
 * techniques is the score. Names only: birth dates, countries and identifiers do not count,
 * as in OFAC's tool. Details OFAC leaves open were fitted on OFAC's own scores
 * (opensanctions_ofac_fixtures): parts of one or two letters are not searched unless nothing
 * else is entered; a part is never credited for a Jaro–Winkler below one half; a Soundex
 * agreement lifts a part halfway to certain.
 */
import type { EntityRecord, MatchIndex } from '../index.js';
import { jaroWinkler } from '../jaro-winkler.js';
import { soundex } from '../name-structure.js';
import type { MatchAlgorithm, PreparedQuery, Scored } from '../types.js';

/** Parts this short are not searched (OFAC drops initials and particles like "UN", "AL"). */
const SHORT_PART = 2;
/** A part pairing weaker than this earns nothing. */
const PART_FLOOR = 0.5;
const APOSTROPHES = /['’‘`´ʼ]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/** OFAC compares letters without case or accents; apostrophes are dropped, other punctuation separates. */
function ofacText(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

function parts(text: string): string[] {
  return text.length === 0 ? [] : text.split(' ');
}

/** The whole-string technique: Jaro–Winkler of the two names, when they start with the same letter. */
export function wholeStringScore(query: string, candidate: string): number {
  if (query.length === 0 || candidate.length === 0 || query[0] !== candidate[0]) return 0;
  return jaroWinkler(query, candidate);
}

/** The per-part technique: each searched part's best match among the listed name's parts, averaged. */
export function perPartScore(queryParts: readonly string[], candidateParts: readonly string[]): number {
  const searched = queryParts.filter((p) => p.length > SHORT_PART);
  const use = searched.length > 0 ? searched : queryParts;
  if (use.length === 0 || candidateParts.length === 0) return 0;
  const codes = candidateParts.map(soundex);
  let total = 0;
  for (const p of use) {
    let best = 0;
    for (const c of candidateParts) best = Math.max(best, jaroWinkler(p, c));
    if (best < PART_FLOOR) best = 0;
    const code = soundex(p);
    if (code && codes.includes(code)) best = (best + 1) / 2;
    total += best;
  }
  return total / use.length;
}

export interface OfacScore {
  /** 0–100, as OFAC shows it. */
  score: number;
  whole: number;
  perPart: number;
}

/** OFAC's score for a name entered against one listed name. */
export function ofacScore(query: string, candidate: string): OfacScore {
  const q = ofacText(query);
  const c = ofacText(candidate);
  const whole = wholeStringScore(q, c);
  const perPart = perPartScore(parts(q), parts(c));
  return { score: Math.round(Math.max(whole, perPart) * 100), whole, perPart };
}

function bestPair(index: MatchIndex, q: PreparedQuery, rec: EntityRecord): { query: string; candidate: string; result: OfacScore } | null {
  let best: { query: string; candidate: string; result: OfacScore } | null = null;
  for (const query of q.rawNames) {
    for (const n of rec.names) {
      const result = ofacScore(query, index.nameRaw[n]);
      if (!best || result.score > best.result.score) best = { query, candidate: index.nameRaw[n], result };
    }
  }
  return best;
}

export const ofac: MatchAlgorithm = {
  name: 'ofac',
  version: '1',
  description: "Emulates OFAC's Sanctions List Search score: whole-name Jaro–Winkler or per-part Jaro–Winkler with Soundex, whichever is higher; names only.",
  features: { name_match: 'the higher of the whole-name and the per-part score, as OFAC computes it' },
  defaultThreshold: 0.8,
  score(index: MatchIndex, q: PreparedQuery, entity: number, explain: boolean): Scored {
    const best = bestPair(index, q, index.entities[entity]);
    if (!best || best.result.score === 0) return { score: 0, explanations: {} };
    const score = best.result.score / 100;
    if (!explain) return { score, explanations: {} };
    const detail = `whole-string=${best.result.whole.toFixed(2)}, per-part=${best.result.perPart.toFixed(2)}`;
    return { score, explanations: { name_match: { detail, score, query: best.query, candidate: best.candidate, effect: score } } };
  },
};
