/**
 * Spellings a jamo stands for in a foreign name written in Hangul, each with a cost: 0 for
 * the likeliest, more for the less likely. They reverse the loanword transcription rules of
 * the National Institute of Korean Language (외래어 표기법, 1986 and its later tables): Korean
 * writes English f as ㅍ and v as ㅂ (Jeff 제프, David 데이비드), z and soft g as ㅈ (Zoran 조란,
 * George 조지), th as ㅅ or ㄷ (Arthur 아서), c as ㅋ or ㅅ (Colleen 콜린, Cecil 세실), l and r
 * both as ㄹ (ㄹㄹ between vowels for l: Kelly 켈리), drops a post-vocalic English r (Walter
 * 월터, Ford 포드), and adds ㅡ after a consonant with no vowel of its own (Strabon 스트라본).
 * German ch and Russian kh are ㅎ (Koch 코흐), German z and ts are ㅊ (Fritz 프리츠), Spanish j
 * is ㅎ (José 호세), and Japanese k and t start a word as ㄱ and ㄷ (Kotaro 고타로, Taro 다로).
 *
 * Jamo are numbered as in hangul-syllables.ts.
 */

/** A spelling and its cost. */
export type Option = readonly [string, number];

/** Initial consonant → spellings, inside a word. */
export const ONSETS: readonly (readonly Option[])[] = [
  /* ㄱ */ [['g', 0], ['k', 0.5], ['gh', 0.9]],
  /* ㄲ */ [['k', 0], ['c', 0.2], ['g', 0.5]],
  /* ㄴ */ [['n', 0], ['nn', 0.5]],
  /* ㄷ */ [['d', 0], ['t', 0.5]],
  /* ㄸ */ [['t', 0], ['d', 0.4]],
  /* ㄹ */ [['r', 0], ['rr', 0.4], ['l', 0.5]],
  /* ㅁ */ [['m', 0], ['mm', 0.5]],
  /* ㅂ */ [['b', 0], ['v', 0.25], ['w', 0.7]],
  /* ㅃ */ [['p', 0], ['b', 0.4]],
  /* ㅅ */ [['s', 0], ['c', 0.4], ['ss', 0.5], ['th', 0.6], ['z', 0.7]],
  /* ㅆ */ [['s', 0], ['ts', 0.4], ['ss', 0.4]],
  /* ㅇ */ [['', 0]],
  /* ㅈ */ [['j', 0], ['z', 0.25], ['g', 0.45], ['s', 0.6]],
  /* ㅉ */ [['z', 0], ['tz', 0.3], ['j', 0.4], ['ch', 0.5]],
  /* ㅊ */ [['ch', 0], ['c', 0.4], ['tz', 0.4], ['z', 0.5], ['tch', 0.6]],
  /* ㅋ */ [['k', 0], ['c', 0.2], ['ck', 0.4], ['ch', 0.6], ['q', 0.7]],
  /* ㅌ */ [['t', 0], ['th', 0.4], ['tt', 0.4]],
  /* ㅍ */ [['p', 0], ['f', 0.2], ['ph', 0.5], ['pp', 0.6], ['ff', 0.7]],
  /* ㅎ */ [['h', 0], ['j', 0.6], ['ch', 0.7], ['kh', 0.7], ['', 0.8], ['g', 0.9]],
];

/** Where a word's first consonant is spelt otherwise: no doubled letters, l as likely as r. */
export const WORD_INITIAL_ONSETS: Readonly<Record<number, readonly Option[]>> = {
  /* ㅇ */ 11: [['', 0], ['h', 0.7]],
  /* ㄱ */ 0: [['g', 0], ['k', 0.45]],
  /* ㄷ */ 3: [['d', 0], ['t', 0.45]],
  /* ㄹ */ 5: [['r', 0], ['l', 0.1]],
  /* ㅁ */ 6: [['m', 0]],
  /* ㅂ */ 7: [['b', 0], ['v', 0.3], ['w', 0.45]],
  /* ㅅ */ 9: [['s', 0], ['c', 0.4], ['sh', 0.8], ['th', 0.8], ['z', 0.9]],
  /* ㅈ */ 12: [['j', 0], ['g', 0.35], ['z', 0.45], ['s', 0.6], ['y', 0.9]],
  /* ㅊ */ 14: [['ch', 0], ['c', 0.45], ['ts', 0.6], ['z', 0.6]],
  /* ㅋ */ 15: [['k', 0], ['c', 0.1], ['ch', 0.7], ['q', 0.8]],
  /* ㅌ */ 16: [['t', 0], ['th', 0.4]],
  /* ㅍ */ 17: [['p', 0], ['f', 0.15], ['v', 0.55], ['ph', 0.6]],
  /* ㅎ */ 18: [['h', 0], ['j', 0.5], ['', 0.8], ['g', 0.9]],
};

