/**
 * `GET /v1/me`: who the calling key is and what its role allows, so a client (the workbench)
 * shows only the actions the server will accept. Never the secret.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorResponse } from '../schemas.js';

const meResponse = {
  type: 'object',
  properties: {
    role: { type: 'string', enum: ['screen', 'admin'], description: 'What the key may do: screen, or also administer' },
    key_id: { type: ['string', 'null'], description: 'The key\'s public id (null when the server runs without keys)' },
    label: { type: ['string', 'null'] },
    auth: { type: 'boolean', description: 'false when the server was started with --no-auth and no key was sent' },
  },
  required: ['role', 'key_id', 'label', 'auth'],
} as const;

export async function meRoutes(app: FastifyInstance): Promise<void> {
  app.get('/v1/me', {
    config: { access: 'screen' },
    schema: {
      summary: 'The calling API key: its role and label',
      tags: ['Native'],
      querystring: { type: 'object', properties: { api_key: { type: 'string' } } },
      response: { 200: meResponse, '4xx': errorResponse },
    },
  }, async (request: FastifyRequest) => {
    const key = request.apiKey;
    // Only --no-auth lets a request through without a key; it may screen, nothing more.
    if (!key) return { role: 'screen', key_id: null, label: null, auth: false };
    return { role: key.role, key_id: key.id, label: key.label, auth: true };
  });
}
