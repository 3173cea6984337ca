/**
 * Load at a constant rate, as wrk2 puts it: requests leave on a fixed schedule whether or not
 * the earlier ones have been answered, and each one's latency counts from when it was due. A
 * server that stalls is charged for every request that waited behind the stall. (autocannon's
 * rate options send each second's quota at once and time from the actual send, and a closed
 * loop of N connections only measures N / throughput: neither says what a client sending
 * 1,500 requests a second meets.)
 *
 * The client must not stall either, or its own pauses are charged to the server: Node's http
 * client made ~50 objects a request, and its garbage collections (13–25 ms, every ~10 s at
 * 1,500 a second) showed up as the server's slowest answers. So requests are written as
 * prepared bytes on keep-alive sockets and answers are read by counting bytes: a request
 * allocates next to nothing here.
 */
import { connect, type Socket } from 'node:net';

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
function quantile(sorted: Float64Array, q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const ms = (v: number) => Math.round(v * 10) / 10;

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length:\s*(\d+)/i;
const CONNECTION_CLOSE = /\r\nconnection:\s*close/i;

/** An HTTP/1.1 POST as bytes, ready to write as many times as it is sent. */
function requestBytes(url: URL, headers: Record<string, string>, body: string): Buffer {
  const lines = [`POST ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${Buffer.byteLength(body)}`, '', body);
  return Buffer.from(lines.join('\r\n'));
}

type Outcome = 'ok' | 'non2xx' | 'error';

/**
 * One keep-alive connection with at most one request in flight. An answer is complete when its
 * headers and Content-Length bytes of body have arrived (the server under test sends a length).
 */
class Connection {
  readonly socket: Socket;
  /** When the request in flight was due, or -1 when the connection is free. */
  due = -1;
  private head: Buffer | null = null;
  private status = 0;
  private remaining = -1;
  /** The server said it closes the connection after this answer: it takes no more requests. */
  closing = false;

  constructor(
    url: URL,
    private readonly settle: (c: Connection, due: number, outcome: Outcome) => void,
    /** The connection closed: the server may close one idle past its keep-alive time. */
    private readonly gone: (c: Connection) => void,
  ) {
    this.socket = connect({ host: url.hostname, port: Number(url.port), noDelay: true });
    this.socket.on('data', (chunk) => this.read(chunk));
    this.socket.on('error', () => this.fail());
    this.socket.on('close', () => this.fail());
  }

  send(request: Buffer, due: number): void {
    this.due = due;
    this.head = null;
    this.remaining = -1;
    this.socket.write(request);
  }

  private read(chunk: Buffer): void {
    if (this.due < 0) return;
    if (this.remaining < 0) {
      const head = this.head ? Buffer.concat([this.head, chunk]) : chunk;
      const end = head.indexOf(HEADER_END);
      if (end < 0) {
        this.head = head;
        return;
      }
      const text = head.toString('latin1', 0, end);
      const length = CONTENT_LENGTH.exec(text);
      if (!length) return this.fail();
      this.status = Number(text.slice(9, 12));
      this.closing = CONNECTION_CLOSE.test(text);
      this.remaining = Number(length[1]) - (head.length - end - HEADER_END.length);
      this.head = null;
    } else {
      this.remaining -= chunk.length;
    }
    if (this.remaining <= 0) {
      const due = this.due;
      this.due = -1;
      this.settle(this, due, this.status >= 200 && this.status < 300 ? 'ok' : 'non2xx');
    }
  }

  private fail(): void {
    if (this.socket.destroyed && this.due < 0) return;
    const due = this.due;
    this.due = -1;
    this.socket.destroy();
    this.gone(this);
    if (due >= 0) this.settle(this, due, 'error');
  }
}

/**
 * POST `bodies` in turn to `url` at `rate` per second for `seconds`, over at most `sockets`
 * keep-alive connections (a request finding them all busy waits for one, its clock running).
 */
export function loadAtRate(
  url: string, headers: Record<string, string>, bodies: readonly string[], rate: number, seconds: number, sockets: number,
): Promise<RateRun> {
  const target = new URL(url);
  const requests = bodies.map((b) => requestBytes(target, headers, b));
  const total = Math.max(1, Math.round(rate * seconds));
  const latencies = new Float64Array(total);
  let answered = 0;
  /** Requests fallen due so far, and of those, written to a connection. */
  let fallenDue = 0;
  let written = 0;
  let settled = 0;
  let errors = 0;
  let non2xx = 0;
  const open: Connection[] = [];
  const free: Connection[] = [];
  const start = performance.now();
  let last = start;
  const dueOf = (i: number) => start + (i * 1000) / rate;
  return new Promise((resolve) => {
    // Requests still unanswered this long after the last was due count as errors.
    const giveUp = setTimeout(() => finish(total - settled), (seconds + 30) * 1000);
    const finish = (unanswered: number) => {
      clearTimeout(giveUp);
      for (const c of open) c.socket.destroy();
      const sorted = latencies.subarray(0, answered).sort();
      resolve({
        rate, seconds, requests: answered, rps: answered / ((last - start) / 1000),
        p50: ms(quantile(sorted, 0.5)), p99: ms(quantile(sorted, 0.99)), max: ms(quantile(sorted, 1)),
        errors: errors + unanswered, non2xx,
      });
    };
    // Requests due but not yet written (all connections busy) leave in order as connections free up.
    const dispatch = () => {
      while (written < fallenDue) {
        let c = free.pop();
        if (!c) {
          if (open.length >= sockets) return;
          c = new Connection(target, settle, gone);
          open.push(c);
        }
        c.send(requests[written % requests.length], dueOf(written));
        written++;
      }
    };
    const gone = (c: Connection) => {
      for (const list of [open, free]) {
        const at = list.indexOf(c);
        if (at >= 0) list.splice(at, 1);
      }
    };
    const settle = (c: Connection, due: number, outcome: Outcome) => {
      last = performance.now();
      if (outcome === 'ok') latencies[answered++] = last - due;
      else if (outcome === 'non2xx') non2xx++;
      else errors++;
      if (c.closing) gone(c);
      else if (outcome !== 'error') free.push(c);
      if (++settled === total) return finish(0);
      dispatch();
    };
    // A timer a millisecond apart releases whatever fell due meanwhile (request i is due i / rate
    // seconds in), each timed from its own due moment.
    const tick = () => {
      fallenDue = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
      dispatch();
      if (fallenDue < total) setTimeout(tick, 1);
    };
    tick();
  });
}
