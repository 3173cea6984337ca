/**
 * Data for Hebrew → Latin. Letter values follow the conventions Israeli passports, the press
 * and the Academy of the Hebrew Language's 2006 simplified rules use (b/v, k/kh, p/f as
 * begadkefat dictates, ts for צ, sh for ש); name vocalisations are the standard forms of
 * common names, which the letters alone do not give.
 */

/** Final forms are the same letters (ך ם ן ף ץ); Yiddish ligatures are letter pairs. */
export const FINAL_FORMS: Readonly<Record<string, string>> = {
  'ך': 'כ', 'ם': 'מ', 'ן': 'נ', 'ף': 'פ', 'ץ': 'צ', 'װ': 'וו', 'ױ': 'וי', 'ײ': 'יי', 'ﬠ': 'ע', 'ﬡ': 'א',
};

/** Geresh (׳ or an apostrophe) after a letter marks a foreign sound: ג׳ = j (George), צ׳ = ch. */
export const GERESH_MARKS = '׳\'';
export const GERESH_VALUES: Readonly<Record<string, string>> = {
  'ג': 'j', 'ז': 'zh', 'צ': 'ch', 'ת': 'th', 'ד': 'dh', 'ח': 'kh', 'ע': 'gh',
};

/**
 * Other spellings of a letter with a geresh: ג׳ is the g of Italian gi (Giorgetti ג׳ורג׳טי),
 * ז׳ the j or g of French (Jean, Georges ז׳ורז׳), צ׳ the c of Italian and Romanian ce, ci.
 */
export const GERESH_ALTERNATES: Readonly<Record<string, readonly string[]>> = {
  'ג': ['g'],
  'ז': ['j', 'g'],
  'צ': ['c'],
};

/**
 * Consonant → [value at the start of a word or after a consonant, value after a vowel]. The
 * pairs differ for begadkefat letters, spirantised after a vowel (Avraham, Yaakov), and for פ,
 * which is f at the end of a word (Yosef).
 */
export const CONSONANTS: Readonly<Record<string, readonly [string, string]>> = {
  'ב': ['b', 'v'],
  'ג': ['g', 'g'],
  'ד': ['d', 'd'],
  'ה': ['h', 'h'],
  'ו': ['v', 'v'],
  'ז': ['z', 'z'],
  'ח': ['kh', 'kh'],
  'ט': ['t', 't'],
  'י': ['y', 'y'],
  'כ': ['k', 'kh'],
  'ל': ['l', 'l'],
  'מ': ['m', 'm'],
  'נ': ['n', 'n'],
  'ס': ['s', 's'],
  'פ': ['p', 'f'],
  'צ': ['ts', 'tz'],
  'ק': ['k', 'k'],
  'ר': ['r', 'r'],
  'ש': ['sh', 'sh'],
  'ת': ['t', 't'],
  'א': ['', ''],
  'ע': ['', ''],
};

/**
 * Values a letter takes in other conventions and in foreign names, each tried alone: ב b/v,
 * כ k/kh, פ p/f (begadkefat is unwritten without points); ג j and ז zh and צ ch once the geresh
 * is lost; ח as h or ch (Chaim); ו as w (William ויליאם); ש as s (sin); ת as s (Ashkenazi);
 * צ as z (German Zimmer), ק and כ as c, ק as the q of qu (Quayle קווייל), consonant י as the j of German and Scandinavian names
 * (Johann יוהאן), פ as the v German pronounces f (von פון).
 */
export const ALTERNATES: Readonly<Record<string, readonly string[]>> = {
  'ב': ['v', 'b'],
  'כ': ['kh', 'k', 'ch', 'c'],
  'פ': ['f', 'p', 'v'],
  'ג': ['j'],
  'ז': ['zh'],
  'צ': ['ch', 'z'],
  'ח': ['h', 'ch'],
  'ו': ['w'],
  'ש': ['s'],
  'ת': ['s'],
  'ק': ['c', 'q'],
  'י': ['j'],
};

/** Vowel letters: ו is o (the more common reading in names), י is i, א and ע carry a. */
export const VOWELS: Readonly<Record<string, readonly string[]>> = {
  'ו': ['o', 'u'],
  'י': ['i', 'e'],
  'א': ['a', 'e'],
  'ע': ['a', 'e'],
  'ה': ['a', 'e'],
};

/** The short vowel supplied between two consonants, per reading (Rabin רבין, Berger ברגר). */
export const SHORT_VOWELS: readonly string[] = ['a', 'e'];

/** Common Hebrew name tokens (final forms unified) with their usual romanisations. */
export const COMMON_NAMES: Readonly<Record<string, readonly string[]>> = {
  'דוד': ['david', 'dovid', 'dawid'],
  'משה': ['moshe', 'moses', 'mosheh'],
  'יוספ': ['yosef', 'joseph', 'yossef', 'josef'],
  'אברהמ': ['avraham', 'abraham', 'avrohom'],
  'יצחק': ['yitzhak', 'isaac', 'yitzchak', 'itzhak', 'yitshak'],
  'יעקב': ['yaakov', 'jacob', 'yaacov', 'yakov', 'jakob'],
  'שלמה': ['shlomo', 'solomon', 'shelomo'],
  'בנימינ': ['binyamin', 'benjamin', 'benyamin'],
  'אהוד': ['ehud'],
  'אריאל': ['ariel'],
  'יאיר': ['yair', 'jair'],
  'שרה': ['sarah', 'sara'],
  'רחל': ['rachel', 'rahel', 'rakhel'],
  'לאה': ['leah', 'lea'],
  'רבקה': ['rivka', 'rebecca', 'rivkah'],
  'מרימ': ['miriam', 'miryam'],
  'אסתר': ['esther', 'ester'],
  'כהנ': ['cohen', 'kohen', 'cohn', 'kahn'],
  'לוי': ['levi', 'levy'],
  'ישראל': ['israel', 'yisrael'],
  'שמעונ': ['shimon', 'simon', 'simeon'],
  'יהודה': ['yehuda', 'judah', 'yehudah'],
  'מנחמ': ['menachem', 'menahem'],
  'חיימ': ['chaim', 'haim', 'hayim', 'khaim'],
  'אליהו': ['eliyahu', 'elijah'],
  'יוחננ': ['yochanan', 'johanan'],
  'נתניהו': ['netanyahu'],
  'שמואל': ['shmuel', 'samuel'],
  'יהושע': ['yehoshua', 'joshua'],
  'מיכאל': ['michael', 'mikhael'],
  'גבריאל': ['gabriel', 'gavriel'],
  'אליעזר': ['eliezer'],
};
