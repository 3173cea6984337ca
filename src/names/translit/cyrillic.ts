/**
 * Cyrillic → Latin, several standards at once. The standards are data (cyrillic-table.ts);
 * each is compiled by the rule engine (rules.ts) once at load, and a token renders with one
 * pass per standard.
 */
import {
  CYRILLIC_VOWELS, LATIN_HOMOGLYPHS, ORDER_BY_LANGUAGE, STANDARDS, YO_WORDS, YO_WORD_STARTS,
  type CyrillicLanguage, type CyrillicStandard,
} from './cyrillic-table.js';
import { compileRules, renderDistinct, renderWithRules, type CompiledRules } from './rules.js';

const MAX_RENDERINGS = 8;

const COMPILED = new Map<CyrillicStandard, CompiledRules>(
  (Object.keys(STANDARDS) as CyrillicStandard[]).map((k) => [k, compileRules(STANDARDS[k], CYRILLIC_VOWELS)]),
);

const TABLES_BY_LANGUAGE = Object.fromEntries(
  Object.entries(ORDER_BY_LANGUAGE).map(([lang, order]) => [lang, order.map((k) => COMPILED.get(k)!)]),
) as Record<CyrillicLanguage, CompiledRules[]>;

const SERBIAN_LETTERS = /[ђјљњћџѓќѕ]/;
/**
 * ў; і beside ы, э or ё (Ukrainian has none of them); the patronymics -авіч, -аўна; дзі, дзя
 * and дзё, where Ukrainian writes ді, дя and дьо (Дзямідава, Дзіма).
 */
const BELARUSIAN_SIGNS = /ў|і.*[ыэё]|[ыэё].*і|авіч|аўна|дз[іяё]/;
/** і ї є ґ, and the -ський/-цький surnames that Russian writes -ский/-цкий. */
const UKRAINIAN_SIGNS = /[іїєґ]|[сцз]ьк(?:ий|а)$/;
/** ъ is a vowel in Bulgarian; Russian writes it only before е ё ю я. */
const BULGARIAN_SIGNS = /ъ(?![еёюя])/;
const TAJIK_SIGNS = /[ҳҷӣӯ]/;
const KAZAKH_SIGNS = /[әғқұһ]/;
/** Kyrgyz adds only ң ө ү to Russian (Mongolian writes ө ү too, and reads them alike). */
const KYRGYZ_SIGNS = /[ңөү]/;
const LATIN_LETTER = /[a-zĸ]/;
const LATIN_IN_CYRILLIC = /[a-zĸ]/g;

/** Which language's standards go first, from the letters only that language writes. */
export function guessCyrillicLanguage(token: string): CyrillicLanguage {
  if (SERBIAN_LETTERS.test(token)) return 'serbian';
  if (TAJIK_SIGNS.test(token)) return 'tajik';
  if (KAZAKH_SIGNS.test(token)) return 'kazakh';
  if (KYRGYZ_SIGNS.test(token)) return /і/.test(token) ? 'kazakh' : 'kyrgyz';
  if (BELARUSIAN_SIGNS.test(token)) return 'belarusian';
  if (UKRAINIAN_SIGNS.test(token)) return 'ukrainian';
  if (BULGARIAN_SIGNS.test(token)) return 'bulgarian';
  return 'russian';
}

/** Latin look-alikes typed inside Cyrillic words ("Сергiй" with a Latin i) → their Cyrillic letters. */
export function replaceLatinHomoglyphs(token: string): string {
  return LATIN_LETTER.test(token) ? token.replace(LATIN_IN_CYRILLIC, (c) => LATIN_HOMOGLYPHS[c] ?? c) : token;
}

const ENGLISH = COMPILED.get('english')!;

/** The spelling with ё is second to the usual one (Petr, Pyotr): lists write both. */
function insertSecond(out: string[], latin: string): void {
  if (out.includes(latin)) return;
  out.splice(1, 0, latin);
  if (out.length > MAX_RENDERINGS) out.pop();
}

const YO_RESTORED = new Map(Object.entries(YO_WORDS));
const YO_STARTS_RESTORED = Object.entries(YO_WORD_STARTS);

/** The ё of the names that Russian print writes without dots (Петр → Пётр, Федорович → Фёдорович). */
export function restoreYo(token: string): string {
  const whole = YO_RESTORED.get(token);
  if (whole !== undefined) return whole;
  for (const [plain, dotted] of YO_STARTS_RESTORED) {
    if (token.startsWith(plain)) return dotted + token.slice(plain.length);
  }
  return token;
}

/** Latin renderings of a normalised Cyrillic token, the most common form for its language first. */
export function cyrillicToLatin(token: string): string[] {
  const cyrillic = replaceLatinHomoglyphs(token);
  const out = renderDistinct(cyrillic, TABLES_BY_LANGUAGE[guessCyrillicLanguage(cyrillic)], MAX_RENDERINGS);
  const dotted = restoreYo(cyrillic);
  if (dotted !== cyrillic) insertSecond(out, renderWithRules(dotted, ENGLISH));
  return out;
}
