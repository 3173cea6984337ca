/**
 * Organisation words in Arabic and Persian with the English words the lists translate them by
 * (see org-words-data.ts): kinds of organisation, and the peoples, places and causes the names
 * of armed groups, movements and charities are made of.
 */
import type { OrgWordGroup } from './org-words-data.js';

export const ARABIC_PERSIAN_ORG_WORD_GROUPS: readonly OrgWordGroup[] = [
  {
    theme: 'Arabic and Persian',
    generic: true,
    words: {
      مؤسسة: ['establishment', 'foundation', 'institution'], مؤسسه: ['institute', 'establishment'],
      للتجارة: ['trading', 'trade'], التجارة: ['trade', 'trading'], تجارة: ['trade', 'trading'], التجارية: ['commercial', 'trading'],
      تجارية: ['commercial', 'trading'], العامة: ['general', 'public'], عامة: ['general', 'public'], الدولية: ['international'],
      دولية: ['international'], الوطنية: ['national'], الوطني: ['national'], الصناعات: ['industries'], صناعات: ['industries'],
      الصناعية: ['industrial'], مجموعة: ['group'], المجموعة: ['group'], للنفط: ['oil', 'petroleum'], النفط: ['oil', 'petroleum'],
      للاستثمار: ['investment', 'investments'], الاستثمار: ['investment'], القابضة: ['holding'], للملاحة: ['shipping', 'navigation'],
      الملاحة: ['shipping', 'navigation'], البحرية: ['marine', 'maritime', 'shipping'], للصرافة: ['exchange'],
      الصرافة: ['exchange'], للتأمين: ['insurance'], التأمين: ['insurance'], المركزي: ['central'], المتحدة: ['united'],
      الإسلامي: ['islamic'], الإسلامية: ['islamic'], جمعية: ['association', 'society'], الجمعية: ['association', 'society'],
      منظمة: ['organization'], هيئة: ['authority', 'commission'], وزارة: ['ministry'], مكتب: ['office', 'bureau'],
      مركز: ['center', 'centre'], المركز: ['center', 'centre'], معهد: ['institute'], جامعة: ['university'],
      صنایع: ['industries'], بازرگانی: ['trading', 'commercial'], مهندسی: ['engineering'], گروه: ['group'],
      سازمان: ['organization', 'organisation'], پتروشیمی: ['petrochemical'], کشتیرانی: ['shipping'], نفت: ['oil'],
      ملی: ['national'], دولتی: ['state', 'government'], صنعتی: ['industrial'], تحقیقاتی: ['research'],
      هواپیمایی: ['airline', 'airlines', 'aviation'], دانشگاه: ['university'], سپاه: ['corps'], بانک: ['bank'],
      بنك: ['bank'], مصرف: ['bank'], موسسه: ['institute', 'establishment'], مرکز: ['center', 'centre'],
      الجماعة: ['group', 'jamaa', 'jamaat'], جماعة: ['group', 'jamaat'], حركة: ['movement', 'harakat'],
      الحركة: ['movement'], تنظيم: ['organization', 'tanzim'], التنظيم: ['organization'], جبهة: ['front'],
      الجبهة: ['front'], جيش: ['army', 'jaish'], الجيش: ['army'], كتائب: ['brigades', 'battalions', 'kataib'],
      كتيبة: ['battalion', 'brigade'], لواء: ['brigade', 'liwa'], سرايا: ['companies', 'saraya'], مجلس: ['council', 'majlis'],
      المجلس: ['council'], لجنة: ['committee'], اللجنة: ['committee'],
      الخيرية: ['charitable', 'charity'], خيرية: ['charitable', 'charity'], الإغاثة: ['relief'], إغاثة: ['relief'],
      المقاتلة: ['fighting'], المسلحة: ['armed'], المسلح: ['armed'], أنصار: ['ansar', 'supporters', 'partisans'],
    },
  },
  {
    theme: 'Arabic: peoples, places and causes the lists translate',
    generic: false,
    words: {
      الإسلامي: ['islamic'], الإسلامية: ['islamic'], الليبية: ['libyan'], الليبي: ['libyan'], المصري: ['egyptian'],
      المصرية: ['egyptian'], التونسية: ['tunisian'], التونسي: ['tunisian'], المغربية: ['moroccan'], المغربي: ['moroccan'],
      الجزائرية: ['algerian'], الجزائري: ['algerian'], السورية: ['syrian'], السوري: ['syrian'], العراقية: ['iraqi'],
      العراقي: ['iraqi'], اليمنية: ['yemeni'], اليمني: ['yemeni'], السعودية: ['saudi'], الفلسطينية: ['palestinian'],
      الصومالية: ['somali'], الصومالي: ['somali'], الأفغانية: ['afghan'], الباكستانية: ['pakistani'], العربية: ['arab', 'arabic'],
      المغرب: ['maghreb', 'morocco'], الشام: ['sham', 'levant', 'syria'], العراق: ['iraq'], اليمن: ['yemen'],
      الجهاد: ['jihad'], المجاهدين: ['mujahideen', 'mujahidin'], مجاهدو: ['mujahideen'], الدعوة: ['dawa', 'dawah', 'call'],
      التوحيد: ['tawhid', 'tawheed', 'unity'], السنة: ['sunna', 'sunnah'], الشريعة: ['sharia', 'shariah'],
      القاعدة: ['qaida', 'qaeda', 'base'], الأنصار: ['ansar', 'supporters'], المهاجرين: ['muhajirin', 'emigrants'],
      الإسلام: ['islam'], الخلافة: ['caliphate', 'khilafa'], الحرمين: ['haramain', 'two holy mosques'],
      التراث: ['heritage', 'turath'], إحياء: ['revival', 'ihya'], بلاد: ['lands', 'country', 'bilad'], غرب: ['west'],
      إفريقيا: ['africa'], أفريقيا: ['africa'],
    },
  },
];
