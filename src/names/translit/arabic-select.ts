/**
 * Which renderings of an Arabic-script token to keep. The first few spellings are the ones a
 * name is looked up by, so between them they should write the name as many ways as they can:
 * two spellings write it differently when they begin with another letter (Kristina, Cristina)
 * or differ in consonants (Kazim, Kadhim); vowels alone matter less (Hamid, Hamed). The rest
 * are met only as written, so they are the likeliest spellings left.
 */
import { spellingShape } from '../skeleton.js';

/** How many of the first spellings should each write the name another way. */
const SEARCHED = 3;

/**
 * At most `max` renderings: `lead` in its order; then, while fewer than SEARCHED are kept,
 * the first candidate that writes the name another way; then the other candidates in order.
 */
export function selectRenderings(lead: readonly string[], candidates: readonly string[], max: number): string[] {
  const out = [...new Set(lead.filter(Boolean))];
  const shapes = new Set(out.map(spellingShape));
  const rest = candidates.filter((r) => r && !out.includes(r));
  while (out.length < SEARCHED) {
    const fresh = rest.findIndex((r) => !shapes.has(spellingShape(r)));
    if (fresh < 0) break;
    const [r] = rest.splice(fresh, 1);
    out.push(r);
    shapes.add(spellingShape(r));
  }
  return [...new Set([...out, ...rest])].slice(0, max);
}
