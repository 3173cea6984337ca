/**
 * Company legal forms as the sanctions lists print them, in many languages and scripts,
 * grouped into classes that mean the same thing in law. Entries are written as printed;
 * legal-forms.ts normalises them at load (with and without their dots, so "S.A." is both
 * "s a" and "sa"). Classes follow Directive (EU) 2017/1132: Annex I forms (public limited,
 * share capital: AG, SA, NV, SpA, plc) are joint-stock, Annex II forms (private limited:
 * GmbH, SARL, BV, Ltd, sp. z o.o., s.r.o.) are limited-liability; the post-Soviet forms
 * follow their own codes (АО/ПАО/ОАО/ЗАО joint-stock, ООО/ТОО/ТОВ limited-liability). A form
 * whose meaning differs by country (Lebanese ش.م.م is a SARL, Egyptian ش.م.م a joint-stock
 * company; S.C. is a Mexican sociedad civil and a Romanian trading company) is "company".
 */

import { genericOrgWordForms } from './org-words.js';

export type LegalFormClass =
  | 'limited-liability-company' | 'joint-stock' | 'corporation' | 'company' | 'partnership'
  | 'sole-proprietorship' | 'foundation' | 'cooperative' | 'nonprofit' | 'state-unitary'
  | 'state-institution';

