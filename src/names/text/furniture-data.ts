/**
 * Page furniture: the parts of a copied news page that are not the story — publication
 * stamps, share and support buttons, agency tags and datelines. Each pattern names what it
 * removes. Lines are matched whole (multiline `^…$`) where the furniture is a line of its own;
 * `[^\S\n]` is any space but a line break (pages pad with no-break spaces).
 */

export type FurnitureKind = 'byline' | 'button' | 'agency' | 'dateline' | 'timestamp';

export interface FurniturePattern {
  kind: FurnitureKind;
  pattern: RegExp;
}

/** News agencies as they sign a story, in the languages this reads. */
const AGENCIES = [
  'İLKHA', 'ILKHA', 'AA', 'Anadolu', 'Reuters', 'AFP', 'AP', 'dpa', 'DPA', 'ANKA', 'İHA', 'DHA', 'EFE', 'ANSA', 'Xinhua', 'Yonhap',
  'TASS', 'ТАСС', 'РИА Новости', 'RIA Novosti', 'Интерфакс', 'Interfax', 'ТАСС/ИТАР-ТАСС',
  'الأناضول', 'رويترز', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'د ب أ', 'واس', 'سانا', 'وام', 'قنا', 'كونا', 'إرنا', 'يونهاب',
].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

export const FURNITURE: readonly FurniturePattern[] = [
  // İLKHA and other Turkish sites: "Ekleme: 31.10.2024 14:46:04 / Güncelleme: … / Arapça".
  { kind: 'byline', pattern: /^[^\S\n]*(?:Ekleme|Güncelleme|Yayınlanma|Yayın Tarihi)[^\S\n]*:[^\n]*$/gmu },
  { kind: 'byline', pattern: /^[^\S\n]*(?:Published|Updated|Last updated|Опубликовано|Обновлено|نشر في|تاريخ النشر|آخر تحديث)[^\S\n]*:?[^\S\n]*\d[^\n]*$/gmu },
  { kind: 'button', pattern: /^[^\S\n]*(?:Destek için|Paylaş|Share|Share this article|Поделиться|شارك|مشاركة|Partager|Print|Yazdır)[^\S\n]*$/gmu },
  { kind: 'timestamp', pattern: /^[^\S\n]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:[ \t,]+\d{1,2}:\d{2}(?::\d{2})?)?[^\S\n]*$/gmu },
  // "(İLKHA)", "(Reuters)", "- رويترز" at a line's end.
  { kind: 'agency', pattern: new RegExp(`\\((?:${AGENCIES})\\)`, 'gu') },
  { kind: 'agency', pattern: new RegExp(`[^\\S\\n]*[-–—][^\\S\\n]*(?:${AGENCIES})[^\\S\\n]*$`, 'gmu') },
  // "MOSCOW, Oct 31 (Reuters) -", "WASHINGTON —", "МОСКВА, 31 окт —" at the start of a paragraph.
  // The place: one word of four capitals or more, or several of two or more ("NEW YORK"), not "США —".
  { kind: 'dateline', pattern: /^[^\S\n]*(?:[\p{Lu}][\p{Lu}.'-]{3,}|[\p{Lu}]{2,}(?: [\p{Lu}]{2,})+)(?: [\p{Lu}][\p{Lu}.'-]+){0,3}(?:,[^\S\n]*[^\n,—–-]{1,25})?[^\S\n]*(?:\([^)\n]{2,25}\))?[^\S\n]*[—–-][^\S\n]*/gmu },
  // "موسكو (الأناضول) -", "بيروت - رويترز:" — only with an agency named, since Arabic has no capitals to go by.
  { kind: 'dateline', pattern: new RegExp(`^[^\\S\\n]*[\\p{Script=Arabic} ]{2,25}?[^\\S\\n]*[-–—]?[^\\S\\n]*\\(?(?:${AGENCIES})\\)?[^\\S\\n]*[-–—:][^\\S\\n]*`, 'gmu') },
];
