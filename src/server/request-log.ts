/**
 * One log line per answered request (method, path with secrets redacted, status, time, key
 * id) in place of the framework's two: a busy screening server logs half as much.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Keys sent as `?api_key=` and update tokens never reach a log. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:api_key|token)=)[^&]*/g, '$1[redacted]');
}

/** Pino's own test; the null logger Fastify uses when there is none has no such test, and logs nothing. */
function logsInfo(log: FastifyBaseLogger): boolean {
  const isLevelEnabled = (log as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled;
  return isLevelEnabled !== undefined && isLevelEnabled.call(log, 'info');
}

export const requestLogPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onResponse', (request, reply, done) => {
    if (logsInfo(request.log)) {
      request.log.info({
        method: request.method,
        url: redactUrl(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        key: request.apiKey?.id ?? null,
      }, 'request');
    }
    done();
  });
}, { name: 'ghirbal-request-log' });
