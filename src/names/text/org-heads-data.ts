/**
 * Words that say the name after them (in quotation marks, or capitalised) is an
 * organisation's: "شركة «…»", "the company …", "ООО «…»", "банк «…»". Written as in text,
 * folded at load; see phrases.ts for "*" stems and capitals.
 */
export const ORG_HEADS: readonly string[] = [
  'شركة', 'الشركة', 'مجموعة', 'حزب', 'بنك', 'مصرف', 'مؤسسة', 'منظمة', 'جماعة', 'حركة', 'ميليشيا', 'تنظيم',
  'company', 'firm', 'group', 'bank', 'lender', 'conglomerate', 'militia', 'organisation', 'organization', 'shipping company',
  'компани*', 'ООО', 'АО', 'ПАО', 'ОАО', 'ЗАО', 'АКБ', 'банк*', 'концерн*', 'корпораци*', 'холдинг*', 'завод*', 'предприяти*',
  'группировк*', 'şirket*', 'société', 'groupe', 'banque',
];
