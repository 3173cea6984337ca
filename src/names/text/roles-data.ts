/**
 * The words around a name that say what the person is: roles ("president", "وزير",
 * "министр*"), what qualifies them ("deputy", "نائب", "бывш*"), the portfolio of a minister
 * or ministry ("foreign", "الخارجية", "иностранн* дел"), the word for a ministry itself, and
 * the small words that join them ("of", "في", "باسم"). A role phrase is a run of these
 * (context.ts); its country comes from the country words beside it (country-words-data.ts).
 * Written as in text, folded at load; see phrases.ts for "*" stems and capitals.
 */

export type Domain =
  | 'foreign' | 'defence' | 'treasury' | 'commerce' | 'interior' | 'finance' | 'justice' | 'economy' | 'energy'
  | 'security' | 'intelligence' | 'industry';

export type RoleWord =
  /** A role itself; `takesOrg`: the role is held for an organisation named after it (a spokesperson "of the foreign ministry"). */
  | { cat: 'role'; label: string; gender?: 'female' | 'male'; takesOrg?: boolean; domain?: Domain }
  | { cat: 'modifier'; label: string }
  | { cat: 'domain'; domain: Domain }
  | { cat: 'ministry' }
  | { cat: 'connector' };

/** How each portfolio is named in English roles ("foreign minister"). */
export const DOMAIN_LABELS: Readonly<Record<Domain, string>> = {
  foreign: 'foreign', defence: 'defence', treasury: 'treasury', commerce: 'commerce', interior: 'interior',
  finance: 'finance', justice: 'justice', economy: 'economy', energy: 'energy', security: 'security',
  intelligence: 'intelligence', industry: 'industry',
};

const role = (label: string, extra: Partial<Extract<RoleWord, { cat: 'role' }>> = {}): RoleWord => ({ cat: 'role', label, ...extra });
const female = (label: string, extra: Partial<Extract<RoleWord, { cat: 'role' }>> = {}): RoleWord => role(label, { gender: 'female', ...extra });
const modifier = (label: string): RoleWord => ({ cat: 'modifier', label });
const domain = (d: Domain): RoleWord => ({ cat: 'domain', domain: d });
const MINISTRY: RoleWord = { cat: 'ministry' };
const CONNECTOR: RoleWord = { cat: 'connector' };