/**
 * A consonant with the epenthetic ㅡ: the consonant alone (스 s, 트 t, 르 r), and for some the
 * other letters it stands for (즈 z or s, 츠 tz, 크 ck, 흐 ch).
 */
export const EPENTHETIC_ONSETS: readonly (readonly Option[])[] = [
  /* 그 */ [['g', 0], ['gg', 0.6]],
  /* 끄 */ [['k', 0]],
  /* 느 */ [['n', 0]],
  /* 드 */ [['d', 0], ['dd', 0.6], ['t', 0.7]],
  /* 뜨 */ [['t', 0]],
  /* 르 */ [['r', 0], ['rr', 0.7]],
  /* 므 */ [['m', 0]],
  /* 브 */ [['b', 0], ['v', 0.3], ['bb', 0.7]],
  /* 쁘 */ [['p', 0]],
  /* 스 */ [['s', 0], ['ss', 0.3], ['th', 0.5], ['z', 0.7]],
  /* 쓰 */ [['ts', 0], ['tsu', 0.2], ['s', 0.4]],
  /* 으 */ [['', 0]],
  /* 즈 */ [['z', 0], ['s', 0.2], ['ds', 0.5], ['zz', 0.7]],
  /* 쯔 */ [['tz', 0], ['z', 0.3], ['tsu', 0.3]],
  /* 츠 */ [['tz', 0], ['z', 0.2], ['ts', 0.2], ['tsch', 0.7]],
  /* 크 */ [['k', 0], ['c', 0.2], ['ck', 0.2], ['ch', 0.6], ['x', 0.9]],
  /* 트 */ [['t', 0], ['tt', 0.4], ['th', 0.5], ['d', 0.8]],
  /* 프 */ [['p', 0], ['f', 0.2], ['ph', 0.5], ['ff', 0.6]],
  /* 흐 */ [['ch', 0], ['h', 0.2], ['kh', 0.4]],
];

/** The vowel an epenthetic ㅡ stands for, when it stands for one (French -re, Japanese su). */
export const EPENTHETIC_VOWELS: readonly Option[] = [['', 0], ['e', 0.6], ['u', 0.8]];

/** Medial → spellings. */
export const NUCLEI: readonly (readonly Option[])[] = [
  /* ㅏ */ [['a', 0]],
  /* ㅐ */ [['a', 0], ['e', 0.3], ['ae', 0.6]],
  /* ㅑ */ [['ya', 0], ['ia', 0.3]],
  /* ㅒ */ [['ya', 0], ['yae', 0.5]],
  /* ㅓ */ [['e', 0], ['u', 0.15], ['o', 0.2], ['a', 0.2], ['eo', 0.8]],
  /* ㅔ */ [['e', 0], ['a', 0.5], ['ai', 0.7]],
  /* ㅕ */ [['ye', 0], ['yo', 0.3], ['ie', 0.4], ['io', 0.5]],
  /* ㅖ */ [['ye', 0], ['ie', 0.4]],
  /* ㅗ */ [['o', 0], ['au', 0.6], ['ou', 0.6], ['oh', 0.8]],
  /* ㅘ */ [['wa', 0], ['oi', 0.4], ['ua', 0.4], ['oa', 0.5]],
  /* ㅙ */ [['wa', 0], ['we', 0.3]],
  /* ㅚ */ [['oe', 0], ['o', 0.3], ['eu', 0.5], ['we', 0.6]],
  /* ㅛ */ [['yo', 0], ['io', 0.3]],
  /* ㅜ */ [['u', 0], ['oo', 0.5], ['ou', 0.5], ['w', 0.8]],
  /* ㅝ */ [['wo', 0], ['wa', 0.3], ['uo', 0.5], ['we', 0.6]],
  /* ㅞ */ [['we', 0], ['ue', 0.4]],
  /* ㅟ */ [['wi', 0], ['ui', 0.4], ['u', 0.5], ['ue', 0.7]],
  /* ㅠ */ [['yu', 0], ['u', 0.2], ['iu', 0.4], ['ew', 0.6]],
  /* ㅡ */ [['eu', 0], ['u', 0.3]],
  /* ㅢ */ [['ui', 0], ['i', 0.4]],
  /* ㅣ */ [['i', 0], ['e', 0.6], ['ee', 0.6]],
];

