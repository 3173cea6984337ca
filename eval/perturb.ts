/**
 * The perturbations of set 3: the ways a listed name reaches a screener changed. Each takes
 * a name and the generator and returns the changed name (or the name itself when the
 * perturbation does not apply, so the caller can try another).
 */
import { pick } from './rng.js';

/** `person`: the name is a person's (middle names and initials are person-name changes). */
type Perturb = (name: string, rand: () => number, person: boolean) => string;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** One typo in a word of 4+ letters: a dropped, doubled, swapped or replaced letter. */
const typo: Perturb = (name, rand) => {
  const ws = words(name);
  const candidates = ws.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 4);
  if (candidates.length === 0) return name;
  const [w, i] = pick(rand, candidates);
  const p = 1 + Math.floor(rand() * (w.length - 2));
  const kind = Math.floor(rand() * 4);
  const upper = w === w.toUpperCase();
  const letter = pick(rand, [...LETTERS]);
  const c = upper ? letter.toUpperCase() : letter;
  const changed = [
    w.slice(0, p) + w.slice(p + 1),
    w.slice(0, p) + w[p] + w.slice(p),
    w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2),
    w.slice(0, p) + c + w.slice(p + 1),
  ][kind];
  ws[i] = changed;
  return ws.join(' ');
};

const swapOrder: Perturb = (name) => {
  const ws = words(name.replace(/,/g, ''));
  return ws.length < 2 ? name : [...ws.slice(1), ws[0]].join(' ');
};

const lastCommaFirst: Perturb = (name) => {
  if (name.includes(',')) return name.replace(/^([^,]+),\s*(.+)$/, '$2 $1');
  const ws = words(name);
  return ws.length < 2 ? name : `${ws[ws.length - 1]}, ${ws.slice(0, -1).join(' ')}`;
};

/** "FAMILY, Given names" → [family, given names]; null for a name without a comma. */
function splitComma(name: string): [string, string[]] | null {
  const m = /^([^,]+),\s*(.+)$/.exec(name);
  return m ? [m[1], words(m[2])] : null;
}

/** A person's middle name left out: the second given name ("LAVROV, Sergei Viktorovich" → "LAVROV, Sergei"). */
const dropMiddle: Perturb = (name, _rand, person) => {
  if (!person) return name;
  const comma = splitComma(name);
  if (comma) return comma[1].length < 2 ? name : `${comma[0]}, ${[comma[1][0], ...comma[1].slice(2)].join(' ')}`;
  const ws = words(name);
  return ws.length < 3 ? name : [ws[0], ...ws.slice(2)].join(' ');
};

const joinTokens: Perturb = (name, rand) => {
  const ws = words(name);
  if (ws.length < 2) return name;
  const i = Math.floor(rand() * (ws.length - 1));
  return [...ws.slice(0, i), ws[i].replace(/,$/, '') + ws[i + 1], ...ws.slice(i + 2)].join(' ');
};

const splitToken: Perturb = (name, rand) => {
  const ws = words(name);
  const long = ws.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 7);
  if (long.length === 0) return name;
  const [w, i] = pick(rand, long);
  const p = 3 + Math.floor(rand() * (w.length - 5));
  ws[i] = `${w.slice(0, p)} ${w.slice(p)}`;
  return ws.join(' ');
};

const removePunctuation: Perturb = (name) => {
  const out = name.replace(/[-'’]/g, (c) => (c === '-' ? ' ' : ''));
  return out;
};

/** A person's given name cut to its initial, while another given name stays whole. */
const initial: Perturb = (name, _rand, person) => {
  if (!person) return name;
  const comma = splitComma(name);
  if (comma) return comma[1].length < 2 ? name : `${comma[0]}, ${comma[1][0][0]}. ${comma[1].slice(1).join(' ')}`;
  const ws = words(name);
  return ws.length < 3 ? name : [ws[0], `${ws[1][0]}.`, ...ws.slice(2)].join(' ');
};

export const PERTURBATIONS: ReadonlyArray<readonly [string, Perturb]> = [
  ['typo', typo],
  ['swapped order', swapOrder],
  ['LAST, First', lastCommaFirst],
  ['dropped middle name', dropMiddle],
  ['joined tokens', joinTokens],
  ['split token', splitToken],
  ['no hyphens or apostrophes', removePunctuation],
  ['initial', initial],
];
