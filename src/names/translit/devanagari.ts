/**
 * Devanagari → Latin. Each consonant carries an inherent a that Hindi leaves unsaid at the end
 * of a word (राम Ram, not Rama) and between a vowel-consonant and a consonant-vowel (कमला
 * Kamla): schwa deletion, applied right to left, gives the spelling names usually take. The
 * renderings are that spelling; the same without a glide after i (सोनिया Sonia); every inherent
 * a kept (Kamala, as Sanskrit names are often written); v as w (विजय Vijay, Wijay); ī and ū as
 * ee and oo (दीपक Deepak); ph as f and chh as ch.
 */
import {
  ANUSVARA, CHANDRABINDU, CONSONANTS, LABIALS, NUKTA, NUKTA_CONSONANTS, VIRAMA, VISARGA, VOWELS, VOWEL_SIGNS,
} from './devanagari-table.js';

/** A consonant, a vowel (inherent or written), or a nasal after a vowel (anusvara, chandrabindu). */
type Sound =
  | { kind: 'consonant'; latin: string; letter?: string }
  | { kind: 'vowel'; latin: string; inherent: boolean }
  | { kind: 'nasal'; weak: boolean };

/** Clusters whose last consonant keeps the final a (चन्द्र Chandra, सत्य Satya). */
const KEEPS_FINAL_A: ReadonlySet<string> = new Set(['r', 'y', 'v']);
const MAX_RENDERINGS = 8;
const GLIDE_AFTER_I = /iy([aeou])/g;
const ASCII_WORD = /^[a-z]+$/;
/** ज्ञ (jñ) is said and written gy in Hindi names (ज्ञान Gyan). */
const JNA = /\u091c\u094d\u091e/g;
const GYA = '\u0917\u094d\u092f';

/** The token's sounds in order, each consonant followed by its vowel (or none after a virama). */
function sounds(token: string): Sound[] {
  const out: Sound[] = [];
  let pending = false;
  const settle = () => {
    if (pending) out.push({ kind: 'vowel', latin: 'a', inherent: true });
    pending = false;
  };
  for (const ch of token) {
    if (ch === NUKTA) {
      const last = out[out.length - 1];
      if (last?.kind === 'consonant' && last.letter && NUKTA_CONSONANTS[last.letter]) last.latin = NUKTA_CONSONANTS[last.letter];
    } else if (ch === VIRAMA) pending = false;
    else if (VOWEL_SIGNS[ch]) {
      out.push({ kind: 'vowel', latin: VOWEL_SIGNS[ch], inherent: false });
      pending = false;
    } else if (CONSONANTS[ch]) {
      settle();
      out.push({ kind: 'consonant', latin: CONSONANTS[ch], letter: ch });
      pending = true;
    } else if (VOWELS[ch]) {
      settle();
      out.push({ kind: 'vowel', latin: VOWELS[ch], inherent: false });
    } else if (ch === ANUSVARA || ch === CHANDRABINDU) {
      settle();
      out.push({ kind: 'nasal', weak: ch === CHANDRABINDU });
    } else if (ch === VISARGA) {
      settle();
      out.push({ kind: 'consonant', latin: 'h' });
    }
  }
  settle();
  return out;
}

const isConsonant = (s: Sound | undefined) => s?.kind === 'consonant';
/** After a vowel: a written or kept vowel, or a nasal that closes one. */
const closesVowel = (s: Sound | undefined) => s !== undefined && s.kind !== 'consonant';

/**
 * Hindi schwa deletion: the inherent a goes at the word's end after a single consonant or a
 * cluster not ending in r, y, v; and inside the word where a vowel and one consonant come
 * before it and one consonant and a vowel after (VC_CV), taken right to left so that each
 * deletion is seen by the next.
 */
function deleteSchwas(all: Sound[]): Sound[] {
  const s = [...all];
  const last = s.length - 1;
  const final = s[last];
  const before = s[last - 1];
  if (final?.kind === 'vowel' && final.inherent && before?.kind === 'consonant' && last >= 2) {
    if (!isConsonant(s[last - 2]) || !KEEPS_FINAL_A.has(before.latin)) s.splice(last, 1);
  }
  for (let k = s.length - 2; k >= 2; k--) {
    const v = s[k];
    if (v.kind !== 'vowel' || !v.inherent) continue;
    if (isConsonant(s[k - 1]) && closesVowel(s[k - 2]) && isConsonant(s[k + 1]) && s[k + 2]?.kind === 'vowel') s.splice(k, 1);
  }
  return s;
}

interface Style {
  longVowels: boolean;
  w: boolean;
  plain: boolean;
}

const LONG: Readonly<Record<string, string>> = { aa: 'a', ii: 'i', uu: 'u' };
const DOUBLED: Readonly<Record<string, string>> = { aa: 'a', ii: 'ee', uu: 'oo' };

/** The sounds spelled in one style: long vowels short or doubled, v or w, ph and chh or f and ch. */
function spell(s: readonly Sound[], style: Style): string {
  let out = '';
  s.forEach((sound, i) => {
    if (sound.kind === 'vowel') out += (style.longVowels ? DOUBLED : LONG)[sound.latin] ?? sound.latin;
    else if (sound.kind === 'nasal') {
      const next = s[i + 1];
      if (sound.weak && !isConsonant(next)) return;
      out += next?.kind !== 'consonant' ? 'n' : LABIALS.has(next.latin) ? 'm' : next.latin === 'h' ? 'ng' : 'n';
    } else {
      let c = sound.latin;
      if (style.w && c === 'v') c = 'w';
      if (style.plain && c === 'ph') c = 'f';
      if (style.plain && c === 'chh') c = 'ch';
      out += c;
    }
  });
  return out;
}

/** A glide after i is the i itself in most Latin spellings: सोनिया Sonia (also Soniya). */
function withoutGlide(latin: string): string {
  return latin.replace(GLIDE_AFTER_I, 'i$1');
}

export function devanagariToLatin(token: string): string[] {
  const full = sounds(token.replace(JNA, GYA));
  if (full.length === 0) return [];
  const spoken = deleteSchwas(full);
  const base: Style = { longVowels: false, w: false, plain: false };
  const candidates = [
    spell(spoken, base),
    spell(full, base),
    spell(spoken, { ...base, w: true }),
    spell(spoken, { ...base, longVowels: true }),
    spell(spoken, { ...base, plain: true }),
    spell(full, { ...base, longVowels: true }),
    spell(full, { ...base, w: true }),
    spell(spoken, { longVowels: true, w: true, plain: true }),
  ];
  candidates.splice(1, 0, withoutGlide(candidates[0]));
  return [...new Set(candidates.filter((c) => ASCII_WORD.test(c)))].slice(0, MAX_RENDERINGS);
}
