/**
 * Words that are never part of a name, by language: function words, and the verbs and
 * time words news writes right beside names ("قال", "said", "заявил", "yesterday"). They end
 * a name that runs on without punctuation, and their counts tell the languages apart.
 * Written as in text; the readers fold them (normalizeName, phraseKey) at load.
 */

export type TextLanguage = 'ar' | 'fa' | 'en' | 'fr' | 'tr' | 'de' | 'es' | 'ru' | 'uk';

/**
 * Last words of names that are not surnames: the second halves of Arabic compound names
 * (نصر الله, نور الدين, عبد الرحمن). A later word alike is not a reference to the person.
 */
export const NOT_SURNAMES: readonly string[] = ['الله', 'الدين', 'الرحمن', 'الرحيم', 'الإسلام', 'الحق', 'النبي', 'allah', 'ullah', 'din', 'uddin'];

export const STOPWORDS: Readonly<Partial<Record<TextLanguage, readonly string[]>>> = {
  ar: [
    'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'إن', 'ان', 'أو', 'او', 'ثم', 'قد', 'لقد', 'كان', 'كانت', 'هذا', 'هذه', 'ذلك',
    'تلك', 'التي', 'الذي', 'الذين', 'اللذين', 'هو', 'هي', 'هم', 'نحن', 'كما', 'لكن', 'بل', 'لا', 'لم', 'لن', 'ما', 'منذ', 'حتى', 'بين',
    'خلال', 'بعد', 'قبل', 'عند', 'حين', 'حيث', 'بينما', 'أي', 'كل', 'بعض', 'غير', 'أمس', 'اليوم', 'غدا', 'الأحد', 'الاثنين', 'الإثنين',
    'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'قال', 'وقال', 'قالت', 'وقالت', 'أكد', 'وأكد', 'أكدت', 'أعلن', 'وأعلن', 'أعلنت',
    'وأعلنت', 'أوضح', 'وأوضح', 'أوضحت', 'وأوضحت', 'أضاف', 'وأضاف', 'أضافت', 'صرح', 'يقول', 'تقول', 'دعا', 'دعت', 'وصف', 'ووصف', 'أشاد',
    'وأشاد', 'التقى', 'يلتقي', 'زار', 'يزور', 'تزور', 'وصل', 'وصلت', 'بأن', 'بأنه', 'بأنها', 'إنه', 'إنها', 'أنه', 'أنها', 'لدى', 'نحو',
    'حوالي', 'أكثر', 'أقل', 'جديد', 'جديدة', 'أيضا', 'فقط', 'عبر', 'ضد', 'دون', 'وفي', 'ومن', 'وعلى', 'وعن', 'ومع', 'الذي',
    'فيه', 'فيها', 'عليه', 'عليها', 'له', 'لها', 'منه', 'منها', 'به', 'بها', 'إذا', 'لو', 'هل', 'ولا', 'وهو', 'وهي', 'بيان', 'مؤتمر',
    'صحفي', 'زيارة', 'رسمية', 'وذلك', 'ويأتي', 'بعدما', 'عام', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'الماضي',
    'الماضية', 'المقبل', 'المقبلة', 'الحالي', 'الجاري',
  ],
  fa: ['و', 'در', 'به', 'از', 'که', 'این', 'آن', 'با', 'است', 'را', 'برای', 'تا', 'هم', 'شد', 'می', 'گفت', 'کرد', 'های'],
  en: [
    'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'is', 'are', 'was', 'were',
    'be', 'been', 'has', 'have', 'had', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'his', 'her', 'their',
    'who', 'which', 'what', 'when', 'where', 'after', 'before', 'during', 'while', 'since', 'than', 'not', 'no', 'will', 'would', 'said',
    'says', 'told', 'added', 'on', 'also', 'about', 'over', 'under', 'into', 'between', 'against', 'more', 'new', 'monday', 'tuesday',
    'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'last', 'week', 'but', 'if', 'then', 'there', 'here',
    'meanwhile', 'however', 'separately', 'earlier', 'later', 'moreover', 'met', 'meets', 'visited', 'called', 'urged', 'warned', 'praised', 'announced', 'according', 'mr', 'mrs', 'ms', 'both', 'all',
  ],
  fr: [
    'le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'ou', 'en', 'au', 'aux', 'dans', 'sur', 'pour', 'par', 'avec', 'est', 'sont',
    'qui', 'que', 'ce', 'cette', 'il', 'elle', 'ils', 'a', 'ont', 'pas', 'ne', 'se', 'son', 'sa', 'ses', 'leur', 'mais', 'selon', 'déclaré',
  ],
  tr: [
    've', 'bir', 'bu', 'da', 'de', 'ile', 'için', 'olarak', 'olan', 'ise', 'gibi', 'daha', 'çok', 'en', 'ki', 'ne', 'ya', 'her', 'ama',
    'kadar', 'sonra', 'önce', 'dedi', 'açıkladı', 'yaptı', 'etti', 'olduğunu', 'şekilde', 'üzerinde', 'arasında', 'karşı',
  ],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'den', 'dem', 'von', 'zu', 'auf', 'für', 'sich', 'auch', 'sagte'],
  es: ['el', 'los', 'las', 'y', 'en', 'que', 'por', 'con', 'para', 'una', 'del', 'se', 'su', 'al', 'es', 'como', 'dijo'],
  ru: [
    'и', 'в', 'во', 'на', 'с', 'со', 'по', 'к', 'ко', 'у', 'о', 'об', 'от', 'до', 'из', 'за', 'для', 'при', 'без', 'над', 'под', 'что',
    'как', 'это', 'этот', 'эта', 'эти', 'тот', 'та', 'не', 'ни', 'но', 'а', 'или', 'же', 'ли', 'бы', 'он', 'она', 'они', 'мы', 'его',
    'ее', 'её', 'их', 'который', 'которая', 'которые', 'также', 'уже', 'еще', 'ещё', 'был', 'была', 'были', 'будет', 'заявил',
    'заявила', 'сказал', 'сказала', 'отметил', 'отметила', 'сообщил', 'сообщила', 'встретился', 'встретилась', 'посетил', 'призвал',
    'вчера', 'сегодня', 'после', 'перед', 'между', 'против', 'около', 'более', 'менее', 'понедельник', 'вторник', 'среду', 'четверг',
    'пятницу', 'субботу', 'воскресенье', 'года', 'году', 'время', 'позднее', 'позже', 'ранее', 'однако', 'кроме', 'тем',
    'затем', 'теперь', 'сейчас', 'между', 'впрочем', 'по', 'словам',
  ],
  uk: ['і', 'й', 'та', 'що', 'це', 'як', 'від', 'для', 'але', 'також', 'було', 'який', 'яка', 'які', 'його', 'її', 'заявив'],
};
