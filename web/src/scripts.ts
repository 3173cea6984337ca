/**
 * Which writing system a name is in, so names group by script and a hit shows its listed name
 * in its own script beside the Latin one. Unicode script properties do the work.
 */

/** Scripts other than Latin, in the order their groups show; the first that a name uses names it. */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];
const LATIN = /\p{Script=Latin}/u;

/** "Latin", a script of SCRIPTS, or "Other" (digits and signs only). */
export function scriptOf(text: string): string {
  for (const [name, pattern] of SCRIPTS) if (pattern.test(text)) return name;
  return LATIN.test(text) ? 'Latin' : 'Other';
}

export function isLatin(text: string): boolean {
  return scriptOf(text) === 'Latin' || scriptOf(text) === 'Other';
}

const ORDER = ['Latin', ...SCRIPTS.map(([name]) => name), 'Other'];

/** Items grouped by the script of their text, Latin first, each group in the order given. */
export function groupByScript<T>(items: readonly T[], textOf: (item: T) => string): { script: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const script = scriptOf(textOf(item));
    const list = groups.get(script);
    if (list) list.push(item);
    else groups.set(script, [item]);
  }
  return [...groups].sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b)).map(([script, list]) => ({ script, items: list }));
}
