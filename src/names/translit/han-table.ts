/**
 * Han romanisation tables. Pinyin comes from pinyin-pro (with its surname readings); these
 * tables turn a toneless pinyin syllable into the other spellings lists use.
 */

/**
 * Hanyu Pinyin → Wade–Giles, ASCII: aspiration apostrophes and the umlaut dropped, as Taiwan
 * passports and most lists print it (ch'ien → chien, hsü → hsu). Syllables spelled alike in
 * both (ma, li, wang, hui…) are absent. Correspondences: b d g → p t k; p t k keep their
 * letter; j q zh ch → ch; x → hs; r → j; z c → ts (tz before the apical vowel); -ong → -ung;
 * -ian → -ien; -ie → -ieh; -uo → -o except after g k h sh; zhi chi shi ri → -ih; zi ci si →
 * tzu tzu ssu; ge ke he → ko ko ho; gui kui → kuei; yi → i; you → yu; er → erh.
 */
export const WADE_GILES: Readonly<Record<string, string>> = {
  ba: 'pa', bai: 'pai', ban: 'pan', bang: 'pang', bao: 'pao', bei: 'pei', ben: 'pen', beng: 'peng',
  bi: 'pi', bian: 'pien', biao: 'piao', bie: 'pieh', bin: 'pin', bing: 'ping', bo: 'po', bu: 'pu',
  ca: 'tsa', cai: 'tsai', can: 'tsan', cang: 'tsang', cao: 'tsao', ce: 'tse', cen: 'tsen',
  ceng: 'tseng', chi: 'chih', chong: 'chung', chuo: 'cho', ci: 'tzu', cong: 'tsung', cou: 'tsou',
  cu: 'tsu', cuan: 'tsuan', cui: 'tsui', cun: 'tsun', cuo: 'tso', da: 'ta', dai: 'tai', dan: 'tan',
  dang: 'tang', dao: 'tao', de: 'te', dei: 'tei', den: 'ten', deng: 'teng', di: 'ti', dia: 'tia',
  dian: 'tien', diao: 'tiao', die: 'tieh', ding: 'ting', diu: 'tiu', dong: 'tung', dou: 'tou',
  du: 'tu', duan: 'tuan', dui: 'tui', dun: 'tun', duo: 'to', e: 'o', er: 'erh', ga: 'ka',
  gai: 'kai', gan: 'kan', gang: 'kang', gao: 'kao', ge: 'ko', gei: 'kei', gen: 'ken', geng: 'keng',
  gong: 'kung', gou: 'kou', gu: 'ku', gua: 'kua', guai: 'kuai', guan: 'kuan', guang: 'kuang',
  gui: 'kuei', gun: 'kun', guo: 'kuo', he: 'ho', hong: 'hung', ji: 'chi', jia: 'chia',
  jian: 'chien', jiang: 'chiang', jiao: 'chiao', jie: 'chieh', jin: 'chin', jing: 'ching',
  jiong: 'chiung', jiu: 'chiu', ju: 'chu', juan: 'chuan', jue: 'chueh', jun: 'chun', ke: 'ko',
  kong: 'kung', kui: 'kuei', lian: 'lien', lie: 'lieh', long: 'lung', luo: 'lo', lv: 'lu',
  lve: 'lueh', mian: 'mien', mie: 'mieh', nian: 'nien', nie: 'nieh', nong: 'nung', nuo: 'no',
  nv: 'nu', nve: 'nueh', pian: 'pien', pie: 'pieh', qi: 'chi', qia: 'chia', qian: 'chien',
  qiang: 'chiang', qiao: 'chiao', qie: 'chieh', qin: 'chin', qing: 'ching', qiong: 'chiung',
  qiu: 'chiu', qu: 'chu', quan: 'chuan', que: 'chueh', qun: 'chun', ran: 'jan', rang: 'jang',
  rao: 'jao', re: 'je', ren: 'jen', reng: 'jeng', ri: 'jih', rong: 'jung', rou: 'jou', ru: 'ju',
  rua: 'jua', ruan: 'juan', rui: 'jui', run: 'jun', ruo: 'jo', shi: 'shih', si: 'ssu',
  song: 'sung', suo: 'so', tian: 'tien', tie: 'tieh', tong: 'tung', tuo: 'to', xi: 'hsi',
  xia: 'hsia', xian: 'hsien', xiang: 'hsiang', xiao: 'hsiao', xie: 'hsieh', xin: 'hsin',
  xing: 'hsing', xiong: 'hsiung', xiu: 'hsiu', xu: 'hsu', xuan: 'hsuan', xue: 'hsueh', xun: 'hsun',
  yan: 'yen', ye: 'yeh', yi: 'i', yong: 'yung', you: 'yu', yue: 'yueh', za: 'tsa', zai: 'tsai',
  zan: 'tsan', zang: 'tsang', zao: 'tsao', ze: 'tse', zei: 'tsei', zen: 'tsen', zeng: 'tseng',
  zha: 'cha', zhai: 'chai', zhan: 'chan', zhang: 'chang', zhao: 'chao', zhe: 'che', zhei: 'chei',
  zhen: 'chen', zheng: 'cheng', zhi: 'chih', zhong: 'chung', zhou: 'chou', zhu: 'chu',
  zhua: 'chua', zhuai: 'chuai', zhuan: 'chuan', zhuang: 'chuang', zhui: 'chui', zhun: 'chun',
  zhuo: 'cho', zi: 'tzu', zong: 'tsung', zou: 'tsou', zu: 'tsu', zuan: 'tsuan', zui: 'tsui',
  zun: 'tsun', zuo: 'tso',
};

