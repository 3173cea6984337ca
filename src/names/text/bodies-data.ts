/**
 * Government bodies and international organisations that news names by a word of their own
 * ("the Pentagon", "البنتاغون", "Кремль", "G7", "МИД"), and the English names of ministries
 * by portfolio — with the names the United States gives its departments, since sanctions news
 * is so often about them. `actor` is how a sanctions action by the body is reported.
 */
import type { Domain } from './roles-data.js';

export interface Body {
  /** English name, as a mention's Latin rendering. */
  name: string;
  country?: string;
  /** The portfolio when the body is a ministry under another name (the Pentagon is defence). */
  domain?: Domain;
  /** Who acts, in a sanctions action the body takes. */
  actor?: string;
  /** A ministry written short: named, and acting, as the country's ministry of its portfolio. */
  ministry?: boolean;
}

export const BODIES: Readonly<Record<string, Body>> = {
  pentagon: { name: 'Pentagon (US Department of Defense)', country: 'us', domain: 'defence' },
  kremlin: { name: 'Kremlin', country: 'ru' },
  whiteHouse: { name: 'White House', country: 'us', actor: 'White House' },
  stateDepartment: { name: 'US Department of State', country: 'us', domain: 'foreign', actor: 'State' },
  ofac: { name: 'Office of Foreign Assets Control (OFAC)', country: 'us', domain: 'treasury', actor: 'Treasury' },
  bis: { name: 'Bureau of Industry and Security (BIS)', country: 'us', domain: 'commerce', actor: 'Commerce' },
  g7: { name: 'G7', actor: 'G7' },
  g20: { name: 'G20', actor: 'G20' },
  eu: { name: 'European Union', country: 'eu', actor: 'EU' },
  euCommission: { name: 'European Commission', country: 'eu', actor: 'EU' },
  un: { name: 'United Nations', actor: 'UN' },
  unsc: { name: 'UN Security Council', actor: 'UN' },
  nato: { name: 'NATO', actor: 'NATO' },
  ofsi: { name: 'Office of Financial Sanctions Implementation (OFSI)', country: 'gb', domain: 'treasury', actor: 'UK' },
  // Ministries Russian names by abbreviation (МИД, Минфин): whose, the words beside them say.
  foreignMinistry: { name: 'Ministry of Foreign Affairs', domain: 'foreign', ministry: true },
  financeMinistry: { name: 'Ministry of Finance', domain: 'finance', ministry: true },
  defenceMinistry: { name: 'Ministry of Defence', domain: 'defence', ministry: true },
  generalStaff: { name: 'General Staff of the Armed Forces', country: 'ru' },
};

/** Words and phrases that name a body, as written in text (folded at load; see phrases.ts). */
export const BODY_WORDS: readonly (readonly [string, string])[] = Object.entries({
  'البنتاغون': 'pentagon', 'البنتاجون': 'pentagon', 'الكرملين': 'kremlin', 'البيت الأبيض': 'whiteHouse',
  'مجموعة السبع': 'g7', 'مجموعة الدول السبع': 'g7', 'مجموعة الدول الصناعية السبع': 'g7', 'مجموعة العشرين': 'g20',
  'الاتحاد الأوروبي': 'eu', 'المفوضية الأوروبية': 'euCommission', 'الأمم المتحدة': 'un', 'مجلس الأمن الدولي': 'unsc',
  'مجلس الأمن التابع للأمم المتحدة': 'unsc', 'حلف شمال الأطلسي': 'nato', 'الناتو': 'nato', 'حلف الناتو': 'nato',
  'مكتب مراقبة الأصول الأجنبية': 'ofac', 'مكتب الصناعة والأمن': 'bis',
  Pentagon: 'pentagon', Kremlin: 'kremlin', 'White House': 'whiteHouse', 'State Department': 'stateDepartment',
  'Department of State': 'stateDepartment', G7: 'g7', 'Group of Seven': 'g7', G20: 'g20', 'European Union': 'eu', EU: 'eu',
  'European Commission': 'euCommission', 'United Nations': 'un', UN: 'un', 'UN Security Council': 'unsc', 'U N Security Council': 'unsc', 'United Nations Security Council': 'unsc', NATO: 'nato',
  OFAC: 'ofac', 'Office of Foreign Assets Control': 'ofac', BIS: 'bis', 'Bureau of Industry and Security': 'bis', OFSI: 'ofsi',
  'Пентагон*': 'pentagon', 'Кремл*': 'kremlin', 'Белый дом': 'whiteHouse', 'Белого дома': 'whiteHouse', 'Госдеп*': 'stateDepartment',
  'Большая семерка': 'g7', 'Большой семерки': 'g7', 'Большой семерке': 'g7', 'Группа семи': 'g7', 'Группы семи': 'g7',
  'Евросоюз*': 'eu', 'ЕС': 'eu', 'Еврокомисси*': 'euCommission', 'ООН': 'un', 'Совбез* ООН': 'unsc', 'Совет* Безопасности ООН': 'unsc',
  'НАТО': 'nato', 'МИД': 'foreignMinistry', 'Минфин*': 'financeMinistry', 'Минобороны': 'defenceMinistry', 'Генштаб*': 'generalStaff',
  'Avrupa Birliği': 'eu', 'Birleşmiş Milletler': 'un', 'Beyaz Saray': 'whiteHouse', 'Kremlin\'in': 'kremlin',
  'Union européenne': 'eu', 'Maison Blanche': 'whiteHouse', 'Nations unies': 'un',
});

/** What the United States calls its ministries. */
const US_DEPARTMENTS: Partial<Record<Domain, string>> = {
  foreign: 'US Department of State', defence: 'US Department of Defense', treasury: 'US Department of the Treasury',
  commerce: 'US Department of Commerce', justice: 'US Department of Justice', energy: 'US Department of Energy',
  interior: 'US Department of Homeland Security',
};
const US_ACTORS: Partial<Record<Domain, string>> = { foreign: 'State', treasury: 'Treasury', commerce: 'Commerce', justice: 'Justice' };
const MINISTRY_OF: Readonly<Record<Domain, string>> = {
  foreign: 'Foreign Affairs', defence: 'Defence', treasury: 'the Treasury', commerce: 'Trade', interior: 'Internal Affairs',
  finance: 'Finance', justice: 'Justice', economy: 'Economy', energy: 'Energy', security: 'Security', intelligence: 'Intelligence',
  industry: 'Industry and Trade',
};

/** The English name of a country's ministry for a portfolio: "US Department of the Treasury", "Ministry of Foreign Affairs". */
export function ministryName(domain: Domain, country: string | null): string {
  if (country === 'us' && US_DEPARTMENTS[domain]) return US_DEPARTMENTS[domain]!;
  return `Ministry of ${MINISTRY_OF[domain]}`;
}

/** Who a sanctions action by this ministry is reported as: "Treasury", "State", "Commerce"; else the ministry's name. */
export function ministryActor(domain: Domain, country: string | null): string {
  if (country === 'us' && US_ACTORS[domain]) return US_ACTORS[domain]!;
  if (country === 'gb' && (domain === 'treasury' || domain === 'foreign')) return 'UK';
  return ministryName(domain, country);
}