const ARABIC: Record<string, RoleWord> = {
  'الرئيس': role('president'), 'رئيس': role('president'), 'الرئيسة': female('president'), 'رئيسة': female('president'),
  'رئيس الوزراء': role('prime minister'), 'رئيسة الوزراء': female('prime minister'), 'رئيس الحكومة': role('prime minister'),
  'الوزير': role('minister'), 'وزير': role('minister'), 'الوزيرة': female('minister'), 'وزيرة': female('minister'),
  'المتحدث باسم': role('spokesperson', { takesOrg: true }), 'المتحدث الرسمي باسم': role('spokesperson', { takesOrg: true }),
  'الناطق باسم': role('spokesperson', { takesOrg: true }), 'الناطق الرسمي باسم': role('spokesperson', { takesOrg: true }),
  'المتحدثة باسم': female('spokesperson', { takesOrg: true }), 'المتحدثة الرسمية باسم': female('spokesperson', { takesOrg: true }),
  'الناطقة باسم': female('spokesperson', { takesOrg: true }), 'الناطقة الرسمية باسم': female('spokesperson', { takesOrg: true }),
  'المتحدث': role('spokesperson'), 'المتحدثة': female('spokesperson'),
  'زعيم': role('leader'), 'الزعيم': role('leader'), 'زعيمة': female('leader'), 'قائد': role('commander'), 'القائد': role('commander'),
  'نظيره': role('counterpart'), 'نظيرها': role('counterpart'), 'نظيرته': female('counterpart'), 'نظيرتها': female('counterpart'),
  'السفير': role('ambassador'), 'سفير': role('ambassador'), 'السفيرة': female('ambassador'), 'المبعوث': role('envoy'),
  'الأمين العام': role('secretary-general'), 'مستشار الأمن القومي': role('national security adviser'), 'المستشار': role('chancellor'),
  'الملك': role('king'), 'ولي العهد': role('crown prince'), 'الأمير': role('prince'), 'الشيخ': role('sheikh'),
  'مدير': role('director'), 'المدير': role('director'), 'مديرة': female('director'), 'الرئيس التنفيذي': role('chief executive'),
  'رئيس أركان': role('chief of staff'), 'رئيس هيئة الأركان': role('chief of staff'), 'رئيس الأركان': role('chief of staff'),
  'رئيس الأركان العامة': role('chief of staff'), 'الجنرال': role('general'), 'المرشد': role('supreme leader'),
  'المرشد الأعلى': role('supreme leader'), 'أمين مجلس الأمن': role('security council secretary'),
  'رئيس المكتب السياسي': role('political bureau chief'), 'المسؤول': role('official'), 'مسؤول': role('official'),
  'المسؤولة': female('official'), 'مؤسس': role('founder'), 'مسؤول السياسة الخارجية': role('foreign policy chief', { takesOrg: true }),
  'منسق السياسة الخارجية': role('foreign policy chief', { takesOrg: true }),
  'رجل الأعمال': role('businessman'), 'سيدة الأعمال': female('businesswoman'), 'الملياردير': role('billionaire'),
  'نائب': modifier('deputy'), 'نائبة': modifier('deputy'), 'مساعد': modifier('assistant'), 'مساعدة': modifier('assistant'),
  'وكيل': modifier('under'), 'السابق': modifier('former'), 'السابقة': modifier('former'), 'الأسبق': modifier('former'),
  'الأسبقة': modifier('former'), 'البارز': modifier('senior'), 'البارزة': modifier('senior'),
  'الخارجية': domain('foreign'), 'خارجية': domain('foreign'), 'الشؤون الخارجية': domain('foreign'), 'الدفاع': domain('defence'), 'دفاع': domain('defence'), 'الخزانة': domain('treasury'),
  'الخزينة': domain('treasury'), 'التجارة': domain('commerce'), 'الداخلية': domain('interior'), 'المالية': domain('finance'),
  'العدل': domain('justice'), 'الاقتصاد': domain('economy'), 'الطاقة': domain('energy'), 'الصناعة': domain('industry'),
  'الاستخبارات': domain('intelligence'),
  'وزارة': MINISTRY, 'الوزارة': MINISTRY, 'وزارتي': MINISTRY,
  'في': CONNECTOR, 'باسم': CONNECTOR, 'لدى': CONNECTOR,
};

const ENGLISH: Record<string, RoleWord> = {
  president: role('president'), 'vice president': role('vice president'), 'prime minister': role('prime minister'),
  premier: role('prime minister'), minister: role('minister'), secretary: role('secretary'),
  'secretary of state': role('secretary of state', { domain: 'foreign' }), 'foreign secretary': role('foreign secretary', { domain: 'foreign' }),
  spokesman: role('spokesperson', { takesOrg: true, gender: 'male' }), spokeswoman: female('spokesperson', { takesOrg: true }),
  spokesperson: role('spokesperson', { takesOrg: true }), leader: role('leader'), chairman: role('chairman'),
  chairwoman: female('chairwoman'), chair: role('chair'), 'chief executive': role('chief executive'), ceo: role('chief executive'),
  ambassador: role('ambassador'), envoy: role('envoy'), general: role('general'), commander: role('commander'),
  chancellor: role('chancellor'), king: role('king'), 'crown prince': role('crown prince'), senator: role('senator'),
  governor: role('governor'), director: role('director'), head: role('head'), chief: role('chief'), counterpart: role('counterpart'),
  'secretary-general': role('secretary-general'), 'secretary general': role('secretary-general'),
  'national security adviser': role('national security adviser'), businessman: role('businessman'),
  businesswoman: female('businesswoman'), tycoon: role('tycoon'), oligarch: role('oligarch'), billionaire: role('billionaire'),
  'supreme leader': role('supreme leader'), emir: role('emir'), founder: role('founder'), 'co-founder': role('co-founder'),
  cofounder: role('co-founder'), owner: role('owner'), magnate: role('magnate'), official: role('official'),
  'political chief': role('political chief'), 'chief of staff': role('chief of staff'), 'first lady': female('first lady'),
  deputy: modifier('deputy'), vice: modifier('vice'), caretaker: modifier('caretaker'), senior: modifier('senior'),
  interim: modifier('interim'), assistant: modifier('assistant'), under: modifier('under'),
  former: modifier('former'), acting: modifier('acting'),
  foreign: domain('foreign'), 'foreign affairs': domain('foreign'), defense: domain('defence'), defence: domain('defence'),
  treasury: domain('treasury'), commerce: domain('commerce'), trade: domain('commerce'), interior: domain('interior'),
  'home affairs': domain('interior'), finance: domain('finance'), justice: domain('justice'), economy: domain('economy'),
  energy: domain('energy'), intelligence: domain('intelligence'), industry: domain('industry'),
  ministry: MINISTRY, department: MINISTRY,
  of: CONNECTOR, for: CONNECTOR, the: CONNECTOR,
};

