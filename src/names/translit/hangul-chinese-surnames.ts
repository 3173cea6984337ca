/**
 * Korean family names are Chinese family names read in Sino-Korean (李 이, 孫 손, 劉 유): a
 * Chinese person written in Hangul by that reading (손권 Sun Quan, 유비 Liu Bei) is spelt in
 * pinyin in Latin. Korean reading → the pinyin of the characters it reads, most common first.
 */
export const CHINESE_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  이: ['li'], 리: ['li'], 왕: ['wang'], 장: ['zhang', 'jiang'], 유: ['liu', 'you', 'yu'], 류: ['liu'],
  진: ['chen', 'qin', 'jin'], 양: ['yang', 'liang'], 량: ['liang'], 황: ['huang'], 조: ['zhao', 'cao'],
  주: ['zhou', 'zhu'], 오: ['wu'], 서: ['xu'], 손: ['sun'], 마: ['ma'], 호: ['hu'], 곽: ['guo'],
  하: ['he', 'xia'], 고: ['gao'], 임: ['lin'], 림: ['lin'], 나: ['luo'], 라: ['luo'], 정: ['zheng', 'cheng', 'ding'],
  송: ['song'], 사: ['xie', 'shi'], 한: ['han'], 당: ['tang'], 풍: ['feng'], 우: ['yu'], 동: ['dong'],
  소: ['xiao', 'su'], 심: ['shen'], 증: ['zeng'], 팽: ['peng'], 여: ['lu'], 려: ['lu'], 노: ['lu'],
  채: ['cai'], 가: ['jia'], 위: ['wei'], 설: ['xue'], 섭: ['ye'], 엽: ['ye'], 염: ['yan'], 반: ['pan'],
  두: ['du'], 대: ['dai'], 종: ['zhong'], 전: ['tian', 'qian'], 부: ['fu'], 방: ['fang'], 석: ['shi'],
  요: ['yao'], 담: ['tan'], 료: ['liao'], 추: ['zou', 'qiu'], 웅: ['xiong'], 금: ['jin'], 육: ['lu'],
  학: ['hao'], 공: ['kong'], 백: ['bai'], 최: ['cui'], 강: ['jiang', 'kang'], 모: ['mao'], 구: ['qiu'],
  원: ['yuan'], 상: ['shang'], 문: ['wen'], 안: ['an'], 맹: ['meng'], 악: ['yue'], 갈: ['ge'], 은: ['yin'],
  단: ['duan'], 범: ['fan'], 허: ['xu'], 등: ['deng'], 형: ['xing'], 경: ['geng'],
  제갈: ['zhuge'], 사마: ['sima'], 구양: ['ouyang'], 상관: ['shangguan'], 하후: ['xiahou'], 공손: ['gongsun'],
  황보: ['huangfu'], 선우: ['xianyu'], 우문: ['yuwen'], 모용: ['murong'], 독고: ['dugu'],
};
