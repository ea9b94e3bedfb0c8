// The sample nginx configuration (deploy/nginx.conf, issue 7.5), run with
// Debian's nginx and brotli module (scripts/setup.sh installs them): MIME
// types, precompressed files, cache headers, the strict CSP, CORS for the
// custom element, and the app working under it. Only `listen` and `root`
// are changed for the test. Without an nginx binary the live part cannot
// run: the test then fails, saying so (SKIP_BROWSERS=1 set-ups lack it).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.env.WEIQUAN_ROOT || resolve(here, '../..');
const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

/** Runs nginx with deploy/nginx.conf on a free port over dist/. */
async function startNginx() {
  if (!existsSync(NGINX)) throw new Error(`no ${NGINX}: run ./scripts/setup.sh (apt: nginx libnginx-mod-http-brotli-static)`);
  const tmp = mkdtempSync(join(tmpdir(), 'weiquan-nginx-'));
  const port = await freePort();
  let site = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8');
  const swaps = [
    ['    listen 80;', `    listen 127.0.0.1:${port};`],
    ['    root /srv/weiquan/dist;', `    root ${join(root, 'dist')};`],
  ];
  for (const [from, to] of swaps) {
    assert.ok(site.includes(from), `deploy/nginx.conf has "${from}"`);
    site = site.replace(from, to);
  }
  writeFileSync(join(tmp, 'site.conf'), site);
  writeFileSync(
    join(tmp, 'nginx.conf'),
    `load_module ${BROTLI};
daemon off;
master_process off;
pid ${tmp}/nginx.pid;
error_log ${tmp}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
  include ${tmp}/site.conf;
}
`,
  );
  const proc = spawn(NGINX, ['-p', tmp, '-c', join(tmp, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    stop: async () => {
      proc.kill('SIGTERM');
      await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** GET with a given Accept-Encoding; the body as received (not decoded). */
async function get(url, encoding) {
  const { request } = await import('node:http');
  return new Promise((ok, fail) => {
    const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const find = (re) => readdirSync(join(root, 'dist')).find((f) => re.test(f));

export const tests = [
  {
    name: 'nginx: deploy/nginx.conf serves the bundle with wasm MIME type, precompressed files, cache headers, CSP and CORS',
    async run() {
      const nginx = await startNginx();
      try {
        const wasm = find(/^weiquan_bg-[0-9a-f]{12}\.wasm$/);
        const css = find(/^app-[0-9a-f]{12}\.css$/);
        const raw = readFileSync(join(root, 'dist', wasm));

        const br = await get(nginx.url + wasm, 'gzip, deflate, br');
        assert.equal(br.status, 200);
        assert.equal(br.headers['content-type'], 'application/wasm');
        assert.equal(br.headers['content-encoding'], 'br');
        assert.deepEqual(br.body, readFileSync(join(root, 'dist', `${wasm}.br`)), 'the .br copy as it is');
        assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
        assert.equal(br.headers['access-control-allow-origin'], '*');
        assert.match(br.headers.vary || '', /Accept-Encoding/i);
        const gz = await get(nginx.url + wasm, 'gzip');
        assert.equal(gz.headers['content-encoding'], 'gzip');
        assert.deepEqual(gz.body, readFileSync(join(root, 'dist', `${wasm}.gz`)));
        const plain = await get(nginx.url + wasm, 'identity');
        assert.equal(plain.headers['content-encoding'], undefined);
        assert.deepEqual(plain.body, raw);

        for (const [path, type] of [
          ['', 'text/html; charset=utf-8'],
          ['index.html', 'text/html; charset=utf-8'],
          ['frame.html', 'text/html; charset=utf-8'],
          ['sw.js', 'text/javascript; charset=utf-8'],
          ['embed.js', 'text/javascript; charset=utf-8'],
          [css, 'text/css; charset=utf-8'],
        ]) {
          const r = await get(nginx.url + path, 'br');
          assert.equal(r.status, 200, path);
          assert.equal(r.headers['content-type'], type, path);
          assert.equal(r.headers['content-encoding'], 'br', path);
          assert.ok(r.headers['content-security-policy'].startsWith(STRICT), `${path}: ${r.headers['content-security-policy']}`);
          assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
          const hashed = path === css;
          assert.equal(r.headers['cache-control'], hashed ? 'public, max-age=31536000, immutable' : 'no-cache', path);
        }
        const index = await get(nginx.url, 'identity');
        assert.match(index.headers['content-security-policy'], /frame-ancestors 'self'$/);
        const frame = await get(`${nginx.url}frame.html`, 'identity');
        assert.match(frame.headers['content-security-policy'], /frame-ancestors 'self' https:\/\/www\.example\.gov\.cn$/);
        assert.equal(index.headers['access-control-allow-origin'], undefined, 'pages are not shared cross-origin');
        assert.equal((await get(`${nginx.url}nothing-here`, 'br')).status, 404);
      } finally {
        await nginx.stop();
      }
    },
  },
  {
    name: 'nginx: the app runs fully under the sample config (zero CSP violations, everything brotli)',
    async run({ page, seen }) {
      const nginx = await startNginx();
      try {
        const encodings = [];
        page.on('response', (r) => encodings.push(`${r.url().split('/').pop() || 'index.html'} ${r.headers()['content-encoding']}`));
        await page.goto(nginx.url);
        await page.locator('#weiquan-app:not([aria-busy]):not([data-wq-early]) main button').waitFor();
        await page.locator('main button:visible', { hasText: '开始' }).click();
        await page.locator('main label:visible', { hasText: '为我自己' }).click();
        await page.locator('main button[type="submit"]:visible').click();
        await page.locator('main h2:visible', { hasText: '您遇到了什么问题' }).waitFor();
        await page.locator('header button', { hasText: 'English' }).click();
        await page.locator('main h2:visible', { hasText: 'What happened to you' }).waitFor();
        assert.deepEqual(await seen.cspViolations(), []);
        assert.deepEqual(seen.pageErrors, []);
        assert.deepEqual(seen.failedRequests, []);
        for (const e of encodings) assert.match(e, / br$/, e);
      } finally {
        await nginx.stop();
      }
    },
  },
];
