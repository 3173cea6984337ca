/**
 * POST /v1/article: the people and organisations a news text names, each screened (see
 * screening/article.ts), as JSON, or with `?format=html` the text with its mentions marked.
 * Each screened mention is one audit record, as a screening by name would be.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findAlgorithm } from '../../match/algorithms/index.js';
import { articleHtml } from '../../screening/article-html.js';
import { ArticleError, MAX_ARTICLE_CHARS, screenArticle, type ArticleScreening } from '../../screening/article.js';
import type { AuditEntryInput } from '../../store/types.js';
import { snapshotOf } from '../context.js';
import { HttpError } from '../errors.js';
import { errorResponse } from '../schemas.js';

interface ArticleBody {
  text: string;
  threshold?: number;
  possible?: number;
  limit?: number;
  algorithm?: string;
}

function auditRecords(request: FastifyRequest, screening: ArticleScreening, datasetVersions: Record<string, number>): AuditEntryInput[] {
  const algorithm = findAlgorithm(screening.screening.algorithm)!;
  return screening.mentions.map((m) => ({
    keyId: request.apiKey?.id ?? null,
    channel: 'POST /v1/article',
    query: m.query,
    algorithm: algorithm.name,
    algorithmVersion: algorithm.version,
    threshold: screening.screening.threshold,
    datasetVersions,
    results: m.results.map((r) => ({ id: r.id, score: r.score })),
  }));
}

export async function articleRoutes(app: FastifyInstance): Promise<void> {
  app.post('/v1/article', {
    config: { access: 'screen' },
    schema: {
      summary: 'Screen a news article',
      description: 'Find the persons and organisations a text names (Arabic, English, Russian…), with their roles and countries, and screen each: verdict listed, possible or not listed.',
      tags: ['Native'],
      querystring: { type: 'object', properties: { format: { type: 'string', enum: ['json', 'html'] } } },
      body: {
        type: 'object',
        required: ['text'],
        properties: {
          text: { type: 'string', maxLength: MAX_ARTICLE_CHARS },
          threshold: { type: 'number', minimum: 0, maximum: 1 },
          possible: { type: 'number', minimum: 0, maximum: 1 },
          limit: { type: 'integer', minimum: 1, maximum: 50 },
          algorithm: { type: 'string' },
        },
      },
      response: { '4xx': errorResponse, 503: errorResponse },
    },
  }, async (request: FastifyRequest<{ Body: ArticleBody; Querystring: { format?: 'json' | 'html' } }>, reply) => {
    const snapshot = snapshotOf(app.ghirbal);
    const { text, ...options } = request.body;
    if (options.algorithm !== undefined && !findAlgorithm(options.algorithm)) throw new HttpError(400, 'Invalid algorithm');
    let screening: ArticleScreening;
    try {
      screening = screenArticle(snapshot.match, text, options);
    } catch (err) {
      if (err instanceof ArticleError) throw new HttpError(400, err.message);
      throw err;
    }
    app.ghirbal.audit.record(auditRecords(request, screening, snapshot.datasetVersions));
    if (request.query.format === 'html') return reply.type('text/html; charset=utf-8').send(articleHtml(text, screening));
    return screening;
  });
}
