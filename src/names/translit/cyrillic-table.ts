/**
 * Cyrillic → Latin tables, one per standard, as data. Values are the standards' Latin with
 * diacritics stripped (ISO 9 "ž" → "z"), since names are compared as plain ASCII. Keys are
 * lower-case letter groups of 1–3 letters; `initial`, `final` and `afterVowel` override
 * `letters` where the standard's positional rules say so (BGN/PCGN: е → ye at the start of a
 * word and after a vowel, й, ъ or ь).
 */
import type { RuleSpec } from './cyrillic.js';

export type CyrillicStandard =
  | 'english' | 'englishI' | 'bgn' | 'icao' | 'iso9' | 'french' | 'german'
  | 'ukrainian' | 'ukrainianPopular' | 'belarusian' | 'belarusianBgn' | 'bulgarian'
  | 'serbian' | 'serbianEnglish';

export type CyrillicLanguage = 'russian' | 'ukrainian' | 'belarusian' | 'bulgarian' | 'serbian';

/** Letters after which BGN/PCGN and the popular forms write е as "ye" (and ё, ю, я iotated). */
export const CYRILLIC_VOWELS = 'аеёиоуыэюяіїєйъь';

/** Latin letters that look like Cyrillic ones and get typed inside Cyrillic words. */
export const LATIN_HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', j: 'ј', o: 'о', p: 'р', s: 'ѕ', x: 'х', y: 'у',
};

/** BGN/PCGN Russian (1947) letter by letter; the other standards are written as changes to it. */
const RUSSIAN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Letters of the other Cyrillic alphabets, so that every standard renders every token.
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
  ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

/** ё after the hushing consonants is pronounced and written "o" in the English forms (Khrushchov). */
const HUSHING_YO = { жё: 'zho', чё: 'cho', шё: 'sho', щё: 'shcho' };

const IOTATED_AT_START = { е: 'ye', ё: 'yo' };

