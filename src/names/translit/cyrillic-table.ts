/**
 * Cyrillic → Latin tables, one per standard, as data. Values are the standards' Latin with
 * diacritics stripped (ISO 9 "ž" → "z"), since names are compared as plain ASCII. Keys are
 * lower-case letter groups of 1–3 letters; `initial`, `final` and `afterVowel` override
 * `letters` where the standard's positional rules say so (BGN/PCGN: е → ye at the start of a
 * word and after a vowel, й, ъ or ь).
 */
import type { RuleSpec } from './rules.js';

export type CyrillicStandard =
  | 'english' | 'englishYe' | 'englishI' | 'lists' | 'bgn' | 'icao' | 'iso9' | 'french' | 'german'
  | 'japanese' | 'ukrainian' | 'ukrainianPopular' | 'belarusian' | 'belarusianNational' | 'belarusianBgn'
  | 'bulgarian'
  | 'serbian' | 'serbianEnglish';

export type CyrillicLanguage = 'russian' | 'ukrainian' | 'belarusian' | 'bulgarian' | 'serbian';

/** Letters after which BGN/PCGN and the popular forms write е as "ye" (and ё, ю, я iotated). */
export const CYRILLIC_VOWELS = 'аеёиоуыэюяіїєйъь';

/** Latin letters that look like Cyrillic ones (in upper or lower case) and get typed inside Cyrillic words. */
export const LATIN_HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};

/**
 * Given names whose е is a ё that Russian print usually leaves undotted (Пётр, Фёдор, Семён,
 * Артём, Алёна, Алёша), with the names and patronymics built on them: restored before rendering
 * so that the English forms come out as Pyotr, Fyodorovich, Semyonov.
 */
export const YO_WORDS: Readonly<Record<string, string>> = { петр: 'пётр' };
export const YO_WORD_STARTS: Readonly<Record<string, string>> = {
  ален: 'алён', алеш: 'алёш', артем: 'артём', семен: 'семён', федор: 'фёдор',
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

/** ё (and Ukrainian-spelt ьо) as English writes it: "yo", but "o" after the hushing consonants (Khrushchov). */
const YO_AS_YO = { ё: 'yo', ьо: 'yo', жё: 'zho', чё: 'cho', шё: 'sho', щё: 'shcho' };

const IOTATED_AT_START = { е: 'ye', ё: 'yo' };

export const STANDARDS: Readonly<Record<CyrillicStandard, RuleSpec>> = {
  /**
   * English-language press and list entries: е never iotated, ье → ie, кс → x, -ий → y, and
   * Alexander for Александр (Sergey, Evgeny, Alexey, Dmitry, Valerievich, Maria).
   */
  english: {
    letters: { ...RUSSIAN, ...YO_AS_YO, ье: 'ie', ьи: 'yi', кс: 'x' },
    final: { ий: 'y', ый: 'y', ия: 'ia', ндр: 'nder' },
  },
  /** Wikipedia's English: BGN/PCGN simplified, е iotated (Yevgeny, Andreyev, Pyotr, Ilyich). */
  englishYe: {
    letters: { ...RUSSIAN, ...YO_AS_YO, ьи: 'yi' },
    initial: IOTATED_AT_START,
    afterVowel: IOTATED_AT_START,
    final: { ий: 'y', ый: 'y', ия: 'ia' },
  },
  /** The other English habit: й → i, дж → j, щ → sch (Sergei, Nikolai, Dmitri, Mikhailovich, Jalalovich). */
  englishI: {
    letters: { ...RUSSIAN, й: 'i', дж: 'j', щ: 'sch' },
    final: { ий: 'i', ый: 'y', ия: 'ia' },
  },
  /**
   * The form Russian registers and many list entries use (every English name in RuPEP follows
   * it): BGN/PCGN letters, е iotated only after ь and ъ (Dmitriy, Nikolaevich, Yuryevich).
   */
  lists: {
    letters: { ...RUSSIAN, ье: 'ye', ъе: 'ye' },
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
      й: 'j', ю: 'ju', я: 'ja', ё: 'jo', кс: 'x', жё: 'scho', чё: 'tscho', шё: 'scho', щё: 'schtscho',
    },
    initial: { е: 'je', ё: 'jo' },
    afterVowel: { е: 'je', ё: 'jo' },
    final: { ий: 'i', ов: 'ow', ев: 'ew' },
  },
  /**
   * Japanese names in Russian (Polivanov system) read back as Hepburn: си → shi, ти → chi,
   * дз → z. Polivanov writes え as э, so an е in such a name is a ё that lost its dots: yo.
   */
  japanese: {
    letters: {
      ...RUSSIAN, х: 'h', й: 'i', ъ: '', си: 'shi', сю: 'shu', ся: 'sha', сё: 'sho', ти: 'chi',
      тю: 'chu', тя: 'cha', тё: 'cho', цу: 'tsu', дз: 'z', дзи: 'ji', дзю: 'ju', дзя: 'ja', дзё: 'jo',
      ва: 'wa', ё: 'yo',
    },
    initial: { е: 'yo' },
    afterVowel: { е: 'yo' },
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
    letters: { ...RUSSIAN, г: 'h', и: 'y', ьо: 'yo' },
  },
  /** Belarusian as in passports (ICAO with Г → H: Aliaksandr Ryhoravich Lukashenka, Siarhei). */
  belarusian: {
    letters: { ...RUSSIAN, г: 'h', й: 'i', ю: 'iu', я: 'ia', ё: 'io' },
  },
  /** Belarusian national system (2007, adopted by the UN) with diacritics stripped (Siarhiej, Lukasenka). */
  belarusianNational: {
    letters: {
      ...RUSSIAN, г: 'h', й: 'j', х: 'ch', ц: 'c', ч: 'c', ш: 's', ж: 'z', е: 'ie', ё: 'io', ю: 'iu', я: 'ia',
    },
    initial: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' },
    afterVowel: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' },
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
  'english', 'lists', 'englishI', 'englishYe', 'icao', 'bgn', 'iso9', 'german', 'french',
  'ukrainianPopular', 'bulgarian', 'japanese',
];

/** Standards to try for a token, by the language its letters point to; most used first. */
export const ORDER_BY_LANGUAGE: Readonly<Record<CyrillicLanguage, readonly CyrillicStandard[]>> = {
  russian: RUSSIAN_ORDER,
  ukrainian: ['ukrainian', 'ukrainianPopular', 'english', 'icao', 'bgn', 'iso9', 'englishI', 'german'],
  belarusian: ['belarusian', 'belarusianBgn', 'belarusianNational', 'english', 'lists', 'icao', 'iso9', 'german'],
  bulgarian: ['bulgarian', ...RUSSIAN_ORDER],
  serbian: ['serbian', 'serbianEnglish', 'iso9', 'english', 'german'],
};
