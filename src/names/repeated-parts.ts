/**
 * Parts of an organisation's name that say again what the rest says: the EU journal prints
 * "Акционерное Общество «Радиозавод» (АО «Радиозавод»)" and "Федеральное Государственное
 * Унитарное Предприятие «Крыловский Государственный Научный Центр» (ФГУП «Крыловский
 * Государственный Научный Центр»)". A part in brackets, or between commas, every word of
 * which (legal forms aside) the rest already has adds nothing to who is meant, but as tokens
 * of their own its words would count as unmatched against the name written once. A part
 * with a word of its own stays, initials too: "(AEOI)" says how the organisation is known.
 */
import { normalizeName, tokenize } from './normalize.js';
import { findLegalForms, withoutSpans } from './legal-forms.js';

/** What may set a part off: brackets, or a comma. */
const PART_MARK = /[([,]/;
/** A bracketed part (to its closing bracket, or to the end of a name cut short), or a part between commas. */
const PARTS = /\([^)]*(?:\)|$)|\[[^\]]*(?:\]|$)|[^,([]+/g;

/** The words of a part that are not legal forms ("АО", "Joint Stock Company"). */
function nameWords(tokens: readonly string[]): string[] {
  return withoutSpans(tokens, findLegalForms(tokens));
}

/**
 * The name without its parts in brackets or between commas that repeat the rest, as raw
 * text; the name itself when it has none. At least one part always stays.
 */
export function withoutRepeatedParts(raw: string): string {
  if (!PART_MARK.test(raw)) return raw;
  const parts = raw.match(PARTS) ?? [];
  if (parts.length < 2) return raw;
  const words = parts.map((p) => nameWords(tokenize(normalizeName(p))));
  const dropped = new Set<number>();
  for (let i = parts.length - 1; i >= 0; i--) {
    const rest = words.filter((_, k) => k !== i && !dropped.has(k)).flat();
    if (rest.length > 0 && words[i].length > 0 && words[i].every((w) => rest.includes(w))) dropped.add(i);
  }
  return dropped.size === 0 ? raw : parts.filter((_, k) => !dropped.has(k)).join(' ');
}
