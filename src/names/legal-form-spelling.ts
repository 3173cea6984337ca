/**
 * Legal forms as people actually type them: misspelt ("JONIT STOCK COMPANY", "LIIMITED"),
 * split ("LIM ITED", "OBSHCH ESTVO") or glued to their neighbours ("STOCKCOMMERCIAL",
 * "COMPANYNANOCHIP", "KEYLIMITED LIABILITY COMPANY"). Left as they are, these words are read
 * as parts of the name and count against every listing of the company. `respellLegalForms`
 * finds them by comparing the letters of consecutive tokens, spaces ignored, with the forms
 * of the table, and writes each one found as the table spells it, so that findLegalForms
 * sees an ordinary form.
 */
import { LATIN_LEGAL_FORMS } from './legal-forms.js';

interface CompactForm {
  tokens: readonly string[];
  letters: string;
  /** Edits the letters may carry and still be this form. */
  budget: number;
}

/** What a glued neighbour must keep to be a name of its own. */
const MIN_REST = 3;
/** A form's first word glued after a name must be at least this long ("limited", not "co"). */
const MIN_GLUED_FIRST_WORD = 5;
/** Consecutive tokens a form may be spread over. */
const MAX_SPAN = 8;
const LATIN_WORD = /^[a-z]+$/;
/** A token a form may run into: the glued rest may carry digits ("companyskay17"). */
const LATIN_TOKEN = /^[a-z0-9]+$/;

/** Short forms are words of their own ("ao", "sas"): only their exact letters are the form. */
function editBudget(length: number): number {
  if (length < 7) return 0;
  return length < 15 ? 1 : 2;
}

const FORMS: readonly CompactForm[] = LATIN_LEGAL_FORMS
  .map((tokens) => ({ tokens, letters: tokens.join(''), budget: editBudget(tokens.join('').length) }))
  .filter((f) => f.letters.length >= 4)
  .sort((a, b) => b.letters.length - a.letters.length);

/** Every form's letters, short ones too ("jsc", "ao"). */
const ALL_FORM_LETTERS: ReadonlySet<string> = new Set(LATIN_LEGAL_FORMS.map((tokens) => tokens.join('')));

const FORMS_BY_LETTER = new Map<string, CompactForm[]>();
for (const f of FORMS) {
  const list = FORMS_BY_LETTER.get(f.letters[0]) ?? [];
  list.push(f);
  FORMS_BY_LETTER.set(f.letters[0], list);
}

/**
 * Distance (optimal string alignment: a swap of neighbours is one edit) between `form` and
 * each prefix of `text` up to `form.length + budget` letters: out[k] is the distance to
 * text.slice(0, k). Only cells within `budget` of the diagonal can stay within budget, so
 * only those are computed; null as soon as no prefix can.
 */
function prefixDistances(form: string, text: string, budget: number): Int32Array | null {
  const width = Math.min(text.length, form.length + budget);
  const far = budget + 1;
  let prev2 = new Int32Array(width + 1);
  let prev = new Int32Array(width + 1);
  let row = new Int32Array(width + 1);
  for (let k = 0; k <= width; k++) prev[k] = Math.min(k, far);
  for (let i = 1; i <= form.length; i++) {
    row.fill(far);
    if (i <= budget) row[0] = i;
    let rowBest = far;
    for (let k = Math.max(1, i - budget); k <= Math.min(width, i + budget); k++) {
      const cost = form[i - 1] === text[k - 1] ? 0 : 1;
      let d = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + cost);
      if (i > 1 && k > 1 && form[i - 1] === text[k - 2] && form[i - 2] === text[k - 1]) d = Math.min(d, prev2[k - 2] + 1);
      row[k] = Math.min(d, far);
      if (row[k] < rowBest) rowBest = row[k];
    }
    if (rowBest > budget) return null;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev;
}

/**
 * Could `text` begin with `form` within its budget? Typing slips rarely touch the first
 * letter: it must be the same, and the second must be there or one place off.
 */
function mayStartWith(text: string, form: string): boolean {
  return text[0] === form[0] && (text[1] === form[1] || text[2] === form[1] || text[1] === form[2]);
}

interface Found {
  form: CompactForm;
  /** Index (from the first token looked at) of the token the form ends in, and how many of its letters it takes. */
  endToken: number;
  endLetters: number;
  distance: number;
}

/** Where each token ends in the letters of tokens[start…]: ends[j] is the letter count through tokens[start + j]. */
function tokenEnds(tokens: readonly string[], start: number): number[] {
  const ends: number[] = [];
  let at = 0;
  for (let j = start; j < tokens.length && j < start + MAX_SPAN && LATIN_TOKEN.test(tokens[j]); j++) ends.push((at += tokens[j].length));
  return ends;
}

/**
 * Where `letters` (within `budget` edits) best end in `text` (the letters of consecutive
 * tokens ending at `ends`): at a token's end, or inside a token that keeps a name of MIN_REST
 * letters after it and only when the form's last letters are written as they are
 * ("otvetstvennostyunpk", not "compangnanochip"). Fewest edits first, then a token's end.
 */
