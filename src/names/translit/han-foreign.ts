/**
 * A foreign name transcribed into Chinese characters (弗拉基米尔 Vladimir, 斯塔克 Stuck) read
 * back to the sounds the characters stand for. Each character gives its source spellings from
 * the transcription table, bare consonants without the vowel Chinese adds to them, so that the
 * reading meets the Latin name on its consonants (the matcher's skeleton) and comes near it in
 * spelling; pinyin reads the same characters as Chinese syllables (fulajimier). A character has
 * several spellings (拉 la/ra, 维 vi/wi), so a name has several readings: the likeliest first,
 * then those that sound different, then respellings (doubled consonants, final y).
 */
import { pinyin } from 'pinyin-pro';
import { consonantSkeleton, preferDistinct } from '../skeleton.js';
import { COMMON_SURNAMES, FOREIGN_READINGS, TRANSCRIPTION_ENDINGS, TRANSCRIPTION_ONLY } from './han-foreign-table.js';

/** Character → its source spellings, the table's own value first. */
const SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(FOREIGN_READINGS).flatMap(([chars, values]) => [...chars].map((c) => [c, values.split(' ')] as const)),
);
const TRANSCRIPTION_ONLY_SET: ReadonlySet<string> = new Set(TRANSCRIPTION_ONLY);
const TRANSCRIPTION_ENDINGS_SET: ReadonlySet<string> = new Set(TRANSCRIPTION_ENDINGS);
const SURNAMES: ReadonlySet<string> = new Set(COMMON_SURNAMES);

/** Longest token read as a Chinese personal name (family name + given name). */
const MAX_CHINESE_NAME = 3;
/** Share of a token's characters the table must have for it to be read as transcribed. */
const MIN_TABLE_SHARE = 0.6;
/** Readings tried at most, cheapest first (each alternative spelling costs its place in its list). */
const MAX_COST = 3;
/** Partial readings kept at most while reading a long token, cheapest first: bounds the work. */
const MAX_PARTIAL = 300;
const VOWEL = /[aeiouy]/;
/** A bare consonant and the next spelling that open a word together (Kl-, Dr-, Fl-, Vl-, St-). */
const INITIAL_CLUSTER = /^(?:[bcfgkpv][lr]|[dt]r|s[^aeiouy]|[a-z][aeiouy])/;
/** A single consonant that Western spellings double after a short vowel (Bassett, Gallo, Rossi). */
const DOUBLES = /^[bdfgklmnprstz](?!h)/;
/** A spelling that ends in a consonant and i, which English writes y at a word's end (Rudy). */
const FINAL_I = /[^aeiou]i$/;
const GLIDE_VOWEL = /^y[aeiou]/;
/** After s, the b, d, g characters stand for the unaspirated p, t, k of sp, st, sk. */
const AFTER_S: Readonly<Record<string, string>> = { b: 'p', d: 't', g: 'k' };
const STOPS = /^[tdpb]/;
const LABIAL = /^[pb]/;
const PINYIN_SYLLABLE = /^[a-z]+$/;

function isBareConsonant(spelling: string): boolean {
  return !VOWEL.test(spelling);
}

/**
 * True when the token reads as a transcribed foreign name: most of its characters are in the
 * transcription table, and it is not a short token that starts with a common Chinese family
 * name, unless a character only transcriptions use follows or one that ends transcriptions
 * ends it (罗林 stays Luo Lin; 罗斯 is Ross, 韓森 Hansen).
 */
export function isTranscribedName(token: string): boolean {
  const chars = [...token];
  if (chars.length < 2) return false;
  const known = chars.filter((c) => SPELLINGS.has(c)).length;
  if (known / chars.length < MIN_TABLE_SHARE) return false;
  if (chars.length > MAX_CHINESE_NAME || !SURNAMES.has(chars[0])) return true;
  return chars.slice(1).some((c) => TRANSCRIPTION_ONLY_SET.has(c)) || TRANSCRIPTION_ENDINGS_SET.has(chars[chars.length - 1]);
}

/** Toneless pinyin of a character the table does not have, ü as u. */
function pinyinOf(char: string): string {
  const syllable = pinyin(char, { toneType: 'none', v: true }).replace('v', 'u');
  return PINYIN_SYLLABLE.test(syllable) ? syllable : '';
}

/**
 * Where a bare consonant stands decides its place among the spellings. It opens a word only
 * in a cluster: before l or r it stays bare (克里斯 Kris), before anything else the character
 * is read with its vowel (德西 Desi). At the word's end it comes first (维奇 -vich, -vic).
 */
function orderedAt(chars: readonly string[], i: number, own: readonly string[]): readonly string[] {
  if (i + 1 === chars.length) return [...own.filter(isBareConsonant), ...own.filter((s) => !isBareConsonant(s))];
  if (i > 0 || !isBareConsonant(own[0])) return own;
  const next = SPELLINGS.get(chars[i + 1])?.[0] ?? '';
  if (INITIAL_CLUSTER.test(own[0] + next)) return own;
  const voiced = own.filter((s) => !isBareConsonant(s));
  return voiced.length === 0 ? own : voiced;
}

