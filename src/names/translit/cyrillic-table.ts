/**
 * Cyrillic → Latin tables, one per standard, as data. Values are the standards' Latin with
 * diacritics stripped (ISO 9 "ž" → "z"), since names are compared as plain ASCII. Keys are
 * lower-case letter groups of 1–4 letters; `initial`, `final` and `afterVowel` override
 * `letters` where the standard's positional rules say so (BGN/PCGN: е → ye at the start of a
 * word and after a vowel, й, ъ or ь).
 */
import type { RuleSpec } from './rules.js';

export type CyrillicStandard =
  | 'english' | 'englishYe' | 'englishI' | 'lists' | 'bgn' | 'icao' | 'iso9' | 'french' | 'german'
  | 'japanese' | 'westernEnglish' | 'westernRomance' | 'polish' | 'scholarly'
  | 'ukrainian' | 'ukrainianPopular' | 'belarusian' | 'belarusianNational' | 'belarusianBgn' | 'belarusianRussified'
  | 'belarusianRussifiedRegisters'
  | 'bulgarian' | 'serbian' | 'serbianEnglish'
  | 'kazakhBgn' | 'kazakhLatin' | 'kyrgyzBgn' | 'tajikBgn' | 'centralAsianPopular';

export type CyrillicLanguage = 'russian' | 'ukrainian' | 'belarusian' | 'bulgarian' | 'serbian' | 'kazakh' | 'kyrgyz' | 'tajik';

/** Letters after which BGN/PCGN and the popular forms write е as "ye" (and ё, ю, я iotated). */
export const CYRILLIC_VOWELS = 'аеёиоуыэюяіїєйъь';

/**
 * Latin letters that look like Cyrillic ones (in upper or lower case) and get typed inside
 * Cyrillic words; ĸ (kra) is the small-capital k that stands in for к ("Вiĸтаравiч").
 */
export const LATIN_HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', ĸ: 'к',
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
  // Kazakh, Kyrgyz, Tajik (and Tatar, Bashkir) letters as the English press writes them.
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
  җ: 'zh', ҙ: 'z', ҫ: 's', ҡ: 'k',
};

/** ё (and Ukrainian-spelt ьо) as English writes it: "yo", but "o" after the hushing consonants (Khrushchov). */
const YO_AS_YO = { ё: 'yo', ьо: 'yo', жё: 'zho', чё: 'cho', шё: 'sho', щё: 'shcho' };

const IOTATED_AT_START = { е: 'ye', ё: 'yo' };

/**
 * German and French double с between vowels, where a single s would read as z (Wassili,
 * Borissow, Issaïev): the group с + vowel after a vowel, given the table's own vowel letters.
 */
function doubledSBetweenVowels(vowels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(vowels).map(([v, latin]) => [`с${v}`, `ss${latin}`]));
}
const PLAIN_VOWELS = { а: 'a', е: 'e', и: 'i', о: 'o', ы: 'y', э: 'e' };

/**
 * Names of other languages written in Russian, read back into their own spelling. Russian
 * practical transcription writes c, k and q all as к, English short a as э, Italian z as ц:
 * these tables undo that for the names Russian sources give in Cyrillic only (Croll for
 * Кролл, Curzio for Курцио, Szczuka for Щука, Janičić for Яничич).
 */
const FOREIGN_NAME_STANDARDS = {
  /**
   * English names: к → c, э → a, уи → wi, оу → ow (Frank, Wilroy, Cramp, Creswick); эйр is
   * how Russian writes the English "air" (Ютэйр is UTair, Эйрбас Airbus).
   */
  westernEnglish: {
    letters: {
      ...RUSSIAN, ...YO_AS_YO, к: 'c', кс: 'x', э: 'a', эй: 'ay', эйр: 'air', уи: 'wi', уэ: 'we', уо: 'wo', оу: 'ow',
      дж: 'j', х: 'h', ю: 'u', ке: 'ke', ки: 'ki',
    },
    final: { ий: 'y', ый: 'y', ия: 'ia', к: 'k' },
  },
  /** Italian, Spanish and Latin names: к → c, кв → qu, ц → z, дж → g, нь → gn, ль before a vowel ll (Curzio, Cavagna, Castillo). */
  westernRomance: {
    letters: {
      ...RUSSIAN, к: 'c', кк: 'cc', кс: 'x', кв: 'qu', ц: 'z', цц: 'zz', х: 'h', дж: 'g', ги: 'ghi', ге: 'ghe',
      нь: 'gn', льо: 'llo', лья: 'lla', лье: 'lle', льи: 'lli', й: 'i', ю: 'iu', я: 'ia', э: 'e',
    },
  },
  /**
   * Polish spelling (Szczuka, Jarosz, Warszawski, Wodzinowski); the given names in -ия as Polish
   * and the other Latin-script languages write them (Julia, Maria, Natalia).
   */
  polish: {
    letters: {
      ...RUSSIAN, в: 'w', ж: 'z', х: 'ch', ц: 'c', ч: 'cz', ш: 'sz', щ: 'szcz', й: 'j', я: 'ja', ю: 'ju',
      ё: 'jo', ль: 'l', сь: 's', зь: 'z', нь: 'n', ць: 'c',
    },
    final: { ий: 'i', ый: 'y', ия: 'ia' },
  },
  /**
   * The scholarly transliteration (ISO/R 9:1968) without diacritics, which is how Czech,
   * Croatian and Slovene names come back (Janicic, Stojadinovic, Chmelinova).
   */
  scholarly: {
    letters: { ...RUSSIAN, ж: 'z', х: 'ch', ц: 'c', ч: 'c', ш: 's', щ: 'sc', й: 'j', я: 'ja', ю: 'ju', ё: 'jo' },
  },
} satisfies Record<string, RuleSpec>;

