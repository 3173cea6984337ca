/**
 * Jaro and Jaro–Winkler similarity, on code points (an astral character is one character,
 * not two halves). Written from the definitions (Jaro 1989, Winkler 1990): characters match
 * when equal and no further apart than half the longer length minus one; transpositions are
 * half the matched characters that are out of order; Winkler raises a score above 0.7 by a
 * tenth of the remaining distance per character of common prefix, up to four.
 */

/** Winkler's boost threshold: only strings already this similar get the prefix bonus. */
const BOOST_THRESHOLD = 0.7;
const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;

function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** The string as code points, so a surrogate pair counts as the one character it is. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

/** Read-only sequence of characters: a string's UTF-16 units when it has no surrogate, else its code points. */
interface Chars {
  length: number;
  at(i: number): number;
}

/** Jaro similarity of two character sequences, 0 to 1 (0 when either is empty). */
function jaroOf(la: number, lb: number, a: (i: number) => number, b: (i: number) => number): number {
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  // One buffer for both sides' matched flags: [0, la) for a, [la, la + lb) for b.
  const matched = new Uint8Array(la + lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const ca = a(i);
    for (let j = from; j <= to; j++) {
      if (matched[la + j] === 0 && ca === b(j)) {
        matched[i] = 1;
        matched[la + j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let outOfOrder = 0;
  let j = 0;
  for (let i = 0; i < la; i++) {
    if (matched[i] === 0) continue;
    while (matched[la + j] === 0) j++;
    if (a(i) !== b(j)) outOfOrder++;
    j++;
  }
  const transpositions = outOfOrder / 2;
  return (matches / la + matches / lb + (matches - transpositions) / matches) / 3;
}

function commonPrefix(la: number, lb: number, a: (i: number) => number, b: (i: number) => number): number {
  const max = Math.min(MAX_PREFIX, la, lb);
  let n = 0;
  while (n < max && a(n) === b(n)) n++;
  return n;
}

function chars(s: string): Chars {
  if (!hasSurrogate(s)) return { length: s.length, at: (i) => s.charCodeAt(i) };
  const cps = codePoints(s);
  return { length: cps.length, at: (i) => cps[i] };
}

function winkler(j: number, prefix: number): number {
  return j <= BOOST_THRESHOLD ? j : j + prefix * PREFIX_SCALE * (1 - j);
}

/** Jaro similarity: 1 for equal strings (two empty strings are equal), 0 when one is empty. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const x = chars(a);
  const y = chars(b);
  return jaroOf(x.length, y.length, x.at, y.at);
}

/** Jaro–Winkler similarity (prefix scale 0.1, prefix up to 4, boost above 0.7). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!hasSurrogate(a) && !hasSurrogate(b)) {
    const ua = (i: number) => a.charCodeAt(i);
    const ub = (i: number) => b.charCodeAt(i);
    return winkler(jaroOf(a.length, b.length, ua, ub), commonPrefix(a.length, b.length, ua, ub));
  }
  const x = chars(a);
  const y = chars(b);
  return winkler(jaroOf(x.length, y.length, x.at, y.at), commonPrefix(x.length, y.length, x.at, y.at));
}
