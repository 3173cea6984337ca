/**
 * Sending alerts to webhooks. Each delivery is a JSON body POSTed with its signature:
 * `X-Ghirbal-Signature: sha256=<hex>`, the HMAC-SHA256, under the webhook's secret, of
 * `<X-Ghirbal-Timestamp>.<body>` (a receiver checks it, and refuses old timestamps to stop
 * replays). A failure (no answer, an answer other than 2xx, no answer in time) is tried again
 * after the next delay of the backoff schedule; after the last it goes to the dead letters,
 * where `ghirbal webhooks retry` can send it again. Deliveries live in the store, claimed
 * with a lease, so a crash loses none and several servers send each once.
 */
import { createHmac } from 'node:crypto';
import { setTimeout as pause } from 'node:timers/promises';
import type { Delivery, Store } from '../store/types.js';

/** Delays before the 2nd, 3rd… try: 6 tries over about 8½ hours. */
export const DEFAULT_BACKOFF_MS: readonly number[] = [10_000, 60_000, 300_000, 1_800_000, 7_200_000, 21_600_000];
const DEFAULT_TIMEOUT_MS = 10_000;
/** Deliveries claimed and sent at once. */
const CLAIM = 20;

export interface DispatcherOptions {
  /** Delays before each retry, in ms; after as many failures as it has delays plus one, a delivery is dead. */
  backoffMs?: readonly number[];
  /** How long a receiver may take to answer. */
  timeoutMs?: number;
  /** What went wrong in the background (the store refused a write…): a server logs it. */
  onError?: (err: unknown) => void;
}

export interface DispatchCounts {
  delivered: number;
  retrying: number;
  dead: number;
}

/** `sha256=` and the hex HMAC-SHA256 of `timestamp.body` under the secret. */
export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

function failureText(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `${e.message} (${cause})` : String(e.message ?? err);
}

export class WebhookDispatcher {
  private readonly backoff: readonly number[];
  private readonly timeoutMs: number;
  private readonly onError: (err: unknown) => void;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(private readonly store: Store, opts: DispatcherOptions = {}) {
    this.backoff = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.onError = opts.onError ?? (() => undefined);
  }

  /** One POST; the delivery's outcome written back (delivered, due again later, or dead). */
  private async send(d: Delivery): Promise<keyof DispatchCounts> {
    const timestamp = String(Math.floor(Date.now() / 1000));
    let error: string | null = null;
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'ghirbal-webhooks',
          'x-ghirbal-event': d.event,
          'x-ghirbal-delivery': String(d.id),
          'x-ghirbal-timestamp': timestamp,
          'x-ghirbal-signature': signature(d.secret, timestamp, d.body),
        },
        body: d.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (err) {
      error = failureText(err, this.timeoutMs);
    }
    if (error === null) {
      await this.store.screening.recordDelivery(d.id, { ok: true });
      return 'delivered';
    }
    const delay = this.backoff[d.attempts];
    const retryAt = delay === undefined ? null : new Date(Date.now() + delay).toISOString();
    await this.store.screening.recordDelivery(d.id, { ok: false, error, retryAt });
    return retryAt === null ? 'dead' : 'retrying';
  }

  /** Send every delivery due now, once each. */
  async deliverDue(): Promise<DispatchCounts> {
    const counts: DispatchCounts = { delivered: 0, retrying: 0, dead: 0 };
    for (;;) {
      const now = Date.now();
      const claimed = await this.store.screening.claimDeliveries(new Date(now).toISOString(), new Date(now + this.timeoutMs + 30_000).toISOString(), CLAIM);
      if (claimed.length === 0) return counts;
      for (const outcome of await Promise.all(claimed.map((d) => this.send(d)))) counts[outcome]++;
    }
  }

  /** Send until nothing is pending: each retry when it falls due, until it is delivered or dead. */
  async drain(): Promise<DispatchCounts> {
    const total: DispatchCounts = { delivered: 0, retrying: 0, dead: 0 };
    for (;;) {
      const counts = await this.deliverDue();
      total.delivered += counts.delivered;
      total.dead += counts.dead;
      const next = await this.store.screening.nextDeliveryAt();
      if (next === null) return total;
      await pause(Math.max(0, Date.parse(next) - Date.now()));
    }
  }

  /**
   * Keep sending in the background (a server): now, when the next retry falls due, and at
   * least every `pollMs` for deliveries other processes queued.
   */
  start(pollMs = 30_000): void {
    this.stopped = false;
    this.kick(pollMs);
  }

  /** Send what is due now (a re-screen just queued some) and go on as start() does. */
  kick(pollMs = 30_000): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.running.then(async () => {
      await this.deliverDue();
      const next = await this.store.screening.nextDeliveryAt();
      const wait = next === null ? pollMs : Math.min(pollMs, Math.max(0, Date.parse(next) - Date.now()));
      if (!this.stopped) {
        this.timer = setTimeout(() => this.kick(pollMs), wait);
        this.timer.unref();
      }
    }).catch((err) => this.onError(err));
  }

  /** Stop, after the sends in flight are written back. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
