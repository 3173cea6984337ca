/**
 * Organisations named after a person: Russian, Ukrainian and Belarusian write the person in
 * the genitive after "имени" (им., імені, імя) — "Завод имени В.А. Дегтярева", "имени А. М.
 * Горького" — where English writes the name as it is: "V.A. Degtyarev Plant", "named after
 * A.M. Gorky". The words after such a word are read back into the nominative, so that the
 * two spellings meet.
 */

/** The words that put the name after them in the genitive. */
const NAMED_AFTER: ReadonlySet<string> = new Set(['имени', 'им', 'імені', 'імя', 'ім']);
/** Words after "имени" read back: initials, a title (академика) and the family name. */
const MAX_WORDS_AFTER = 4;
/** Shorter words are initials or particles. */
const MIN_WORD = 4;
const VOWEL_BEFORE_YA = /[аеёиоуыэюяіїє]я$/;
/** An -а after a vowel or a soft sign is no genitive ending of a family name. */
const NOT_AFTER_CONSONANT = /[аеёиоуыэюяіїєь]а$/;
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;

/**
 * The nominative of a name in the genitive, or null when it does not read as one: an
 * adjective's -ого/-его is -ий (Горького → Горький), -ова/-ева/-ина drop their -а
 * (Дегтярева → Дегтярев), as does any consonant + а (Березняка → Березняк); -я is -ь after a
 * consonant (Слюсаря → Слюсарь) and -й after a vowel (Гайдая → Гайдай).
 */
export function nominativeOfGenitive(word: string): string | null {
  if (word.length < MIN_WORD || !CYRILLIC_WORD.test(word)) return null;
  if (word.endsWith('ого') || word.endsWith('его')) return `${word.slice(0, -3)}ий`;
  if (word.endsWith('я')) return word.slice(0, -1) + (VOWEL_BEFORE_YA.test(word) ? 'й' : 'ь');
  if (word.endsWith('а') && !NOT_AFTER_CONSONANT.test(word)) return word.slice(0, -1);
  return null;
}

/** Positions of the words a name puts in the genitive after "имени", with their nominatives. */
export function namedAfterNominatives(forms: readonly string[]): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = 0; i < forms.length; i++) {
    if (!NAMED_AFTER.has(forms[i])) continue;
    for (let k = i + 1; k < forms.length && k <= i + MAX_WORDS_AFTER; k++) {
      const nominative = nominativeOfGenitive(forms[k]);
      if (nominative) out.set(k, nominative);
    }
  }
  return out;
}