export const LEGAL_FORMS: Readonly<Record<LegalFormClass, readonly string[]>> = {
  'limited-liability-company': [
    'LLC', 'L.L.C.', 'Limited Liability Company', 'Limited Liability Co', 'Ltd.', 'Limited',
    'Limited Company', 'Company Limited', 'Co. Ltd.', 'Co., Limited', 'CoLtd', 'Ltd. Co.',
    'Private Limited', 'Private Limited Company', 'Pvt. Ltd.', 'Pvt.', 'Private Ltd', 'Pte. Ltd.',
    'Pte.', 'Pty. Ltd.', 'Pty.', 'Sdn. Bhd.', 'Sendirian Berhad', 'FZE', 'FZCO', 'FZC', 'FZ-LLC',
    'FZ LLC', 'DMCC', 'GmbH', 'Gesellschaft mit beschränkter Haftung', 'gGmbH', 'UG',
    'UG (haftungsbeschränkt)', 'SARL', 'S.A.R.L.', 'société à responsabilité limitée', 'EURL',
    'SRL', 'S.R.L.', 'società a responsabilità limitata', 'sociedad de responsabilidad limitada',
    'S. de R.L.', 'S. de R.L. de C.V.', 'S.R.L. de C.V.', 'S. de P.R. de R.L.',
    'S. de P.R. de R.L. de C.V.', 'S.P.R. de R.L.', 'S.P.R. de R.L. de C.V.', 'S.L.', 'S.L.U.',
    'Ltda.', 'Lda.', 'Limitada', 'Cía. Ltda.', 'EIRELI', 'E.I.R.L.', 'BV', 'B.V.',
    'besloten vennootschap', 'BVBA', 'SPRL', 'Sp. z o.o.', 'spółka z ograniczoną odpowiedzialnością',
    'OÜ', 'Sh.p.k.', 's.r.o.', 'spol. s r.o.', 'Kft.', 'd.o.o.', 'EOOD', 'OOD', 'ЕООД', 'ООД', 'д.о.о.', 'ApS',
    'Ltd. Şti.', 'Limited Şirketi', 'Ltd. Şirketi',
    'OOO', 'ООО', 'obshchestvo s ogranichennoy otvetstvennostyu',
    'общество с ограниченной ответственностью', 'общества с ограниченной ответственностью',
    'TOO', 'ТОО', 'tovarishchestvo s ogranichennoy otvetstvennostyu',
    'товарищество с ограниченной ответственностью', 'товарищества с ограниченной ответственностью',
    'TOV', 'ТОВ', 'tovarystvo z obmezhenoyu vidpovidalnistyu',
    'товариство з обмеженою відповідальністю', 'ТАА', 'TAA',
    'таварыства з абмежаванай адказнасцю', 'ИООО', 'ЗТАА', 'ЖШС', 'жауапкершілігі шектеулі серіктестік',
    'жауапкершілігі шектеулі серіктестігі', 'СООО', 'совместное общество с ограниченной ответственностью', 'ОДО',
    'общество с дополнительной ответственностью', 'ТДВ', 'товариство з додатковою відповідальністю', 'ЖЧК',
    'жоопкерчилиги чектелген коом', 'жоопкерчилиги чектелген коому', 'МЧЖ', 'масъулияти чекланган жамият', 'MCHJ',
    'ҶДММ', 'ҷамъияти дорои масъулияти маҳдуд',
    'ذ.م.م', 'ش.ذ.م.م', 'ذات مسؤولية محدودة', 'ذات المسؤولية المحدودة',
    'شركة ذات مسؤولية محدودة', 'با مسئولیت محدود', 'شرکت با مسئولیت محدود',
    'ba masuliyat mahdud', 'ba masouliat mahdoud',
    '有限公司', '有限责任公司', '有限責任公司', 'youxian gongsi', 'youxian zeren gongsi', '有限会社',
    '合同会社', 'yugen kaisha', 'godo kaisha', '유한회사', '유한책임회사',
  ],
  'joint-stock': [
    'JSC', 'J.S.C.', 'Joint Stock Company', 'Joint Stock Co', 'Joint Stock', 'JSCo', 'OJSC',
    'Open Joint Stock Company', 'CJSC', 'Closed Joint Stock Company', 'PJSC',
    'Public Joint Stock Company', 'Private Joint Stock Company', 'P.J.S.', 'PJSCo',
    'Non-public Joint Stock Company', 'JSCB', 'Joint Stock Commercial Bank', 'AKB',
    'AO', 'АО', 'OAO', 'ОАО', 'ZAO', 'ЗАО', 'PAO', 'ПАО', 'NAO', 'НАО', 'АК', 'АКБ', 'AK',
    'aktsionernoe obshchestvo', 'otkrytoe aktsionernoe obshchestvo',
    'zakrytoe aktsionernoe obshchestvo', 'publichnoe aktsionernoe obshchestvo',
    'nepublichnoe aktsionernoe obshchestvo', 'aktsionerny', 'aktsionernogo obshchestva',
    'акционерное общество', 'открытое акционерное общество', 'закрытое акционерное общество',
    'публичное акционерное общество', 'непубличное акционерное общество', 'акционерного общества',
    'открытого акционерного общества', 'закрытого акционерного общества',
    'публичного акционерного общества', 'акционерная компания', 'акционерный',
    'ПАТ', 'ПрАТ', 'АТ', 'ВАТ', 'ЗАТ', 'PAT', 'PrAT', 'акціонерне товариство',
    'публічне акціонерне товариство', 'приватне акціонерне товариство',
    'відкрите акціонерне товариство', 'закрите акціонерне товариство',
    'ААТ', 'AAT', 'адкрытае акцыянернае таварыства', 'закрытае акцыянернае таварыства',
    'акцыянернае таварыства', 'АҚ', 'акционерлік қоғам', 'акционерлік қоғамы', 'ЧАО', 'частное акционерное общество',
    'АООТ', 'АОЗТ', 'акционерное общество открытого типа', 'акционерное общество закрытого типа', 'АЖ',
    'акциядорлик жамияти',
    'AG', 'Aktiengesellschaft', 'KGaA', 'SA', 'S.A.', 'société anonyme', 'sociedad anónima',
    'sociedade anónima', 'sociedade anônima', 'S/A', 'S.A. de C.V.', 'S.A.B. de C.V.',
    'S.A.P.I. de C.V.', 'sociedad anónima de capital variable', 'S.A.C.', 'S.A.A.', 'S.A.C.A.', 'C.A.', 'Sh.A.',
    'compañía anónima', 'S.A.S.', 'SASU', 'SpA', 'S.p.A.', 'società per azioni', 'NV', 'N.V.',
    'naamloze vennootschap', 'PLC', 'P.L.C.', 'Public Limited Company', 'Public Company Limited',
    'PCL', 'a.s.', 'akciová společnost', 'A/S', 'ASA', 'AB', 'Oy', 'Oyj', 'AD', 'АД', 'EAD', 'ЕАД',
    'd.d.', 'Zrt.', 'Nyrt.', 'Rt.', 'Bhd.', 'Berhad', 'Tbk', 'S.A.L.', 'S.A.E.',
    'anonim şirketi', 'anonim şirket', 'A.Ş.',
    'شركة مساهمة', 'شركة مساهمة عامة', 'شركة مساهمة خاصة', 'مساهمة عامة', 'ش.م.ع', 'ش.م.ع.ع',
    'ش.م.ع.م', 'ش.م.ل', 'ش.م.خ', 'ش.م.ب', 'سهامی خاص', 'سهامی عام', 'شرکت سهامی خاص',
    'شرکت سهامی عام', 'sahami khas', 'sahami aam', 'sahami am', 'sherkat sahami khas',
    'sherkat sahami aam',
    '股份有限公司', '股份公司', 'gufen youxian gongsi', '株式会社', 'kabushiki kaisha',
    'kabushiki gaisha', 'K.K.', '주식회사', '주', 'jusik hoesa', 'jusikhoesa', 'chusik hoesa',
    'chusikhoesa',
  ],
  corporation: [
    'Corp.', 'Corporation', 'Inc.', 'Incorporated', 'corporación', 'corporação', 'korporatsiya',
    'корпорация',
  ],
  company: [
    'Co.', 'Company', 'compañía', 'Cía.', 'companhia', 'compagnie', 'Cie', 'kompaniya', 'компания',
    'société', 'sociedad', 'sociedade', 'società', 'Gesellschaft', 'şirket', 'şirketi', 'S.C.',
    'sherkat', 'sherkat-e', 'شرکت', 'sharikat', 'sharika', 'shirkat', 'شركة', 'ش.م.م', '公司',
    'gongsi', '会社', 'kaisha', '회사', 'hoesa',
  ],
  partnership: [
    'Partnership', 'Limited Partnership', 'General Partnership', 'LP', 'L.P.', 'LLP', 'L.L.P.',
    'Limited Liability Partnership', 'KG', 'Kommanditgesellschaft', 'GmbH & Co. KG',
    'AG & Co. KG', 'OHG', 'offene Handelsgesellschaft', 'GbR', 'SNC', 'société en nom collectif',
    'sociedad en comandita', 'sociedad civil', 'S.P.R. de R.I.', 'S.C.S.', 'S. en C.', 'S. en C.S.',
    'VOF', 'CV', 'commanditaire vennootschap', 'kollektif şirketi',
    'komandit şirketi', 'полное товарищество', 'коммандитное товарищество',
    'товарищество на вере', 'товарищество', '合資会社', '合名会社', '합자회사', '합명회사',
  ],
  'sole-proprietorship': [
    'Sole Proprietorship', 'Sole Proprietor', 'E.U.', 'empresa unipersonal', 'Individual Entrepreneur', 'ИП',
    'индивидуальный предприниматель', 'IP', 'ФОП', 'FOP', 'фізична особа-підприємець',
  ],
  foundation: [
    'Foundation', 'fondation', 'fundación', 'fundação', 'fondazione', 'Stiftung', 'stichting', 'stiftelse',
    'vakfı', 'фонд', 'fond', 'благотворительный фонд', 'bonyad', 'بنیاد',
  ],
  cooperative: [
    'Cooperative', 'Co-operative', 'Co-op', 'Coop', 'Cooperative Society', 'cooperativa',
    'coopérative', 'sociedad cooperativa', 'società cooperativa', 'Soc. Coop.', 'Genossenschaft',
    'eG', 'e.G.', 'kooperativ', 'кооператив', 'производственный кооператив',
    'потребительский кооператив', 'сельскохозяйственный производственный кооператив', 'СПК',
    'S.C. de R.L.', 'S.C. de R.L. de C.V.', 'sociedad cooperativa de responsabilidad limitada',
  ],
  nonprofit: [
    'Nonprofit', 'Non-profit Organization', 'Non-profit Organisation', 'NKO', 'НКО',
    'некоммерческая организация', 'автономная некоммерческая организация', 'АНО', 'ANO',
    'некоммерческое партнерство', 'общественная организация', 'общественное движение',
    // State corporations (Rostec, Rosatom) are non-profit organisations under Russian law 7-FZ art. 7.1.
    'государственная корпорация', 'госкорпорация', 'State Corporation', 'goskorporatsiya',
    'e.V.', 'eingetragener Verein', 'ASBL', 'VZW', 'ONLUS', 'A.C.', 'asociación civil',
  ],
  'state-unitary': [
    'ФГУП', 'FGUP', 'FSUE', 'федеральное государственное унитарное предприятие',
    'федерального государственного унитарного предприятия',
    'federalnoe gosudarstvennoe unitarnoe predpriyatie', 'Federal State Unitary Enterprise',
    'ГУП', 'GUP', 'государственное унитарное предприятие', 'gosudarstvennoe unitarnoe predpriyatie',
    'State Unitary Enterprise', 'SUE', 'МУП', 'MUP', 'муниципальное унитарное предприятие',
    'Municipal Unitary Enterprise', 'ФКП', 'FKP', 'федеральное казенное предприятие',
    'Federal State Enterprise', 'FSE', 'Federal Treasury Enterprise', 'РУП', 'RUP',
    'республиканское унитарное предприятие', 'рэспубліканскае унітарнае прадпрыемства',
    'унитарное предприятие', 'unitarnoe predpriyatie', 'Unitary Enterprise',
    'государственное предприятие', 'gosudarstvennoe predpriyatie', 'State Enterprise',
    'державне підприємство', 'ДП', 'казенное предприятие', 'дзяржаўнае прадпрыемства',
    'унітарнае прадпрыемства', 'унітарне підприємство', 'РПУП', 'РВУП', 'ГП', 'УП',
  ],
  'state-institution': [
    'ФГБУ', 'FGBU', 'федеральное государственное бюджетное учреждение',
    'федерального государственного бюджетного учреждения',
    'federalnoe gosudarstvennoe byudzhetnoe uchrezhdenie', 'Federal State Budgetary Institution',
    'ФГБУН', 'федеральное государственное бюджетное учреждение науки',
    'федерального государственного бюджетного учреждения науки', 'ФГБНУ',
    'федеральное государственное бюджетное научное учреждение', 'ФГУ', 'FGU',
    'федеральное государственное учреждение', 'ФГАУ', 'ФАУ', 'FAU',
    'федеральное государственное автономное учреждение', 'федеральное автономное учреждение',
    'ФКУ', 'FKU', 'федеральное казенное учреждение', 'ФГКУ', 'федеральное государственное казенное учреждение',
    'ФГБОУ', 'ФГБОУ ВО', 'FGBOU', 'федеральное государственное бюджетное образовательное учреждение',
    'федеральное государственное бюджетное образовательное учреждение высшего образования',
    'ФГАОУ', 'ФГАОУ ВО', 'FGAOU',
    'федеральное государственное автономное образовательное учреждение',
    'федеральное государственное автономное образовательное учреждение высшего образования',
    'Federal State Budgetary Educational Institution', 'ГБУ', 'ГКУ', 'ГАУ', 'МБУ', 'МКУ', 'МАУ',
    'государственное бюджетное учреждение', 'государственное казенное учреждение',
    'государственное автономное учреждение', 'муниципальное бюджетное учреждение',
    'муниципальное казенное учреждение', 'муниципальное автономное учреждение',
    'государственное учреждение',
  ],
};

