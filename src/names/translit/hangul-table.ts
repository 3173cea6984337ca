/**
 * Hangul romanisation tables. A precomposed syllable is U+AC00 + (initial × 21 + medial) × 28
 * + final, so each table is indexed by the jamo's position in that order. Values are ASCII:
 * the breves of McCune–Reischauer (ŏ ŭ) and its aspiration apostrophes are dropped, as every
 * sanctions list writes them.
 *
 * Initials: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
 * Medials:  ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
 * Finals:   (none) ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
 */

/**
 * North Korean list usage (DPRK 2002 consonants as UN/EU/OFAC entries print them in ASCII):
 * a lax stop is voiceless at the start of a word or given name (Kim, Pak, Tong) and voiced
 * after a vowel or a resonant (Pak Tong Gu); ㅈ is j everywhere (Jong, Jae); aspirates lose
 * MR's apostrophe (ch'ŏl → chol).
 */
export const INITIAL_LIST_VOICELESS = [
  'k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h',
] as const;
export const INITIAL_LIST_VOICED = [
  'g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h',
] as const;

/** McCune–Reischauer proper where it differs from list usage: ㅈ is ch unless voiced, ㅉ tch. */
export const INITIAL_MR_VOICELESS = [
  'k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'ch', 'tch', 'ch', 'k', 't', 'p', 'h',
] as const;
export const INITIAL_MR_VOICED = [
  'g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'tch', 'ch', 'k', 't', 'p', 'h',
] as const;

/** DPRK 2002 writes the aspirates ㅋ ㅌ ㅍ as kh th ph (Thae Yong Ho, Phyongyang). */
export const INITIAL_DPRK_VOICELESS = [
  'k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'kh', 'th', 'ph', 'h',
] as const;
export const INITIAL_DPRK_VOICED = [
  'g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'kh', 'th', 'ph', 'h',
] as const;

/** Revised Romanization (ROK 2000): one value per initial, no voicing alternation. */
export const INITIAL_RR = [
  'g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h',
] as const;

/** McCune–Reischauer and DPRK vowels with breves dropped: ŏ → o, ŭ → u. */
export const MEDIAL_MR = [
  'a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i',
] as const;

export const MEDIAL_RR = [
  'a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i',
] as const;

/**
 * South Korean personal-name usage (passports before 2000, the press, sports): ŏ as u (Sun,
 * Sung), yŏ as yu (Hyun, Myung, Kyung), ㅜ ㅠ as oo yoo (Soo, Hoon, Yoon), ŭ as eu (Eun, Seung).
 * Syllables with a spelling of their own are in POPULAR_SYLLABLES.
 */
export const MEDIAL_POPULAR = [
  'a', 'ae', 'ya', 'yae', 'u', 'e', 'yu', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'oo', 'wo', 'we', 'wi', 'yoo', 'eu', 'ui', 'i',
] as const;

/** Popular usage writes ㄱ as k (Kyung, Kwang, Ki); the rest as RR. */
export const INITIAL_POPULAR = [
  'k', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h',
] as const;

/**
 * Syllables that Sino-Korean readings of Chinese characters use: the stuff of Korean given
 * names and of Korean words. A syllable outside them (르, 스, 베, 케, 엘) is written only for
 * a foreign word or a native Korean one.
 */
export const SINO_KOREAN_SYLLABLES: ReadonlySet<string> = new Set(
  '가각간갈감갑강개객갱갹거건걸검겁게격견결겸경계고곡곤골공곶과곽관괄광괘괴굉교구국군굴궁권궐궤귀규균귤극근글금급긍기긴길김끽나낙난날남납낭내녀녁년념녕노농뇌뇨누눈눌뉴뉵능니닉닐다단달담답당대댁덕도독돈돌동두둔득등라락란랄람랍랑래랭략량려력련렬렴렵령례로록론롱뢰료룡루류륙륜률륭륵름릉리린림립마막만말망매맥맹멱면멸명몌모목몰몽묘무묵문물미민밀박반발방배백번벌범법벽변별병보복본봉부북분불붕비빈빙사삭산살삼삽상새색생서석선설섬섭성세소속손솔송쇄쇠수숙순술숭쉬슬습승시식신실심십쌍씨아악안알암압앙애액앵야약양어억언얼엄업여역연열염엽영예오옥온올옹와완왈왕왜외요욕용우욱운울웅원월위유육윤율융은을음읍응의이익인일임입잉자작잔잠잡장재쟁저적전절점접정제조족존졸종좌죄주죽준줄중즉즐즙증지직진질짐집징차착찬찰참창채책처척천철첨첩청체초촉촌총촬최추축춘출충췌취측층치칙친칠침칩칭쾌타탁탄탈탐탑탕태택탱토통퇴투특파판팔패팽퍅편폄평폐포폭표품풍피필핍하학한할함합항해핵행향허헌헐험혁현혈혐협형혜호혹혼홀홍화확환활황홰회획횡효후훈훌훙훤훼휘휴휼흉흑흔흘흠흡흥희힐',
);

