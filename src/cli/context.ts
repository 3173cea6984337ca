/** Options every command shares, and opening the store they name. */
import { resolve } from 'node:path';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

/** --db, else GHIRBAL_DB, else ghirbal.db in the current folder (SQLite). */
export function storeSpec(g: GlobalOptions): string {
  const spec = g.db ?? process.env.GHIRBAL_DB ?? 'ghirbal.db';
  return /^postgres(ql)?:\/\//.test(spec) ? spec : resolve(spec);
}

export async function withStore<T>(g: GlobalOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeSpec(g));
  try {
    await store.migrate();
    return await fn(store);
  } finally {
    await store.close();
  }
}
