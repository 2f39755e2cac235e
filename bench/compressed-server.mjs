// Like scripts/static-server.mjs, but sends each file brotli- or
// gzip-encoded when the browser accepts it, as a clinic's web server
// would. Used only for the throttled start-up figure "compressed".
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/** Serves `root` on 127.0.0.1 (free port); `served` counts encodings sent. */
export function serveCompressed(root) {
  const base = resolve(root);
  const cache = new Map();
  const served = {};
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    if (path.endsWith('/')) file = join(file, 'index.html');
    const accepts = String(req.headers['accept-encoding'] || '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : 'identity';
    try {
      const key = `${encoding} ${file}`;
      if (!cache.has(key)) {
        const body = await readFile(file);
        cache.set(key, encoding === 'br'
          ? brotliCompressSync(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } })
          : encoding === 'gzip' ? gzipSync(body, { level: 9 }) : body);
      }
      served[encoding] = (served[encoding] || 0) + 1;
      const headers = {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      res.writeHead(200, headers);
      res.end(cache.get(key));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, served })));
}