/**
 * Spellings of the same Russian legal word in the romanisations the lists mix (OFAC writes
 * OBSHCHESTVO and OBSCHESTVO, OGRANICHENNOI and OGRANICHENNOY): the key is the spelling the
 * table above uses. Not "otkrytie": that is the bank Otkritie ("discovery"), not "open".
 */
export const LEGAL_WORD_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  obshchestvo: ['obschestvo', 'obshestvo', 'obschchestvo'],
  obshchestva: ['obschestva', 'obshestva'],
  ogranichennoy: ['ogranichennoi', 'ogranichennoj'],
  otvetstvennostyu: ['otvetstvennostiu', 'otvetstvennostju', 'otvetstvennostiyu'],
  aktsionernoe: ['aktsionernoye', 'aktsionernoie', 'aktsyonernoe', 'akcionernoe'],
  aktsionernogo: ['aktsionernovo'],
  aktsionerny: ['aktsionernyi', 'aktsionernyy', 'aktsionernyj'],
  otkrytoe: ['otkrytoye', 'otkrytoie'],
  zakrytoe: ['zakrytoye', 'zakrytoie'],
  publichnoe: ['publichnoye', 'publichnoie'],
  nepublichnoe: ['nepublichnoye'],
  gosudarstvennoe: ['gosudarstvennoye', 'gosudarstvenoye', 'gosudarstvenoe'],
  federalnoe: ['federalnoye'],
  unitarnoe: ['unitarnoye'],
  predpriyatie: ['predpriyatiye', 'predpriatie'],
  byudzhetnoe: ['byudzhetnoye', 'budzhetnoe'],
  uchrezhdenie: ['uchrezhdeniye'],
  tovarishchestvo: ['tovarishestvo', 'tovarischestvo'],
};

