/**
 * Characters that Chinese uses to transcribe foreign names, and the sounds they stand for.
 * The mainland standard is Xinhua's transcription tables (外语译音表, the English, Russian,
 * German… tables of 世界人名翻译大辞典): one character per syllable of the source name, the
 * same character for the same sound whatever the language, and a fixed set of characters for
 * a consonant with no vowel (克 k, 斯 s, 特 t, 尔 l/r at a syllable's end). Taiwan and Hong
 * Kong write the same names with the traditional forms and some characters of their own
 * (蒂 for di, 瑞 for ri/re, 麗 and 琳 in women's names), listed here too.
 *
 * Each key is one character or several that share a reading (simplified and traditional
 * forms); each value is the source spellings, space-separated, the table's own value first.
 * A value without a vowel is the bare consonant: 斯 is the s of Stuck, not "si". Where the
 * table gives one character for l and r (拉 la/ra, 尔 final l/r) or for v and w (瓦, 维),
 * both are listed; c is listed beside k where Western spellings write it (卡 Carl, Kalle).
 */
export const FOREIGN_READINGS: Readonly<Record<string, string>> = {
  // No initial consonant.
  阿: 'a', 埃: 'e a', 艾: 'e ai a', 爱愛: 'e a ai', 伊: 'i e y', 依: 'i e', 奥奧: 'o au a',
  欧歐: 'o eu', 乌烏: 'u w', 厄: 'e', 鄂: 'e o', 安: 'an', 昂: 'on an', 恩: 'n en', 因: 'in',
  英: 'in en', 翁: 'on', 尤: 'yu u ju', 约約: 'jo yo', 耶: 'ye je e', 亚亞: 'ya ia a',
  娅婭: 'ya ia a', 雅: 'ya ja', 扬揚: 'yan jan', 延: 'yen jen', 于於: 'yu', 尹: 'yin', 永: 'yon jon',
  优優: 'yu', 叶葉: 'ye', 易: 'i', 以: 'i',
  // b
  巴: 'ba', 贝貝: 'be', 比: 'bi', 博: 'bo', 布: 'b bu', 卜: 'b bu', 伯: 'ber b bo', 柏: 'ber b bo',
  勃: 'b bo', 拜: 'bai be', 班: 'ban', 本: 'ben', 宾賓: 'bin ben', 邦: 'bon ban', 保: 'bo',
  鲍鮑: 'bo bau', 宝寶: 'bo', 包: 'bo', 别別: 'be', 毕畢: 'bi', 碧: 'bi', 倍: 'be', 蓓: 'be',
  芭: 'ba', 白: 'ba', 波: 'bo po', 玻: 'bo', 堡: 'burg bor', 彬: 'bin', 拔: 'ba', 八: 'ba',
  // p
  帕: 'pa', 佩: 'pe', 皮: 'pi', 普: 'p pu', 珀: 'per pe po', 派: 'pa pai', 潘: 'pan', 彭: 'pen',
  平: 'pin', 庞龐: 'pon', 蓬: 'pon', 匹: 'pi', 培: 'pe', 蒲: 'pu', 朋: 'pon', 坡: 'po', 裴: 'pe',
  彼: 'pe', 浦: 'pu', 璞: 'pu', 甫: 'f p',
  // d
  达達: 'da', 德: 'd de der', 得: 'd de der', 迪: 'di', 多: 'do', 杜: 'du', 度: 'du', 戴: 'da de', 丹: 'dan',
  登: 'den don', 丁: 'din tin', 当當: 'dan don', 东東: 'don', 敦: 'don dun', 顿頓: 'ton don', 代: 'da de',
  道: 'do', 黛: 'de da', 迭: 'de', 都: 'du', 堤: 'di', 第: 'di', 帝: 'di', 狄: 'di', 地: 'di',
  朵: 'do', 邓鄧: 'den', 笛: 'di', 蒂: 'ti di', 缇緹: 'ti di', 大: 'da',
  // t
  塔: 'ta', 泰: 'te ta', 特: 't te ter', 提: 'ti', 托: 'to', 图圖: 'tu', 坦: 'tan ten tein', 滕腾騰: 'ten',
  廷: 'tin', 汀: 'tin', 婷: 'tin', 唐: 'ton tan', 堂: 'ton', 通: 'ton', 陶: 'to', 太: 'ta te',
  田: 'ten', 汤湯: 'ton tan', 铁鐵: 'te', 陀佗: 'to', 土: 'tu', 吐: 'tu', 涂塗: 'tu', 屠: 'tu',
  他: 'ta', 台臺: 'ta te', 谭譚: 'tan', 天: 'ten',
  // g
  加: 'ga', 盖蓋: 'ge ga', 吉: 'gi ji', 戈: 'go', 古: 'gu', 格: 'g ge ger', 甘: 'gan', 根: 'gen gan',
  冈岡: 'gan gon', 贡貢: 'gon', 高: 'go', 哥: 'go', 歌: 'go', 葛: 'go ge', 圭: 'gui gue', 瓜: 'gua',
  谷: 'gu', 嘉: 'ja ga', 伽: 'ga', 嘎: 'ga', 干: 'gan', 果: 'go', 桂: 'gui', 郭: 'go',
  龚龔: 'gon', 贵貴: 'gui',
  // k
  卡: 'ka ca', 凯凱: 'ke ka ca', 基: 'ki gi ky', 科: 'ko co', 库庫: 'ku cu', 克: 'k c ker', 坎: 'kan can',
  肯: 'ken', 康: 'kan con', 孔: 'kon', 柯: 'ko co', 考: 'ko co', 寇: 'ko co', 蔻: 'ko co',
  可: 'ko co', 喀: 'ka', 奎: 'kui qui', 夸: 'kua qua', 魁: 'kui', 开開: 'ka', 昆: 'kun', 迦: 'ka ga',
  金: 'kin gin', 珂: 'ko', 琪: 'ki chi',
  // f, v, w
  法: 'fa', 费費: 'fe', 菲: 'fi phi', 福: 'fo fu', 富: 'fu', 夫: 'v f', 弗: 'f v fer', 凡: 'fan van',
  芬: 'fen fin', 方: 'fan', 丰豐: 'fon', 芙: 'fu', 佛: 'fo', 伏: 'vo fo', 冯馮: 'fon von',
  范: 'fan van', 斐: 'fe', 芳: 'fan', 腓: 'fi', 瓦: 'va wa', 韦韋: 've we vi', 维維: 'vi ve wi',
  沃: 'vo wo wa', 武: 'vu wu', 万萬: 'van wan', 文: 'vin ven win wen', 旺: 'van wan', 薇: 'vi wi',
  威: 'wi vi', 温溫: 'wen win', 伍: 'wu', 华華: 'wa hua', 惠: 'wi hui', 魏: 've wei', 卫衛: 've we',
  汪: 'wan', 娃: 'va wa',
  // s, z, ts
  萨薩: 'sa', 塞: 'se sa ser ce', 西: 'si ci', 索: 'so', 苏蘇: 'su', 斯: 's', 赛賽: 'se sai', 桑: 'san',
  森: 'sen son', 辛: 'sin', 松: 'son', 孙孫: 'son sun', 逊遜: 'son', 锡錫: 'si', 思: 's si',
  丝絲: 's si', 撒: 'sa', 珊: 'san', 姗: 'san', 素: 'su', 梭: 'so', 宋: 'son', 瑟: 'ser s ther',
  仙: 'sen', 先: 'shen sen', 叟: 'so', 司: 's si', 绥綏: 'sui', 席: 'si shi', 昔: 'si', 扎札: 'za', 泽澤: 'ze',
  齐齊: 'zi tsi', 佐: 'zo', 祖: 'zu', 兹茲: 'z tz', 孜: 'z', 赞贊: 'zan', 曾: 'zen', 津: 'zin',
  藏: 'zan', 宗: 'zon', 姿: 'zi', 资資: 'zi', 策: 'tse', 茨: 'ts tz', 察: 'cha tsa', 措: 'tso',
  采: 'tsa', 岑: 'sen tsen', 蔡: 'tsa',
  // sh, zh
  沙: 'sha sa', 莎: 'sa sha', 谢謝: 'she', 希: 'hi shi ch', 肖: 'sho', 舒: 'shu', 什: 'sh', 夏: 'sha',
  尚: 'shan', 申: 'shen', 欣: 'hin shin', 雪: 'shue', 舍: 'sche she', 施: 'sch sh s', 史: 's sh',
  书書: 'shu', 修: 'hu shu', 休: 'hu', 许許: 'sh shu hu', 薛: 'shue', 仕士: 'shi', 诗詩: 'shi',
  师師: 'shi', 石: 'shi', 顺順: 'shun', 善: 'shan', 山: 'shan san', 绍紹: 'sho', 邵: 'sho',
  歇: 'he she', 香: 'shan han', 日: 'zh j', 热熱: 'zhe je', 若: 'zho jo', 朱: 'ju zhu chu',
  茹: 'ru', 卓: 'jo cho zho',
  // ch, j
  查: 'cha', 切: 'che ce', 奇: 'chi ki ch c', 乔喬: 'jo cho', 丘: 'chu', 钱錢: 'chan', 琴: 'chen kin',
  钦欽: 'chin', 强強: 'chan', 琼瓊: 'jon chon', 契: 'chi ki', 恰: 'cha', 楚: 'chu', 崔: 'choi tsui',
  池: 'chi', 彻徹: 'che', 柴: 'cha', 车車: 'che', 陈陳: 'chen', 捷: 'je te', 杰傑: 'je de', 贾賈: 'ja',
  詹: 'jan', 章: 'jan', 简簡: 'jan', 姬: 'ji', 季: 'di ji ti', 佳: 'ja', 茱: 'ju', 珍: 'jen', 真: 'jen',
  哲: 'je', 芝: 'ji', 治: 'j ji', 洁潔: 'je', 姜: 'jan', 济濟: 'ji', 京: 'kin jin',
  // h
  哈: 'ha kha', 赫: 'h he kh ch', 霍: 'ho', 胡: 'hu', 海: 'ha he', 汉漢: 'han', 亨: 'hen', 杭: 'han',
  洪: 'hon', 豪: 'ho', 黑: 'he', 荷: 'ho', 侯: 'ho', 贺賀: 'he', 韩韓: 'han', 汗: 'han', 罕: 'han',
  怀懷: 'hua wa', 火: 'ho', 和: 'ho he', 禾: 'ho', 浩: 'ho', 河: 'he ho', 恒恆: 'hen', 宏: 'hon',
  红紅: 'hon', 黄黃: 'huan', 辉輝: 'hui', 呼: 'hu', 忽: 'hu', 何: 'ho he', 翰: 'han',
  // m
  马馬: 'ma', 梅: 'me ma', 米: 'mi', 莫: 'mo', 穆: 'mu', 姆: 'm', 迈邁: 'me mai', 曼: 'man',
  门門: 'men', 明: 'min', 芒: 'man', 蒙: 'mon', 麦麥: 'ma me mac mc', 玛瑪: 'ma', 默: 'mer me',
  美: 'me mi', 摩: 'mo', 密: 'mi', 慕: 'mu', 蜜: 'mi', 敏: 'min', 缪繆: 'mu', 毛: 'mo', 麻: 'ma',
  弥彌: 'mi', 孟: 'mon men', 茂: 'mo', 墨: 'mo me', 梦夢: 'men', 眉: 'me', 咪: 'mi', 木: 'mu',
  牟: 'mo mu', 谟謨: 'mo', 漫: 'man', 媚: 'me', 苗: 'mio', 玫: 'me', 蔓: 'man', 迷: 'mi',
  // n
  纳納: 'na ner', 内內: 'ne', 尼: 'ni', 诺諾: 'no', 努: 'nu', 奈: 'ne nai', 南: 'nan', 嫩: 'nen',
  宁寧: 'nin', 农農: 'non', 娜: 'na', 妮: 'ni', 那: 'na', 拿: 'na', 涅: 'ne', 奴: 'nu',
  纽紐: 'nu', 侬儂: 'non', 耐: 'ne nai', 乃: 'na', 能: 'nen', 年: 'nen', 聂聶: 'ne', 倪: 'ni',
  楠: 'nan', 瑙: 'no',
  // l, r
  拉: 'la ra', 莱萊: 'le la', 利: 'li ri', 洛: 'lo ro', 卢盧: 'lu', 尔爾: 'r l', 兒儿: 'r l',
  兰蘭: 'lan ran', 伦倫: 'len ren', 林: 'lin rin', 朗: 'lan ran', 隆: 'lon ron', 勒: 'l le ler',
  列: 'le re', 琳: 'lin rin', 莉: 'li ri', 丽麗: 'li ri', 路: 'lu', 劳勞: 'lo lau', 柳: 'liu', 略: 'lio',
  力: 'li', 理: 'li', 李: 'li', 黎: 'li', 连連: 'len', 露: 'lu', 蕾: 're le', 莲蓮: 'len',
  礼禮: 'li', 赖賴: 'ra la', 雷: 're le', 里裡裏: 'ri li', 罗羅: 'ro lo', 萝蘿: 'ro lo',
  鲁魯: 'ru lu', 瑞: 'ri re', 芮: 'ri re', 仁: 'ren', 荣榮: 'ron', 容: 'ron', 蕊: 'ri', 陆陸: 'lu',
  璐: 'lu', 蓝藍: 'lan', 廉: 'len', 梁: 'lian', 良: 'lian', 凌: 'lin', 玲: 'lin', 灵靈: 'lin',
  龙龍: 'lon ron', 楼樓: 'lo', 娄婁: 'lo', 刘劉: 'liu', 留: 'liu', 吕呂: 'lu', 律: 'lu',
  乐樂: 'le lo', 菈: 'la', 郎: 'lan', 岚嵐: 'lan', 腊臘: 'la', 来來: 'la le', 澜瀾: 'lan',
  烈: 'le', 历歷: 'li', 立: 'li', 俐: 'li', 禄祿: 'lu', 轮輪: 'lun', 骆駱: 'lo', 落: 'lo',
  剌: 'la ra', 梨: 'li',
};

