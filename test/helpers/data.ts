/**
 * Where the shared list files are: GHIRBAL_DATA_DIR, else ../shared/data beside the repo.
 * A test that needs them calls `dataPath(...)` through `needData(t)`: absent data skips the
 * test with a reason, except under CI (CI=true), where absent data is a failure.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DATA_DIR = process.env.GHIRBAL_DATA_DIR
  ? resolve(process.env.GHIRBAL_DATA_DIR)
  : resolve(repoRoot, '..', 'shared', 'data');

export const REPO_ROOT = repoRoot;

export function dataPath(...parts: string[]): string {
  return join(DATA_DIR, ...parts);
}

/**
 * Returns the path when the file exists. Otherwise skips the test (or throws under CI)
 * and returns null, so the caller writes `const p = needData(t, 'un', 'x.xml'); if (!p) return;`.
 */
export function needData(t: TestContext, ...parts: string[]): string | null {
  const p = dataPath(...parts);
  if (existsSync(p)) return p;
  const msg = `shared data file missing: ${p} (set GHIRBAL_DATA_DIR)`;
  if (process.env.CI === 'true') throw new Error(msg);
  t.skip(msg);
  return null;
}

/** The folders of DATA_DIR that hold sanctions lists (articles/ and pairs/ hold text and name pairs). */
const LIST_DIRS = ['ofac', 'un', 'eu', 'uk', 'us_csl', 'opensanctions'];

/**
 * Every list file under the shared data folders (not dot-files, not the .md notes beside
 * them): what a format's detect() must tell apart.
 */
export function sharedListFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const f = join(dir, name);
      if (statSync(f).isDirectory()) walk(f);
      else if (!name.startsWith('.') && !name.endsWith('.md')) files.push(f);
    }
  };
  for (const dir of LIST_DIRS) walk(join(DATA_DIR, dir));
  return files;
}
