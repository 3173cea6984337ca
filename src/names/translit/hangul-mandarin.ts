/**
 * A Chinese name as Korean writes it from Mandarin (the National Institute of Korean
 * Language's table for Chinese: 마오쩌둥 Mao Zedong, 저우윈 Zhou Yun), read back in pinyin as
 * "family given" (the given name's syllables joined, as pinyin writes them). Only a word that
 * the table parses whole, that starts with a common Chinese family name, and that has a
 * syllable only Mandarin transcriptions use (궈 guo, 둥 dong, 저우 zhou, 쥔 jun) is read so.
 */
import {
  APICAL_INITIALS, PALATAL_FINALS, PALATAL_INITIALS, PINYIN_FINALS, PINYIN_INITIALS, PINYIN_SURNAMES,
  TWO_SYLLABLE_FINALS, WRITTEN_FINALS, ZERO_INITIAL_FINALS,
} from './hangul-mandarin-table.js';
import { FINAL, INITIAL, MEDIAL, type Syllable } from './hangul-syllables.js';

/** Pinyin spellings of one syllable, and how many Hangul syllables it took. */
interface Piece {
  spellings: string[];
  length: number;
}

const MAX_READINGS = 4;
/** The apical vowel of zhi, chi, shi, ri, zi, ci, si: Korean writes it ㅡ. */
const APICAL_I = '18,0';
/** Medials of two-syllable finals only Mandarin has: ㅓ우 ou, ㅜ이 ui, ㅑ오 iao, ㅟ안 üan. */
const TWO_SYLLABLE_MEDIALS: ReadonlySet<number> = new Set([MEDIAL.EO, MEDIAL.U, MEDIAL.YA, MEDIAL.WI]);
/** 아오 ao (타오 tao, 바오 bao) counts too, 아이 ai and 에이 ei do not (Western names have them). */
const AO = '오';
/** ㅈ ㅊ ㅅ, the palatal initials j q x before ü. */
const PALATAL_HANGUL: ReadonlySet<number> = new Set([INITIAL.J, INITIAL.CH, INITIAL.S]);
/** ㅈ and ㅊ, after which Korean drops the y of an i-final. */
const DROPS_Y: ReadonlySet<number> = new Set([INITIAL.J, INITIAL.CH]);

/** The pinyin final of syllable i (with the next when a final takes two), or null. */
function finalOf(syllables: readonly Syllable[], i: number): { final: string; length: number } | null {
  const s = syllables[i];
  const next = syllables[i + 1];
  if (s.final === FINAL.NONE && next && next.initial === INITIAL.NONE) {
    const two = TWO_SYLLABLE_FINALS[`${s.medial},${next.char}`];
    if (two) return { final: two, length: 2 };
  }
  const key = `${s.medial},${s.final}`;
  if (key === APICAL_I) return { final: 'I', length: 1 };
  const final = PINYIN_FINALS[key];
  return final ? { final, length: 1 } : null;
}

/** An initial and a final as pinyin writes them together, or null when Mandarin has no such syllable. */
function spell(initial: string, final: string): string | null {
  const iFinal = final.startsWith('i') || final.startsWith('v') || final === 'ue';
  if (initial === '') return final === 'I' ? null : ZERO_INITIAL_FINALS[final] ?? final;
  if (final === 'I') return APICAL_INITIALS.includes(initial) ? `${initial}i` : null;
  const palatal = PALATAL_INITIALS.includes(initial);
  // j q x take only i and ü finals; zh ch sh r z c s never do.
  if (palatal !== iFinal && (palatal || APICAL_INITIALS.includes(initial))) return null;
  return initial + (WRITTEN_FINALS[final] ?? final).replace('v', 'u');
}

/** The pinyin syllables syllable i starts, or null when the table has none. */
function pieceAt(syllables: readonly Syllable[], i: number): Piece | null {
  const s = syllables[i];
  const found = finalOf(syllables, i);
  const initials = PINYIN_INITIALS[s.initial];
  if (!found || !initials) return null;
  const spellings: string[] = [];
  for (const initial of initials) {
    const finals = [found.final];
    const palatal = DROPS_Y.has(s.initial) ? PALATAL_FINALS[found.final] : undefined;
    if (palatal) finals.push(palatal);
    for (const final of finals) {
      const spelt = spell(initial, final);
      if (spelt && !spellings.includes(spelt)) spellings.push(spelt);
    }
  }
  return spellings.length ? { spellings, length: found.length } : null;
}

/**
 * A syllable that Mandarin transcriptions write and Western names in Hangul hardly do: the
 * finals ou, ui, ao, iao, üan written in two syllables (저우, 후이, 타오, 랴오, 위안), ㅉ and ㅆ (쭝,
 * 쑨; not 쓰, Japanese tsu), uo (궈), ün (쥔), ong and eng (둥, 펑), ian (롄).
 */
function isMandarinOnly(syllables: readonly Syllable[], i: number, piece: Piece): boolean {
  const s = syllables[i];
  if (piece.length === 2) return TWO_SYLLABLE_MEDIALS.has(s.medial) || syllables[i + 1].char === AO;
  if (s.initial === INITIAL.NONE) return false;
  if (s.initial === INITIAL.JJ || (s.initial === INITIAL.SS && s.medial !== MEDIAL.EU)) return true;
  if (s.medial === MEDIAL.WO) return true;
  if (s.medial === MEDIAL.WI && s.final === FINAL.N) return PALATAL_HANGUL.has(s.initial);
  if (s.final === FINAL.NG && (s.medial === MEDIAL.U || s.medial === MEDIAL.EO)) return true;
  return s.final === FINAL.N && s.medial === MEDIAL.YE;
}

/** The token cut into pinyin syllables, or null when the table does not cover it. */
function parse(syllables: readonly Syllable[]): { pieces: Piece[]; mandarinOnly: boolean } | null {
  const pieces: Piece[] = [];
  let mandarinOnly = false;
  for (let i = 0; i < syllables.length; ) {
    const piece = pieceAt(syllables, i);
    if (!piece) return null;
    mandarinOnly ||= isMandarinOnly(syllables, i, piece);
    pieces.push(piece);
    i += piece.length;
  }
  return { pieces, mandarinOnly };
}

/** Up to MAX_READINGS spellings of the pieces, the first spelling of each first. */
function spellPieces(pieces: readonly Piece[]): string[][] {
  let out: string[][] = [[]];
  for (const piece of pieces) {
    const next: string[][] = [];
    for (const spelling of piece.spellings) for (const head of out) next.push([...head, spelling]);
    out = next.slice(0, MAX_READINGS);
  }
  return out;
}

/**
 * Pinyin readings "family given" of a Mandarin transcription, most likely first; none when
 * the word is not one.
 */
export function mandarinReadings(syllables: readonly Syllable[]): string[] {
  const parsed = parse(syllables);
  if (!parsed || !parsed.mandarinOnly || parsed.pieces.length < 2) return [];
  const out: string[] = [];
  for (const words of spellPieces(parsed.pieces)) {
    const family = PINYIN_SURNAMES.has(words[0] + words[1]) && words.length > 2 ? 2 : 1;
    const surname = words.slice(0, family).join('');
    if (!PINYIN_SURNAMES.has(surname)) continue;
    const reading = `${surname} ${words.slice(family).join('')}`;
    if (!out.includes(reading)) out.push(reading);
  }
  return out;
}
