/**
 * Load at a constant rate, as wrk2 puts it: requests leave on a fixed schedule whether or not
 * the earlier ones have been answered, and each one's latency counts from when it was due. A
 * server that stalls is charged for every request that waited behind the stall. (autocannon's
 * rate options send each second's quota at once and time from the actual send, and a closed
 * loop of N connections only measures N / throughput: neither says what a client sending
 * 1,500 requests a second meets.)
 */
import { Agent, request } from 'node:http';

export interface RateRun {
  /** Requests per second offered, and for how long. */
  rate: number;
  seconds: number;
  requests: number;
  /** Answered per second, over the time from the first request due to the last answer. */
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
}

/** The q-quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const ms = (v: number) => Math.round(v * 10) / 10;

/**
 * POST `bodies` in turn to `url` at `rate` per second for `seconds`, over at most `sockets`
 * keep-alive connections (a request finding them all busy waits for one, its clock running).
 */
export function loadAtRate(
  url: string, headers: Record<string, string>, bodies: readonly string[], rate: number, seconds: number, sockets: number,
): Promise<RateRun> {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const total = Math.max(1, Math.round(rate * seconds));
  const latencies: number[] = [];
  let sent = 0;
  let settled = 0;
  let errors = 0;
  let non2xx = 0;
  const start = performance.now();
  let last = start;
  return new Promise((resolve) => {
    // Requests still unanswered this long after the last was due count as errors.
    const giveUp = setTimeout(() => finish(total - settled), (seconds + 30) * 1000);
    const finish = (unanswered: number) => {
      clearTimeout(giveUp);
      agent.destroy();
      latencies.sort((a, b) => a - b);
      resolve({
        rate, seconds, requests: latencies.length, rps: latencies.length / ((last - start) / 1000),
        p50: ms(quantile(latencies, 0.5)), p99: ms(quantile(latencies, 0.99)), max: ms(quantile(latencies, 1)),
        errors: errors + unanswered, non2xx,
      });
    };
    const send = (due: number, body: string) => {
      let answered = false;
      const settle = (outcome: 'ok' | 'non2xx' | 'error') => {
        if (answered) return;
        answered = true;
        last = performance.now();
        if (outcome === 'ok') latencies.push(last - due);
        else if (outcome === 'non2xx') non2xx++;
        else errors++;
        if (++settled === total) finish(0);
      };
      const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
        const ok = res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 300;
        res.resume();
        res.on('end', () => settle(ok ? 'ok' : 'non2xx'));
        res.on('error', () => settle('error'));
      });
      req.on('error', () => settle('error'));
      req.end(body);
    };
    // A timer a millisecond apart sends whatever fell due meanwhile (request i is due i / rate
    // seconds in), each timed from its own due moment.
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
      for (; sent < due; sent++) send(start + (sent * 1000) / rate, bodies[sent % bodies.length]);
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
}