/** ㅣ ending a word: English -y, -ie, -ey as well as i (Larry 래리, Andy 앤디). */
export const WORD_FINAL_I: readonly Option[] = [['i', 0], ['y', 0.1], ['ie', 0.5], ['ey', 0.5], ['e', 0.6]];

/**
 * An r that English writes after a vowel and Korean drops (Walter 월터, Ford 포드, Mark 마크,
 * Milburn 밀번, Charlton 찰턴), by medial: after ㅓ it is the rule (-er), after ㅏ and ㅗ
 * frequent; elsewhere not supplied. [cost of an r before the next syllable's consonant, at
 * the end of the word, before the syllable's own final].
 */
export const DROPPED_R: Readonly<Record<number, readonly [number, number, number]>> = {
  /* ㅓ */ 4: [0.3, 0, 0.35],
  /* ㅏ */ 0: [0.45, 0.8, 0.6],
  /* ㅗ */ 8: [0.45, 0.7, 0.6],
  /* ㅕ */ 6: [0.7, 0.7, 0.9],
  /* ㅝ */ 14: [0.45, 0.6, 0.6],
  /* ㅜ */ 13: [0.8, 0.9, 0.9],
};
/** Cost of leaving the r out where DROPPED_R costs 0 (word-final ㅓ: Walter, but Anna 애너). */
export const NO_R_AT_END = 0.25;

/** Final consonant → spellings. */
export const CODAS: readonly (readonly Option[])[] = [
  /* none */ [['', 0]],
  /* ㄱ */ [['k', 0], ['c', 0.3], ['ck', 0.3], ['g', 0.7]],
  /* ㄲ */ [['k', 0]],
  /* ㄳ */ [['ks', 0]],
  /* ㄴ */ [['n', 0], ['nn', 0.5], ['ne', 0.6]],
  /* ㄵ */ [['n', 0]],
  /* ㄶ */ [['n', 0]],
  /* ㄷ */ [['t', 0], ['d', 0.4]],
  /* ㄹ */ [['l', 0], ['ll', 0.3], ['le', 0.6]],
  /* ㄺ */ [['lk', 0]],
  /* ㄻ */ [['lm', 0]],
  /* ㄼ */ [['lb', 0]],
  /* ㄽ */ [['ls', 0]],
  /* ㄾ */ [['lt', 0]],
  /* ㄿ */ [['lp', 0]],
  /* ㅀ */ [['l', 0]],
  /* ㅁ */ [['m', 0], ['mm', 0.5], ['n', 0.8]],
  /* ㅂ */ [['p', 0], ['b', 0.5], ['pp', 0.6]],
  /* ㅄ */ [['ps', 0]],
  /* ㅅ */ [['t', 0], ['tt', 0.3], ['th', 0.6], ['s', 0.7]],
  /* ㅆ */ [['t', 0], ['s', 0.5]],
  /* ㅇ */ [['ng', 0], ['n', 0.35], ['m', 0.9]],
  /* ㅈ */ [['t', 0]],
  /* ㅊ */ [['t', 0]],
  /* ㅋ */ [['k', 0]],
  /* ㅌ */ [['t', 0]],
  /* ㅍ */ [['p', 0]],
  /* ㅎ */ [['h', 0]],
];

/**
 * ㅅ ㅈ ㅊ before a y-vowel: the y belongs to sh, j, ch (샤 sha, 쥬 ju, 쇼 sho), by initial.
 */
export const PALATAL_ONSETS: Readonly<Record<number, readonly Option[]>> = {
  /* ㅅ */ 9: [['sh', 0], ['ch', 0.4], ['sch', 0.5], ['s', 0.6]],
  /* ㅈ */ 12: [['j', 0], ['zh', 0.6]],
  /* ㅊ */ 14: [['ch', 0], ['tch', 0.6]],
};

/**
 * 시 지 치 ending a word: English -sh, -ge, -ch keep no vowel of their own (Ashe 애시, George
 * 조지, Tošić 토시치); 슈 likewise for German sch (Nikisch 니키슈). Syllable → spellings.
 */
