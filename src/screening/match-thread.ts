/**
 * A matcher thread (see match-threads.ts): it opens the store the server opened, builds the
 * match index of the dataset versions it is told, and answers match requests on it. While it
 * builds a new index it keeps answering on the one it has; asked about any other, it says
 * `stale` and the server matches on its own index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MatchIndex } from '../match/index.js';
import { match, QueryError } from '../match/query.js';
import { openStore } from '../store/open.js';
import type { FromThread, ThreadData, ToThread, VersionRef } from './match-threads.js';
import { writtenResult } from './result-json.js';
import { readMatchIndex } from './serving-index.js';
import { collectGarbageNow, countFullCollections } from './serving-heap.js';

const port = parentPort;
if (!port) throw new Error('match-thread.js runs as a worker thread of a server');

const send = (m: FromThread) => port.postMessage(m);
/** Full collections of this thread's heap so far; answers carry the count (the server's metrics report it). */
const fullGcsSoFar = countFullCollections();
const data = workerData as ThreadData;
const store = await openStore(data.store);
let loaded: { label: string; index: MatchIndex } | null = null;
/** The newest index asked for: an older build finishing late must not replace it. */
let wanted = '';

async function load(label: string, versions: VersionRef[]): Promise<void> {
  wanted = label;
  try {
    const index = await readMatchIndex(store, versions);
    if (wanted !== label) return;
    loaded = { label, index };
    if (data.collectAfterBuild) collectGarbageNow();
    send({ type: 'loaded', label });
  } catch (err) {
    send({ type: 'failed', label, message: err instanceof Error ? err.message : String(err) });
  }
}

port.on('message', (m: ToThread) => {
  if (m.type === 'load') void load(m.label, m.versions);
  else if (m.type === 'match') {
    if (loaded?.label !== m.label) return send({ type: 'answer', id: m.id, fullGcs: fullGcsSoFar(), stale: true });
    try {
      send({ type: 'answer', id: m.id, fullGcs: fullGcsSoFar(), results: match(loaded.index, m.query, m.options).map(writtenResult) });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      send({ type: 'answer', id: m.id, fullGcs: fullGcsSoFar(), error: message, queryError: err instanceof QueryError });
    }
  } else if (m.type === 'close') {
    void store.close().finally(() => port.close());
  }
});
