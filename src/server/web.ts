/**
 * The analyst workbench: the static files `vite build` writes to dist/web, served by the same
 * server as the API. The page holds no key, so these routes are public; it calls the API with
 * the key its user signs in with.
 *
 * A small handler of our own rather than @fastify/static: the build is one folder of files whose
 * names carry their content hash, so all it takes is a safe path lookup, a content type, two
 * cache policies and gzip once per file; the plugin would add a dependency (and its own routing
 * and caching rules) for less control over exactly those.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The workbench's own paths, answered with its page (the page routes them); none is an API path. */
export const WORKBENCH_PATHS: readonly string[] = [
  '/', '/signin', '/entity/*', '/explain', '/alerts', '/alerts/*', '/batch', '/batch/*', '/lists', '/lists/*', '/article',
];

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Hashed file names change with their content: a browser may keep them for good. */
const ASSET_CACHE = 'public, max-age=31536000, immutable';
/** The page names the current assets: always ask again. */
const PAGE_CACHE = 'no-cache';
/** The page talks to this server only; nothing inline, nothing from elsewhere. */
const PAGE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
  + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/** Compressing a few bytes costs more than it saves. */
const MIN_GZIP_BYTES = 1024;

export const NOT_BUILT = 'The workbench is not built: run `npm run build` (it writes dist/web), then restart the server.\n';

/** dist/web beside the package.json above this module (from src/server under tsx, dist/src/server when built). */
export function defaultWebRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'web');
  }
  return resolve('dist', 'web');
}

/** The file under root that a URL path names, or null when it names none (or tries to leave root). */
export function fileUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split('/').includes('..')) return null;
  const file = resolve(root, `.${decoded}`);
  if (!file.startsWith(root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

interface Body {
  raw: Buffer;
  gzip: Buffer | null;
}

/** Files read (and gzipped) once per version of the file: assets never change under one name. */
class FileCache {
  private readonly entries = new Map<string, { stamp: string; body: Body }>();

  read(file: string): Body {
    const s = statSync(file);
    const stamp = `${s.mtimeMs}:${s.size}`;
    const hit = this.entries.get(file);
    if (hit?.stamp === stamp) return hit.body;
    const raw = readFileSync(file);
    const compressible = extname(file) !== '.png' && extname(file) !== '.woff2' && raw.length >= MIN_GZIP_BYTES;
    const body = { raw, gzip: compressible ? gzipSync(raw) : null };
    this.entries.set(file, { stamp, body });
    return body;
  }
}

function acceptsGzip(request: FastifyRequest): boolean {
  return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

function sendFile(request: FastifyRequest, reply: FastifyReply, cache: FileCache, file: string, cacheControl: string): FastifyReply {
  const body = cache.read(file);
  reply.header('Cache-Control', cacheControl).header('X-Content-Type-Options', 'nosniff').header('Vary', 'Accept-Encoding');
  reply.type(CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  if (body.gzip && acceptsGzip(request)) return reply.header('Content-Encoding', 'gzip').send(body.gzip);
  return reply.send(body.raw);
}

export async function webPlugin(app: FastifyInstance, opts: { root?: string }): Promise<void> {
  const root = resolve(opts.root ?? defaultWebRoot());
  const cache = new FileCache();
  const hidden = { config: { access: 'public' as const }, schema: { hide: true } };

  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const index = fileUnder(root, '/index.html');
    if (!index) return reply.code(404).type('text/plain; charset=utf-8').send(NOT_BUILT);
    reply.header('Content-Security-Policy', PAGE_CSP).header('Referrer-Policy', 'no-referrer');
    return sendFile(request, reply, cache, index, PAGE_CACHE);
  };
  for (const path of WORKBENCH_PATHS) app.get(path, hidden, page);

  app.get('/assets/*', hidden, async (request: FastifyRequest, reply) => {
    const path = request.url.split('?')[0];
    const file = fileUnder(root, path);
    if (!file) return reply.code(404).type('text/plain; charset=utf-8').send(existsSync(root) ? 'No such file.\n' : NOT_BUILT);
    return sendFile(request, reply, cache, file, ASSET_CACHE);
  });
}
