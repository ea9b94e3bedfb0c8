// Tiny dependency-free static server for dist/.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1]
//                          [--base /some/path/] [--no-csp]
//
// - MIME types for the bundle (application/wasm, text/javascript, ...)
// - serves FILE.br / FILE.gz when Accept-Encoding allows (Content-Encoding, Vary)
// - optional base path: the bundle is served under /some/path/
// - sends the strict Content-Security-Policy the bundle is built for
//   (--no-csp to leave it out)
// - lets other sites load the scripts, wasm and styles
//   (Access-Control-Allow-Origin: *), as the custom element needs
// - sw.js, embed.js and the pages: revalidated on every visit (no-cache);
//   content-hashed files: immutable for a year
// Also imported by tests/e2e/run.mjs (startServer).
import { createServer } from 'node:http';
import { realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt']);
const HASHED = /-[0-9a-f]{12}\.[a-z]+$/;

/** Encodings the client accepts (q > 0), best first among br, gzip. */
function acceptedEncodings(header = '') {
  const q = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.find((p) => p.trim().startsWith('q='));
    q.set(name, qp ? Number(qp.trim().slice(2)) : 1);
  }
  const ok = (e) => (q.has(e) ? q.get(e) > 0 : q.has('*') && q.get('*') > 0);
  return ['br', 'gzip'].filter(ok);
}

async function isFile(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Files other origins may load (module scripts and wasm need CORS). */
const CROSS_ORIGIN = new Set(['.js', '.mjs', '.wasm', '.css']);

/**
 * Start serving `dir`. Resolves to { server, url, port, requests, close() }.
 * port 0 picks a free port. `csp`: true (the strict policy), false (none)
 * or a policy string. `rewrite(relPath, text)`: optional, changes the text
 * of .html files as they are served (e.g. example host pages pointing at
 * the widget's server). `record`: keep the path of every request received,
 * in order, in `requests`, including those the browser makes by itself (a
 * test can see what page-level request events miss, such as /favicon.ico);
 * off by default, so a long-running server does not grow.
 */
export function startServer({ dir, port = 8080, host = '127.0.0.1', base = '/', csp = true, log = false, rewrite = null, record = false } = {}) {
  const root = resolve(dir);
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;

  const requests = [];
  const server = createServer(async (req, res) => {
    if (record) requests.push(req.url);
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });
      }
      const url = new URL(req.url, 'http://x');
      let path = decodeURIComponent(url.pathname);
      if (`${path}/` === base) return send(301, '', { Location: base + url.search });
      if (!path.startsWith(base)) return send(404, 'not found\n');
      path = path.slice(base.length);
      if (path === '' || path.endsWith('/')) path += 'index.html';
      const file = resolve(root, path);
      if (file !== root && !file.startsWith(root + sep)) return send(404, 'not found\n');
      if (!(await isFile(file))) return send(404, 'not found\n');

      const ext = extname(file);
      const headers = {
        'Content-Type': MIME[ext] || 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (csp) headers['Content-Security-Policy'] = typeof csp === 'string' ? csp : CSP;
      if (CROSS_ORIGIN.has(ext)) headers['Access-Control-Allow-Origin'] = '*';
      if (rewrite && ext === '.html') {
        const data = Buffer.from(rewrite(path, await readFile(file, 'utf8')));
        headers['Content-Length'] = data.length;
        res.writeHead(200, headers);
        return res.end(req.method === 'HEAD' ? undefined : data);
      }
      let body = file;
      if (COMPRESSIBLE.has(ext)) {
        headers.Vary = 'Accept-Encoding';
        for (const enc of acceptedEncodings(req.headers['accept-encoding'])) {
          const candidate = `${file}.${enc === 'gzip' ? 'gz' : 'br'}`;
          if (await isFile(candidate)) {
            body = candidate;
            headers['Content-Encoding'] = enc;
            break;
          }
        }
      }
      const data = await readFile(body);
      headers['Content-Length'] = data.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
      if (log) console.log(`${req.method} ${req.url} 200 ${headers['Content-Encoding'] || 'identity'}`);
    } catch (err) {
      if (err instanceof URIError) return send(400, 'bad request\n');
      console.error(err);
      send(500, 'internal error\n');
    }
  });

  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolveStart({
        server,
        requests,
        port: actual,
        url: `http://${host}:${actual}${base}`,
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections(); // keep-alive connections would hold it open
          }),
      });
    });
  });
}

// CLI
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  const here = dirname(resolve(process.argv[1]));
  const usage =
    'usage: node scripts/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /some/path/] [--no-csp] [--log]';
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        dir: { type: 'string', default: join(process.env.WEIQUAN_ROOT || resolve(here, '..'), 'dist') },
        port: { type: 'string', default: process.env.PORT || '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        base: { type: 'string', default: '/' },
        'no-csp': { type: 'boolean', default: false },
        log: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    console.error(`${e.message}\n${usage}`);
    process.exit(64);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (!(await isFile(join(resolve(values.dir), 'index.html')))) {
    console.error(`no ${join(values.dir, 'index.html')}; run ./scripts/build.sh first`);
    process.exit(1);
  }
  const { url, close } = await startServer({
    dir: values.dir,
    port: Number(values.port),
    host: values.host,
    base: values.base,
    csp: !values['no-csp'],
    log: values.log,
  });
  console.log(`维权导办 is served at ${url}  (dir ${values.dir}; Ctrl-C stops)`);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
