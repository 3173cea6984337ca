/**
 * `/metrics` in Prometheus' text format: requests by route, method and status, a latency
 * histogram per route, and what the index holds (its generation, the versions and entity
 * counts of each dataset), plus the audit records written and waiting.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Latency buckets, in seconds: a match answers in milliseconds; a broad search may take longer. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Histogram {
  labels: string;
  counts: number[];
  sum: number;
  count: number;
}

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function labels(pairs: Record<string, string | number>): string {
  return Object.entries(pairs).map(([k, v]) => `${k}="${escapeLabel(String(v))}"`).join(',');
}

/** A request counter and a latency histogram, by method and route (the counter also by status). */
interface RouteSeries {
  histogram: Histogram;
  /** status → requests, with the series' label text made once. */
  statuses: Map<number, { labels: string; count: number }>;
}

export class HttpMetrics {
  /** method → route → series: a request only finds its counters, the label text is made when a series first appears. */
  private readonly series = new Map<string, Map<string, RouteSeries>>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const s = this.seriesOf(method, route);
    let counter = s.statuses.get(status);
    if (!counter) s.statuses.set(status, (counter = { labels: labels({ method, route, status }), count: 0 }));
    counter.count++;
    const h = s.histogram;
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]) h.counts[i]++;
    h.sum += seconds;
    h.count++;
  }

  private seriesOf(method: string, route: string): RouteSeries {
    let byRoute = this.series.get(method);
    if (!byRoute) this.series.set(method, (byRoute = new Map()));
    let s = byRoute.get(route);
    if (!s) {
      const histogram = { labels: labels({ method, route }), counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      byRoute.set(route, (s = { histogram, statuses: new Map() }));
    }
    return s;
  }

  lines(): string[] {
    const all = [...this.series.values()].flatMap((byRoute) => [...byRoute.values()]);
    const out = [
      '# HELP ghirbal_http_requests_total HTTP requests answered, by route, method and status.',
      '# TYPE ghirbal_http_requests_total counter',
    ];
    for (const s of all) for (const c of s.statuses.values()) out.push(`ghirbal_http_requests_total{${c.labels}} ${c.count}`);
    out.push('# HELP ghirbal_http_request_duration_seconds Time to answer a request, by route and method.');
    out.push('# TYPE ghirbal_http_request_duration_seconds histogram');
    for (const { histogram: h } of all) {
      BUCKETS.forEach((le, i) => out.push(`ghirbal_http_request_duration_seconds_bucket{${h.labels},le="${le}"} ${h.counts[i]}`));
      out.push(`ghirbal_http_request_duration_seconds_bucket{${h.labels},le="+Inf"} ${h.count}`);
      out.push(`ghirbal_http_request_duration_seconds_sum{${h.labels}} ${h.sum}`);
      out.push(`ghirbal_http_request_duration_seconds_count{${h.labels}} ${h.count}`);
    }
    return out;
  }
}

function gauge(name: string, help: string, samples: [Record<string, string | number>, number][], type = 'gauge'): string[] {
  return [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} ${type}`,
    ...samples.map(([l, v]) => `${name}${Object.keys(l).length ? `{${labels(l)}}` : ''} ${v}`),
  ];
}

export const metricsPlugin = fp(async (app: FastifyInstance) => {
  const http = new HttpMetrics();
  app.addHook('onResponse', (request, reply, done) => {
    http.observe(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
  app.get('/metrics', {
    config: { access: 'screen' },
    schema: { summary: 'Prometheus metrics', tags: ['System information'] },
  }, async (_request, reply) => {
    const { serving, audit } = app.ghirbal;
    const snapshot = serving.snapshot;
    const versions = snapshot?.versions ?? [];
    const body = [
      ...http.lines(),
      ...gauge('ghirbal_index_ready', 'Whether an index is built and answering (1) or not yet (0).', [[{}, snapshot ? 1 : 0]]),
      ...gauge('ghirbal_index_generation', 'Indexes built by this process; the one answering.', [[{}, snapshot?.generation ?? 0]]),
      ...gauge('ghirbal_match_threads', 'Matcher threads holding the answering index (0: the main thread matches).', [[{}, serving.matchThreads]]),
      ...gauge('ghirbal_match_thread_answers_total', 'Queries matched on matcher threads rather than the main thread.', [[{}, serving.threadAnswers]], 'counter'),
      ...gauge('ghirbal_match_thread_full_gcs_total', "Full collections of the matcher threads' heaps (as of their last answers): the pauses their slow answers come from.", [[{}, serving.threadFullGcs]], 'counter'),
      ...gauge('ghirbal_index_rebuilding', 'Whether a new index is being built (1) off to the side.', [[{}, serving.rebuilding ? 1 : 0]]),
      ...gauge('ghirbal_index_build_timestamp_seconds', 'When the answering index was built.', [[{}, snapshot ? Date.parse(`${snapshot.builtAt}Z`) / 1000 : 0]]),
      ...gauge('ghirbal_index_dataset_version', 'The version (seq) of each dataset in the answering index.', versions.map((v) => [{ dataset: v.dataset }, v.seq])),
      ...gauge('ghirbal_index_dataset_entities', 'Entities in each dataset version indexed (records of every schema).', versions.map((v) => [{ dataset: v.dataset }, v.entityCount])),
      ...gauge('ghirbal_index_entities', 'Entities in the answering index: listed (screened) and all records.', [
        [{ kind: 'listed' }, snapshot?.match.entities.length ?? 0],
        [{ kind: 'records' }, snapshot?.catalog.size ?? 0],
      ]),
      ...gauge('ghirbal_audit_records', 'Audit records written since start, and waiting to be written.', [
        [{ state: 'written' }, audit.counts.written],
        [{ state: 'pending' }, audit.pending],
      ]),
    ];
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(`${body.join('\n')}\n`);
  });
}, { name: 'ghirbal-metrics' });