/**
 * pinyin-pro writes ü as v. English text drops the umlaut (Lu Xun); PRC passports write yu
 * (LYU, NYU), so both are kept, the English one first.
 */
export const PINYIN_UMLAUT: Readonly<Record<string, readonly string[]>> = {
  lv: ['lu', 'lyu'],
  nv: ['nu', 'nyu'],
  lve: ['lue', 'lyue'],
  nve: ['nue', 'nyue'],
};

/**
 * Two-character family names (simplified and traditional) and their pinyin syllables: a name that
 * starts with one has its given name from the third character on (欧阳修 → Ouyang Xiu), and
 * several are read as family names only (万俟 Moqi, 尉迟 Yuchi).
 */
export const COMPOUND_SURNAMES: Readonly<Record<string, string>> = {
  欧阳: 'ou yang', 歐陽: 'ou yang', 司马: 'si ma', 司馬: 'si ma', 诸葛: 'zhu ge', 諸葛: 'zhu ge',
  上官: 'shang guan', 东方: 'dong fang', 東方: 'dong fang', 皇甫: 'huang fu', 尉迟: 'yu chi', 尉遲: 'yu chi',
  公孙: 'gong sun', 公孫: 'gong sun', 慕容: 'mu rong', 长孙: 'zhang sun', 長孫: 'zhang sun', 宇文: 'yu wen',
  司徒: 'si tu', 夏侯: 'xia hou', 轩辕: 'xuan yuan', 軒轅: 'xuan yuan', 令狐: 'ling hu', 钟离: 'zhong li',
  鍾離: 'zhong li', 端木: 'duan mu', 澹台: 'tan tai', 呼延: 'hu yan', 南宫: 'nan gong', 南宮: 'nan gong',
  独孤: 'du gu', 獨孤: 'du gu', 西门: 'xi men', 西門: 'xi men', 百里: 'bai li', 万俟: 'mo qi', 萬俟: 'mo qi',
  太史: 'tai shi', 司空: 'si kong', 闻人: 'wen ren', 聞人: 'wen ren', 申屠: 'shen tu', 公冶: 'gong ye',
  赫连: 'he lian', 赫連: 'he lian', 濮阳: 'pu yang', 濮陽: 'pu yang', 淳于: 'chun yu', 淳於: 'chun yu',
  单于: 'chan yu', 單于: 'chan yu', 公羊: 'gong yang', 拓跋: 'tuo ba', 完颜: 'wan yan', 完顏: 'wan yan',
  乐正: 'yue zheng', 樂正: 'yue zheng', 段干: 'duan gan', 段乾: 'duan gan', 壤驷: 'rang si', 壤駟: 'rang si',
};

/**
 * Words of company and organisation names: a token containing one is not a personal name,
 * however short (有限公司 is not family name 有 + given name 限公司).
 */
export const ORGANISATION_WORDS: readonly string[] = [
  '公司', '有限', '集团', '集團', '银行', '銀行', '贸易', '貿易', '会社', '會社', '船务', '船務',
  '海运', '海運', '技术', '技術', '国际', '國際', '工业', '工業', '实业', '實業', '控股', '股份',
  '研究', '大学', '大學', '学院', '學院', '委员会', '委員會', '中心', '协会', '協會',
];
