/** The index a screening command answers from: every current list in the store, with a progress line on a terminal. */
import type { GlobalOptions } from './context.js';
import { progressBar } from './progress.js';
import type { Store } from '../store/types.js';
import { MatchIndexBuilder, type MatchIndex } from '../match/index.js';

/** The index of every current list; null when the store holds none (the caller says what to do). */
export async function indexCurrentLists(store: Store, g: GlobalOptions): Promise<MatchIndex | null> {
  const started = Date.now();
  const progress = progressBar('Indexing lists', null, { json: g.json });
  const builder = new MatchIndexBuilder();
  let read = 0;
  for await (const e of store.allCurrentEntities()) {
    builder.add(e);
    if (++read % 2000 === 0) progress.update(read);
  }
  const index = builder.finish();
  progress.done();
  if (index.entities.length === 0) return null;
  process.stderr.write(`Indexed ${index.entities.length} entities (${index.nameCount} names) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return index;
}

export const NO_LISTS = 'no lists in this store: run `ghirbal ingest` or `ghirbal quickstart` first';
