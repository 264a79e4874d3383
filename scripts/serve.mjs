// Serves the demo with no network at all: the built script, the demo pages, a demo campaign file
// and mock count endpoints whose numbers rise while the server runs.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT) || 8080;
const started = Date.now();

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

/** Counts that rise about one signature every two seconds, like a petition in a busy week. */
function mockCount(path) {
  const seconds = Math.floor((Date.now() - started) / 1000);
  if (path === '/api/petitions/700001/count.json') {
    return { signature_count: 118342 + Math.floor(seconds / 2), debated: false };
  }
  if (path === '/api/coalition-stats.json') {
    return { data: { total: 20450 + Math.floor(seconds / 5), updated: new Date().toISOString() } };
  }
  return undefined;
}

export const handler = async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const count = mockCount(url.pathname);
  if (count) {
    res.writeHead(200, {
      'content-type': types['.json'],
      // The real petitions service caches count.json for 60 s; the demo is shorter so it moves.
      'cache-control': 'public, max-age=30, stale-if-error=300',
      'access-control-allow-origin': '*',
    });
    res.end(JSON.stringify(count));
    return;
  }
  let path = url.pathname === '/' ? '/demo/index.html' : decodeURIComponent(url.pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep) || file.includes(`${sep}node_modules${sep}`) || file.includes(`${sep}.git`)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    // As a self-hosted copy must (README): a test page on another port then loads the pinned files.
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
};

/** Starts the demo server; the bench reuses it on a free port. */
export function startServer(listenPort = port) {
  return new Promise((done) => {
    const server = createServer(handler);
    server.listen(listenPort, '127.0.0.1', () => done(server));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await startServer(port);
  console.log(`coalition-embed demo: http://localhost:${port}/demo/index.html`);
  console.log(`Preview the blackout: http://localhost:${port}/demo/index.html?coalition-preview=2026-05-20T09:00:00Z&coalition-reset`);
  console.log('Press Ctrl+C to stop.');
}
