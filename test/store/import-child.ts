/**
 * Run by sqlite.test.ts as its own process, to be killed: starts an import that never ends
 * into the SQLite file named by argv[2], prints "written" once argv[3] entities went in, and
 * keeps importing, yielding to the event loop between entities, until it is killed.
 */
import { setImmediate } from 'node:timers/promises';
import type { Entity } from '../../src/model/entity.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { person, versionMeta } from './fixtures.js';

const [path, after] = process.argv.slice(2);
const signalAt = Number(after);

/** UN entries carry narrative summaries of a few kB; they make the import's pages add up fast. */
function withNarrative(e: Entity, i: number): Entity {
  const narrative = `${e.caption} was listed on ${1990 + (i % 30)}-0${1 + (i % 9)}-15 pursuant to paragraph ${i % 40} `
    + 'for participating in the financing, planning, facilitating, preparing or perpetrating of acts or activities. '.repeat(20);
  return { ...e, properties: { ...e.properties, notes: [narrative] } };
}

async function* endless(): AsyncGenerator<Entity> {
  for (let i = 0; ; i++) {
    if (i === signalAt) process.stdout.write('written\n');
    yield withNarrative(person(i), i);
    await setImmediate();
  }
}

const store = await openSqliteStore(path);
await store.importVersion(versionMeta('un-sc', 'a list that never ends'), endless());