function bestEnd(letters: string, budget: number, text: string, ends: readonly number[], glued: boolean): Omit<Found, 'form'> | null {
  if (!mayStartWith(text, letters)) return null;
  const distances = prefixDistances(letters, text, budget);
  if (!distances) return null;
  let best: Omit<Found, 'form'> | null = null;
  let bestInside = false;
  for (let j = 0; j < ends.length; j++) {
    const before = j === 0 ? 0 : ends[j - 1];
    for (let k = before + 1; k <= ends[j] && k < distances.length; k++) {
      const d = distances[k];
      const inside = k < ends[j];
      if (d > budget) continue;
      if (inside && (!glued || ends[j] - k < MIN_REST || text.slice(k - MIN_REST, k) !== letters.slice(-MIN_REST))) continue;
      // Within one token, a different letter in a word of the same length is another word ("limiter").
      if (d > 0 && j === 0 && !inside && ends[0] === letters.length) continue;
      if (!best || d < best.distance || (d === best.distance && bestInside && !inside)) {
        best = { endToken: j, endLetters: k - before, distance: d };
        bestInside = inside;
      }
    }
  }
  return best;
}

/**
 * Whether whole tokens before the found form's last one already spell a form as written, and
 * end inside a word of the found form ("jsc" of "jsc bryansk" inside "jscb"; "limited" of
 * "limited liability companyskay17" ends where the found form's own first word does).
 */
function writtenFormBefore(text: string, ends: readonly number[], found: Found): boolean {
  for (let m = 0; m < found.endToken; m++) {
    if (!ALL_FORM_LETTERS.has(text.slice(0, ends[m]))) continue;
    let boundary = 0;
    let atBoundary = false;
    for (const word of found.form.tokens) if ((boundary += word.length) === ends[m]) atBoundary = true;
    if (!atBoundary) return true;
  }
  return false;
}

/**
 * The longest form within its budget that the letters from the start of tokens[start] spell.
 * A form written whole is not read as a longer one glued into the next word: "JSC Bryansk"
 * is no "JSCB ryansk", "LTD Alfa" no "LTDA lfa".
 */
function formAt(tokens: readonly string[], start: number): Found | null {
  const ends = tokenEnds(tokens, start);
  if (ends.length === 0) return null;
  const text = tokens.slice(start, start + ends.length).join('');
  let best: Found | null = null;
  for (const form of FORMS_BY_LETTER.get(text[0]) ?? []) {
    if (best && form.letters.length < best.form.letters.length) break;
    if (!mayStartWith(text, form.letters)) continue;
    const end = bestEnd(form.letters, form.budget, text, ends, true);
    if (end && (!best || end.distance < best.distance)) best = { form, ...end };
  }
  if (best && best.endLetters < tokens[start + best.endToken].length && writtenFormBefore(text, ends, best)) return null;
  return best;
}

/** A form found as written, token for token: nothing to respell. */
function isAsWritten(tokens: readonly string[], start: number, found: Found): boolean {
  const written = tokens.slice(start, start + found.endToken + 1);
  return found.distance === 0 && found.endLetters === written[written.length - 1].length
    && written.length === found.form.tokens.length && written.every((t, i) => t === found.form.tokens[i]);
}

/**
 * A multi-word form whose first word is glued to the end of the name before it
 * ("keylimited liability company"): [name, form tokens, tokens used] or null.
 */
function gluedBefore(tokens: readonly string[], at: number): [string, readonly string[], number] | null {
  const token = tokens[at];
  if (!LATIN_WORD.test(token) || at + 1 >= tokens.length) return null;
  const ends = tokenEnds(tokens, at + 1);
  if (ends.length === 0) return null;
  const text = tokens.slice(at + 1, at + 1 + ends.length).join('');
  for (const form of FORMS) {
    const first = form.tokens[0];
    if (form.tokens.length < 2 || first.length < MIN_GLUED_FIRST_WORD || token.length < first.length + MIN_REST || !token.endsWith(first)) continue;
    const rest = form.letters.slice(first.length);
    const end = bestEnd(rest, editBudget(rest.length), text, ends, false);
    if (end) return [token.slice(0, -first.length), form.tokens, end.endToken + 2];
  }
  return null;
}

/** The tokens with misspelt, split or glued Latin legal forms written as the table spells them. */
export function respellLegalForms(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => LATIN_WORD.test(t))) return tokens;
  const out: string[] = [];
  let changed = false;
  const queue = [...tokens];
  for (let i = 0; i < queue.length; ) {
    const glued = gluedBefore(queue, i);
    if (glued) {
      out.push(glued[0], ...glued[1]);
      i += glued[2];
      changed = true;
      continue;
    }
    const found = LATIN_WORD.test(queue[i]) ? formAt(queue, i) : null;
    if (!found || isAsWritten(queue, i, found)) {
      out.push(queue[i++]);
      continue;
    }
    out.push(...found.form.tokens);
    changed = true;
    const last = i + found.endToken;
    const rest = queue[last].slice(found.endLetters);
    if (rest) {
      queue[last] = rest;
      i = last;
    } else i = last + 1;
  }
  return changed ? out : tokens;
}