/** Kazakh, Kyrgyz and Tajik: BGN/PCGN and the national Latin alphabets, diacritics stripped. */
const CENTRAL_ASIAN_STANDARDS = {
  /** BGN/PCGN Kazakh (Qaraghandy, Öskemen → Oskemen). */
  kazakhBgn: {
    letters: { ...RUSSIAN, ғ: 'gh', қ: 'q', ң: 'ng' },
    initial: IOTATED_AT_START,
    afterVowel: IOTATED_AT_START,
  },
  /** Kazakh Latin alphabet of 2021 (Qasym-Jomart Toqaev): ж → j, ш → s, қ → q. */
  kazakhLatin: {
    letters: { ...RUSSIAN, ж: 'j', ш: 's', қ: 'q', х: 'h', й: 'i', ю: 'iu', я: 'ia', ё: 'io', ц: 'ts' },
  },
  /** BGN/PCGN Kyrgyz: ж → j, ң → ng (Japarov, Jalal-Abad). */
  kyrgyzBgn: {
    letters: { ...RUSSIAN, ж: 'j', ң: 'ng' },
    initial: IOTATED_AT_START,
    afterVowel: IOTATED_AT_START,
  },
  /** BGN/PCGN Tajik: ғ → gh, қ → q, ҳ → h, ҷ → j (Rahmon, Qurghonteppa). */
  tajikBgn: {
    letters: { ...RUSSIAN, ғ: 'gh', қ: 'q', ҳ: 'h', ҷ: 'j' },
  },
  /** The names as passports and the press write them: х → h, ҷ → dzh, й → i (Emomali Rahmon, Nursultan). */
  centralAsianPopular: {
    letters: { ...RUSSIAN, х: 'h', ҷ: 'dzh', й: 'i', ң: 'ng' },
  },
} satisfies Record<string, RuleSpec>;

/** Belarusian letters and endings as the Russian spelling of the same name reads (see belarusianRussified). */
const BELARUSIAN_AS_RUSSIAN = { ...RUSSIAN, ў: 'v', дз: 'd', дзя: 'de', ця: 'te', ці: 'ti', авіч: 'ovich', аўна: 'ovna', еўна: 'evna' };
const BELARUSIAN_ENDINGS_AS_RUSSIAN = { аў: 'ov', оў: 'ov', еў: 'ev', ёў: 'yov', скі: 'sky', цкі: 'tsky' };

