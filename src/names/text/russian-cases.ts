/**
 * Russian declines names: news writes "встреча с Сергеем Лавровым", "заявление Марии
 * Захаровой", while the lists print the nominative. A name word's nominative is guessed from
 * its ending — a guess, since "Захарова" is a woman's nominative and a man's genitive alike —
 * so a caller screens the name both as written and as guessed and keeps the better reading.
 * Rules are [ending, replacement], longest ending first; "+" stands for any consonant.
 */

const RULES: readonly (readonly [string, string])[] = [
  // Patronymics.
  ['овичем', 'ович'], ['евичем', 'евич'], ['овича', 'ович'], ['евича', 'евич'], ['овичу', 'ович'], ['евичу', 'евич'],
  ['овиче', 'ович'], ['евиче', 'евич'], ['овной', 'овна'], ['евной', 'евна'], ['овны', 'овна'], ['евны', 'евна'],
  ['овну', 'овна'], ['евну', 'евна'], ['овне', 'овна'], ['евне', 'евна'],
  // Surnames in -ов, -ев, -ин and their feminines.
  ['овым', 'ов'], ['евым', 'ев'], ['иным', 'ин'], ['ыным', 'ын'], ['овой', 'ова'], ['евой', 'ева'], ['иной', 'ина'],
  ['ова', 'ов'], ['ева', 'ев'], ['ина', 'ин'], ['ову', 'ов'], ['еву', 'ев'], ['ину', 'ин'], ['ове', 'ов'], ['еве', 'ев'],
  ['ине', 'ин'],
  // Surnames in -ский, -ой: Достоевского, Толстого.
  ['ского', 'ский'], ['скому', 'ский'], ['ским', 'ский'], ['ской', 'ская'],
  // Given names: Сергея, Андрея, Марии, Марию, Марией, Григория.
  ['еем', 'ей'], ['ием', 'ий'], ['ея', 'ей'], ['ею', 'ей'], ['ией', 'ия'], ['ии', 'ия'], ['ию', 'ия'], ['ия', 'ий'],
  // Consonant stems: Владимира, Владимиру, Владимиром, Владимире.
  ['+ом', ''], ['+а', ''], ['+у', ''], ['+е', ''],
];

const CONSONANTS = 'бвгджзйклмнпрстфхцчшщ';
/** Shorter words are left alone: "Ким", "Ын", "Ли" are whole. */
const MIN_LENGTH = 4;

function applies(word: string, ending: string): boolean {
  if (!ending.startsWith('+')) return word.endsWith(ending);
  const tail = ending.slice(1);
  return word.endsWith(tail) && CONSONANTS.includes(word[word.length - tail.length - 1] ?? '');
}

/** A Russian name word (normalised, lower case) in the nominative as guessed, or null when it looks nominative already. */
export function russianNominative(word: string): string | null {
  if (word.length < MIN_LENGTH) return null;
  for (const [ending, replacement] of RULES) {
    if (!applies(word, ending)) continue;
    const cut = ending.startsWith('+') ? ending.length - 1 : ending.length;
    return word.slice(0, word.length - cut) + replacement;
  }
  return null;
}
