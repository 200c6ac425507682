// Answers a request with a file from disk, as a static host would: its content type from its extension, 404 when
// it cannot be read. Shared by `npm run export` (the deck's folder) and the e2e servers.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.md': 'text/markdown; charset=utf-8',
  '.sh': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Sends `file`, or a 404 when it is not there.
 * @param {import('node:http').ServerResponse} res
 * @param {string} file
 */
export async function serveFile(res, file) {
  try {
    const body = await readFile(file);
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end('not found');
  }
}