/**
 * Forms recognised only at either end of a name (or next to another legal form) because,
 * inside a name, the same letters are usually a word: SPA, SAS (the airline), CIA, TOO,
 * TOV (Hebrew "good"). Every form made only of one- and two-letter tokens (SA, AG, CO, S A,
 * K K) is edge-only without being listed.
 */
export const EDGE_ONLY_FORMS: readonly string[] = [
  'spa', 'sas', 'sal', 'sac', 'saa', 'sae', 'cia', 'cie', 'too', 'tov', 'pat', 'nao', 'ano',
  'fau', 'fop', 'akb', 'asa', 'ead', 'aat', 'taa', 'oyj', 'pcl', 'tbk', 'kgaa', 'sasu', 'gbr',
  'vof', 'snc', 'coop', 'fond', 'ohg', 'gup', 'mup', 'fkp', 'fgu', 'fku', 'rup', 'нао', 'ано',
  'гуп', 'муп', 'фау', 'фгу', 'фку', 'руп', 'гбу', 'гку', 'гау', 'мбу', 'мку', 'мау', 'спк', 'пат',
  'ват', 'зат', 'аат', 'таа', 'тов', 'тоо', 'фоп', 'акб', 'нко', 'фонд', 'одо', 'чао', 'sue', 'fse',
];