/**
 * Characters Chinese uses for foreign sounds and next to never in a Chinese given name: one of
 * them after the first character says the token is a transcribed name (羅根 could be Luo Gen;
 * 羅斯 is Ross).
 */
export const TRANSCRIPTION_ONLY =
  '斯尔爾兒夫姆弗兹茲茨娜莉妮瑟丝絲什蒂缇緹迪拉卡塔萨薩纳納瓦娃诺諾埃伊奥奧贝貝特格基奇耶莱萊' +
  '尼阿普赫洛里裡裏鲁魯巴比帕皮托图圖坦戈科库庫肯法费費索塞扎察策沙莎舍切恰哈玛瑪默摩内內努' +
  '奈涅勒列珀勃卜芭翁厄鄂佐措迦伽喀嘎夸顿頓佛寇';

/**
 * Characters that end many transcribed names (-k, -den, -tin, -ber, -sen) and few Chinese
 * ones, though Chinese given names use them elsewhere (李克强, 李登輝).
 */
export const TRANSCRIPTION_ENDINGS = '克登丁伯柏森';

/**
 * The commonest Chinese family names (simplified and traditional forms): a two- or
 * three-character token that starts with one is read as a Chinese name, unless a
 * transcription-only character follows or a transcription ending ends it.
 */
export const COMMON_SURNAMES =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮' +
  '邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石' +
  '廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴' +
  '覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧' +
  '歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂塗成苗谷盛曲翁冉骆駱' +
  '蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项' +
  '項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边' +
  '邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠' +
  '惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼';