/** Native Korean syllables common in given names (빛나 Bit-na, 하늘 Ha-neul, 보람 Bo-ram, 꽃분 Kkot-pun). */
export const NATIVE_NAME_SYLLABLES: ReadonlySet<string> = new Set('빛늘름람슬별솔샘봄결나래솜꽃');

/**
 * Given-name syllables frequent in Korean names and rare in foreign names written in Hangul:
 * a token that starts with a family name is read as a Korean name only when its given name
 * has one of them (이승원 Lee Seung-won), not when it is made of syllables that foreign,
 * Japanese and Chinese names use as much (도로시 Dorothy, 마리아 Maria, 이보 Ivo, 하야오 Hayao).
 */
export const KOREAN_GIVEN_SYLLABLES: ReadonlySet<string> = new Set(
  '영수정성현진희경민종준상용재은훈철태승혜동석환윤병규명창식형근국욱혁길학효완중섭찬춘순숙옥웅헌관권범엽삼채표필갑택흥향협응덕원호기연선한화광대해남서신봉홍주일인' +
    '건겸균률렬령록룡림빛늘름람슬별결꽃분' +
    '양문소의복금운군충청천장강평각실휘여량익득애열교례회방적심래걸흔백직집귀몽속설륜굉계칠융견율육매왕',
);

/**
 * Sino-Korean syllables that foreign names written in Hangul use several times as often as
 * Korean given names do (리 ri, 로 ro, 시 si, 아 a, 마 ma): a family name and two given-name
 * syllables none of which is among them reads as a Korean name (박지빈 Park Ji-bin) even
 * without a syllable of KOREAN_GIVEN_SYLLABLES.
 */
export const FOREIGN_LEANING_SYLLABLES: ReadonlySet<string> = new Set(
  '이리시라사토타니나마아오로야다노치가모비임루무언고작반요피파처도미',
);

/** A final at the end of a syllable written on its own (the same in MR, DPRK and RR). */
export const FINAL = [
  '', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't',
] as const;

/** Finals after which a lax initial is voiced in MR and DPRK: none (a vowel), ㄴ ㄹ ㅁ ㅇ and their clusters. */
export const RESONANT_FINALS: ReadonlySet<number> = new Set([0, 4, 5, 6, 8, 10, 11, 12, 13, 15, 16, 21]);

/**
 * Family names: [as North Korean lists write it (MR/DPRK), the usual South Korean spelling,
 * then other spellings in use, most common first]. Spellings are facts of usage (passports,
 * lists, the press); 이 and 리 are one name under the South's and the North's spelling rules,
 * so each carries the other's romanisations.
 */
