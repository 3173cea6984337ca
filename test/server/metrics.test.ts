/**
 * The request counters and latency histogram /metrics serves, fed by hand: counts by route,
 * method and status, cumulative buckets, sums, and label values escaped as Prometheus reads them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpMetrics } from '../../src/server/metrics.js';

function sample(lines: string[], series: string): number | undefined {
  const line = lines.find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test('requests are counted by method, route and status; latency by method and route', () => {
  const m = new HttpMetrics();
  m.observe('POST', '/match/:dataset', 200, 0.004);
  m.observe('POST', '/match/:dataset', 200, 0.02);
  m.observe('POST', '/match/:dataset', 422, 0.0005);
  m.observe('GET', '/healthz', 200, 0.0001);
  const lines = m.lines();
  assert.equal(sample(lines, 'ghirbal_http_requests_total{method="POST",route="/match/:dataset",status="200"}'), 2);
  assert.equal(sample(lines, 'ghirbal_http_requests_total{method="POST",route="/match/:dataset",status="422"}'), 1);
  assert.equal(sample(lines, 'ghirbal_http_requests_total{method="GET",route="/healthz",status="200"}'), 1);
  const bucket = (le: string) => sample(lines, `ghirbal_http_request_duration_seconds_bucket{method="POST",route="/match/:dataset",le="${le}"}`);
  // 0.5 ms, 4 ms and 20 ms: buckets count every request at or under their bound.
  assert.equal(bucket('0.001'), 1);
  assert.equal(bucket('0.0025'), 1);
  assert.equal(bucket('0.005'), 2);
  assert.equal(bucket('0.01'), 2);
  assert.equal(bucket('0.025'), 3);
  assert.equal(bucket('+Inf'), 3);
  assert.equal(sample(lines, 'ghirbal_http_request_duration_seconds_count{method="POST",route="/match/:dataset"}'), 3);
  const sum = sample(lines, 'ghirbal_http_request_duration_seconds_sum{method="POST",route="/match/:dataset"}')!;
  assert.ok(Math.abs(sum - 0.0245) < 1e-9, String(sum));
});

test('each metric family is declared once, before its samples', () => {
  const m = new HttpMetrics();
  m.observe('GET', '/a', 200, 0.001);
  m.observe('GET', '/b', 404, 0.001);
  m.observe('GET', '/a', 500, 0.001);
  const lines = m.lines();
  for (const [family, type] of [['ghirbal_http_requests_total', 'counter'], ['ghirbal_http_request_duration_seconds', 'histogram']]) {
    const declared = lines.indexOf(`# TYPE ${family} ${type}`);
    assert.equal(lines.filter((l) => l === `# TYPE ${family} ${type}`).length, 1);
    const samples = lines.flatMap((l, i) => (l.startsWith(`${family}{`) || l.startsWith(`${family}_`) ? [i] : []));
    assert.ok(samples.length > 0 && samples.every((i) => i > declared), family);
  }
  // Samples of one family are not interleaved with the other's.
  const firstHistogram = lines.findIndex((l) => l.startsWith('ghirbal_http_request_duration_seconds'));
  assert.ok(lines.slice(firstHistogram).every((l) => !l.startsWith('ghirbal_http_requests_total')));
});

test('label values with quotes, backslashes and new lines are escaped', () => {
  const m = new HttpMetrics();
  m.observe('GET', 'a "quoted" \\ path\nnext', 200, 0.001);
  assert.ok(m.lines().includes('ghirbal_http_requests_total{method="GET",route="a \\"quoted\\" \\\\ path\\nnext",status="200"} 1'));
});
