/**
 * Words around a person's name that carry little or no identity: titles and ranks, the
 * connectors of Arabic, Turkic and European names, and the endings of East Slavic
 * patronymics. Entries are written as lists print them; person-parts.ts normalises them at
 * load with normalizeName, so "г-н" is the two tokens "г н" and "Präsident" is "prasident".
 */

/**
 * Honorifics, ranks and offices that are never a person's own name. Removed from the front
 * of a name as long as one token remains. Left out on purpose, because each is also a
 * common name or surname: major, marshal, judge, king, prince, lord, bishop (English
 * surnames or given names), coronel (Spanish surname), sen (Bengali surname), eng (Chinese
 * surname), ing (Chinese given-name syllable), don, dona, dom (given names), pan (Ukrainian
 * "Mr", but also the Russian spelling of the Korean surname Ban), m (French "M." is also an
 * initial), h e (initials), hafiz, imam, amir, emir, said, sultan, malik, mir, agha, khan,
 * shah, bibi, begum, mirza (given names or family names in the lists themselves).
 */
export const PERSON_TITLES: readonly string[] = [
  // English and international
  'mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'madam', 'dr', 'doctor', 'prof', 'professor', 'sir',
  'rev', 'reverend', 'honourable', 'honorable', 'excellency', 'his excellency',
  'her excellency', 'his majesty', 'her majesty', 'his highness', 'her highness',
  'his royal highness', 'her royal highness', 'president', 'vice president', 'prime minister',
  'minister', 'deputy minister', 'senator', 'governor', 'ambassador', 'amb', 'general',
  'lieutenant general', 'lt gen', 'major general', 'maj gen', 'brigadier general', 'brig gen',
  'brigadier', 'brig', 'colonel', 'col', 'lieutenant colonel', 'lt col', 'lieutenant', 'lt',
  'captain', 'capt', 'cpt', 'commander', 'cdr', 'sergeant', 'sgt', 'admiral', 'adm',
  'vice admiral', 'rear admiral', 'field marshal', 'air marshal', 'engineer', 'engr',
  // German, French, Spanish, Portuguese, Italian
  'herr', 'frau', 'präsident', 'präsidentin', 'monsieur', 'madame', 'mme', 'mlle', 'président',
  'présidente', 'señor', 'señora', 'señorita', 'sr', 'sra', 'srta', 'presidente', 'ministro',
  'teniente', 'capitán', 'comandante', 'general de brigada', 'general de división',
  // Heads of state and government elsewhere in Europe and in Turkey (names follow them in Hungarian and Turkish)
  'elnök', 'miniszterelnök', 'miniszter', 'prezydent', 'premier', 'prezident', 'premiér', 'ministr',
  'președinte', 'președintele', 'ministrul', 'cumhurbaşkanı', 'cumhurbaskani', 'başbakan', 'bakan', 'presidentti',
  'pääministeri', 'ministeri', 'πρόεδρος', 'υπουργός',
  // Persian (Latin) ranks and clerical ranks
  'sarlashkar', 'sartip', 'sarhang', 'sarhang pasdar', 'ayatollah', 'ayatullah',
  'grand ayatollah', 'hojatoleslam', 'hojjatoleslam', 'hojatolislam', 'hojjat ol eslam',
  'hojatoleslam val moslemin', 'janab',
  // Arabic script
  'الدكتور', 'الدكتورة', 'دكتور', 'د', 'الأستاذ', 'الاستاذ', 'اللواء', 'العميد',
  'العقيد', 'الفريق', 'الفريق أول', 'المشير', 'الرئيس', 'السيد الرئيس', 'فخامة', 'سماحة',
  'معالي', 'آقای', 'دکتر', 'سرلشکر', 'سرتیپ', 'سرهنگ', 'سرهنگ پاسدار', 'ژنرال',
  'آیت‌الله', 'آیت الله', 'آیت‌الله‌العظمی', 'حجت‌الاسلام', 'حجت الاسلام',
  'حجت‌الاسلام‌والمسلمین', 'حجت الاسلام و المسلمین',
  // Cyrillic
  'господин', 'госпожа', 'г-н', 'г-жа', 'пані', 'генерал', 'генерал-майор', 'генерал-лейтенант',
  'генерал-полковник', 'генерал армии', 'полковник', 'подполковник', 'майор', 'капитан',
  'лейтенант', 'старший лейтенант', 'адмирал', 'вице-адмирал', 'контр-адмирал', 'президент',
  'министр', 'премьер-министр', 'заместитель министра', 'доктор', 'профессор', 'академик',
];

/**
 * Honorifics that are also borne as names: "Sheikh" is a family name in South Asia, "Haji"
 * and "Mullah" stand inside Afghan names as the lists print them (UN "HAJI ABDUL MANAN
 * AGHA"), Sayyid/Sayed/Syed is a given name and, after al-, a family name; UK ConList
 * even files "Sheikh" as Name 1. Removed from the front only when two tokens remain, so
 * that "Haji Ibrahim" or "Sayed Akbar" keeps the word that may be half of the name.
 */
