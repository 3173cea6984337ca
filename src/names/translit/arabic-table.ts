/**
 * Data for Arabic-script transliteration (Arabic, Persian, Urdu). Letter values follow the
 * public conventions named per column; name vocalisations are the standard forms of common
 * names (short vowels are unwritten, so only a list can supply them).
 */

/** أ إ آ ٱ are one letter for matching: writers drop the hamza and madda freely. */
export const ALEF_FORMS: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا' };

/** ى (alef maqsura) and ی (Persian yeh) are written for ي, and ي for them (Egypt, Iran). */
export const YEH_FORMS: Readonly<Record<string, string>> = { 'ى': 'ي', 'ی': 'ي', 'ے': 'ي', 'ۓ': 'ي', 'ێ': 'ي' };

/** Teh marbuta and the Persian and Urdu forms of heh all end names the same way. */
export const HEH_FORMS: Readonly<Record<string, string>> = { 'ة': 'ه', 'ۃ': 'ه', 'ہ': 'ه', 'ە': 'ه', 'ھ': 'ه' };

/** Hamza on a carrier reads as its carrier; a bare hamza is not romanised in names. */
export const HAMZA_FORMS: Readonly<Record<string, string>> = { 'ؤ': 'و', 'ئ': 'ي', 'ء': '' };

/** Persian writes a zero-width non-joiner inside names (خامنه‌ای); it is typography, not a letter. */
export const JOINERS: Readonly<Record<string, string>> = { '\u200c': '', '\u200d': '' };

/**
 * Persian, Urdu, Pashto, Kurdish and Maghrebi letters, each folded to the letter whose sound
 * it shares (Pashto ځ dz as in Zadran ځدران → ز, څ ts → س, ښ → ش, ږ → ژ; Urdu and Pashto
 * retroflexes → their dental).
 */
export const REGIONAL_FORMS: Readonly<Record<string, string>> = {
  'ک': 'ك', 'ڪ': 'ك', 'ٹ': 'ت', 'ڈ': 'د', 'ڑ': 'ر', 'ں': 'ن', 'ۆ': 'و', 'ۇ': 'و', 'ڕ': 'ر', 'ڵ': 'ل',
  'ټ': 'ت', 'ډ': 'د', 'ړ': 'ر', 'ڼ': 'ن', 'ې': 'ي', 'ۍ': 'ي', 'ځ': 'ز', 'څ': 'س', 'ښ': 'ش', 'ږ': 'ژ',
  'ڨ': 'گ', 'ڭ': 'گ', 'ݣ': 'گ',
};

/**
 * Romanisation profiles, the columns of the tables below, one per convention lists use:
 * 0 std — BGN/PCGN 1956 and ALA-LC without diacritics (Muhammad, Kazim, Qasim);
 * 1 fr  — French and Maghrebi spellings (Djaafar, Chérif, Mohamed Ould, Abdelkader);
 * 2 fa  — Persian, Turkish and Urdu values (ث ص س = s, ذ ض ظ ز = z, ق = gh, و = v: Ghasem, Ramazan);
 * 3 ru  — Arabic names through Russian (ح = kh: Mukhammad, ج = dzh);
 * 4 eg  — Egyptian and Gulf spoken values (ج and ق = g: Gamal, Gaddafi; ظ ذ = th: Kathim);
 * 5 lit — consonants and written long vowels only (ODNI-style dh for ذ ظ), the bare skeleton;
 * 6 sl  — Slavic surnames written in Arabic (ف = v, و = o, ي = e, final يتش = ić: Lavrov
 *         لافروف, Marković ماركوفيتش), used only for tokens with a Slavic ending (SLAVIC_ENDINGS);
 * 7 we  — European names as Arabic writes them: their vowels are written (و = o, ي = e, a
 *         final ي = i), ق ك = k, غ = g, and no short vowel is supplied (Pelosi بيلوسي, Kristina
 *         كريستينا, Gogol غوغول);
 * 8 af  — Afghan and Pakistani spellings (Dari, Pashto, Urdu): Persian s and z for ث ذ ض ظ, but
 *         q for ق and w for و (Wasiq وثيق, Zabihullah, Qudratullah).
 */
