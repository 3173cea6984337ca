/**
 * A foreign name as Korean writes it (외래어 표기법), read back. Each syllable offers the
 * spellings its jamo may stand for (hangul-loanword-table.ts), each with a cost; the
 * cheapest whole-word spellings are found by a beam search, and the renderings given are
 * chosen so that the first ones differ in how they start or in their consonant skeleton —
 * the keys a matcher looks names up by — before spellings that only differ in vowels.
 */
import { spellingShape } from '../skeleton.js';
import {
  A_BEFORE_I, AFTER_FINAL_L, CLUSTER_R, CODAS, DROPPED_R, E_BEFORE_I, EPENTHETIC_BEFORE_FINAL, EPENTHETIC_BEFORE_L,
  EPENTHETIC_ONSETS, EPENTHETIC_VOWELS, I_AFTER_A, I_AFTER_E, INITIAL_J_COST, INITIAL_LE, INITIAL_U, NO_R_AT_END,
  NUCLEI, ONSETS, PALATAL_ONSETS, PARTICLE_VOWEL, S_BEFORE_I, SCH_BEFORE_CONSONANT, SCH_BEFORE_T_OR_P, SCH_VOWEL,
  WORD_FINAL_I, WORD_FINAL_SYLLABLES, WORD_INITIAL_ONSETS, type Option,
} from './hangul-loanword-table.js';
import { japaneseReading } from './hangul-japanese.js';
import { FINAL, INITIAL, MEDIAL, isEpenthetic, type Syllable } from './hangul-syllables.js';

/** Spellings kept per syllable and per step of the search: enough for 8 renderings with distinct keys. */
const SYLLABLE_OPTIONS = 10;
const BEAM = 20;
const Y_VOWELS: ReadonlySet<number> = new Set([MEDIAL.YA, MEDIAL.YAE, MEDIAL.YEO, MEDIAL.YE, MEDIAL.YO, MEDIAL.YU]);
const E_VOWELS: ReadonlySet<number> = new Set([MEDIAL.E, MEDIAL.AE]);
/** Finals an English r may stand before (번 burn, 찰 charl, 컨 kern). */
const R_BEFORE_FINALS: ReadonlySet<number> = new Set([FINAL.G, FINAL.N, FINAL.L, FINAL.M, FINAL.S]);

/**
 * The `keep` cheapest pairings of two option lists, costs added, cheapest first (in the
 * order of the lists among equals). A pairing is spelt out only when it makes the cut.
 */
function combine(a: readonly Option[], b: readonly Option[], keep: number): Option[] {
  const out: Option[] = [];
  for (const [x, cx] of a) {
    for (const [y, cy] of b) {
      const cost = cx + cy;
      if (out.length === keep && cost >= out[keep - 1][1]) continue;
      let at = out.length;
      while (at > 0 && out[at - 1][1] > cost) at--;
      out.splice(at, 0, [x + y, cost]);
      if (out.length > keep) out.pop();
    }
  }
  return out;
}

function withoutY(options: readonly Option[]): Option[] {
  return options.map(([s, c]) => [s.startsWith('y') ? s.slice(1) : s, c] as const);
}

/** `options` plus each spelling whose y is written j, at a cost. */
function withJ(options: readonly Option[]): Option[] {
  return [...options, ...options.filter(([s]) => s.startsWith('y')).map(([s, c]) => [`j${s.slice(1)}`, c + INITIAL_J_COST] as const)];
}

/** Whether syllable i is a bare 이 after a syllable with one of `medials` and no final. */
function isIAfter(syllables: readonly Syllable[], i: number, medials: ReadonlySet<number>): boolean {
  const prev = syllables[i - 1];
  const s = syllables[i];
  return prev !== undefined && prev.final === FINAL.NONE && medials.has(prev.medial) && s.initial === INITIAL.NONE && s.medial === MEDIAL.I;
}

const A_VOWEL: ReadonlySet<number> = new Set([MEDIAL.A]);

/** 슈 with a consonant after it: the German sch (or s) of SCH_BEFORE_CONSONANT. */
function isSchCluster(syllables: readonly Syllable[], i: number): boolean {
  const s = syllables[i];
  const next = syllables[i + 1];
  return s.initial === INITIAL.S && s.medial === MEDIAL.YU && s.final === FINAL.NONE && next !== undefined && next.initial !== INITIAL.NONE;
}

/** A word-initial 르 or 드 standing alone before a vowel: a French article or particle. */
function isInitialParticle(syllables: readonly Syllable[], i: number): boolean {
  const s = syllables[i];
  const next = syllables[1];
  return i === 0 && isEpenthetic(s) && s.final === FINAL.NONE && (s.initial === INITIAL.R || s.initial === INITIAL.D) &&
    next !== undefined && next.initial !== INITIAL.R;
}

function onsetOptions(syllables: readonly Syllable[], i: number): readonly Option[] {
  const s = syllables[i];
  const prev = syllables[i - 1];
  if (isInitialParticle(syllables, i) && s.initial === INITIAL.R) return INITIAL_LE;
  if (isEpenthetic(s)) return EPENTHETIC_ONSETS[s.initial];
  if (isSchCluster(syllables, i)) {
    const next = syllables[i + 1].initial;
    return next === INITIAL.T || next === INITIAL.P ? SCH_BEFORE_T_OR_P : SCH_BEFORE_CONSONANT;
  }
  if (Y_VOWELS.has(s.medial) && PALATAL_ONSETS[s.initial]) return PALATAL_ONSETS[s.initial];
  if (s.initial === INITIAL.S && s.medial === MEDIAL.I) return S_BEFORE_I;
  if (s.initial === INITIAL.R && prev) {
    if (prev.final === FINAL.L) return AFTER_FINAL_L;
    if (isEpenthetic(prev) && prev.final === FINAL.NONE) return CLUSTER_R;
  }
  return (i === 0 ? WORD_INITIAL_ONSETS[s.initial] : undefined) ?? ONSETS[s.initial];
}