export const SURNAMES: Readonly<Record<string, readonly string[]>> = {
  김: ['kim', 'kim', 'gim'],
  이: ['yi', 'lee', 'rhee', 'i', 'ri', 'li'],
  리: ['ri', 'lee', 'li', 'yi', 'rhee'],
  박: ['pak', 'park', 'bak'],
  최: ['choe', 'choi', 'chwe'],
  정: ['jong', 'jung', 'jeong', 'chung', 'chong', 'cheong'],
  강: ['kang', 'kang', 'gang'],
  조: ['jo', 'cho', 'joe'],
  윤: ['yun', 'yoon'],
  장: ['jang', 'jang', 'chang'],
  임: ['im', 'lim', 'yim', 'rim'],
  림: ['rim', 'lim', 'im'],
  한: ['han', 'han'],
  오: ['o', 'oh'],
  신: ['sin', 'shin'],
  서: ['so', 'seo', 'suh', 'soh'],
  권: ['kwon', 'kwon', 'gwon'],
  황: ['hwang', 'hwang'],
  안: ['an', 'ahn'],
  송: ['song', 'song'],
  류: ['ryu', 'ryu', 'yoo', 'yu', 'lyu'],
  유: ['yu', 'yoo', 'you', 'ryu'],
  홍: ['hong', 'hong'],
  전: ['jon', 'jeon', 'chun', 'chon', 'jun'],
  고: ['ko', 'ko', 'go', 'koh'],
  문: ['mun', 'moon'],
  양: ['yang', 'yang'],
  량: ['ryang', 'ryang', 'yang'],
  손: ['son', 'son', 'sohn'],
  배: ['pae', 'bae'],
  백: ['paek', 'baek', 'paik', 'baik'],
  허: ['ho', 'heo', 'huh', 'hur'],
  남: ['nam', 'nam'],
  심: ['sim', 'shim'],
  노: ['no', 'noh', 'roh'],
  로: ['ro', 'roh', 'noh', 'no'],
  하: ['ha', 'ha'],
  곽: ['kwak', 'kwak', 'gwak'],
  성: ['song', 'sung', 'seong'],
  차: ['cha', 'cha'],
  주: ['ju', 'joo', 'chu'],
  우: ['u', 'woo'],
  구: ['ku', 'koo', 'gu', 'goo'],
  민: ['min', 'min'],
  진: ['jin', 'jin', 'chin'],
  지: ['ji', 'ji', 'chi'],
  엄: ['om', 'eom', 'um', 'uhm'],
  채: ['chae', 'chae'],
  원: ['won', 'won'],
  천: ['chon', 'cheon', 'chun'],
  방: ['pang', 'bang'],
  공: ['kong', 'kong', 'gong'],
  현: ['hyon', 'hyun', 'hyeon'],
  함: ['ham', 'ham'],
  변: ['pyon', 'byun', 'byeon', 'pyun'],
  염: ['yom', 'yeom', 'yum'],
  렴: ['ryom', 'ryeom', 'yeom'],
  여: ['yo', 'yeo', 'yuh'],
  려: ['ryo', 'ryeo', 'yeo'],
  추: ['chu', 'choo'],
  도: ['to', 'do', 'doh'],
  소: ['so', 'so', 'soh'],
  석: ['sok', 'seok', 'suk'],
  선: ['son', 'sun', 'seon'],
  설: ['sol', 'seol', 'sul'],
  마: ['ma', 'ma'],
  길: ['kil', 'kil', 'gil'],
  연: ['yon', 'yeon', 'yun'],
  위: ['wi', 'wi', 'wee'],
  표: ['pyo', 'pyo', 'phyo'],
  명: ['myong', 'myung', 'myeong'],
  기: ['ki', 'ki', 'gi', 'key'],
  반: ['pan', 'ban'],
  왕: ['wang', 'wang'],
  금: ['kum', 'keum', 'geum'],
  옥: ['ok', 'ok'],
  육: ['yuk', 'yook'],
  인: ['in', 'in'],
  맹: ['maeng', 'maeng'],
  제: ['je', 'je', 'che'],
  모: ['mo', 'mo'],
  탁: ['tak', 'tak', 'thak'],
  국: ['kuk', 'kook', 'guk'],
  어: ['o', 'eo'],
  은: ['un', 'eun'],
  편: ['pyon', 'pyeon', 'phyon', 'pyun'],
  용: ['yong', 'yong'],
  예: ['ye', 'ye'],
  경: ['kyong', 'kyung', 'gyeong'],
  봉: ['pong', 'bong'],
  사: ['sa', 'sa'],
  부: ['pu', 'boo', 'bu'],
  태: ['tae', 'tae', 'thae'],
  나: ['na', 'ra'],
  라: ['ra', 'na'],
};

/** Two-syllable family names, laid out as SURNAMES. */
export const COMPOUND_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  황보: ['hwangbo', 'hwangbo'],
  남궁: ['namgung', 'namgung', 'namkung'],
  제갈: ['chegal', 'jegal'],
  선우: ['sonu', 'seonu', 'sunwoo'],
  독고: ['tokko', 'dokgo'],
  사공: ['sagong', 'sagong', 'sakong'],
  서문: ['somun', 'seomun'],
  동방: ['tongbang', 'dongbang'],
};

/**
 * Given-name syllables whose South Korean spelling the popular rules do not give: 영 Young,
 * 희 Hee, 의 Eui, 신 Shin, an initial w on ㅜ (Woo, Wook), an h closing a bare vowel (Ah,
 * Oh), and the u that 규 and 류 keep (Kyu, Ryu).
 */
export const POPULAR_SYLLABLES: Readonly<Record<string, string>> = {
  영: 'young',
  희: 'hee',
  아: 'ah',
  오: 'oh',
  우: 'woo',
  욱: 'wook',
  운: 'woon',
  웅: 'woong',
  신: 'shin',
  의: 'eui',
  규: 'kyu',
  류: 'ryu',
};
