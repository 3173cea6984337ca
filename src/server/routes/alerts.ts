/**
 * Alerts over HTTP: GET /v1/alerts and /v1/alerts/{id}, and POST /v1/alerts/{id}/decision for an
 * analyst's decision. The server also keeps monitoring going: after POST /updatez it re-screens
 * the watched subjects against whatever changed since they were last screened (nothing, when
 * the import already did), and it sends webhook deliveries in the background, retrying them as
 * they fall due. Registered as a plugin of the whole app, so it sees /updatez answered.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { alertJson } from '../../screening/alerts.js';
import { buildListIndex } from '../../screening/batch-index.js';
import { decide, DecisionError, type Resolution } from '../../screening/decisions.js';
import { monitorOptions, rescreenChanges } from '../../screening/monitor.js';
import { buildOnce } from '../../screening/subjects.js';
import { WebhookDispatcher } from '../../screening/webhooks.js';
import type { AlertStatus } from '../../store/types.js';
import { HttpError } from '../errors.js';
import { errorResponse } from '../schemas.js';

const alertIdParams = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] } as const;

interface DecisionBody {
  decision: Resolution;
  reason: string;
  by?: string;
}

export const alertRoutes = fp(async (app: FastifyInstance) => {
  const { store } = app.ghirbal;
  const dispatcher = new WebhookDispatcher(store, { onError: (err) => app.log.error({ err }, 'webhook delivery failed to record') });
  /** Re-screens run one at a time: a second /updatez waits for the first's. */
  let monitoring: Promise<void> = Promise.resolve();

  function catchUp(): void {
    monitoring = monitoring.then(async () => {
      const report = await rescreenChanges(monitorOptions(store, buildOnce(() => buildListIndex(store))));
      if (report.datasets.length > 0) app.log.info({ rescreen: report }, 'watched subjects re-screened');
      dispatcher.kick();
    }).catch((err) => app.log.error({ err }, 're-screening the watched subjects failed; the next update tries again'));
  }

  app.addHook('onReady', async () => dispatcher.start());
  app.addHook('onClose', async () => {
    await monitoring;
    await dispatcher.stop();
  });
  app.addHook('onResponse', (request, reply, done) => {
    if (request.routeOptions.url === '/updatez' && request.method === 'POST' && reply.statusCode === 200) catchUp();
    done();
  });

  app.get('/v1/alerts', {
    config: { access: 'screen' },
    schema: {
      summary: 'Alerts on watched subjects, newest first (or forward from after_id)',
      tags: ['Native'],
      querystring: {
        type: 'object',
        properties: {
          status: { type: 'string', enum: ['open', 'closed'] },
          subject: { type: 'string' },
          after_id: { type: 'integer', minimum: 0 },
          limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          api_key: { type: 'string' },
        },
      },
      response: { '4xx': errorResponse },
    },
  }, async (request: FastifyRequest<{ Querystring: { status?: AlertStatus; subject?: string; after_id?: number; limit: number } }>) => {
    const q = request.query;
    const alerts = await store.screening.alerts({ status: q.status, subjectId: q.subject, afterId: q.after_id, limit: q.limit });
    return { alerts: alerts.map(alertJson) };
  });

  app.get('/v1/alerts/:id', {
    config: { access: 'screen' },
    schema: { summary: 'One alert, with every decision taken on it', tags: ['Native'], params: alertIdParams, response: { '4xx': errorResponse } },
  }, async (request: FastifyRequest<{ Params: { id: number } }>) => {
    const alert = await store.screening.alert(request.params.id);
    if (!alert) throw new HttpError(404, 'No such alert.');
    return { ...alertJson(alert), decisions: await store.screening.alertDecisions(alert.id) };
  });

  app.post('/v1/alerts/:id/decision', {
    config: { access: 'screen' },
    schema: {
      summary: "Close an alert with an analyst's decision (kept in the audit log)",
      description: 'A false positive stays closed on later re-screens until the subject\'s screened fields or the listed entity\'s matchable properties change; then it reopens.',
      tags: ['Native'],
      params: alertIdParams,
      body: {
        type: 'object',
        required: ['decision', 'reason'],
        properties: {
          decision: { type: 'string', enum: ['false_positive', 'true_match'] },
          reason: { type: 'string', minLength: 1, maxLength: 2000 },
          by: { type: 'string', maxLength: 200, description: "Who decided (default: the API key's label, else its id)" },
        },
      },
      response: { '4xx': errorResponse },
    },
  }, async (request: FastifyRequest<{ Params: { id: number }; Body: DecisionBody }>) => {
    const key = request.apiKey;
    const b = request.body;
    try {
      const alert = await decide(store, request.params.id, {
        resolution: b.decision, reason: b.reason, by: b.by ?? key?.label ?? key?.id ?? 'anonymous', keyId: key?.id ?? null,
      });
      if (!alert) throw new HttpError(404, 'No such alert.');
      return alertJson(alert);
    } catch (err) {
      if (err instanceof DecisionError) throw new HttpError(400, err.message);
      throw err;
    }
  });
}, { name: 'ghirbal-alerts' });