export const WORD_FINAL_SYLLABLES: Readonly<Record<string, readonly Option[]>> = {
  시: [['si', 0], ['sh', 0.2], ['shi', 0.4], ['ce', 0.5], ['cy', 0.6]],
  지: [['ji', 0], ['ge', 0.15], ['dge', 0.3], ['gi', 0.3], ['zi', 0.5]],
  치: [['chi', 0], ['ch', 0.15], ['tch', 0.4], ['c', 0.4], ['ci', 0.5]],
  슈: [['sh', 0], ['sch', 0.3], ['shu', 0.4]],
  쉬: [['sh', 0], ['sch', 0.3]],
};

/**
 * ㅏ and ㅣ in two syllables (아이): English long i (Ryan 라이언, Mike 마이크, Tyler 타일러) or
 * German ei (Einstein 아인슈타인, Meyer 마이어). The ㅏ: a, none, or e; the ㅣ: i or y.
 */
export const A_BEFORE_I: readonly Option[] = [['a', 0], ['', 0.3], ['e', 0.35]];
export const I_AFTER_A: readonly Option[] = [['i', 0], ['y', 0.2], ['', 0.5]];

/** ㅅ before ㅣ: s, or the sh that Korean writes 시 too (Washington 워싱턴, Shearer 시어러). */
export const S_BEFORE_I: readonly Option[] = [['s', 0], ['sh', 0.35], ['c', 0.4], ['ss', 0.5], ['th', 0.7]];

/**
 * 슈 before a consonant is German sch, or the s of st and sp (Schmidt 슈미트, Steinmeier
 * 슈타인마이어, Einstein 아인슈타인); the ㅜ is epenthetic. By whether ㅌ or ㅍ follows.
 */
export const SCH_BEFORE_CONSONANT: readonly Option[] = [['sch', 0], ['sh', 0.2], ['s', 0.4]];
export const SCH_BEFORE_T_OR_P: readonly Option[] = [['s', 0], ['sch', 0.3], ['sh', 0.4]];

/** ㅣ after ㅔ or ㅐ in the syllable before (데이비드 David, 케이트 Kate): English long a, or ey. */
export const I_AFTER_E: readonly Option[] = [['i', 0], ['y', 0.15], ['', 0.15]];
/** ㅔ before that ㅣ: e, or the a it stands for. */
export const E_BEFORE_I: readonly Option[] = [['e', 0], ['a', 0.15]];

/** A ㄹ after a final ㄹ: the pair is one l (살로메 Salome), or ll (켈리 Kelly). */
export const AFTER_FINAL_L: readonly Option[] = [['', 0], ['l', 0.15]];
/** A ㄹ after an epenthetic syllable is the r of a cluster (프리 fr, 트라 tr). */
export const CLUSTER_R: readonly Option[] = [['r', 0], ['l', 0.6]];
/** The ㅡ of a syllable with a final stands for the vowel of -son, -ton, -den (로빈슨 Robinson). */
export const EPENTHETIC_BEFORE_FINAL: readonly Option[] = [['o', 0], ['e', 0.1], ['', 0.2], ['a', 0.3]];
/** …and before a final ㄹ, for the e of -el, -le (마이클 Michael, 노블 Noble), if any. */
export const EPENTHETIC_BEFORE_L: readonly Option[] = [['e', 0], ['', 0.1], ['o', 0.4]];
/** A word-initial 르 or 드 before a vowel is the French article or particle (르페브르 Lefebvre, 드골 de Gaulle). */
export const INITIAL_LE: readonly Option[] = [['l', 0], ['r', 0.3]];
export const PARTICLE_VOWEL: readonly Option[] = [['e', 0], ['a', 0.3], ['', 0.5]];
/** The ㅜ of a 슈 before a consonant (see SCH_BEFORE_CONSONANT). */
export const SCH_VOWEL: readonly Option[] = [['', 0], ['u', 0.4]];
/** A word-initial 우 is often English w (우드로 Woodrow, 우즈 Woods). */
export const INITIAL_U: readonly Option[] = [['u', 0], ['wu', 0.3], ['woo', 0.4]];
/** A word-initial y-vowel is the j of German, Dutch and Slavic names too (요한 Johann). */
export const INITIAL_J_COST = 0.4;
