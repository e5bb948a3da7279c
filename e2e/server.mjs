// A static file server for the built dist/, on 127.0.0.1 only, optionally under a
// sub-path (to prove the same build works at /courses/crm/calculator/).
// Used by the end-to-end tests and by `./dev screenshot`; no dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root` under `prefix` (e.g. "/" or "/courses/crm/calculator/"). With `compress`,
 * responses are gzipped when the browser accepts it, as on a real static host. `headers`
 * are added to every file response (e.g. a Content-Security-Policy).
 */
export async function serve(root, { prefix = '/', port = 0, compress = false, headers: extra = {} } = {}) {
  const base = resolve(root);
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    const file = normalize(join(base, rel));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const path = info.isDirectory() ? join(file, 'index.html') : file;
      let body = await readFile(path);
      const headers = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...extra,
      };
      if (compress && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
        body = gzipped.get(path);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return { server, origin: `http://127.0.0.1:${actual}`, url: `http://127.0.0.1:${actual}${prefix}` };
}

// `node e2e/server.mjs [dist] [port] [prefix]` serves until stopped.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [root = 'dist', port = '8080', prefix = '/'] = process.argv.slice(2);
  const { url } = await serve(root, { port: Number(port), prefix });
  console.log(`Serving ${root} at ${url}`);
}