export const STANDARDS: Readonly<Record<CyrillicStandard, RuleSpec>> = {
  /** English-language press and Wikipedia: BGN/PCGN simplified (Yevgeny, Dmitry, Pyotr, Ilyich). */
  english: {
    letters: { ...RUSSIAN, ё: 'yo', ...HUSHING_YO, ьи: 'yi' },
    initial: IOTATED_AT_START,
    afterVowel: IOTATED_AT_START,
    final: { ий: 'y', ый: 'y', ия: 'ia' },
  },
  /** The other common English habit: й → i, е never iotated, кс → x (Sergei, Alexei, Evgeni, Maxim). */
  englishI: {
    letters: { ...RUSSIAN, й: 'i', кс: 'x' },
    final: { ий: 'i', ый: 'y' },
  },
  /** BGN/PCGN 1947, the list compilers' standard (Yevgeniy, Dmitriy, Andreyev). */
  bgn: {
    letters: RUSSIAN,
    initial: IOTATED_AT_START,
    afterVowel: IOTATED_AT_START,
    final: { ый: 'yy' },
  },
  /** ICAO Doc 9303 (Russian passports since 2013): й → i, ъ → ie, ю → iu, я → ia. */
  icao: {
    letters: { ...RUSSIAN, й: 'i', ъ: 'ie', ю: 'iu', я: 'ia', є: 'ie', ї: 'i' },
  },
  /** ISO 9:1995 with its diacritics stripped: one Latin letter per Cyrillic letter. */
  iso9: {
    letters: {
      ...RUSSIAN, ж: 'z', й: 'j', х: 'h', ц: 'c', ч: 'c', ш: 's', щ: 's', ю: 'u', я: 'a',
      ї: 'i', є: 'e', ђ: 'd', џ: 'd', ѓ: 'g', ќ: 'k', ѕ: 'z', љ: 'l', њ: 'n',
    },
  },
  /** French usage (Poutine, Gorbatchev, Tchaïkovski, Serguei, Romanoff). */
  french: {
    letters: {
      ...RUSSIAN, ж: 'j', ч: 'tch', ш: 'ch', щ: 'chtch', у: 'ou', ю: 'iou', я: 'ia', й: 'i',
      кс: 'x', ге: 'gue', ги: 'gui',
    },
    final: { ин: 'ine', ий: 'i', ов: 'off', ев: 'eff' },
  },
  /** German usage (Jelzin, Gorbatschow, Tschaikowski, Sergej). */
  german: {
    letters: {
      ...RUSSIAN, в: 'w', ж: 'sch', з: 's', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch',
      й: 'j', ю: 'ju', я: 'ja', ё: 'jo', кс: 'x',
    },
    initial: { е: 'je', ё: 'jo' },
    afterVowel: { е: 'je', ё: 'jo' },
    final: { ий: 'i', ов: 'ow', ев: 'ew' },
  },
  /** Ukrainian national system (Cabinet resolution 55, 2010; Andrii, Borshchahivka). */
  ukrainian: {
    letters: {
      ...RUSSIAN, г: 'h', и: 'y', й: 'i', ю: 'iu', я: 'ia', є: 'ie', ї: 'i', зг: 'zgh',
    },
    initial: { й: 'y', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi' },
  },
  /** The older Ukrainian spelling in lists and press (Serhiy, Oleksiy, Berezovskyy). */
  ukrainianPopular: {
    letters: { ...RUSSIAN, г: 'h', и: 'y' },
  },
  /** Belarusian as in passports (ICAO with Г → H: Aliaksandr Ryhoravich Lukashenka). */
  belarusian: {
    letters: { ...RUSSIAN, г: 'h', й: 'i', ю: 'iu', я: 'ia', ё: 'io', е: 'ie' },
    initial: { е: 'e', ё: 'io' },
    afterVowel: { е: 'e' },
  },
  /** BGN/PCGN Belarusian (Alyaksandr, ў → w). */
  belarusianBgn: {
    letters: { ...RUSSIAN, г: 'h', ў: 'w' },
    initial: IOTATED_AT_START,
    afterVowel: IOTATED_AT_START,
  },
  /** Bulgarian Streamlined System (2009): ъ → a, щ → sht, х → h, final -ия → ia. */
  bulgarian: {
    letters: { ...RUSSIAN, х: 'h', щ: 'sht', ъ: 'a', ь: 'y' },
    final: { ия: 'ia' },
  },
  /** Serbian and Macedonian Latin alphabets with diacritics stripped (Vucic, Djokovic, Gjorgjiev). */
  serbian: {
    letters: {
      ...RUSSIAN, ж: 'z', х: 'h', ц: 'c', ч: 'c', ш: 's', ђ: 'dj', ћ: 'c', џ: 'dz', ј: 'j',
      љ: 'lj', њ: 'nj', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
    },
  },
  /** Serbian names spelt for English readers (Vuchich, Karadzhich). */
  serbianEnglish: {
    letters: { ...RUSSIAN, х: 'h', ђ: 'dj', ћ: 'ch', џ: 'dzh', ј: 'y', љ: 'ly', њ: 'ny' },
  },
};

const RUSSIAN_ORDER: readonly CyrillicStandard[] = [
  'english', 'englishI', 'bgn', 'icao', 'iso9', 'french', 'german', 'bulgarian',
];

/** Standards to try for a token, by the language its letters point to; most used first. */
export const ORDER_BY_LANGUAGE: Readonly<Record<CyrillicLanguage, readonly CyrillicStandard[]>> = {
  russian: RUSSIAN_ORDER,
  ukrainian: ['ukrainian', 'ukrainianPopular', 'english', 'icao', 'bgn', 'iso9', 'englishI', 'german'],
  belarusian: ['belarusian', 'belarusianBgn', 'ukrainianPopular', 'english', 'icao', 'iso9', 'german'],
  bulgarian: ['bulgarian', ...RUSSIAN_ORDER],
  serbian: ['serbian', 'serbianEnglish', 'iso9', 'english', 'german'],
};
