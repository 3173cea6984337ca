/** Run the real `ghirbal` command (from source, through tsx) and collect what it prints. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './data.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');

export function runCli(args: string[], opts: { env?: Record<string, string>; input?: string; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: opts.cwd ?? REPO_ROOT,
      env: { ...process.env, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

/** Run and parse standard output as JSON, failing with the command's stderr when it does not parse. */
export async function runJson<T = any>(args: string[], opts?: Parameters<typeof runCli>[1]): Promise<{ result: CliResult; json: T }> {
  const result = await runCli([...args, '--json'], opts);
  try {
    return { result, json: JSON.parse(result.stdout) as T };
  } catch {
    throw new Error(`ghirbal ${args.join(' ')} printed no JSON (exit ${result.code}):\n${result.stderr}\n${result.stdout.slice(0, 500)}`);
  }
}

/** A fresh temporary folder, removed when the test file ends. */
export function tempDir(prefix = 'ghirbal-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
