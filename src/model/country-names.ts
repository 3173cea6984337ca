/**
 * ISO 3166-1 alpha-2 code → names by which lists write the country: the English short
 * name first (used for display), then official and common variants, the three-letter code,
 * and spellings seen in OFAC, UN, EU, UK and BIS files. Includes a few non-ISO codes that
 * sanctions lists use (xk Kosovo, and historic states a DOB or POB may still name).
 */
export const COUNTRY_NAMES: Record<string, string[]> = {
  af: ['Afghanistan', 'AFG'],
  ae: ['United Arab Emirates', 'ARE', 'UAE', 'U.A.E.', 'Emirates'],
  by: ['Belarus', 'BLR', 'Republic of Belarus', 'Byelorussia', 'Belorussia'],
  ch: ['Switzerland', 'CHE', 'Swiss Confederation'],
  cn: ['China', 'CHN', "People's Republic of China", 'PRC', 'China, Peoples Republic of', 'Mainland China'],
  cu: ['Cuba', 'CUB'],
  gb: ['United Kingdom', 'GBR', 'UK', 'U.K.', 'Great Britain', 'Britain', 'United Kingdom of Great Britain and Northern Ireland', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  in: ['India', 'IND'],
  iq: ['Iraq', 'IRQ'],
  ir: ['Iran', 'IRN', 'Iran (Islamic Republic of)', 'Islamic Republic of Iran', 'Iran, Islamic Republic of', 'Persia'],
  kp: ['North Korea', 'PRK', 'Korea, North', "Democratic People's Republic of Korea", 'DPRK', 'Korea (DPRK)', "Korea, Democratic People's Republic of", 'KOREA, DEMOCRATIC PEOPLE S REPUBLIC OF'],
  kr: ['South Korea', 'KOR', 'Korea, South', 'Republic of Korea', 'Korea, Republic of', 'Korea'],
  ly: ['Libya', 'LBY', 'Libyan Arab Jamahiriya'],
  ru: ['Russia', 'RUS', 'Russian Federation', 'Российская Федерация', 'Россия'],
  sa: ['Saudi Arabia', 'SAU', 'Kingdom of Saudi Arabia'],
  so: ['Somalia', 'SOM'],
  sy: ['Syria', 'SYR', 'Syrian Arab Republic'],
  tr: ['Türkiye', 'TUR', 'Turkey', 'Republic of Türkiye', 'Turkiye'],
  ua: ['Ukraine', 'UKR'],
  us: ['United States', 'USA', 'U.S.A.', 'US', 'U.S.', 'United States of America', 'America'],
  ve: ['Venezuela', 'VEN', 'Venezuela (Bolivarian Republic of)', 'Bolivarian Republic of Venezuela'],
  ye: ['Yemen', 'YEM'],
};
