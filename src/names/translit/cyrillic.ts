/**
 * Cyrillic → Latin, several standards at once. The standards are data
 * (cyrillic-table.ts); this module compiles each into a letter trie once at load and renders a
 * token with one pass per standard. The rule engine is script-neutral, so the Greek, Armenian
 * and Georgian modules compile their tables with it too.
 */
import {
  CYRILLIC_VOWELS, LATIN_HOMOGLYPHS, ORDER_BY_LANGUAGE, STANDARDS,
  type CyrillicLanguage, type CyrillicStandard,
} from './cyrillic-table.js';

/** One standard as written in a table module: letter groups (1–3 letters) → Latin. */
export interface RuleSpec {
  /** Anywhere in a token. */
  readonly letters: Readonly<Record<string, string>>;
  /** Overrides when the group starts the token. */
  readonly initial?: Readonly<Record<string, string>>;
  /** Overrides when the group ends the token (and is not all of it). */
  readonly final?: Readonly<Record<string, string>>;
  /** Overrides when the group follows one of the table's vowels. */
  readonly afterVowel?: Readonly<Record<string, string>>;
}

interface RuleNode {
  anywhere?: string;
  initial?: string;
  final?: string;
  afterVowel?: string;
  next?: Map<number, RuleNode>;
}

export interface CompiledRules {
  readonly root: ReadonlyMap<number, RuleNode>;
  readonly vowels: ReadonlySet<number>;
}

type Context = 'anywhere' | 'initial' | 'final' | 'afterVowel';

function nodeFor(root: Map<number, RuleNode>, group: string): RuleNode {
  let level = root;
  let node: RuleNode | undefined;
  for (let i = 0; i < group.length; i++) {
    const code = group.charCodeAt(i);
    node = level.get(code);
    if (node === undefined) {
      node = {};
      level.set(code, node);
    }
    if (i < group.length - 1) level = node.next ??= new Map();
  }
  return node!;
}

function addGroups(root: Map<number, RuleNode>, groups: Readonly<Record<string, string>> | undefined, context: Context): void {
  if (groups === undefined) return;
  for (const [group, latin] of Object.entries(groups)) nodeFor(root, group)[context] = latin;
}

/** A table as a trie keyed by UTF-16 code, so rendering allocates nothing but its output. */
export function compileRules(spec: RuleSpec, vowels: string): CompiledRules {
  const root = new Map<number, RuleNode>();
  addGroups(root, spec.letters, 'anywhere');
  addGroups(root, spec.initial, 'initial');
  addGroups(root, spec.final, 'final');
  addGroups(root, spec.afterVowel, 'afterVowel');
  const codes = new Set<number>();
  for (let i = 0; i < vowels.length; i++) codes.add(vowels.charCodeAt(i));
  return { root, vowels: codes };
}

/** The output a group has where it stands: start, end, after a vowel, else anywhere. */
function outputInContext(node: RuleNode, atStart: boolean, atEnd: boolean, afterVowel: boolean): string | undefined {
  if (atStart && node.initial !== undefined) return node.initial;
  if (atEnd && !atStart && node.final !== undefined) return node.final;
  if (afterVowel && node.afterVowel !== undefined) return node.afterVowel;
  return node.anywhere;
}

const LOWER_A = 97;
const LOWER_Z = 122;

/**
 * One left-to-right pass, longest group first. Latin letters pass through (a stray Latin letter
 * inside a foreign-script token is still a letter); anything else the table lacks is dropped.
 */
export function renderWithRules(token: string, rules: CompiledRules): string {
  const n = token.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const code = token.charCodeAt(i);
    let node = rules.root.get(code);
    if (node === undefined) {
      if (code >= LOWER_A && code <= LOWER_Z) out += token[i];
      i++;
      continue;
    }
    const afterVowel = i > 0 && rules.vowels.has(token.charCodeAt(i - 1));
    let best: string | undefined;
    let bestEnd = i + 1;
    let j = i + 1;
    for (;;) {
      const latin = outputInContext(node, i === 0, j === n, afterVowel);
      if (latin !== undefined) {
        best = latin;
        bestEnd = j;
      }
      if (j >= n || node.next === undefined) break;
      const deeper: RuleNode | undefined = node.next.get(token.charCodeAt(j));
      if (deeper === undefined) break;
      node = deeper;
      j++;
    }
    if (best !== undefined) out += best;
    i = bestEnd;
  }
  return out;
}

/** Renderings of a token under each table in turn, distinct and non-empty, at most `max`. */
export function renderDistinct(token: string, tables: readonly CompiledRules[], max: number): string[] {
  const out: string[] = [];
  for (const rules of tables) {
    const latin = renderWithRules(token, rules);
    if (latin.length > 0 && !out.includes(latin)) {
      out.push(latin);
      if (out.length === max) break;
    }
  }
  return out;
}

const MAX_RENDERINGS = 8;

const COMPILED = new Map<CyrillicStandard, CompiledRules>(
  (Object.keys(STANDARDS) as CyrillicStandard[]).map((k) => [k, compileRules(STANDARDS[k], CYRILLIC_VOWELS)]),
);

const TABLES_BY_LANGUAGE = Object.fromEntries(
  Object.entries(ORDER_BY_LANGUAGE).map(([lang, order]) => [lang, order.map((k) => COMPILED.get(k)!)]),
) as Record<CyrillicLanguage, CompiledRules[]>;

const SERBIAN_LETTERS = /[ђјљњћџѓќѕ]/;
const BELARUSIAN_SIGNS = /ў|і.*ы|ы.*і/;
const UKRAINIAN_SIGNS = /[іїєґ]|[сцз]ьк|[ьй]о/;
/** ъ is a vowel in Bulgarian; Russian writes it only before е ё ю я. */
const BULGARIAN_SIGNS = /ъ(?![еёюя])/;
const LATIN_LETTER = /[a-z]/;
const LATIN_IN_CYRILLIC = /[a-z]/g;

/** Which language's standards go first, from the letters only that language writes. */
export function guessCyrillicLanguage(token: string): CyrillicLanguage {
  if (SERBIAN_LETTERS.test(token)) return 'serbian';
  if (BELARUSIAN_SIGNS.test(token)) return 'belarusian';
  if (UKRAINIAN_SIGNS.test(token)) return 'ukrainian';
  if (BULGARIAN_SIGNS.test(token)) return 'bulgarian';
  return 'russian';
}

/** Latin look-alikes typed inside Cyrillic words ("Сергiй" with a Latin i) → their Cyrillic letters. */
export function replaceLatinHomoglyphs(token: string): string {
  return LATIN_LETTER.test(token) ? token.replace(LATIN_IN_CYRILLIC, (c) => LATIN_HOMOGLYPHS[c] ?? c) : token;
}

/** Latin renderings of a normalised Cyrillic token, the most common form for its language first. */
export function cyrillicToLatin(token: string): string[] {
  const cyrillic = replaceLatinHomoglyphs(token);
  return renderDistinct(cyrillic, TABLES_BY_LANGUAGE[guessCyrillicLanguage(cyrillic)], MAX_RENDERINGS);
}
