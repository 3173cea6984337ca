/**
 * The National Institute of Korean Language's table for Chinese (중국어의 주음 부호와 한글
 * 대조표), read backwards: Hangul → pinyin. Jamo are numbered as in hangul-syllables.ts.
 */

/**
 * Initial → pinyin initials it writes. ㅈ ㅊ ㅅ write both the retroflex and the palatal
 * series (zh/j, ch/q, sh/x), the palatal only before an i or ü final; ㅊ is also c, ㅍ also
 * f, ㄹ also r.
 */
export const PINYIN_INITIALS: Readonly<Record<number, readonly string[]>> = {
  0: ['g'], 2: ['n'], 3: ['d'], 5: ['l', 'r'], 6: ['m'], 7: ['b'], 9: ['sh', 'x'], 10: ['s'], 11: [''],
  12: ['zh', 'j'], 13: ['z'], 14: ['ch', 'q', 'c'], 15: ['k'], 16: ['t'], 17: ['p', 'f'], 18: ['h'],
};

/** Pinyin initials that take only i and ü finals, and those that never do. */
export const PALATAL_INITIALS = ['j', 'q', 'x'];
export const APICAL_INITIALS = ['zh', 'ch', 'sh', 'r', 'z', 'c', 's'];

/**
 * Medial and final (as "medial,final") → the pinyin final. Korean drops the y of ㅑ ㅖ ㅠ
 * after ㅈ ㅊ (자 = zha or jia, 제 = jie, 젠 = jian), so those plain vowels also stand for
 * i-finals there (PALATAL_FINALS).
 */
export const PINYIN_FINALS: Readonly<Record<string, string>> = {
  '0,0': 'a', '0,4': 'an', '0,21': 'ang', '4,0': 'e', '4,4': 'en', '4,21': 'eng', '4,8': 'er',
  '8,0': 'o', '13,0': 'u', '13,4': 'un', '13,21': 'ong', '18,0': 'i', '20,0': 'i', '20,4': 'in',
  '20,21': 'ing', '2,0': 'ia', '2,21': 'iang', '7,0': 'ie', '7,4': 'ian', '17,0': 'iu', '17,21': 'iong',
  '9,0': 'ua', '9,4': 'uan', '9,21': 'uang', '14,0': 'uo', '14,4': 'uen', '14,21': 'ueng', '15,0': 'ue',
  '16,0': 'v', '16,4': 'vn', '5,0': 'ie', '5,4': 'ian',
};

/** Plain finals that stand for i-finals after ㅈ ㅊ, Korean having dropped the y. */
export const PALATAL_FINALS: Readonly<Record<string, string>> = {
  a: 'ia', ao: 'iao', u: 'iu', ong: 'iong', ang: 'iang',
};

/**
 * Two Hangul syllables for one final: the first syllable's medial, then the second syllable
 * (no initial) → the final (가오 gao, 저우 zhou, 후이 hui, 웨이 wei, 위안 yuan, 야오 yao).
 */
export const TWO_SYLLABLE_FINALS: Readonly<Record<string, string>> = {
  '0,이': 'ai', '0,오': 'ao', '5,이': 'ei', '15,이': 'uei', '4,우': 'ou', '13,이': 'uei', '2,오': 'iao',
  '9,이': 'uai', '16,안': 'van',
};

/** A final with no initial is spelt with y or w (i → yi, ia → ya, u → wu, ü → yu). */
export const ZERO_INITIAL_FINALS: Readonly<Record<string, string>> = {
  i: 'yi', ia: 'ya', ie: 'ye', ian: 'yan', in: 'yin', iang: 'yang', ing: 'ying', iu: 'you', iong: 'yong',
  iao: 'yao', u: 'wu', ua: 'wa', uo: 'wo', uan: 'wan', uen: 'wen', uang: 'wang', ueng: 'weng', uai: 'wai',
  uei: 'wei', v: 'yu', ue: 'yue', vn: 'yun', van: 'yuan',
};

/** The written form of a final after an initial (uei → ui, uen → un, ü → u after j q x, lü → lu). */
export const WRITTEN_FINALS: Readonly<Record<string, string>> = {
  uei: 'ui', uen: 'un', v: 'u', vn: 'un', van: 'uan', ueng: 'ong',
};

/** Common Chinese family names in pinyin (a Mandarin reading starts with one). */
export const PINYIN_SURNAMES: ReadonlySet<string> = new Set(
  ('zhang wang li liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie ' +
    'han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan ' +
    'pan du dai xia zhong tian ren fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin meng ' +
    'gu hou shao long wan duan lei qian yin chang qiao lai gong wen pang fan lan ou mo niu bao zhan ji geng ' +
    'guan lian ke rao rong sima ouyang zhuge shangguan').split(' '),
);
