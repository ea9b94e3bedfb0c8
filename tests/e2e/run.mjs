// Tiny end-to-end runner: Playwright (playwright-core only, no browser
// download) driving Debian's Chromium against the release bundle in dist/,
// which it serves itself on free ports (at / and at the sub-path /a/b/),
// with the strict CSP header. Every test runs on a phone viewport and on the
// hall kiosk's. Ends with exactly one line "N passed, N failed".
//
//   node tests/e2e/run.mjs [name-filter]
//
// Also served, each on its own port (so its own origin):
// - servers.examples: examples/ (host pages), with http://127.0.0.1:8080/
//   (the widget's URL in the examples) rewritten to servers.root, under a
//   strict host-page CSP that allows the widget's origin;
// - servers.test: target/dist-test/ (the bundle with the deliberate panic,
//   ./scripts/build.sh --test-panic), when it exists; servers.testExamples:
//   the examples pointing at it.
// A test may set `serviceWorkers: 'allow'` (default 'block') and
// `timezoneId` (default the machine's), and gets `browser` to make contexts
// of its own.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { VIEWPORTS, launchChromium } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.env.WEIQUAN_ROOT || resolve(here, '../..');
const dist = join(root, 'dist');
const distTest = join(root, 'target', 'dist-test');
const examples = join(root, 'examples');

/** The examples refer to the widget at serve.mjs's default address. */
const EXAMPLE_WIDGET_URL = 'http://127.0.0.1:8080/';

/** A strict CSP for a host page that embeds the widget from `widgetOrigin`. */
const hostCsp = (widgetOrigin) =>
  `default-src 'self'; script-src 'self' ${widgetOrigin} 'wasm-unsafe-eval'; ` +
  `style-src 'self' ${widgetOrigin}; connect-src 'self' ${widgetOrigin}; frame-src ${widgetOrigin}`;

function examplesServer(widget) {
  const origin = new URL(widget.url).origin;
  return startServer({
    dir: examples,
    port: 0,
    csp: hostCsp(origin),
    rewrite: (_path, text) => text.split(EXAMPLE_WIDGET_URL).join(widget.url),
  });
}

const TEST_TIMEOUT_MS = Number(process.env.E2E_TEST_TIMEOUT_MS || 45000);

// Records what a page did that a clean load must not: console errors and
// warnings, uncaught exceptions, failed or >= 400 requests, CSP violations.
function watch(page) {
  const seen = { console: [], pageErrors: [], failedRequests: [], requests: [] };
  page.on('console', (m) => {
    // Playwright's own note when a context blocks service workers (the
    // loader registers one): not the page's doing.
    if (m.text() === 'Service Worker registration blocked by Playwright') return;
    if (m.type() === 'error' || m.type() === 'warning') seen.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('requestfailed', (r) => seen.failedRequests.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) seen.failedRequests.push(`${r.url()} HTTP ${r.status()}`);
  });
  seen.cspViolations = () =>
    page.evaluate(() => (window.__cspViolations || []).map((v) => `${v.directive} ${v.blocked}`));
  return seen;
}

// Runs before any page script (DevTools protocol, exempt from the page's CSP).
function recordCspViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI });
  });
}

async function main() {
  const filter = process.argv[2] || '';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`no ${dist}/index.html: run ./scripts/build.sh first`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }

  const tests = [];
  for (const f of readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort()) {
    const mod = await import(pathToFileURL(join(here, f)).href);
    for (const t of mod.tests) tests.push({ file: f, ...t });
  }

  const servers = {
    root: await startServer({ dir: dist, port: 0, base: '/', record: true }),
    sub: await startServer({ dir: dist, port: 0, base: '/a/b/' }),
  };
  servers.examples = await examplesServer(servers.root);
  if (existsSync(join(distTest, 'index.html'))) {
    servers.test = await startServer({ dir: distTest, port: 0, base: '/' });
    servers.testExamples = await examplesServer(servers.test);
  }
  const browser = await launchChromium();
  console.log(`e2e: Chromium ${browser.version()}, serving ${dist} at ${servers.root.url} and ${servers.sub.url}`);

  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
      const label = `${t.name} [${vpName}]`;
      if (filter && !label.includes(filter)) continue;
      const context = await browser.newContext({
        viewport,
        locale: 'zh-CN',
        javaScriptEnabled: t.javaScriptEnabled ?? true,
        serviceWorkers: t.serviceWorkers ?? 'block',
        ...(t.timezoneId && { timezoneId: t.timezoneId }),
      });
      await context.addInitScript(recordCspViolations);
      context.setDefaultTimeout(15000);
      const started = Date.now();
      let timer;
      try {
        const page = await context.newPage();
        const seen = watch(page);
        await Promise.race([
          t.run({ page, seen, context, servers, viewport, viewportName: vpName, browser, watch, recordCspViolations }),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${TEST_TIMEOUT_MS} ms`)), TEST_TIMEOUT_MS);
          }),
        ]);
        passed++;
        console.log(`ok      ${label} (${Date.now() - started} ms)`);
      } catch (err) {
        failed++;
        console.log(`FAILED  ${label}: ${(err && err.stack) || err}`);
      } finally {
        clearTimeout(timer);
        await context.close().catch(() => {});
      }
    }
  }

  await browser.close();
  for (const server of Object.values(servers)) await server.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