/**
 * Short forms that turn up glued to the name ("JSCARGUMENT", "ROSTVERTOLPLC",
 * "SAMSUNGLTD"): only those that begin or end no word or name found in the lists. Not
 * split: "zao" (Zaozhuang, Zaoura), "pao" (Paolini), "tov" (Rostov), "ag" (Strabag), "sa"
 * (Sasha), "inc" (zinc), "corp" (Fincorp is a brand).
 */
export const GLUED_PREFIX_FORMS: readonly string[] = ['ojsc', 'pjsc', 'cjsc', 'jsc', 'ooo', 'oao', 'llc'];
export const GLUED_SUFFIX_FORMS: readonly string[] = [
  'coltd', 'ltd', 'llc', 'gmbh', 'ojsc', 'pjsc', 'cjsc', 'jsc', 'plc', 'ooo',
];

/**
 * Forms that Chinese, Japanese and Korean write without a space after (or, for 株式会社 and
 * 주식회사, before) the name.
 */
export const GLUED_CJK_SUFFIX_FORMS: readonly string[] = [
  '股份有限公司', '有限责任公司', '有限責任公司', '有限公司', '股份公司', '公司', '株式会社',
  '有限会社', '合同会社', '合資会社', '合名会社', '유한책임회사', '주식회사', '유한회사', '합자회사',
  '합명회사',
];
export const GLUED_CJK_PREFIX_FORMS: readonly string[] = ['株式会社', '주식회사'];