/** After a vowel (or n before n), the first spelling with its consonant doubled, as a last alternative (Anna). */
function withDoubled(chars: readonly string[], i: number, own: readonly string[]): readonly string[] {
  if (i === 0) return own;
  const before = SPELLINGS.get(chars[i - 1])?.[0] ?? '';
  const first = own[0];
  const last = before[before.length - 1] ?? '';
  if (!DOUBLES.test(first) || !(VOWEL.test(last) || (last === 'n' && first[0] === 'n'))) return own;
  return [...own, (first[0] === 'k' ? 'c' : first[0]) + first];
}

/** At the word's end, a first spelling in consonant + i also written with y, as a last alternative. */
function withFinalY(chars: readonly string[], i: number, own: readonly string[]): readonly string[] {
  if (i + 1 < chars.length || !FINAL_I.test(own[0])) return own;
  return [...own, `${own[0].slice(0, -1)}y`];
}

/** The spellings of the character at `i` in its place in the word, likeliest first. */
function spellingsAt(chars: readonly string[], i: number): readonly string[] {
  const own = SPELLINGS.get(chars[i]);
  if (!own) return [pinyinOf(chars[i])];
  return withFinalY(chars, i, withDoubled(chars, i, orderedAt(chars, i, own)));
}

/** A bare consonant that repeats the sound of the letter before it: c and k are one sound. */
function repeatsSound(letter: string | undefined, spelling: string): boolean {
  if (letter === undefined || spelling.length !== 1) return false;
  return letter === spelling || (letter === 'c' && spelling === 'k') || (letter === 'k' && spelling === 'c');
}

/**
 * Joins a spelling to the reading before it, as the source language spells the sounds that
 * meet there:
 * - a glide after i is the i itself (玛丽亚 Maria, not "mariya");
 * - German st and sp are said scht and schp, and 施 is their s (施泰因 Stein);
 * - after s, Chinese writes the unaspirated p, t, k of sp, st, sk with the b, d, g characters
 *   (斯大林 Stalin, 斯巴达 Sparta);
 * - Chinese syllables end in n, never m, so n before p or b is m (兰普林 Rampling), and a
 *   syllable's n before n is that one n (伊万诺夫 Ivanov);
 * - a bare consonant after the same sound adds nothing (珀 per + 爾 r: Per; 麥克 Mac).
 */
function append(text: string, spelling: string): string {
  if (text.endsWith('i') && GLIDE_VOWEL.test(spelling)) return text + spelling.slice(1);
  const before = text.endsWith('sch') && STOPS.test(spelling) ? text.slice(0, -2) : text;
  const head = spelling[0];
  if (before.endsWith('s') && head in AFTER_S) return before + AFTER_S[head] + spelling.slice(1);
  if (before.endsWith('n') && LABIAL.test(spelling)) return `${before.slice(0, -1)}m${spelling}`;
  if (before.endsWith('n') && spelling.startsWith('n')) return before + spelling.slice(1);
  if (isBareConsonant(spelling) && repeatsSound(before[before.length - 1], spelling)) return before;
  return before + spelling;
}

interface Reading {
  text: string;
  cost: number;
}

/**
 * Every reading up to MAX_COST (the cheapest MAX_PARTIAL of them for a long token), cheapest
 * first; among equals, those that change an earlier character first, since a name's first
 * letter weighs most in finding it.
 */
function readingsByCost(options: readonly (readonly string[])[]): string[] {
  let partial: Reading[] = [{ text: '', cost: 0 }];
  for (const spellings of options) {
    const next: Reading[] = [];
    spellings.forEach((s, k) => {
      for (const p of partial) if (p.cost + k <= MAX_COST) next.push({ text: append(p.text, s), cost: p.cost + k });
    });
    partial = next.length > MAX_PARTIAL ? next.sort((a, b) => a.cost - b.cost).slice(0, MAX_PARTIAL) : next;
  }
  partial.sort((a, b) => a.cost - b.cost);
  return [...new Set(partial.map((r) => r.text).filter((t) => t.length > 0))];
}

/** How the matcher looks a spelling up by sound: its first letter (any vowel alike) and its consonant skeleton. */
function soundKey(text: string): string {
  return `${VOWEL.test(text[0]) ? '*' : text[0]}${consonantSkeleton(text)}`;
}

/**
 * Up to `max` readings of a transcribed name: the likeliest, then the likeliest of each other
 * sound (another first letter or consonant), then respellings of a sound already given. The
 * matcher finds names by sound on its first renderings and compares all of them letter for
 * letter, so the sounds come first and the respellings fill the rest.
 */
export function foreignReadings(token: string, max: number): string[] {
  const chars = [...token];
  return preferDistinct([], readingsByCost(chars.map((_, i) => spellingsAt(chars, i))), max, soundKey);
}