export const PERSON_NAME_TITLES: readonly string[] = [
  'sheikh', 'shaikh', 'shaykh', 'sheik', 'shaik', 'sheykh', 'cheikh', 'sheikha', 'shaikha',
  'haji', 'hajji', 'hadji', 'hajj', 'hadj', 'alhaj', 'alhajj', 'alhaji', 'el hadj', 'el hadji',
  'al hajj', 'al haj', 'mullah', 'mulla', 'mollah', 'molla', 'mawlawi', 'mawlavi', 'maulvi',
  'maulavi', 'moulvi', 'molvi', 'mawlana', 'maulana', 'mufti', 'qari', 'sayyid', 'sayyed',
  'sayed', 'seyed', 'seyyed', 'syed', 'sayyida', 'ustad', 'ustadh', 'ustaz', 'sardar', 'hazrat',
  // Also names: Gen (Japanese), Hon (Chinese, as in Hon Lik).
  'gen', 'hon',
  'الشيخ', 'الشيخة', 'الشيخه', 'شيخ', 'السيد', 'السيدة', 'السيده', 'الحاج', 'الحاجة', 'الحاجه',
  'حاج', 'حاجي', 'الملا', 'ملا', 'المولوي', 'مولوي', 'مولوى', 'مولانا', 'المفتي', 'مفتي',
  'الوزير', 'الأمير', 'الامير', 'الإمام', 'الامام', 'سید', 'سردار', 'مهندس', 'المهندس',
];

/**
 * Connectors inside names that say how parts relate, not who someone is: Arabic nasab and
 * kunya words (bin, ibn, bint, abu, abd), the article in its Latin spellings including
 * sun-letter assimilation (as-, ash-, ad-, ar-, at-, az-), Maghrebi ould/walad, Tuareg ag,
 * Turkic patronymic words (oglu, kyzy), and European nobiliary and family particles.
 * Left out: "le" and "du" (Lê and Du are major Vietnamese and Chinese surnames), "das"
 * (Indian surname), "do" (Vietnamese Đỗ, written DO), "an" (Vietnamese and Korean name),
 * "te" (Chinese and Maori names), and the Spanish and Portuguese "y" and "e": as single
 * letters in the lists they are middle initials far more often ("HE, Daniel Y.").
 */
export const PERSON_PARTICLES: readonly string[] = [
  // Arabic in Latin letters
  'al', 'el', 'ul', 'ud', 'ur', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'bn', 'ben',
  'bint', 'binti', 'abu', 'abou', 'abi', 'abd', 'abdul', 'abdel', 'abdal', 'abdol', 'abdoul',
  'abdur', 'abdu', 'ould', 'wuld', 'walad', 'ag',
  // Arabic, Persian and Hebrew scripts (with and without hamza on the alef)
  'ال', 'آل', 'بن', 'ابن', 'إبن', 'بنت', 'ابو', 'أبو', 'ابي', 'أبي', 'عبد', 'ولد', 'دي', 'فان',
  'فون', 'בן',
  // Cyrillic renderings of the same particles. Not "ван": it is also the Chinese surname Wang.
  'аль', 'эль', 'ибн', 'бин', 'бен', 'бинт', 'абу', 'абд', 'ульд', 'фон', 'дер', 'ден', 'де', 'да',
  'ди', 'дель', 'делла', 'дос',
  // Turkic patronymic words, Latin and Cyrillic
  'ogly', 'oglu', 'ogli', 'uly', 'uulu', 'kyzy', 'kizi', 'gizi', 'qizi',
  'оглы', 'оглу', 'улы', 'ұлы', 'уулу', 'кызы', 'қызы', 'гызы',
  // Dutch, German, French, Spanish, Portuguese, Italian
  'van', 'der', 'den', 'ter', 'ten', 'von', 'zu', 'vom', 'zum', 'de', 'des', 'la', 'las', 'los',
  'del', 'della', 'delle', 'dello', 'dei', 'degli', 'di', 'da', 'dos',
];

/**
 * Endings of East Slavic patronymics in the spellings the lists use: English, French
 * (-ovitch), German (-owitsch), Hungarian (-ovics), Ukrainian (-ovych, -ivna), Cyrillic
 * Russian, Ukrainian and Belarusian. Left out: -ovic/-evic (Serbian and Croatian surnames
 * such as Milosevic outnumber Czech-style patronymics) and -ovici (Romanian surnames such
 * as Popovici). Russian surnames in -ovich (Abramovich) cannot be told apart by spelling.
 */
export const PATRONYMIC_ENDINGS: readonly string[] = [
  'ovich', 'evich', 'ovitch', 'evitch', 'owitsch', 'ewitsch', 'ovics', 'evics', 'ovych', 'evych',
  'ovna', 'evna', 'ichna', 'ivna',
  'ович', 'евич', 'овна', 'евна', 'ична', 'івна', 'ївна', 'авіч', 'евіч', 'аўна', 'еўна',
];

/**
 * Patronymics that the endings cannot find: bare -ich, from given names in -a (Ilya, Kuzma,
 * Luka, Foma, Nikita), listed whole because -ich also ends Friedrich, Heinrich, Ulrich and
 * Balkan surnames; and those of Lev, whose stem is too short.
 */
export const PATRONYMIC_FORMS: readonly string[] = [
  'ilyich', 'ilich', 'iljitsch', 'kuzmich', 'lukich', 'fomich', 'nikitich', 'fokich', 'savvich',
  'ильич', 'кузьмич', 'лукич', 'фомич', 'никитич', 'фокич', 'саввич',
  // From Lev: the stem "lv" is shorter than the three letters an ending otherwise needs.
  'lvovich', 'lvovna', 'lvovitch', 'львович', 'львовна',
];