export const STANDARD_PROFILE = 0;
export const FRENCH_PROFILE = 1;
export const PERSIAN_PROFILE = 2;
const RUSSIAN_PROFILE = 3;
const EGYPTIAN_PROFILE = 4;
export const LITERAL_PROFILE = 5;
export const SLAVIC_PROFILE = 6;
export const WESTERN_PROFILE = 7;
export const AFGHAN_PROFILE = 8;
/** The conventions whose readings follow a name's leading ones, likeliest in the lists first. */
export const TAIL_PROFILES: readonly number[] = [
  FRENCH_PROFILE, AFGHAN_PROFILE, PERSIAN_PROFILE, EGYPTIAN_PROFILE, RUSSIAN_PROFILE, LITERAL_PROFILE,
];
type PerProfile = readonly [string, string, string, string, string, string, string, string, string];

/** Consonant → its value in each profile; '' is not romanised (ع). */
export const CONSONANTS: Readonly<Record<string, PerProfile>> = {
  'ب': ['b', 'b', 'b', 'b', 'b', 'b', 'b', 'b', 'b'],
  'ت': ['t', 't', 't', 't', 't', 't', 't', 't', 't'],
  'ث': ['th', 't', 's', 's', 'th', 'th', 's', 'th', 's'],
  'ج': ['j', 'dj', 'j', 'dzh', 'g', 'j', 'zh', 'j', 'j'],
  'ح': ['h', 'h', 'h', 'kh', 'h', 'h', 'kh', 'h', 'h'],
  'خ': ['kh', 'kh', 'kh', 'kh', 'kh', 'kh', 'kh', 'kh', 'kh'],
  'د': ['d', 'd', 'd', 'd', 'd', 'd', 'd', 'd', 'd'],
  'ذ': ['dh', 'd', 'z', 'z', 'th', 'dh', 'z', 'd', 'z'],
  'ر': ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  'ز': ['z', 'z', 'z', 'z', 'z', 'z', 'z', 'z', 'z'],
  'س': ['s', 's', 's', 's', 's', 's', 's', 's', 's'],
  'ش': ['sh', 'ch', 'sh', 'sh', 'sh', 'sh', 'sh', 'sh', 'sh'],
  'ص': ['s', 's', 's', 's', 's', 's', 's', 's', 's'],
  'ض': ['d', 'd', 'z', 'd', 'd', 'dh', 'd', 'd', 'z'],
  'ط': ['t', 't', 't', 't', 't', 't', 't', 't', 't'],
  'ظ': ['z', 'd', 'z', 'z', 'th', 'dh', 'z', 'z', 'z'],
  'ع': ['', '', '', '', '', '', '', '', ''],
  'غ': ['gh', 'gh', 'gh', 'g', 'gh', 'gh', 'g', 'g', 'gh'],
  'ف': ['f', 'f', 'f', 'f', 'f', 'f', 'v', 'f', 'f'],
  'ق': ['q', 'k', 'gh', 'k', 'g', 'q', 'k', 'k', 'q'],
  'ك': ['k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k'],
  'ل': ['l', 'l', 'l', 'l', 'l', 'l', 'l', 'l', 'l'],
  'م': ['m', 'm', 'm', 'm', 'm', 'm', 'm', 'm', 'm'],
  'ن': ['n', 'n', 'n', 'n', 'n', 'n', 'n', 'n', 'n'],
  'ه': ['h', 'h', 'h', 'kh', 'h', 'h', 'h', 'h', 'h'],
  'پ': ['p', 'p', 'p', 'p', 'p', 'p', 'p', 'p', 'p'],
  'چ': ['ch', 'tch', 'ch', 'ch', 'ch', 'ch', 'ch', 'ch', 'ch'],
  'ژ': ['zh', 'j', 'zh', 'zh', 'zh', 'zh', 'zh', 'zh', 'zh'],
  'گ': ['g', 'g', 'g', 'g', 'g', 'g', 'g', 'g', 'g'],
  'ڤ': ['v', 'v', 'v', 'v', 'v', 'v', 'v', 'v', 'v'],
  'و': ['w', 'ou', 'v', 'v', 'w', 'w', 'v', 'w', 'w'],
  'ي': ['y', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y'],
};

/**
 * Vowel values per profile: written long vowels, the short vowel supplied between consonants,
 * the one after a long ā (the fāʿil pattern: Kāẓim, Khālid), and the ending written ه or ة
 * after a consonant (Fāṭima, Persian Zadeh).
 */
export const VOWELS = {
  alef: ['a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'],
  waw: ['u', 'ou', 'o', 'u', 'o', 'u', 'o', 'o', 'u'],
  yeh: ['i', 'i', 'i', 'i', 'ee', 'i', 'e', 'e', 'i'],
  short: ['a', 'e', 'a', 'a', 'a', '', 'e', '', 'a'],
  afterLongA: ['i', 'e', 'e', 'i', 'e', '', 'e', '', 'i'],
  tehMarbuta: ['a', 'a', 'eh', 'a', 'ah', 'a', 'a', 'a', 'a'],
} as const satisfies Record<string, PerProfile>;

/**
 * Letter pairs read as one sound: تش is the ch of foreign names (Charles تشارلز); the Slavic
 * profile writes a final -ić as lists do (Marković).
 */
export const DIGRAPHS: Readonly<Record<string, PerProfile>> = {
  'تش': ['ch', 'tch', 'ch', 'ch', 'ch', 'tsh', 'ch', 'ch', 'ch'],
};
export const SLAVIC_FINAL_ICH = 'c';

/** Endings of Slavic surnames as Arabic writes them: -ov(a), -ev(a), -ović, -ski, -enko. */
export const SLAVIC_ENDINGS: readonly string[] = [
  'وف', 'يف', 'وفا', 'يفا', 'تش', 'سكي', 'سكايا', 'نكو', 'وفنا', 'يفنا',
];

/**
 * Values a letter takes outside the profiles, each tried alone on the standard reading: Arabic
 * writes foreign and Persian g with ك and ق (Sargsyan سركيسيان), German ch and Spanish j with خ
 * (Bach باخ, José خوسيه), Spanish v with ب (Velarde بيلاردي), Russian zh with ز or ج, German
 * st and sp with ش (Stein شتاين); Gulf speech says ج as y.
 */
export const ALTERNATES: Readonly<Record<string, readonly string[]>> = {
  'ك': ['g'],
  'ق': ['k', 'g'],
  'خ': ['ch', 'j', 'k'],
  'ب': ['v', 'p'],
  'ز': ['zh', 's'],
  'ج': ['zh', 'y'],
  'ش': ['s'],
  'ث': ['s', 't'],
  'ذ': ['z', 'd'],
  'ظ': ['dh', 'th'],
  'ض': ['z', 'dh'],
  'ف': ['v'],
};

/**
 * Other values of written vowels: و and ي between consonants are also the diphthongs aw and ay
 * (Khawla خولة, Zaynab زينب), and a word's first alef is also i or e (Islam, Ibrahim written
 * ابراهيم without its hamza; Persian Esmail).
 */
export const VOWEL_ALTERNATES = {
  waw: ['aw'],
  yeh: ['ay'],
  initialAlef: ['i', 'e'],
} as const;

/**
 * How lists begin a name whose first consonant is this letter, most used first (BGN/PCGN for
 * Arabic names; for European names as Arabic writes them, the letters their own spelling
 * uses: Pelosi بيلوسي, Cristina كريستينا, Viktor فيكتور, Gerhard جيرهارد, Johansen يوهانسن,
 * Charles تشارلز, Schneider شنايدر, Jesús خيسوس).
 */
export const INITIAL_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  'ب': ['b', 'p'],
  'ك': ['k', 'c'],
  'ق': ['q', 'k', 'g', 'c'],
  'ف': ['f', 'v', 'ph'],
  'ج': ['j', 'g', 'dj'],
  'ي': ['y', 'j'],
  'ش': ['sh', 'ch', 's'],
  'تش': ['ch', 'tch'],
  'خ': ['kh', 'h', 'j', 'ch'],
  'ث': ['th', 't', 's'],
  'و': ['w', 'v'],
  'س': ['s', 'c'],
  'ز': ['z', 's'],
  'غ': ['gh', 'g'],
  'ذ': ['dh', 'z', 'd'],
  'ظ': ['z', 'dh', 'd'],
  'ض': ['d', 'z'],
};

