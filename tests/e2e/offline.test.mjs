// Offline (issue 7.4): after one visit the service worker serves the bundle
// without a network; a new deployment at the same URL replaces the cached
// bundle on the next visit and the old cache is deleted. Each test serves its
// own copy on its own port, so it can take "the network" away by stopping
// the server.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { FIRST_QUESTION } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.env.WEIQUAN_ROOT || resolve(here, '../..');
const dist = join(root, 'dist');

const cacheNameOf = (dir) => /const CACHE = '([^']+)'/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))[1];
const cssOf = (dir) => readdirSync(dir).find((f) => /^app-[0-9a-f]{12}\.css$/.test(f));

/**
 * Build B: what scripts/bundle.mjs makes of the same wasm and glue with one
 * change to the stylesheet, a real second deployment (other hashes, another
 * service worker and cache name). Made once per run.
 */
let buildB = null;
function makeBuildB() {
  if (buildB) return buildB;
  const tmp = mkdtempSync(join(tmpdir(), 'weiquan-build-b-'));
  const src = join(tmp, 'src');
  mkdirSync(join(src, 'styles'), { recursive: true });
  for (const f of ['index.html', 'frame.html', 'loader.js', 'frame.js', 'embed.js', 'sw.js']) cpSync(join(root, f), join(src, f));
  cpSync(join(root, 'styles'), join(src, 'styles'), { recursive: true });
  // A rule, not a comment: the minifier drops comments.
  writeFileSync(join(src, 'styles/app.css'), `${readFileSync(join(src, 'styles/app.css'), 'utf8')}\n.wq-build-b { order: 1; }\n`);
  // The glue as wasm-bindgen wrote it (dist's points at the hashed wasm).
  const glueName = readdirSync(dist).find((f) => /^weiquan-[0-9a-f]{12}\.js$/.test(f));
  const wasmName = readdirSync(dist).find((f) => /^weiquan_bg-[0-9a-f]{12}\.wasm$/.test(f));
  // (minified: the file name may be in either kind of quotes)
  const glue = readFileSync(join(dist, glueName), 'utf8').replace(new RegExp(`(['"])${wasmName}\\1`, 'g'), "'weiquan_bg.wasm'");
  writeFileSync(join(tmp, 'weiquan.js'), glue);
  // The prerendered screens as scripts/prerender.rs wrote them (in dist's index.html).
  const pre = join(tmp, 'prerender');
  mkdirSync(pre);
  for (const [, name, markup] of readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/<template id="wq-early-(\w+)">([\s\S]*?)<\/template>/g)) {
    writeFileSync(join(pre, `${name}.html`), markup);
  }
  const out = join(tmp, 'dist');
  execFileSync(
    process.execPath,
    [join(root, 'scripts/bundle.mjs'), '--glue', join(tmp, 'weiquan.js'), '--wasm', join(dist, wasmName), '--prerender', pre, '--out', out],
    { env: { ...process.env, WEIQUAN_ROOT: src }, stdio: 'pipe' },
  );
  buildB = out;
  return out;
}

/** A copy of dist/ (so that another agent's rebuild cannot change it mid-test). */
function copyOfDist() {
  const tmp = mkdtempSync(join(tmpdir(), 'weiquan-build-a-'));
  cpSync(dist, tmp, { recursive: true });
  return tmp;
}

/** Waits until a service worker controls the page and has finished installing. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

const cacheKeys = (page) => page.evaluate(() => caches.keys());

/** Waits (up to 10 s) until `name` is the only cache (a new worker has
 * installed, taken over and deleted the old build's); returns the keys. */
async function onlyCache(page, name) {
  let keys = [];
  for (let i = 0; i < 100 && !(keys.length === 1 && keys[0] === name); i++) {
    await page.waitForTimeout(100);
    keys = await cacheKeys(page);
  }
  return keys;
}

async function openApp(page, url) {
  await page.goto(url);
  await page.locator('#weiquan-app:not([aria-busy]):not([data-wq-early]) main button').waitFor();
}