const RUSSIAN: Record<string, RoleWord> = {
  'президент*': role('president'), 'премьер министр*': role('prime minister'), 'премьер*': role('prime minister'),
  'министр*': role('minister'), 'глава': role('head'), 'главы': role('head'), 'главе': role('head'), 'главой': role('head'), 'главу': role('head'),
  'лидер*': role('leader'), 'председател*': role('chairman'),
  'официальн* представител*': role('spokesperson', { takesOrg: true }), 'пресс секретар*': role('press secretary', { takesOrg: true }),
  'представител*': role('representative', { takesOrg: true }), 'посол': role('ambassador'), 'посла': role('ambassador'),
  'послом': role('ambassador'), 'генерал*': role('general'), 'командующ*': role('commander'), 'канцлер*': role('chancellor'),
  'госсекретар*': role('secretary of state', { domain: 'foreign' }), 'генсек*': role('secretary-general'),
  'генеральн* секретар*': role('secretary-general'), 'советник*': role('adviser'), 'помощник*': role('aide'),
  'бизнесмен*': role('businessman'), 'предпринимател*': role('businessman'), 'олигарх*': role('oligarch'),
  'миллиардер*': role('billionaire'), 'начальник*': role('chief'), 'основател*': role('founder'),
  'сооснователь*': role('co-founder'), 'владел*': role('owner'), 'руководител*': role('head'), 'губернатор*': role('governor'),
  'мэр*': role('mayor'), 'директор*': role('director'), 'гендиректор*': role('chief executive'), 'коллег*': role('counterpart'), 'король': role('king'), 'наследн* принц*': role('crown prince'),
  'замминистр*': role('deputy minister'), 'заместител*': modifier('deputy'), 'зам': modifier('deputy'), 'бывш*': modifier('former'),
  'экс': modifier('former'), 'вице': modifier('vice'),
  'иностранн* дел': domain('foreign'), 'обороны': domain('defence'), 'финансов': domain('finance'), 'торговли': domain('commerce'),
  'промышленности и торговли': domain('industry'), 'внутренн* дел': domain('interior'), 'юстиции': domain('justice'),
  'экономическ* развити*': domain('economy'), 'энергетики': domain('energy'), 'казначейств*': domain('treasury'),
  'министерств*': MINISTRY, 'ведомств*': MINISTRY, 'департамент*': MINISTRY,
};

const FRENCH_TURKISH: Record<string, RoleWord> = {
  président: role('president'), présidente: female('president'), ministre: role('minister'), 'porte parole': role('spokesperson', { takesOrg: true }),
  dirigeant: role('leader'), 'chef de la diplomatie': role('foreign minister', { domain: 'foreign' }), 'affaires étrangères': domain('foreign'),
  cumhurbaşkanı: role('president'), başbakan: role('prime minister'), bakan: role('minister'), bakanı: role('minister'),
  sözcüsü: role('spokesperson', { takesOrg: true }), lider: role('leader'), lideri: role('leader'), dışişleri: domain('foreign'),
  savunma: domain('defence'), hazine: domain('treasury'), ticaret: domain('commerce'), bakanlığı: MINISTRY,
};

export const ROLE_WORDS: readonly (readonly [string, RoleWord])[] = [ARABIC, ENGLISH, RUSSIAN, FRENCH_TURKISH].flatMap((t) => Object.entries(t));
