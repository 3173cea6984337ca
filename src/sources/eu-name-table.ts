/**
 * The words with which the EU transcription labels the parts of a name value, as data:
 * the language of a spelling ("Russian: …", "(original script: …)"), the kind of a further
 * name ("a.k.a.", "f.k.a.:", "born …") and the remarks that are about the person, not a name
 * ("(Date of birth: …)", "(nom de guerre)"). All are matched case-insensitively.
 */

/**
 * Languages and scripts a spelling is labelled with, followed by a colon. Misspellings the
 * Journal prints ("Rusian", "Belarussian") are listed as printed.
 */
export const SPELLING_LABELS: readonly string[] = [
  'original script', 'original', 'cyrillic', 'latin',
  'russian', 'rusian', 'ukrainian', 'belarusian', 'belarussian', 'byelorussian', 'bulgarian',
  'serbian', 'macedonian', 'kazakh', 'kyrgyz', 'tajik', 'uzbek', 'georgian', 'armenian',
  'azerbaijani', 'arabic', 'farsi', 'persian', 'pashto', 'dari', 'urdu', 'hebrew', 'chinese',
  'korean', 'japanese',
];

/** Abbreviated languages, which take no colon: "… / укр. Анатолiй Олександрович ВАССЕРМАН". */
export const SPELLING_ABBREVIATIONS: readonly string[] = ['укр.', 'рус.', 'бел.'];

/** What may follow the language in a label: "Russian spelling:", "Arabic script:". */
export const SPELLING_LABEL_NOUNS: readonly string[] = ['spelling', 'script', 'name', 'transcription', 'transliteration'];

/** A value that is only the caption of an image the Journal printed ("Text of image"). */
export const IMAGE_CAPTIONS: readonly string[] = ['text of image'];

export type FurtherName = 'alias' | 'weakAlias' | 'previousName';

/** Labels that introduce another name of the subject, and which kind of name it is. */
export const FURTHER_NAME_LABELS: ReadonlyArray<readonly [string, FurtherName]> = [
  ['a.k.a.', 'alias'], ['a.k.a', 'alias'], ['aka', 'alias'], ['also known as', 'alias'], ['aliases', 'alias'],
  ['alias', 'alias'], ['other name', 'alias'], ['married name', 'alias'], ['stage name', 'weakAlias'],
  ['f.k.a.', 'previousName'], ['f.k.a', 'previousName'], ['fka', 'previousName'], ['formerly known as', 'previousName'],
  ['previously known as', 'previousName'], ['formerly.', 'previousName'], ['formerly', 'previousName'],
  ['known as', 'alias'],
];

/** Labels of a birth name: "(born TYUTINA)", "- born ФИЛИППОВА", ", née GOGOLEVA". */
export const BIRTH_NAME_LABELS: readonly string[] = ['born', 'née', 'nee'];

/**
 * How a parenthetical remark about the listing or the person begins; such a remark is not
 * part of the name and is reported instead ("(Date of birth: 31.12.1979)", "(as previously listed)").
 */
export const REMARK_STARTS: readonly string[] = [
  'date of birth', 'dob', 'place of birth', 'pob', 'born on', 'born in', 'passport',
  'national identification', 'identification', 'id number', 'mali id', 'nationality',
  'as previously listed', 'previously listed', 'formerly listed', 'as listed', 'nom de guerre',
  'combat name', 'call sign', 'prominently known', 'initials',
];