export const tests = [
  {
    name: 'offline: after the first visit the app loads and runs with no network at all',
    serviceWorkers: 'allow',
    async run({ page, seen }) {
      const dir = copyOfDist();
      let server = await startServer({ dir, port: 0 });
      try {
        await openApp(page, server.url);
        await controlled(page);
        assert.deepEqual(await cacheKeys(page), [cacheNameOf(dir)]);
        await server.close(); // the network is gone
        server = null;
        for (const url of [page.url(), `${page.url()}?mode=kiosk&lang=en`]) {
          const response = await page.goto(url);
          assert.ok(response.fromServiceWorker(), `${url} from the service worker`);
          await page.locator('#weiquan-app:not([aria-busy]):not([data-wq-early]) main button').first().waitFor();
        }
        // English kiosk, from the cached page and bundle.
        assert.equal(await page.locator('.wq').first().getAttribute('data-mode'), 'kiosk');
        await page.locator('main button:visible', { hasText: 'Start' }).click();
        await page.locator('main h2:visible').waitFor();
        await page.goto(page.url().split('?')[0]);
        await page.locator('main button:visible', { hasText: '开始' }).click();
        await page.locator('main h2:visible', { hasText: FIRST_QUESTION }).waitFor();
        assert.deepEqual(seen.pageErrors, []);
        assert.deepEqual(await seen.cspViolations(), []);
      } finally {
        if (server) await server.close();
      }
    },
  },
  {
    name: 'offline: a new deployment replaces the cached bundle on the next visit; the old cache is deleted',
    serviceWorkers: 'allow',
    async run({ page }) {
      const a = copyOfDist();
      const b = makeBuildB();
      assert.notEqual(cacheNameOf(a), cacheNameOf(b), 'build B has its own cache name');
      assert.notEqual(cssOf(a), cssOf(b));

      let server = await startServer({ dir: a, port: 0 });
      const port = server.port;
      try {
        await openApp(page, server.url);
        await controlled(page);
        assert.deepEqual(await cacheKeys(page), [cacheNameOf(a)]);
        const cssHref = () => page.locator('link[rel="stylesheet"]').first().getAttribute('href');
        assert.equal(await cssHref(), `./${cssOf(a)}`);

        // Deploy B at the same URL; the person comes back.
        await server.close();
        server = await startServer({ dir: b, port });
        await openApp(page, server.url);
        assert.equal(await cssHref(), `./${cssOf(b)}`, 'the next visit shows the new build');
        // The new worker installs in the background, takes over and deletes A's cache.
        assert.deepEqual(await onlyCache(page, cacheNameOf(b)), [cacheNameOf(b)], 'only the new build is cached');
        const script = await page.evaluate(async () => (await navigator.serviceWorker.ready).active.scriptURL);
        assert.ok(script.endsWith('/sw.js'), script);
        const cachedCss = await page.evaluate(async () => (await caches.open((await caches.keys())[0])).keys().then((r) => r.map((x) => x.url.split('/').pop())));
        assert.ok(cachedCss.includes(cssOf(b)) && !cachedCss.includes(cssOf(a)), cachedCss.join(' '));

        // And B, not A, is what runs offline from now on.
        await server.close();
        server = null;
        await openApp(page, page.url());
        assert.equal(await cssHref(), `./${cssOf(b)}`);
      } finally {
        if (server) await server.close();
      }
    },
  },
  {
    name: 'offline: a new deployment that never finishes installing leaves the cached build whole for offline use',
    serviceWorkers: 'allow',
    async run({ page }) {
      const a = copyOfDist();
      // Build B, whose new service worker never arrives (the connection
      // broke off): B's page is seen once, B is never installed.
      const b = mkdtempSync(join(tmpdir(), 'weiquan-build-b-broken-'));
      cpSync(makeBuildB(), b, { recursive: true });
      for (const f of readdirSync(b)) if (/^sw\.js(\.(br|gz))?$/.test(f)) rmSync(join(b, f));
      const cssHref = () => page.locator('link[rel="stylesheet"]').first().getAttribute('href');

      let server = await startServer({ dir: a, port: 0 });
      const port = server.port;
      try {
        await openApp(page, server.url);
        await controlled(page);
        await server.close();
        server = await startServer({ dir: b, port });
        await openApp(page, server.url);
        assert.equal(await cssHref(), `./${cssOf(b)}`, 'online, the new page');
        // Offline now: the worker serves build A, whole: A's page, whose
        // files it holds, not B's page, whose stylesheet it never got.
        await server.close();
        server = null;
        await openApp(page, page.url());
        assert.equal(await cssHref(), `./${cssOf(a)}`);
        assert.notEqual(await page.locator('main button:visible').first().evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)', 'styled');
        await page.locator('main button:visible', { hasText: '开始' }).click();
        await page.locator('main h2:visible', { hasText: FIRST_QUESTION }).waitFor();
      } finally {
        if (server) await server.close();
      }
    },
  },
  {
    name: 'offline: a kiosk left running picks up a new deployment, reloading only at its start screen',
    serviceWorkers: 'allow',
    async run({ page }) {
      const a = copyOfDist();
      const b = makeBuildB();
      await page.clock.install();
      let server = await startServer({ dir: a, port: 0 });
      const port = server.port;
      const cssHref = () => page.locator('link[rel="stylesheet"]').first().getAttribute('href');
      try {
        await openApp(page, `${server.url}?mode=kiosk`);
        await controlled(page);
        await server.close();
        server = await startServer({ dir: b, port });
        // An hour at the start screen: the kiosk asks for a newer worker,
        // which installs and takes over.
        await page.clock.runFor(60 * 60 * 1000 + 10_000);
        assert.deepEqual(await onlyCache(page, cacheNameOf(b)), [cacheNameOf(b)], 'build B installed');
        assert.equal(await cssHref(), `./${cssOf(a)}`, 'still the page of build A');
        // Someone is using it: no reload under their hands.
        await page.locator('main button:visible', { hasText: '开始' }).click();
        await page.locator('main h2:visible', { hasText: FIRST_QUESTION }).waitFor();
        await page.clock.runFor(30_000);
        assert.equal(await page.locator('main h2:visible', { hasText: FIRST_QUESTION }).count(), 1, 'no reload mid-session');
        // They finish: at the start screen the kiosk reloads into build B.
        await page.getByRole('button', { name: '结束并清除' }).click();
        await page.locator('main h1', { hasText: '维权导办' }).waitFor();
        const reloaded = page.waitForEvent('load');
        await page.clock.runFor(10_000);
        await reloaded;
        await page.locator('#weiquan-app:not([aria-busy]):not([data-wq-early]) main button').first().waitFor();
        assert.equal(await cssHref(), `./${cssOf(b)}`);
        assert.equal(await page.locator('.wq').first().getAttribute('data-mode'), 'kiosk');
      } finally {
        if (server) await server.close();
      }
    },
  },
];
