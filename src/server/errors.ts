/**
 * Errors in yente's shapes: `{"detail": "message"}` for a refusal the handler decides (400,
 * 401, 403, 404…), and FastAPI's 422 `{"detail": [{type, loc, msg, input}]}` for a request
 * that does not fit a route's schema. Nothing a client sends becomes a 500.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { QueryError } from '../screening/screen.js';
import { SearchError } from '../screening/search.js';

/** A refusal with a status, a message and any headers it needs (Retry-After, WWW-Authenticate). */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** FastAPI's (pydantic's) error type and message for a JSON-schema keyword that failed. */
function describe(e: AjvError): { type: string; msg: string } {
  const p = e.params;
  switch (e.keyword) {
    case 'maximum': return { type: 'less_than_equal', msg: `Input should be less than or equal to ${p.limit}` };
    case 'minimum': return { type: 'greater_than_equal', msg: `Input should be greater than or equal to ${p.limit}` };
    case 'exclusiveMinimum': return { type: 'greater_than', msg: `Input should be greater than ${p.limit}` };
    case 'required': return { type: 'missing', msg: 'Field required' };
    case 'maxItems': return { type: 'too_long', msg: `List should have at most ${p.limit} items after validation` };
    case 'minLength': return { type: 'string_too_short', msg: `String should have at least ${p.limit} characters` };
    case 'maxLength': return { type: 'string_too_long', msg: `String should have at most ${p.limit} characters` };
    case 'pattern': return { type: 'string_pattern_mismatch', msg: `String should match pattern '${p.pattern}'` };
    case 'enum': return { type: 'enum', msg: `Input should be ${((p.allowedValues as unknown[]) ?? []).map((v) => `'${v}'`).join(' or ')}` };
    case 'type': return typeMismatch(String(p.type));
    default: return { type: 'value_error', msg: e.message ?? 'Invalid value' };
  }
}

function typeMismatch(expected: string): { type: string; msg: string } {
  const first = expected.split(',')[0];
  switch (first) {
    case 'integer': return { type: 'int_parsing', msg: 'Input should be a valid integer, unable to parse string as an integer' };
    case 'number': return { type: 'float_parsing', msg: 'Input should be a valid number, unable to parse string as a number' };
    case 'boolean': return { type: 'bool_parsing', msg: 'Input should be a valid boolean, unable to interpret input' };
    case 'object': return { type: 'dict_type', msg: 'Input should be a valid dictionary' };
    case 'array': return { type: 'list_type', msg: 'Input should be a valid list' };
    default: return { type: 'string_type', msg: 'Input should be a valid string' };
  }
}

const LOCATIONS: Readonly<Record<string, string>> = { querystring: 'query', params: 'path', body: 'body', headers: 'header' };

function valueAt(root: unknown, path: readonly string[]): unknown {
  let v = root;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** A schema failure as FastAPI reports it. */
function validationDetail(request: FastifyRequest, context: string, errors: AjvError[]): object[] {
  return errors.map((e) => {
    const path = e.instancePath.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (e.keyword === 'required') path.push(String(e.params.missingProperty));
    const source = context === 'querystring' ? request.query : context === 'params' ? request.params : context === 'body' ? request.body : request.headers;
    const input = e.keyword === 'required' ? valueAt(source, path.slice(0, -1)) : valueAt(source, path);
    return { ...describe(e), loc: [LOCATIONS[context] ?? context, ...path], input: input ?? null };
  });
}

function send(reply: FastifyReply, status: number, detail: unknown, headers: Record<string, string> = {}): FastifyReply {
  return reply.code(status).headers(headers).type('application/json; charset=utf-8').send({ detail });
}

/** The framework's own refusals, by code: what they mean to a client. */
const FRAMEWORK_ERRORS: Readonly<Record<string, (err: FastifyError, limit: number) => [number, string]>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (_e, limit) => [413, `Request body too large (limit: ${limit} bytes)`],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (e) => [415, `Unsupported media type: ${e.message.replace(/^Unsupported Media Type:?\s*/i, '')}`],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => [400, 'Request body size did not match Content-Length'],
  FST_ERR_CTP_EMPTY_JSON_BODY: () => [400, "Body cannot be empty when content-type is set to 'application/json'"],
};

export const errorsPlugin = fp(async (app: FastifyInstance, opts: { bodyLimit: number }) => {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof HttpError) return send(reply, err.statusCode, err.message, err.headers);
    if (err instanceof QueryError || err instanceof SearchError) return send(reply, 400, err.message);
    if (err.validation) return send(reply, 422, validationDetail(request, err.validationContext ?? 'body', err.validation as AjvError[]));
    const known = err.code ? FRAMEWORK_ERRORS[err.code] : undefined;
    if (known) {
      const [status, message] = known(err, opts.bodyLimit);
      return send(reply, status, message);
    }
    if (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return send(reply, 422, [{ type: 'json_invalid', loc: ['body'], msg: 'JSON decode error', input: {}, ctx: { error: err.message } }]);
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return send(reply, err.statusCode, err.message);
    request.log.error({ err }, 'request failed');
    return send(reply, 500, 'Internal server error');
  });
  app.setNotFoundHandler((_request, reply) => send(reply, 404, 'Not Found'));
}, { name: 'ghirbal-errors' });
