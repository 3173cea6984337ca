/**
 * Armenian → Latin: BGN/PCGN 1981 (Eastern Armenian, as in Armenian passports and most lists),
 * the common English spellings (-ian for -յան, ou for ու), the Russian-mediated forms lists
 * copy from Russian documents (Kocharyan → Kocharian, ղ → g, ջ → dzh), and Western Armenian,
 * whose voiced and voiceless stops are the other way round (Hagopian, Bedrosian). Tables are
 * data; the rule engine is the one the Cyrillic module compiles its standards with.
 */
import { compileRules, renderDistinct, type RuleSpec } from './rules.js';

/** ու is one vowel; ւ alone occurs only in it and in եւ (the ligature և after NFKC). */
const ARMENIAN_VOWELS = 'աեէըիոօւ';

/** BGN/PCGN 1981 letter by letter, aspiration marks dropped (թ t', փ p', ք k', ց ts', չ ch'). */
const EASTERN: Readonly<Record<string, string>> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i',
  լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n',
  շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts',
  ւ: 'v', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f',
  ու: 'u', եւ: 'ev',
};

/** ե and ո start a word as ye and vo (Yerevan, Voskanyan); և as yev. */
const IOTATED_AT_START = { ե: 'ye', ո: 'vo', եւ: 'yev' };

/** Western Armenian reads the stops and affricates the other way round (Eastern b ↔ Western p). */
const WESTERN_SHIFTS = {
  բ: 'p', պ: 'b', գ: 'k', կ: 'g', դ: 't', տ: 'd', ճ: 'j', ջ: 'ch', ձ: 'ts', ծ: 'dz', ու: 'ou',
  յան: 'ian', եան: 'ian',
};

const STANDARDS: readonly RuleSpec[] = [
  /** BGN/PCGN 1981: Nikol Pashinyan, Serzh Sargsyan, Yerevan. */
  { letters: EASTERN, initial: IOTATED_AT_START },
  /** English spelling with -ian (Kocharian, Ter-Petrosian) and ou (Hovhannisian). */
  { letters: { ...EASTERN, յան: 'ian', եան: 'ian' }, initial: IOTATED_AT_START },
  { letters: { ...EASTERN, ու: 'ou', յան: 'ian', եան: 'ian' }, initial: IOTATED_AT_START },
  /** Through Russian (Кочарян, Саргсян): ղ → g, ջ → dzh, ը dropped, ե → e. */
  { letters: { ...EASTERN, ղ: 'g', ջ: 'dzh', ը: '', ց: 'ts', յան: 'yan' }, initial: { ո: 'vo' } },
  /** Western Armenian (Hagopian, Bedrosian). */
  { letters: { ...EASTERN, ...WESTERN_SHIFTS }, initial: IOTATED_AT_START },
  /** ISO 9985 with its diacritics stripped: one letter each, no positional rules (ե → e, ո → o). */
  { letters: { ...EASTERN, ը: 'e', ու: 'ow', ց: 'c', ծ: 'c', ձ: 'j', ջ: 'j', չ: 'c', ճ: 'c', խ: 'x' } },
];

const COMPILED = STANDARDS.map((s) => compileRules(s, ARMENIAN_VOWELS));

const MAX_RENDERINGS = 8;

/** Latin renderings of a normalised Armenian token, BGN/PCGN first. */
export function armenianToLatin(token: string): string[] {
  return renderDistinct(token, COMPILED, MAX_RENDERINGS);
}
