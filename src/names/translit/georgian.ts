/**
 * Georgian → Latin: the national system of 2002 (also BGN/PCGN 2009 and Georgian passports),
 * its common English variant (ყ → k), and the forms lists copy from Russian documents
 * (Dzhugashvili, Garibashvili). Capitals (Mtavruli) arrive lower-cased by normalisation. Tables
 * are data; the rule engine is the one the Cyrillic module compiles its standards with.
 */
import { compileRules, renderDistinct, type RuleSpec } from './rules.js';

const GEORGIAN_VOWELS = 'აეიოუ';

/** National system 2002: the ejectives (კ პ ტ წ ჭ) and aspirates (ქ ფ თ ც ჩ) share Latin letters. */
const NATIONAL: Readonly<Record<string, string>> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l',
  მ: 'm', ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k',
  ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
  // Letters of Old Georgian and of Mingrelian and Svan, met in some surnames.
  ჱ: 'e', ჲ: 'y', ჳ: 'w', ჴ: 'q', ჵ: 'o', ჶ: 'f', ჷ: 'e', ჸ: '', ჺ: '',
};

const STANDARDS: readonly RuleSpec[] = [
  /** National system 2002 / BGN/PCGN 2009: Mikheil Saakashvili, Irakli Gharibashvili, Qipiani. */
  { letters: NATIONAL },
  /** English usage where ყ, a sound English lacks, is written k (Kipiani, Kvirikashvili). */
  { letters: { ...NATIONAL, ყ: 'k' } },
  /** Through Russian (Джугашвили, Гарибашвили): ღ → g, ყ → k, ჯ → dzh. */
  { letters: { ...NATIONAL, ღ: 'g', ყ: 'k', ჯ: 'dzh' } },
  /** ISO 9984 with diacritics stripped (ჟ ž → z, შ š → s, ჩ ჭ č → c, ძ → j, ხ → x, ღ ġ → g). */
  { letters: { ...NATIONAL, ჟ: 'z', შ: 's', ჩ: 'c', ჭ: 'c', ც: 'c', წ: 'c', ძ: 'j', ხ: 'x', ღ: 'g', ჯ: 'j' } },
];

const COMPILED = STANDARDS.map((s) => compileRules(s, GEORGIAN_VOWELS));

const MAX_RENDERINGS = 8;

/** Latin renderings of a normalised Georgian token, the national system first. */
export function georgianToLatin(token: string): string[] {
  return renderDistinct(token, COMPILED, MAX_RENDERINGS);
}
