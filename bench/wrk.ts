/**
 * Closed-loop load with wrk, when the machine has it (Debian's `wrk` package): a C load
 * generator spends a fraction of the processor time autocannon does per request, and on a
 * machine of two cores what the client spends the server cannot. Bodies are sent in turn
 * from a Lua script; a request unanswered after 10 s is an error, as with autocannon.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WrkRun {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Connect, read and write errors and timeouts. */
  errors: number;
  non2xx: number;
}

/** Whether `wrk` runs here. */
export function haveWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    // wrk prints its version and exits 1; only a missing binary is "not here".
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** A Lua string literal of any text: every byte outside printable ASCII escaped. */
function luaString(text: string): string {
  let out = '"';
  for (const byte of Buffer.from(text, 'utf8')) {
    out += byte >= 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x5c ? String.fromCharCode(byte) : `\\${String(byte).padStart(3, '0')}`;
  }
  return `${out}"`;
}

function script(bodies: readonly string[], headers: Record<string, string>): string {
  return [
    `local bodies = {${bodies.map(luaString).join(',\n')}}`,
    'local i = 0',
    'wrk.method = "POST"',
    ...Object.entries(headers).map(([k, v]) => `wrk.headers[${luaString(k)}] = ${luaString(v)}`),
    'request = function()',
    '  i = i + 1',
    '  return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1])',
    'end',
  ].join('\n');
}

/** "9.32ms" → 9.32; "1.02s" → 1020; "850.00us" → 0.85. */
function milliseconds(value: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(value);
  if (!m) throw new Error(`wrk latency not understood: ${value}`);
  return Number(m[1]) * ({ us: 0.001, ms: 1, s: 1000 } as const)[m[2] as 'us' | 'ms' | 's'];
}

function parse(out: string): WrkRun {
  const number = (re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const requests = number(/(\d+) requests in/);
  const rps = number(/Requests\/sec:\s+([\d.]+)/);
  const p50 = /^\s+50%\s+(\S+)$/m.exec(out)?.[1];
  const p99 = /^\s+99%\s+(\S+)$/m.exec(out)?.[1];
  if (!Number.isFinite(requests) || !Number.isFinite(rps) || !p50 || !p99) throw new Error(`wrk output not understood:\n${out}`);
  return {
    requests, rps, p50: milliseconds(p50), p99: milliseconds(p99),
    errors: socket ? socket.slice(1).reduce((a, v) => a + Number(v), 0) : 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
  };
}

/** POST `bodies` in turn over `connections` for `seconds` (two wrk threads, one per core). */
export async function wrkLoop(url: string, headers: Record<string, string>, bodies: readonly string[], connections: number, seconds: number): Promise<WrkRun> {
  const dir = mkdtempSync(join(tmpdir(), 'ghirbal-wrk-'));
  try {
    const file = join(dir, 'bodies.lua');
    writeFileSync(file, script(bodies, headers));
    const threads = String(Math.min(2, connections));
    const out = await new Promise<string>((resolve, reject) => {
      execFile('wrk', ['-t', threads, '-c', String(connections), '-d', `${seconds}s`, '--timeout', '10s', '--latency', '-s', file, url], { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
        if (err) reject(new Error(`wrk failed: ${stderr || err.message}`));
        else resolve(stdout);
      });
    });
    return parse(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
