/**
 * A real server over real lists, for a test file: the files are ingested once into a temporary
 * SQLite store, keys of each role are made through the store, and the server listens on a
 * loopback port of its own. Requests go over the socket with fetch.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { importPaths } from '../../src/cli/import.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { startServer, type RunningServer, type StartOptions } from '../../src/server/start.js';
import { dataPath } from '../helpers/data.js';
import { tempDir } from '../helpers/cli.js';

export const UN = ['un', 'consolidated_2026-02-27.xml'];
export const ZALA = ['opensanctions', 'ftm_samples', 'yente_zala_entities.ftm.json'];
export const T1 = ['opensanctions', 'ftm_samples', 'yente_t1_entities.ftm.json'];

export interface Served {
  server: RunningServer;
  store: Store;
  url: string;
  keys: { admin: string; screen: string };
  dir: string;
  close(): Promise<void>;
}

export const NO_DATA = 'shared list files missing (set GHIRBAL_DATA_DIR, or put them in ../shared/data)';

/** Whether every list file is there; otherwise the test is skipped with the reason (a failure under CI). */
export function haveData(t: TestContext | null, ...files: string[][]): boolean {
  const missing = files.map((f) => dataPath(...f)).filter((p) => !existsSync(p));
  if (missing.length === 0) return true;
  const msg = `shared data file missing: ${missing.join(', ')} (set GHIRBAL_DATA_DIR)`;
  if (process.env.CI === 'true') throw new Error(msg);
  t?.skip(msg);
  return false;
}

export async function ingest(store: Store, ...files: string[][]): Promise<void> {
  const { outcomes } = await importPaths(store, files.map((f) => dataPath(...f)), { json: true });
  for (const o of outcomes) if (o.status === 'failed') throw new Error(`ingest ${o.files.join(', ')}: ${o.error}`);
}

/** Ingest the files, make an admin and a screen key, start a server and wait for its index. */
export async function serveLists(files: string[][], opts: Partial<StartOptions> = {}): Promise<Served> {
  const tmp = tempDir('ghirbal-server-');
  const db = join(tmp.dir, 'ghirbal.db');
  const store = await openStore(db);
  await ingest(store, ...files);
  const admin = await store.createApiKey('admin', 'test admin');
  const screen = await store.createApiKey('screen', 'test screen');
  const server = await startServer({ store, storeSpec: db, port: 0, host: '127.0.0.1', ...opts });
  await server.ready;
  return {
    server, store, url: server.url, dir: tmp.dir,
    keys: { admin: admin.key, screen: screen.key },
    close: async () => {
      await server.close();
      await store.close();
      tmp.cleanup();
    },
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** A request with an optional key (`ApiKey` scheme) and JSON body; the answer parsed when it is JSON. */
export async function call(url: string, path: string, init: { method?: string; key?: string | null; json?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key) headers.authorization = `ApiKey ${init.key}`;
  let body: string | undefined;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  }
  const res = await fetch(`${url}${path}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body, redirect: 'manual' });
  const text = await res.text();
  let parsed: unknown = null;
  if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: parsed, text };
}