/**
 * Words that join the others: each language puts them where another uses a case ending or
 * nothing ("Завод имени Дегтярева" is "Degtyarev Plant", "Фонд перспективных исследований"
 * the "Foundation for Advanced Research"), so they say least of all about which organisation
 * is meant.
 */
export const CONNECTOR_WORDS: readonly string[] = [
  'and', 'of', 'the', 'for', 'in', 'on', 'de', 'del', 'la', 'y', 'et', 'und', 've', 'va', 'i', 'и',
  'по', 'имени', 'им', 'named', 'after', 'و', 'і', 'па', 'для', 'при', 'імені', 'імя', 'ім',
];

/**
 * Words that say what kind of organisation something is rather than which one: Watchman's
 * false positives come from letting "CORP" or "TRADING" decide a match. Ordered by theme; the
 * generic words of the organisation-word table follow in every form (org-words.ts).
 */
export const GENERIC_ORG_WORDS: readonly string[] = [
  ...CONNECTOR_WORDS,
  // kinds of organisation
  'bank', 'banco', 'banque', 'banca', 'bankasi', 'банк', 'بنك', 'بانک', 'مصرف', 'group', 'groupe',
  'grupo', 'gruppa', 'группа', 'مجموعة', 'holding', 'holdings', 'холдинг', 'trading', 'trade',
  'traders', 'ticaret', 'торговый', 'торговая', 'дом', 'international', 'internacional',
  'internationale', 'intl', 'международный', 'الدولية', 'industries', 'industry', 'industrial',
  'industrias', 'sanayi', 'промышленный', 'enterprise', 'enterprises', 'предприятие', 'general',
  'generale', 'import', 'export', 'импорт', 'экспорт', 'establishment', 'est', 'etablissement',
  'مؤسسة', 'موسسه', 'ministry', 'министерство', 'ministerio', 'وزارة', 'وزارت', 'global',
  'services', 'service', 'servicios', 'systems', 'system', 'solutions', 'technology',
  'technologies', 'tech', 'технологии', 'investment', 'investments', 'invest', 'inversiones',
  'capital', 'finance', 'financial', 'resources', 'shipping', 'navigation', 'marine', 'maritime',
  'logistics', 'transport', 'oil', 'gas', 'petroleum', 'energy', 'construction', 'development',
  'engineering', 'electronics', 'manufacturing', 'products', 'consulting', 'management',
  'agency', 'office', 'center', 'centre', 'центр', 'tsentr', 'institute', 'институт', 'institution',
  'organization', 'organisation', 'организация', 'association', 'ассоциация', 'union', 'союз',
  'commercial', 'comercial', 'commerce', 'commercializadora', 'comercializadora', 'national',
  'nacional', 'state', 'federal', 'public', 'private', 'joint', 'stock', 'united', 'unitary',
  'municipal', 'department', 'directorate', 'bureau', 'бюро', 'administration', 'authority',
  'committee', 'council', 'factory', 'plant', 'works', 'завод', 'zavod', 'mining', 'steel',
  'chemical', 'airlines', 'airline', 'aviation', 'air', 'lines', 'exchange', 'research',
  'production', 'scientific', 'научно', 'производственное', 'design', 'branch', 'филиал', 'trust',
  'fund', 'partners', 'associates', 'firm', 'фирма', 'firma', 'concern', 'концерн', 'kontsern',
  'complex', 'комплекс', 'companies', 'budgetary', 'federalnoe', 'gosudarstvennoe',
  ...genericOrgWordForms(),
];
