/**
 * A one-line progress bar on a terminal; silence in pipes and under --json, so machine
 * output stays clean. Redraws at most ten times a second.
 */
export interface Progress {
  update(done: number, label?: string): void;
  done(message?: string): void;
}

const QUIET: Progress = { update() {}, done() {} };

export function progressBar(title: string, total: number | null, opts: { json?: boolean } = {}): Progress {
  const out = process.stderr;
  if (opts.json || !out.isTTY) return QUIET;
  const started = Date.now();
  let last = 0;
  const draw = (done: number, label = '') => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    let bar = '';
    if (total && total > 0) {
      const width = 24;
      const filled = Math.min(width, Math.round((done / total) * width));
      const eta = rate > 0 ? Math.max(0, Math.round((total - done) / rate)) : 0;
      bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} eta ${eta}s`;
    } else {
      bar = `${done}`;
    }
    out.write(`\r\x1b[2K${title} ${bar} ${rate}/s ${label}`.slice(0, (out.columns ?? 120) - 1));
  };
  return {
    update(done, label) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw(done, label);
    },
    done(message) {
      out.write('\r\x1b[2K');
      if (message) out.write(`${message}\n`);
    },
  };
}