/** Letters a European name's final consonant cluster ends in after a vowel it does not write (Kelsen كيلسن). */
export const SONORANTS = 'رلنم';

/** Persian reads a و between consonants as v as often as u (Parviz پرویز, Khosravi خسروی). */
export const PERSIAN_MEDIAL_WAW: readonly string[] = ['v'];

/**
 * Letters for sounds European languages lack, which Arabic writes only in names of its own (or
 * borrowed from it): a token with one is read as an Arabic name first.
 */
export const ARABIC_ONLY_LETTERS = 'عحصضطظق';

/** Letters only Persian and Urdu write: a token with one is read with Persian values first. */
export const PERSIAN_ONLY_LETTERS = 'پچژگکیےٹڈڑ';

/** Letters the article's l assimilates to (ash-Shaykh, ad-Din, ar-Rahman). */
export const SUN_LETTERS = 'تثدذرزسشصضطظلن';

/** Tokens that are particles of a name (kinship, servitude, the article) and their usual renderings. */
export const PARTICLES: Readonly<Record<string, readonly string[]>> = {
  'ال': ['al', 'el'],
  'عبد': ['abd', 'abdel', 'abdul', 'abdal'],
  'ابو': ['abu', 'abou', 'abo', 'bou'],
  'ابي': ['abi', 'abou', 'abu'],
  'ابا': ['aba', 'abu'],
  'بن': ['bin', 'ben', 'ibn', 'bn'],
  'ابن': ['ibn', 'bin', 'ben'],
  'بنت': ['bint', 'bent'],
  'ولد': ['ould', 'walad', 'wuld'],
  'ام': ['umm', 'um', 'oum'],
  'الله': ['ullah', 'allah', 'alla', 'ollah', 'allahi'],
  'الدين': ['uddin', 'addin', 'eddine', 'aldin', 'eddin', 'din', 'uddeen', 'ud din'],
  'الرحمن': ['urrahman', 'rahman', 'errahmane', 'arrahman', 'alrahman', 'rahmane', 'urrehman', 'rehman'],
};

/**
 * Particles written joined to the name (عبدالرحمن, ابوبكر), with the forms lists join them
 * in: the word itself, its French spelling, and the forms that take the article's l or its
 * assimilated consonant (Abdul Rahman, Abdurrahman; French Abdelaziz, Abderrahmane).
 */
export interface GluedParticle {
  word: string;
  french: string;
  beforeArticle: string;
  beforeArticleFrench: string;
}
export const GLUED_PREFIXES: ReadonlyArray<readonly [string, GluedParticle]> = [
  ['عبد', { word: 'abd', french: 'abd', beforeArticle: 'abdu', beforeArticleFrench: 'abde' }],
  ['ابو', { word: 'abu', french: 'abou', beforeArticle: 'abu', beforeArticleFrench: 'abou' }],
];

/** Glued endings read as name + particle: نصرالله, نورالدين. */
export const GLUED_SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['الله', ['allah', 'ullah', 'ollah']],
  ['الدين', ['uddin', 'eddine', 'al din']],
];