/**
 * The vowel of an epenthetic ㅡ: none, or one written in some languages; with a final, the
 * final may be the next syllable's (클레 kle: no vowel) or close the syllable (-son, -el).
 */
function epentheticVowelOptions(syllables: readonly Syllable[], i: number): readonly Option[] {
  const s = syllables[i];
  if (isInitialParticle(syllables, i)) return PARTICLE_VOWEL;
  if (s.final === FINAL.NONE) return EPENTHETIC_VOWELS;
  if (s.final !== FINAL.L) return EPENTHETIC_BEFORE_FINAL;
  return syllables[i + 1]?.initial === INITIAL.R ? [['', 0]] : EPENTHETIC_BEFORE_L;
}

function nucleusOptions(syllables: readonly Syllable[], i: number): readonly Option[] {
  const s = syllables[i];
  const last = i === syllables.length - 1;
  if (isEpenthetic(s)) return epentheticVowelOptions(syllables, i);
  if (isSchCluster(syllables, i)) return SCH_VOWEL;
  if (Y_VOWELS.has(s.medial) && PALATAL_ONSETS[s.initial]) return withoutY(NUCLEI[s.medial]);
  if (isIAfter(syllables, i, E_VOWELS)) return I_AFTER_E;
  if (isIAfter(syllables, i, A_VOWEL)) return I_AFTER_A;
  if (syllables[i + 1] && isIAfter(syllables, i + 1, E_VOWELS)) return E_BEFORE_I;
  if (syllables[i + 1] && isIAfter(syllables, i + 1, A_VOWEL)) return A_BEFORE_I;
  if (s.medial === MEDIAL.I && last && s.final === FINAL.NONE) return WORD_FINAL_I;
  if (i === 0 && s.initial === INITIAL.NONE && Y_VOWELS.has(s.medial)) return withJ(NUCLEI[s.medial]);
  if (i === 0 && s.initial === INITIAL.NONE && s.medial === MEDIAL.U) return INITIAL_U;
  return NUCLEI[s.medial];
}

/** The English r Korean leaves out after some vowels (DROPPED_R), as options to add after the vowel. */
function droppedROptions(syllables: readonly Syllable[], i: number): readonly Option[] {
  const s = syllables[i];
  const costs = DROPPED_R[s.medial];
  if (!costs || isEpenthetic(s)) return [['', 0]];
  if (s.final !== FINAL.NONE) return R_BEFORE_FINALS.has(s.final) ? [['', 0], ['r', costs[2]]] : [['', 0]];
  const next = syllables[i + 1];
  if (!next) return costs[1] === 0 ? [['r', 0], ['', NO_R_AT_END]] : [['', 0], ['r', costs[1]]];
  return next.initial === INITIAL.NONE ? [['', 0]] : [['', 0], ['r', costs[0]]];
}

function codaOptions(syllables: readonly Syllable[], i: number): readonly Option[] {
  const s = syllables[i];
  if (s.final === FINAL.L && syllables[i + 1]?.initial === INITIAL.R) return [['l', 0]];
  return CODAS[s.final];
}

/** The spellings of syllable i in its word, cheapest first. */
function syllableOptions(syllables: readonly Syllable[], i: number): Option[] {
  const s = syllables[i];
  const whole = i === syllables.length - 1 && i > 0 ? WORD_FINAL_SYLLABLES[s.char] : undefined;
  if (whole) return [...whole];
  let options = combine(onsetOptions(syllables, i), nucleusOptions(syllables, i), SYLLABLE_OPTIONS);
  options = combine(options, droppedROptions(syllables, i), SYLLABLE_OPTIONS);
  return combine(options, codaOptions(syllables, i), SYLLABLE_OPTIONS);
}

/** Whole-word spellings, cheapest first, distinct. */
export function loanwordSpellings(syllables: readonly Syllable[]): string[] {
  let beam: Option[] = [['', 0]];
  for (let i = 0; i < syllables.length; i++) beam = combine(beam, syllableOptions(syllables, i), BEAM);
  return [...new Set(beam.map(([s]) => s))].filter((s) => s.length > 0);
}

/** Renderings the matcher takes lookup keys from (vocabulary.ts): these should differ in key. */
const KEYED_RENDERINGS = 3;

/**
 * At most `max` spellings: the cheapest, and the Japanese reading where the word could be
 * Japanese (다카시 Takashi); then, up to KEYED_RENDERINGS, the cheapest with a lookup key not
 * yet given, so those reach every likely reading of the name; then the rest by cost, for
 * exact matches.
 */
export function loanwordReadings(syllables: readonly Syllable[], max: number): string[] {
  const spellings = loanwordSpellings(syllables);
  const japanese = japaneseReading(syllables);
  const out = [...new Set([...spellings.slice(0, 1), ...(japanese ? [japanese] : [])])];
  const keys = new Set(out.map(spellingShape));
  for (const s of spellings) {
    if (out.length >= KEYED_RENDERINGS) break;
    const key = spellingShape(s);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(s);
  }
  for (const s of spellings) if (out.length < max && !out.includes(s)) out.push(s);
  return out.slice(0, max);
}
