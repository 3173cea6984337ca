/**
 * Matching speed at scale, in a process of its own: an index of N entities made by
 * recombining the name parts of the real lists (seeded), then single-name queries drawn from
 * it, half with their words reversed. Prints one JSON line. Usage: scale-child N.
 */
import type { Entity } from '../src/model/entity.js';
import { asTyped, benchIndex } from './timing.js';
import { CURRENT_LISTS, readLists } from '../eval/lists.js';
import { dataDir } from '../src/cli/quickstart.js';
import { pick, seededRandom } from '../eval/rng.js';

const QUERIES = 2000;
const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size <= 0) throw new Error(`scale-child: entity count expected, got ${process.argv[2]}`);

/** Name parts by role: persons' first, middle and last words; organisations' words. */
interface Parts {
  first: string[];
  middle: string[];
  last: string[];
  org: string[];
}

function partsOf(entities: Entity[]): Parts {
  const parts: Parts = { first: [], middle: [], last: [], org: [] };
  for (const e of entities) {
    for (const name of e.properties.name ?? []) {
      const words = name.replace(/,/g, '').split(/\s+/).filter(Boolean);
      if (e.schema === 'Person' && words.length >= 2) {
        parts.first.push(words[0]);
        parts.last.push(words[words.length - 1]);
        parts.middle.push(...words.slice(1, -1));
      } else if (e.schema !== 'Person') parts.org.push(...words);
    }
  }
  return parts;
}

/** The n-th generated entity: persons (with a middle name one time in two) and organisations, about half each. */
function generate(parts: Parts, rand: () => number, n: number): Entity {
  const person = rand() < 0.5;
  const words = person
    ? [pick(rand, parts.first), ...(rand() < 0.5 ? [pick(rand, parts.middle)] : []), pick(rand, parts.last)]
    : Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(rand, parts.org));
  const name = words.join(' ');
  return { id: `gen-${n}`, schema: person ? 'Person' : 'Company', caption: name, properties: { name: [name] }, datasets: ['generated'], referents: [], target: true };
}

const parts = partsOf(await readLists(dataDir(), CURRENT_LISTS));
const rand = seededRandom(1000003);
const entities: Entity[] = Array.from({ length: size }, (_, n) => generate(parts, rand, n));
const queries = Array.from({ length: QUERIES }, (_, i) => {
  const e = entities[Math.floor(rand() * entities.length)];
  return asTyped(e.schema, e.properties.name[0], i);
});
await benchIndex(entities, queries);
