/**
 * Given names that share their consonants with another name but are not it. An abjad writes
 * few vowels, so consonant skeletons bring محمد (Muhammad) and محمود (Mahmud), حسن (Hasan)
 * and حسين (Husayn), سعد (Saad), سعيد (Said) and سعود (Saud) together; they are different
 * names, borne by different people. Each row lists the Latin spellings of one name.
 */
export const DISTINCT_NAMES: readonly (readonly string[])[] = [
  ['muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'muhamad', 'muhamed', 'mohammod', 'mouhamed', 'mouhammad'],
  ['mahmud', 'mahmoud', 'mahmood', 'mahmut', 'makhmud', 'mehmood'],
  ['hamid', 'hamed', 'hamide'],
  ['hamad', 'hammad'],
  ['hamud', 'hamoud', 'hammoud', 'hamood'],
  ['hasan', 'hassan', 'hassane', 'hasson'],
  ['husayn', 'hussein', 'hussain', 'husain', 'husein', 'hossein', 'hosein', 'hussien', 'housein'],
  ['saad', 'sad', 'saed'],
  ['said', 'saeed', 'saeid', 'saied', 'sayeed'],
  ['saud', 'saoud', 'soud'],
];
