/**
 * A small transliteration rule engine, independent of script: a standard is a table of
 * letter groups (1–3 letters) → Latin, with optional outputs at the start of a word, at its
 * end, or after a vowel. Tables compile once into a trie; a token renders in one pass.
 * Cyrillic, Greek, Armenian and Georgian tables all run on it.
 */

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
  anywhere: string | undefined;
  initial: string | undefined;
  final: string | undefined;
  afterVowel: string | undefined;
  /** Longer groups, by code of their next letter minus the table's base. */
  next: Array<RuleNode | undefined> | undefined;
}

/**
 * A table as a trie over letter codes, each level a flat array from the lowest code the table
 * uses: rendering then indexes arrays and allocates nothing but its output.
 */
export interface CompiledRules {
  readonly base: number;
  readonly size: number;
  readonly root: ReadonlyArray<RuleNode | undefined>;
  /** 1 at (code − base) for the letters that count as vowels before a positional rule. */
  readonly vowels: Uint8Array;
}

type Context = 'anywhere' | 'initial' | 'final' | 'afterVowel';
const CONTEXTS: readonly Context[] = ['anywhere', 'initial', 'final', 'afterVowel'];

const newNode = (): RuleNode => ({ anywhere: undefined, initial: undefined, final: undefined, afterVowel: undefined, next: undefined });

function codeRange(texts: Iterable<string>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < lo) lo = code;
      if (code > hi) hi = code;
    }
  }
  return [lo, hi];
}

/** Compiles one standard; `vowels` are the letters after which `afterVowel` applies. */
export function compileRules(spec: RuleSpec, vowels: string): CompiledRules {
  const groups = CONTEXTS.flatMap((c) => Object.keys(spec[c === 'anywhere' ? 'letters' : c] ?? {}));
  const [base, hi] = codeRange([...groups, vowels]);
  const size = hi - base + 1;
  const root: Array<RuleNode | undefined> = new Array(size).fill(undefined);
  for (const context of CONTEXTS) {
    const table = spec[context === 'anywhere' ? 'letters' : context];
    if (table === undefined) continue;
    for (const [group, latin] of Object.entries(table)) {
      let level = root;
      let node = newNode();
      for (let i = 0; i < group.length; i++) {
        const at = group.charCodeAt(i) - base;
        node = level[at] ??= newNode();
        if (i < group.length - 1) level = node.next ??= new Array(size).fill(undefined);
      }
      node[context] = latin;
    }
  }
  const vowelFlags = new Uint8Array(size);
  for (let i = 0; i < vowels.length; i++) vowelFlags[vowels.charCodeAt(i) - base] = 1;
  return { base, size, root, vowels: vowelFlags };
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
  const { base, size, root, vowels } = rules;
  const n = token.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const at = token.charCodeAt(i) - base;
    let node = at >= 0 && at < size ? root[at] : undefined;
    if (node === undefined) {
      const code = at + base;
      if (code >= LOWER_A && code <= LOWER_Z) out += token[i];
      i++;
      continue;
    }
    const before = i > 0 ? token.charCodeAt(i - 1) - base : -1;
    const afterVowel = before >= 0 && before < size && vowels[before] === 1;
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
      const nextAt = token.charCodeAt(j) - base;
      const deeper: RuleNode | undefined = nextAt >= 0 && nextAt < size ? node.next[nextAt] : undefined;
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

