/**
 * Arabic-script letters as matching compares them: the many written forms of one letter
 * folded to one, and what the folding forgets kept as hints for the romanisation.
 */
import {
  ALEF_FORMS, YEH_FORMS, HEH_FORMS, HAMZA_FORMS, REGIONAL_FORMS, JOINERS, CONSONANTS, PERSIAN_ONLY_LETTERS,
} from './arabic-table.js';

const ALEF = 'ا';
/** إ at the start of the word, or of the name after its article (الإسلام). */
const INITIAL_I = /^(ال)?إ/;
const PERSIAN_LETTERS = new RegExp(`[${PERSIAN_ONLY_LETTERS}]`);

function mapLetters(token: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of token) out += table[ch] ?? ch;
  return out;
}

export function unifyAlefForms(token: string): string {
  return mapLetters(token, ALEF_FORMS);
}

export function unifyYehForms(token: string): string {
  return mapLetters(token, YEH_FORMS);
}

export function unifyHehForms(token: string): string {
  return mapLetters(token, HEH_FORMS);
}

export function foldHamzaCarriers(token: string): string {
  return mapLetters(token, HAMZA_FORMS);
}

export function foldRegionalLetters(token: string): string {
  return mapLetters(token, REGIONAL_FORMS);
}

export function removeJoiners(token: string): string {
  return mapLetters(token, JOINERS);
}

/** Letters only: digits, marks and other scripts inside a token have no romanisation here. */
export function keepArabicLetters(token: string): string {
  let out = '';
  for (const ch of token) if (ch === ALEF || CONSONANTS[ch]) out += ch;
  return out;
}

/** The letters as matching compares them: one alef, one yeh, one heh, no hamza, Arabic k. */
export function normalizeArabicLetters(token: string): string {
  const folded = foldRegionalLetters(foldHamzaCarriers(unifyHehForms(unifyYehForms(unifyAlefForms(token)))));
  return keepArabicLetters(removeJoiners(folded));
}

/**
 * What the unified letters forget and the romanisation needs: a first إ is i, a final ى is a (in
 * Arabic; Persian and Urdu writers use it for ی, so it may be i), a final ة after ā is t, ة
 * itself ends a word in a, and a letter only Persian or Urdu write (پ چ ژ گ ک ی ے ٹ ڈ ڑ) marks
 * a name to read with Persian values first.
 */
export interface Hints {
  initialI: boolean;
  finalA: boolean;
  finalT: boolean;
  tehMarbuta: boolean;
  persian: boolean;
}

export function readHints(token: string): Hints {
  return {
    initialI: INITIAL_I.test(token),
    finalA: token.endsWith('ى'),
    finalT: token.endsWith('اة'),
    tehMarbuta: token.endsWith('ة'),
    persian: PERSIAN_LETTERS.test(token),
  };
}
