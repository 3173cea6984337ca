/**
 * The words of a reported sanctions action: what is imposed (sanctions, export or trade
 * restrictions), on how many of what ("275 persons and entities", "40 كيانا"), how the count
 * is hedged ("about", "نحو", "более"), and the words that introduce the countries the targets
 * are in ("in countries such as", "في دول مثل", "в том числе"). Written as in text, folded at
 * load; see phrases.ts for "*" stems.
 */

export type ActionKind = 'sanctions' | 'export_restrictions';
export type TargetKind = 'persons' | 'entities' | 'vessels' | 'aircraft' | 'countries';
export type CountHedge = 'about' | 'more_than' | 'up_to';

export const ACTION_WORDS: Readonly<Record<ActionKind, readonly string[]>> = {
  sanctions: [
    'عقوبات', 'العقوبات', 'عقوبة', 'بعقوبات', 'sanction', 'sanctions', 'sanctioned', 'sanctioning', 'designated', 'designation',
    'designations', 'blacklisted', 'asset freeze', 'санкци*', 'sanctions', 'yaptırım*',
  ],
  export_restrictions: [
    'قيود تجارية', 'قيودا تجارية', 'القيود التجارية', 'قيود على الصادرات', 'ضوابط التصدير', 'حظر تصدير', 'قيود', 'القيود',
    'export restrictions', 'export controls', 'trade restrictions', 'entity list', 'экспортн* ограничени*', 'экспортн* контрол*',
    'торгов* ограничени*', 'ограничени*', 'ihracat kısıtlama*',
  ],
};

export const TARGET_WORDS: Readonly<Record<TargetKind, readonly string[]>> = {
  persons: [
    'فرد', 'فردا', 'أفراد', 'شخص', 'شخصا', 'أشخاص', 'شخصية', 'شخصيات', 'individual', 'individuals', 'person', 'persons', 'people',
    'физическ* лиц*', 'лиц', 'лица', 'человек', 'граждан', 'kişi', 'kişiyi', 'personnes', 'individus',
  ],
  entities: [
    'كيان', 'كيانا', 'كيانات', 'شركة', 'شركات', 'مؤسسة', 'مؤسسات', 'مصرف', 'مصارف', 'بنك', 'بنوك', 'entity', 'entities', 'company',
    'companies', 'firms', 'firm', 'businesses', 'banks', 'organizations', 'organisations', 'юридическ* лиц*', 'компани*', 'организаци*',
    'банк*', 'предприяти*', 'şirket*', 'kuruluş*', 'entités', 'sociétés', 'entreprises',
  ],
  vessels: ['سفينة', 'سفن', 'ناقلة', 'ناقلات', 'vessel', 'vessels', 'ship', 'ships', 'tankers', 'судов', 'суда', 'танкер*', 'gemi*'],
  aircraft: ['طائرة', 'طائرات', 'aircraft', 'planes', 'самолет*', 'uçak*'],
  countries: ['دولة', 'دول', 'بلدا', 'بلدان', 'countries', 'jurisdictions', 'стран*', 'ülke*', 'pays'],
};

export const HEDGES: Readonly<Record<CountHedge, readonly string[]>> = {
  about: ['نحو', 'حوالي', 'قرابة', 'زهاء', 'about', 'around', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'около', 'почти', 'порядка', 'примерно', 'yaklaşık', 'environ', 'près de'],
  more_than: ['أكثر من', 'ما يزيد على', 'ما يزيد عن', 'over', 'more than', 'над', 'более', 'свыше', 'больше', 'fazla', 'plus de'],
  up_to: ['حتى', 'up to', 'до', 'jusqu à'],
};

/** Words that multiply the number before them. */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  'آلاف': 1000, 'ألف': 1000, 'ألفا': 1000, thousand: 1000, 'тысяч': 1000, 'тысячи': 1000, 'тыс': 1000, mille: 1000,
  'مليون': 1_000_000, million: 1_000_000, 'миллион*': 1_000_000, milyon: 1_000_000,
};

/** Words between a count of targets and the list of their countries: "in countries such as", "في دول مثل". */
export const COUNTRY_LIST_CUES: readonly string[] = [
  'في', 'من', 'دول', 'مثل', 'منها', 'بينها', 'بما فيها', 'بما في ذلك', 'تتخذ من', 'مقرا', 'ومقرها', 'ومقرها في', 'أجنبيا', 'أجنبية',
  'آخر', 'أخرى', 'in', 'from', 'countries', 'such', 'as', 'including', 'based', 'located', 'foreign', 'other', 'across',
  'в', 'из', 'том', 'числе', 'таких', 'как', 'стран*', 'иностранн*', 'других', 'dahil', 'gibi', 'ülkelerde', 'dont', 'pays', 'tels', 'que',
];

/** Prepositions: a country after one is where something happens, not who acts ("في أوكرانيا", "against Russia"). */
export const PREPOSITIONS: readonly string[] = [
  'في', 'على', 'من', 'إلى', 'الى', 'عن', 'مع', 'ضد', 'لدى', 'نحو', 'in', 'on', 'at', 'to', 'from', 'against', 'with', 'into', 'over',
  'в', 'во', 'на', 'из', 'против', 'с', 'к', 'от', 'для', 'по', 'à', 'en', 'dans', 'contre',
];

/** Words joining the countries of a list ("والصين" joins by its prefix). */
export const LIST_JOINERS: readonly string[] = ['و', 'and', 'или', 'и', 'or', 'et', 've', 'ile'];

/** Plain numbers written as words, for counts news spells out. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, dozen: 12,
  'اثنين': 2, 'ثلاثة': 3, 'أربعة': 4, 'خمسة': 5, 'ستة': 6, 'سبعة': 7, 'ثمانية': 8, 'تسعة': 9, 'عشرة': 10,
  'два': 2, 'три': 3, 'четыре': 4, 'пять': 5, 'десять': 10,
};
