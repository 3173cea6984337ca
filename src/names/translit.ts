/**
 * One token in any script → its Latin renderings, through the module for its script.
 * Contract of every `xToLatin(token)`: the token is already normalised (normalizeName:
 * lower case, marks and apostrophes gone) and in that script; the result is 0–8 distinct
 * strings of lower-case ASCII letters, a single space where one token stands for several
 * Latin words ("김정은" → "kim jong un"), the most standard rendering first. Pure and fast:
 * tables are built once at module load.
 */
import type { Script } from './script.js';
import { arabicToLatin } from './translit/arabic.js';
import { hebrewToLatin } from './translit/hebrew.js';
import { cyrillicToLatin } from './translit/cyrillic.js';
import { greekToLatin } from './translit/greek.js';
import { armenianToLatin } from './translit/armenian.js';
import { georgianToLatin } from './translit/georgian.js';
import { hangulToLatin } from './translit/hangul.js';
import { hanToLatin } from './translit/han.js';
import { kanaToLatin } from './translit/kana.js';
import { devanagariToLatin } from './translit/devanagari.js';

const BY_SCRIPT: Partial<Record<Script, (token: string) => string[]>> = {
  Arabic: arabicToLatin,
  Hebrew: hebrewToLatin,
  Cyrillic: cyrillicToLatin,
  Greek: greekToLatin,
  Armenian: armenianToLatin,
  Georgian: georgianToLatin,
  Hangul: hangulToLatin,
  Han: hanToLatin,
  Kana: kanaToLatin,
  Devanagari: devanagariToLatin,
};

const ASCII_WORDS = /^[a-z]+(?: [a-z]+)*$/;

/** Latin renderings of a normalised token; a Latin token is its own rendering. */
export function latinize(token: string, script: Script): string[] {
  if (script === 'Latin') return ASCII_WORDS.test(token) ? [token] : [];
  return BY_SCRIPT[script]?.(token) ?? [];
}
