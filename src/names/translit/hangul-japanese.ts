/**
 * A Japanese name as Korean writes it (the National Institute of Korean Language's table for
 * Japanese), read back in Hepburn: a voiceless k, t or ch starts a word as ㄱ ㄷ ㅈ and is
 * ㅋ ㅌ ㅊ inside it (다카시 Takashi), tsu is 쓰 (츠 in common use), su and zu are 스 and 즈, shi and chi are 시
 * and 치, fu is 후, and a doubled consonant is a final ㅅ (핫토리 Hattori). Long vowels are
 * not written. Only a word made of syllables that table uses has a Japanese reading.
 */
import { FINAL, INITIAL, MEDIAL, type Syllable } from './hangul-syllables.js';

/** Initial → Hepburn consonant inside a word; at the start ㄱ ㄷ are k t (see WORD_INITIAL). */
const ONSET: Readonly<Record<number, string>> = {
  [INITIAL.G]: 'g', [INITIAL.N]: 'n', [INITIAL.D]: 'd', [INITIAL.R]: 'r', [INITIAL.M]: 'm', [INITIAL.B]: 'b',
  [INITIAL.S]: 's', [INITIAL.NONE]: '', [INITIAL.J]: 'j', [INITIAL.CH]: 'ch', [INITIAL.K]: 'k', [INITIAL.T]: 't',
  [INITIAL.P]: 'p', [INITIAL.H]: 'h',
};
const VOWELS = 'aeiouy';
const WORD_INITIAL: Readonly<Record<number, string>> = { [INITIAL.G]: 'k', [INITIAL.D]: 't' };

const VOWEL: Readonly<Record<number, string>> = {
  [MEDIAL.A]: 'a', [MEDIAL.I]: 'i', [MEDIAL.U]: 'u', [MEDIAL.E]: 'e', [MEDIAL.O]: 'o',
  [MEDIAL.YA]: 'ya', [MEDIAL.YU]: 'yu', [MEDIAL.YO]: 'yo',
};

/** Syllables whose Hepburn spelling is not their consonant and vowel. */
const SYLLABLES: Readonly<Record<string, string>> = {
  시: 'shi', 치: 'chi', 지: 'ji', 후: 'fu', 쓰: 'tsu', 쯔: 'tsu', 츠: 'tsu', 스: 'su', 즈: 'zu', 와: 'wa',
  샤: 'sha', 슈: 'shu', 쇼: 'sho', 자: 'ja', 주: 'ju', 조: 'jo', 쟈: 'ja', 쥬: 'ju', 죠: 'jo',
  차: 'cha', 추: 'chu', 초: 'cho', 챠: 'cha', 츄: 'chu', 쵸: 'cho',
};

/** The syllable without its final (칸 → 카), to look up in SYLLABLES. */
function openSyllable(s: Syllable): string {
  return String.fromCharCode(s.char.charCodeAt(0) - s.final);
}

/** Hepburn for a syllable's initial and medial (kyo for 쿄), or null when Japanese has no such syllable. */
function syllableBody(s: Syllable, first: boolean): string | null {
  const whole = SYLLABLES[openSyllable(s)];
  if (whole) return whole;
  const onset = (first ? WORD_INITIAL[s.initial] : undefined) ?? ONSET[s.initial];
  const vowel = VOWEL[s.medial];
  return onset === undefined || vowel === undefined ? null : onset + vowel;
}

/** The Hepburn reading of a Japanese name, or null when a syllable is not one Japanese uses. */
export function japaneseReading(syllables: readonly Syllable[]): string | null {
  let out = '';
  let doubled = false;
  for (let i = 0; i < syllables.length; i++) {
    const s = syllables[i];
    const body = syllableBody(s, i === 0);
    if (body === null) return null;
    if (doubled && !VOWELS.includes(body[0])) out += body.startsWith('ch') ? 't' : body[0];
    out += body;
    doubled = false;
    if (s.final === FINAL.N) out += 'n';
    else if (s.final === FINAL.S && i + 1 < syllables.length) doubled = true;
    else if (s.final !== FINAL.NONE) return null;
  }
  return out;
}
