/**
 * Han → Latin. A Chinese name is one token ("习近平"): the family name (one character, or a
 * compound like 欧阳) and the given name. Lists write the given name joined ("Xi Jinping"),
 * hyphenated in Wade–Giles ("Hsi Chin-p'ing") or spaced ("XI Jin Ping"), so each system's
 * rendering is given joined and spaced. Pinyin, with the family-name readings of polyphonic
 * characters (单 Shan, 曾 Zeng, 解 Xie), comes from pinyin-pro; Wade–Giles and the regional
 * family-name spellings (Hong Kong Chan, Taiwan Hsu) from tables. A foreign name transcribed
 * into characters (斯塔克 Stuck) is read back by the transcription table instead (han-foreign.ts).
 */
import { pinyin } from 'pinyin-pro';
import { COMPOUND_SURNAMES, ORGANISATION_WORDS, PINYIN_UMLAUT, WADE_GILES } from './han-table.js';
import { HAN_SURNAME_SPELLINGS } from './han-surnames.js';
import { foreignReadings, isTranscribedName } from './han-foreign.js';

const MAX_RENDERINGS = 8;
/** Renderings of a transcribed foreign name from the transcription table; its pinyin takes the last place. */
const FOREIGN_RENDERINGS = 7;
/** Longest token read as a personal name (family name + given name); longer ones are words. */
const MAX_NAME_LENGTH = 4;
const PINYIN_SYLLABLE = /^[a-z]+$/;
const LATERAL = /l/g;
const PINYIN_OPTIONS = { surname: 'head', toneType: 'none', type: 'array', v: true } as const;
const COMPOUND_SYLLABLES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(COMPOUND_SURNAMES).map(([characters, reading]) => [characters, reading.split(' ')]),
);

/** A token with a company or organisation word in it (公司, 銀行): not a personal name. */
function isOrganisationWord(token: string): boolean {
  for (const word of ORGANISATION_WORDS) if (token.includes(word)) return true;
  return false;
}

/** The compound family name a token starts with, if any. */
function compoundSurname(token: string): readonly string[] | undefined {
  return COMPOUND_SYLLABLES.get(token.slice(0, 2));
}

/**
 * Toneless pinyin syllables of a token, ü as v; characters pinyin-pro cannot read are dropped.
 * A compound family name takes its reading from the table (pinyin-pro reads 萬俟 as wansi).
 */
function pinyinSyllables(token: string, compound: readonly string[] | undefined): string[] {
  const syllables = pinyin(token, PINYIN_OPTIONS).filter((s) => PINYIN_SYLLABLE.test(s));
  if (compound && syllables.length >= 2) syllables.splice(0, 2, ...compound);
  return syllables;
}

/** Pinyin as English text writes it: ü as u (Lu Xun). */
function pinyinAscii(syllable: string): string {
  return PINYIN_UMLAUT[syllable]?.[0] ?? syllable;
}

/**
 * A transcribed foreign name with r for l: Chinese transcription writes the r of a foreign
 * name with the l syllables (罗 luo, 里 li, 拉 la: 罗伯特 Robert), as it writes its l.
 */
function withTrill(joined: string): string {
  return joined.replace(LATERAL, 'r');
}

function wadeGiles(syllable: string): string {
  return WADE_GILES[syllable] ?? syllable;
}

/** Adds a rendering unless it is empty, already there, or the list is full. */
function pushRendering(out: string[], rendering: string): void {
  if (rendering.length === 0 || out.length >= MAX_RENDERINGS || out.includes(rendering)) return;
  out.push(rendering);
}

/**
 * Family name then given name, given name joined and spaced, in pinyin then Wade–Giles; the
 * whole name as one word, as a transcribed foreign name is read (雷納 → leina); the family
 * name as Taiwan, Hong Kong and South-East Asia spell it, with the Wade–Giles given name; the
 * PRC passport spelling of ü (吕布 → lyu bu); and the one-word reading with r for l (雷納 →
 * reina). `length` is the family name's: 2 for a compound like 欧阳, else 1.
 */
function romaniseFullName(token: string, syllables: string[], length: number): string[] {
  const family = syllables.slice(0, length);
  const given = syllables.slice(length);
  const pinyinFamily = family.map(pinyinAscii).join('');
  const pinyinGiven = given.map(pinyinAscii);
  const wgFamily = family.map(wadeGiles).join('');
  const wgGiven = given.map(wadeGiles);
  const out: string[] = [];
  pushRendering(out, `${pinyinFamily} ${pinyinGiven.join('')}`);
  pushRendering(out, `${pinyinFamily} ${pinyinGiven.join(' ')}`);
  pushRendering(out, `${wgFamily} ${wgGiven.join('')}`);
  pushRendering(out, `${wgFamily} ${wgGiven.join(' ')}`);
  pushRendering(out, pinyinFamily + pinyinGiven.join(''));
  for (const spelling of HAN_SURNAME_SPELLINGS[token.slice(0, length)] ?? []) {
    pushRendering(out, `${spelling} ${wgGiven.join('')}`);
  }
  const passport = PINYIN_UMLAUT[family.join('')]?.[1];
  if (passport) pushRendering(out, `${passport} ${pinyinGiven.join('')}`);
  pushRendering(out, withTrill(pinyinFamily + pinyinGiven.join('')));
  return out;
}

/**
 * A family name standing alone (one character, or a compound like 欧阳): pinyin, Wade–Giles,
 * its regional spellings, and the PRC passport spelling of ü (吕 → lyu). A character that is
 * no family name just gets its reading.
 */
function romaniseFamilyName(token: string, syllables: string[]): string[] {
  const out: string[] = [];
  pushRendering(out, syllables.map(pinyinAscii).join(''));
  pushRendering(out, syllables.map(wadeGiles).join(''));
  for (const spelling of HAN_SURNAME_SPELLINGS[token] ?? []) pushRendering(out, spelling);
  const passport = PINYIN_UMLAUT[syllables.join('')]?.[1];
  if (passport) pushRendering(out, passport);
  return out;
}

/** A word that is not a personal name (a company, a transcribed foreign name): joined, then syllable by syllable. */
function romaniseWord(syllables: string[]): string[] {
  const pinyinForm = syllables.map(pinyinAscii);
  const out: string[] = [];
  pushRendering(out, pinyinForm.join(''));
  pushRendering(out, syllables.map(wadeGiles).join(''));
  pushRendering(out, pinyinForm.join(' '));
  pushRendering(out, withTrill(pinyinForm.join('')));
  return out;
}

/**
 * A transcribed foreign name (弗拉基米尔 Vladimir): its readings from the transcription table,
 * then its pinyin as one word, the reading a list may have copied.
 */
function romaniseTranscribed(token: string, syllables: string[]): string[] {
  const out = foreignReadings(token, FOREIGN_RENDERINGS);
  pushRendering(out, syllables.map(pinyinAscii).join(''));
  return out;
}

export function hanToLatin(token: string): string[] {
  const compound = compoundSurname(token);
  const syllables = pinyinSyllables(token, compound);
  if (syllables.length === 0) return [];
  if (!compound && !isOrganisationWord(token) && isTranscribedName(token)) return romaniseTranscribed(token, syllables);
  if (syllables.length === 1 || (compound && syllables.length === 2)) return romaniseFamilyName(token, syllables);
  if (syllables.length > MAX_NAME_LENGTH || isOrganisationWord(token)) return romaniseWord(syllables);
  return romaniseFullName(token, syllables, compound ? 2 : 1);
}