export const STANDARDS: Readonly<Record<CyrillicStandard, RuleSpec>> = {
  /**
   * English-language press and list entries: е never iotated, ье and ьё → ie, кс → x, -ий → y,
   * and Alexander for Александр (Sergey, Evgeny, Alexey, Dmitry, Valerievich, Soloviev, Maria).
   */
  english: {
    letters: { ...RUSSIAN, ...YO_AS_YO, ье: 'ie', ьё: 'ie', ьи: 'yi', кс: 'x' },
    final: { ий: 'y', ый: 'y', ия: 'ia', ндр: 'nder' },
  },
  /** Wikipedia's English: BGN/PCGN simplified, е iotated, кс → x (Yevgeny, Andreyev, Pyotr, Ilyich, Alexeyevich). */
  englishYe: {
    letters: { ...RUSSIAN, ...YO_AS_YO, ьи: 'yi', кс: 'x' },
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
  /** French usage (Poutine, Gorbatchev, Tchaïkovski, Serguei, Romanoff, Fiodor, Vassili). */
  french: {
    letters: {
      ...RUSSIAN, ж: 'j', ч: 'tch', ш: 'ch', щ: 'chtch', у: 'ou', ю: 'iou', я: 'ia', й: 'i', ё: 'io',
      кс: 'x', ге: 'gue', ги: 'gui',
    },
    afterVowel: doubledSBetweenVowels({ ...PLAIN_VOWELS, у: 'ou', ю: 'iou', я: 'ia', ё: 'io' }),
    final: { ин: 'ine', ий: 'i', ов: 'off', ев: 'eff' },
  },
  /** German usage (Jelzin, Gorbatschow, Tschaikowski, Sergej, Wassili, Andrejew). */
  german: {
    letters: {
      ...RUSSIAN, в: 'w', ж: 'sch', з: 's', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch',
      й: 'j', ю: 'ju', я: 'ja', ё: 'jo', кс: 'x', жё: 'scho', чё: 'tscho', шё: 'scho', щё: 'schtscho',
    },
    initial: { е: 'je', ё: 'jo' },
    afterVowel: { е: 'je', ё: 'jo', ...doubledSBetweenVowels({ ...PLAIN_VOWELS, у: 'u', ю: 'ju', я: 'ja', ё: 'jo' }) },
    // -ов, -ев come out -ow, -ew (-jew after a vowel: Andrejew) from в → w itself.
    final: { ий: 'i' },
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
  /** Belarusian as in passports (ICAO with Г → H, y at the start: Aliaksandr Ryhoravich Lukashenka, Siarhei, Yauhen). */
  belarusian: {
    letters: { ...RUSSIAN, г: 'h', й: 'i', ю: 'iu', я: 'ia', ё: 'io' },
    initial: { я: 'ya', ю: 'yu', е: 'ye', ё: 'yo' },
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
  /**
   * A Belarusian name as its Russian spelling reads, which lists give beside it (ВОІНАЎ →
   * VOINOV, ГЛАДКОЎ → GLADKOV, -авіч → -ovich): ў → v, the endings -аў, -оў → -ov, -скі → -sky.
   * Belarusian writes the soft д and т of Russian as дз and ц (дзеканне, цеканне) and an
   * unstressed е as я (яканне): дзя and ця are Russian де and те (ДЗЯМІДАЎ → DEMIDOV), ці is
   * ти; -рый is the -рий of Russian given names, as the English press writes it (Дзмітрый →
   * Dmitry, Юрый → Yury).
   */
  belarusianRussified: {
    letters: BELARUSIAN_AS_RUSSIAN,
    final: { ...BELARUSIAN_ENDINGS_AS_RUSSIAN, рый: 'ry' },
  },
  /** The same with -рый as Russian registers write -рий (Dmitriy, Yuriy). */
  belarusianRussifiedRegisters: {
    letters: BELARUSIAN_AS_RUSSIAN,
    final: { ...BELARUSIAN_ENDINGS_AS_RUSSIAN, рый: 'riy' },
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
  ...FOREIGN_NAME_STANDARDS,
  ...CENTRAL_ASIAN_STANDARDS,
};

/**
 * Russian first, then the forms of foreign names written in Russian. The cap on renderings
 * keeps the first ones, so the forms that add least come last.
 */
const RUSSIAN_ORDER: readonly CyrillicStandard[] = [
  'english', 'lists', 'englishI', 'englishYe', 'icao', 'bgn', 'iso9', 'german', 'french',
  'polish', 'japanese', 'westernEnglish', 'westernRomance', 'scholarly', 'ukrainianPopular', 'bulgarian',
];
const CENTRAL_ASIAN_ORDER: readonly CyrillicStandard[] = ['centralAsianPopular', 'english', 'icao', 'iso9'];

/** Standards to try for a token, by the language its letters point to; most used first. */
export const ORDER_BY_LANGUAGE: Readonly<Record<CyrillicLanguage, readonly CyrillicStandard[]>> = {
  russian: RUSSIAN_ORDER,
  ukrainian: ['ukrainian', 'ukrainianPopular', 'english', 'icao', 'bgn', 'iso9', 'englishI', 'german'],
  belarusian: [
    'belarusian', 'belarusianBgn', 'belarusianNational', 'belarusianRussified', 'belarusianRussifiedRegisters', 'english', 'lists',
    'icao', 'iso9', 'german',
  ],
  bulgarian: ['bulgarian', ...RUSSIAN_ORDER],
  serbian: ['serbian', 'serbianEnglish', 'iso9', 'english', 'german'],
  kazakh: ['english', 'kazakhBgn', 'kazakhLatin', ...CENTRAL_ASIAN_ORDER],
  kyrgyz: ['english', 'kyrgyzBgn', ...CENTRAL_ASIAN_ORDER],
  tajik: ['tajikBgn', ...CENTRAL_ASIAN_ORDER],
};
