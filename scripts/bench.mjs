// Performance benchmark of 维权导办 (issue 8.4): a measurement run on demand,
// not a test. Prints one Markdown table and writes it, with the conditions
// of the run and the definition of every figure, to bench/results.md.
// Exits 0 even when a target is missed (it says which); non-zero only when
// it could not measure.
//
//   node scripts/bench.mjs [--runs 5] [--out bench/results.md]
//                          [--viewport phone|kiosk] [--dist dist]
//                          [--update-floor]  (first copy the app's start
//                          screen into bench/floor.html)
//   (./scripts/bench.sh builds dist/ first when it is missing)
//
// What it does, in one headless Chromium (Debian's, the e2e launch flags):
// - bytes of the first load: from the files in dist/ (raw, .gz, .br) and as
//   transferred in the browser (CDP Network.loadingFinished encodedDataLength);
// - per run, the app and the floor (bench/floor.html: the same first screen
//   as static HTML with the app's stylesheet) are each loaded in a fresh
//   browser context under Lighthouse's mobile throttling (150 ms RTT,
//   1.6 Mbps down, 750 Kbps up, 4x CPU), cache disabled: first paint, first
//   contentful paint, start button ready, first question shown;
// - then, in the same app page, network throttling off and CPU still 4x, a
//   whole interview: click-to-next-screen-painted latency of every answer;
//   and in each floor page, the same screens replayed as static markup (the
//   per-answer floor: what the browser alone needs to show them);
// - wasm memory (CDP Runtime.queryObjects on WebAssembly.Memory.prototype)
//   and the JS heap after the interview;
// - then, from the result, typing on the summary form: key to next paint,
//   per keystroke (Event Timing).
// The dist/ it measures is copied to a temporary folder first, so another
// build running meanwhile cannot change it under the benchmark.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync, constants as z } from 'node:zlib';
import { VIEWPORTS, launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { ANSWERS, REVIEW } from '../tests/e2e/helpers.mjs';

const root = process.env.WEIQUAN_ROOT || resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- settings

/** Lighthouse's mobile throttling ("slow 4G", simulated figures):
 * 150 ms RTT, 1.6 Mbps = 1.6 * 1024 Kbps down, 750 Kbps up, 4x CPU.
 * CDP wants bytes per second: Kbps * 1024 / 8 (Lighthouse's own conversion). */
const THROTTLE = {
  latencyMs: 150,
  downKbps: 1.6 * 1024,
  upKbps: 750,
  cpuRate: 4,
};
const bytesPerSecond = (kbps) => (kbps * 1024) / 8;

/** Targets of issue 8. */
const BUDGET_BYTES = 150 * 1000; // brotli, whole first load: issue 8's target (the e2e test holds a higher regression ceiling)
const MAX_RATIO = 1.5; // app first question / floor interactive
const MAX_P95_MS = 50; // per-answer latency

// Browser, flags and viewports: the same as the e2e tests' (scripts/chromium.mjs).
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RESULT_BUTTON = { zh: '查看结果' };
const WAIT_MS = 120000;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    out: { type: 'string', default: 'bench/results.md' },
    viewport: { type: 'string', default: 'phone' },
    dist: { type: 'string', default: 'dist' },
    'update-floor': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 100) fail(`--runs must be an integer 1..100, not ${args.runs}`);
const viewport = VIEWPORTS[args.viewport];
if (!viewport) fail(`--viewport must be one of ${Object.keys(VIEWPORTS).join(', ')}`);
const distDir = resolve(root, args.dist);
const outFile = resolve(root, args.out);

function fail(msg) {
  console.error(`[bench] error: ${msg}`);
  process.exit(1);
}
const say = (msg) => console.error(`[bench] ${msg}`);

// ---------------------------------------------------------------- statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, q) {
  // nearest rank: the smallest value with at least q of the samples <= it
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
function median(xs) {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const ms = (x) => `${Math.round(x)} ms`;
const spread = (xs) => `min ${ms(Math.min(...xs))} · max ${ms(Math.max(...xs))} (n=${xs.length})`;
const bytes = (n) => `${n.toLocaleString('en-US')} B`;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const mib = (n) => `${(n / 1048576).toFixed(2)} MiB`;

// ---------------------------------------------------------------- bytes on disk

/** Temporary folders, removed when the process ends, however it ends. */
const temporary = [];
process.on('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const tempDir = (prefix) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

/** Snapshot of dist/ (flat folder) in a temporary folder. */
function snapshot(dir) {
  if (!existsSync(join(dir, 'index.html'))) fail(`no ${dir}/index.html: run ./scripts/build.sh (or ./scripts/bench.sh)`);
  const to = tempDir('weiquan-bench-dist-');
  for (const f of readdirSync(dir)) if (statSync(join(dir, f)).isFile()) copyFileSync(join(dir, f), join(to, f));
  return to;
}

/** Files the first load fetches, read from index.html: itself, the
 * stylesheet (not the one inside <noscript>), preloads and scripts. */
function firstLoadAssets(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8').replace(/<noscript>[\s\S]*?<\/noscript>/gi, '');
  const names = ['index.html'];
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="\.\/([^"]+)"/gi)) {
    if (!names.includes(m[1])) names.push(m[1]);
  }
  return names.map((name) => {
    const size = (f) => (existsSync(join(dir, f)) ? statSync(join(dir, f)).size : NaN);
    return { name, raw: size(name), gzip: size(`${name}.gz`), brotli: size(`${name}.br`) };
  });
}

/** The floor: bench/floor.html pointed at dist's stylesheet, with .gz/.br
 * copies made as scripts/bundle.mjs makes them, in a temporary folder. */
function makeFloor(dist, assets) {
  const css = assets.find((a) => /^app-[0-9a-f]{12}\.css$/.test(a.name));
  if (!css) fail('no app-*.css in the first load of dist/index.html');
  const src = readFileSync(join(root, 'bench/floor.html'), 'utf8');
  if (!src.includes('href="../styles/app.css"')) fail('bench/floor.html must link ../styles/app.css');
  const html = Buffer.from(src.replace('href="../styles/app.css"', `href="./${css.name}"`));
  const dir = tempDir('weiquan-bench-floor-');
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'index.html.gz'), gzipSync(html, { level: 9 }));
  writeFileSync(
    join(dir, 'index.html.br'),
    brotliCompressSync(html, {
      params: {
        [z.BROTLI_PARAM_QUALITY]: z.BROTLI_MAX_QUALITY,
        [z.BROTLI_PARAM_SIZE_HINT]: html.length,
        [z.BROTLI_PARAM_MODE]: z.BROTLI_MODE_TEXT,
      },
    }),
  );
  for (const ext of ['', '.gz', '.br']) copyFileSync(join(dist, css.name + ext), join(dir, css.name + ext));
  return dir;
}

/** --update-floor: copy the app's start screen as painted (unthrottled load)
 * into bench/floor.html's #weiquan-app. */
async function updateFloor(browser, url) {
  const file = join(root, 'bench/floor.html');
  const { context, m } = await load(browser, 'app', url, false);
  await context.close();
  const src = readFileSync(file, 'utf8');
  const pattern = /(<div id="weiquan-app">)[\s\S]*(<\/div>\s*<\/body>)/;
  if (!pattern.test(src)) fail('bench/floor.html: no <div id="weiquan-app">…</div> before </body>');
  const next = src.replace(pattern, (_, open, close) => `${open}${m.startHtml}${close}`);
  if (next !== src) writeFileSync(file, next);
  say(next === src ? 'bench/floor.html already matches the app' : 'bench/floor.html updated from the app\'s start screen');
}

// ---------------------------------------------------------------- in-page probe

/** Runs before any page script (DevTools protocol; exempt from the CSP).
 * Records, in ms since navigation start (performance.now()):
 * - ready: the start button exists, is enabled, and the root is no longer
 *   aria-busy (app: the page before the app's, or the app's own);
 *   readyPainted: the next frame after that;
 * - app only: right after that frame the probe clicks the button (clicked)
 *   and records when a `main h2` appears (question) and the next frame after
 *   it (questionPainted); and when the app itself has started (the root
 *   neither aria-busy nor the page before the app: appStarted) and the next
 *   frame after it (appPainted);
 * - startHtml: #weiquan-app's markup in that frame (the floor must match it). */
function probe(kind) {
  const b = (window.__bench = {});
  const afterFrame = (f) => requestAnimationFrame(() => setTimeout(f, 0));
  const readySel = '#weiquan-app:not([aria-busy]) main button';
  const check = () => {
    if (kind === 'app' && b.appStarted == null && document.querySelector('#weiquan-app:not([aria-busy]):not([data-wq-early]) main')) {
      b.appStarted = performance.now();
      afterFrame(() => {
        b.appPainted = performance.now();
        if (b.questionPainted != null) done();
      });
    }
    if (b.ready == null) {
      const button = document.querySelector(readySel);
      if (!button || button.disabled) return;
      b.ready = performance.now();
      afterFrame(() => {
        b.readyPainted = performance.now();
        // as painted (the app may still be rendering parts of it at `ready`)
        b.startHtml = document.getElementById('weiquan-app').innerHTML;
        if (kind !== 'app') return done();
        b.clicked = performance.now();
        // the start button as it is now: the app may have taken over from
        // the page before it since `ready` (an unthrottled load)
        (document.querySelector(readySel) || button).click();
        check();
      });
    } else if (kind === 'app' && b.clicked != null && b.question == null) {
      const h2 = document.querySelector('main h2');
      if (!h2) return;
      b.question = performance.now();
      b.questionText = h2.textContent.trim();
      afterFrame(() => {
        b.questionPainted = performance.now();
        if (b.appPainted != null) done();
      });
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy', 'disabled', 'data-wq-early'] });
  function done() {
    observer.disconnect();
    b.done = true;
  }
}

/** In the page: click `button`, resolve with the ms from just before the
 * click to the first frame painted after `main h2`'s text changed. */
async function timedClick(button) {
  const text = () => document.querySelector('main h2')?.textContent.trim();
  const before = text();
  return new Promise((resolveClick, reject) => {
    let t0 = 0;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no new screen after "${before}"`));
    }, 30000);
    const observer = new MutationObserver(() => {
      const now = text();
      if (now === before) return;
      observer.disconnect();
      clearTimeout(timer);
      const changed = performance.now() - t0;
      requestAnimationFrame(() =>
        setTimeout(() => resolveClick({ from: before, to: now, changed, painted: performance.now() - t0 }), 0),
      );
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    t0 = performance.now();
    button.click();
  });
}

// ---------------------------------------------------------------- one load

/** Chromium asks for /favicon.ico by itself when a page declares no icon;
 * index.html declares an inline one, so none should be seen. If one is, it is
 * listed apart, not counted in the first load. */
const isFavicon = (url) => {
  try {
    return new URL(url).pathname.endsWith('/favicon.ico');
  } catch {
    return false;
  }
};

/** One fresh browser context, the probe installed, the page loaded
 * (throttled unless `throttle` is false) until the probe is done. */
async function load(browser, kind, url, throttle = true) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
  context.setDefaultTimeout(WAIT_MS);
  await context.addInitScript(probe, kind);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !isFavicon(m.location()?.url || '')) errors.push(m.text());
  });
  const cdp = await context.newCDPSession(page);

  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const r = requests.get(requestId) || {};
    const enc = Object.entries(response.headers).find(([k]) => k.toLowerCase() === 'content-encoding');
    Object.assign(r, { url: response.url, status: response.status, encoding: enc ? enc[1] : 'identity', headerBytes: response.encodedDataLength });
    requests.set(requestId, r);
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const r = requests.get(requestId) || {};
    r.transferred = encodedDataLength;
    requests.set(requestId, r);
  });
  cdp.on('Network.loadingFailed', ({ requestId, errorText }) => {
    const r = requests.get(requestId) || {};
    r.failed = errorText;
    requests.set(requestId, r);
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLE.latencyMs,
      downloadThroughput: bytesPerSecond(THROTTLE.downKbps),
      uploadThroughput: bytesPerSecond(THROTTLE.upKbps),
      connectionType: 'cellular4g',
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuRate });
  }
  await cdp.send('Performance.enable');

  await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  // The probe is done, and the first contentful paint happened (it can come
  // after the load event and after the probe's frame on the static page).
  await page.waitForFunction(
    () => window.__bench?.done === true && performance.getEntriesByName('first-contentful-paint').length > 0,
    null,
    { timeout: WAIT_MS },
  );
  const m = await page.evaluate(() => {
    const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
    const nav = performance.getEntriesByType('navigation')[0];
    const files = performance.getEntriesByType('resource').filter((e) => !e.name.endsWith('/favicon.ico'));
    const lastByte = Math.max(nav.responseEnd, ...files.map((e) => e.responseEnd));
    return { ...window.__bench, fp: paint['first-paint'], fcp: paint['first-contentful-paint'], dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, htmlEnd: nav.responseEnd, lastByte };
  });
  m.errors = errors;
  m.requests = [...requests.values()].filter((r) => r.url && !r.url.startsWith('data:'));
  return { context, page, cdp, m };
}

async function memory(cdp) {
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.map((m) => m.buffer.byteLength); }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: proto.objectId });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((x) => x.name === name)?.value;
  return { wasm: result.value.reduce((a, b) => a + b, 0), memories: result.value.length, jsHeap: metric('JSHeapUsedSize') };
}

/** The markup of the widget root, or of its `main` (what a screen change
 * replaces; the header and the device bar stay), as painted: without the
 * screen built ahead, hidden (the next question while one is read, the
 * result while the review is). */
const shown = (selector) =>
  page => page.evaluate((selector) => {
    const el = document.querySelector(selector).cloneNode(true);
    el.querySelectorAll('main > [hidden]').forEach((ahead) => ahead.remove());
    return el.innerHTML;
  }, selector);
const rootHtml = shown('#weiquan-app');
const mainHtml = shown('#weiquan-app main');

/** The button a screen change is made with: a question's "下一步", or the
 * review's "查看结果". */
const changeButton = (page, kind, lang = 'zh') =>
  kind === 'result' ? page.locator('main button', { hasText: RESULT_BUTTON[lang] }).first() : page.locator('main button[type="submit"]').first();

/** The whole interview from the first question to the result, answered as
 * tests/e2e/helpers.mjs's ANSWERS (first option otherwise); every
 * screen-changing click timed. With `keepHtml`, also the root's markup
 * before the first click (`first`) and its `main`'s after each change
 * (`step.html`), for the per-answer floor. */
async function interview(page, { lang = 'zh', keepHtml = false } = {}) {
  const heading = page.locator('main h2.wq-heading:visible');
  const steps = [];
  const first = keepHtml ? await rootHtml(page) : null;
  for (let i = 0; i < 25; i++) {
    const h = (await heading.textContent()).trim();
    const kind = h === REVIEW[lang] ? 'result' : 'answer';
    if (kind === 'answer') {
      const options = page.locator('main fieldset label');
      if ((await options.count()) > 0) {
        for (const label of ANSWERS[h] || [(await options.first().innerText()).trim()]) {
          await page.locator('main label', { hasText: label }).first().click();
        }
      }
    }
    const step = { ...(await changeButton(page, kind, lang).evaluate(timedClick)), kind };
    if (step.to === h || !step.to) throw new Error(`answer to "${h}" did not lead on (${JSON.stringify(step)})`);
    if (keepHtml) step.html = await mainHtml(page);
    steps.push(step);
    if (kind === 'result') return { steps, first };
  }
  throw new Error(`no "${REVIEW[lang]}" after 25 screens`);
}

/** What is typed into the summary form's name field, a key every 150 ms. */
const TYPED = 'Zhang San Li Si';

/** Typing on the summary form: opens it from the result (the interview's
 * case) and types TYPED into the person's name. Per keystroke,
 * the duration of its Event Timing `keydown` entry: from the key press to
 * the next frame painted after its handlers (the form re-renders on its
 * `input`, handled before that frame), 8 ms resolution. The API leaves out
 * entries under 16 ms: they count as 0 here (below any figure reported). */
async function typing(page) {
  const open = await page.locator('main .wq-open-summary').evaluate(timedClick);
  if (!open.to.includes('准备材料')) throw new Error(`the result's button led to "${open.to}"`);
  await page.evaluate(() => {
    window.__keys = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') window.__keys.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
  });
  await page.locator('[id="wq-field-person.name"]').click();
  await page.keyboard.type(TYPED, { delay: 150 });
  await page.waitForTimeout(300);
  const reported = await page.evaluate(() => window.__keys);
  if (reported.length > TYPED.length) throw new Error(`${reported.length} keydown entries for ${TYPED.length} keys`);
  const papers = await page.locator('main .wq-document:not(.wq-print-copy)').count();
  return { papers, open: open.painted, keys: [...reported, ...Array(TYPED.length - reported.length).fill(0)] };
}

/** The per-answer floor: in the loaded static page, the app's screens of
 * one interview (`screens` from `interview(…, { keepHtml: true })`) as
 * plain markup. Each timed click on the same button swaps the next screen's
 * markup into `main` and moves focus to its heading, as the app does; no
 * other script runs. Measured with the app's clock (timedClick). */
async function floorInterview(page, screens) {
  await page.evaluate((html) => {
    document.getElementById('weiquan-app').innerHTML = html;
  }, screens.first);
  const steps = [];
  for (const s of screens.steps) {
    await page.evaluate((html) => {
      const main = document.querySelector('#weiquan-app main');
      document.addEventListener(
        'click',
        (e) => {
          e.preventDefault(); // no form submission
          main.innerHTML = html;
          main.querySelector('h2')?.focus();
        },
        { capture: true, once: true },
      );
    }, s.html);
    const step = await changeButton(page, s.kind).evaluate(timedClick);
    if (step.to !== s.to) throw new Error(`floor: "${step.from}" led to "${step.to}", the app to "${s.to}"`);
    steps.push({ ...step, kind: s.kind });
  }
  return steps;
}

// ---------------------------------------------------------------- machine

function machine() {
  const c = cpus();
  let chromiumBuild = '';
  try {
    chromiumBuild = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // No version from this binary: the table says nothing of it.
  }
  let commit = '';
  try {
    commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (dirty) commit += ` (with ${dirty.split('\n').length} uncommitted changes)`;
  } catch {
    // Not a git checkout (an unpacked copy): no commit in the table.
  }
  return {
    cpu: `${c[0]?.model?.trim() || 'unknown CPU'}, ${c.length} logical cores`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    node: process.version,
    chromiumBuild,
    commit,
  };
}

// ---------------------------------------------------------------- main

async function main() {
  const started = new Date();
  const loadStart = loadavg();
  const dist = snapshot(distDir);
  const assets = firstLoadAssets(dist);
  for (const a of assets) if (!Number.isFinite(a.raw + a.gzip + a.brotli)) fail(`dist/ lacks ${a.name} or its .gz/.br copy`);
  const servers = { app: await startServer({ dir: dist, port: 0 }) };
  const browser = await launchChromium();
  if (args['update-floor']) await updateFloor(browser, servers.app.url);
  const floorDir = makeFloor(dist, assets);
  servers.floor = await startServer({ dir: floorDir, port: 0 });
  say(`Chromium ${browser.version()}; ${RUNS} runs; app ${servers.app.url}, floor ${servers.floor.url}`);

  const app = [];
  const floor = [];
  const answers = [];
  const answersFast = [];
  const answersFloor = [];
  let screens = null; // the app's screens of run 1, for the per-answer floor
  const problems = [];
  try {
    // One discarded load of each first (browser and disk caches, font set-up).
    for (const kind of ['app', 'floor']) {
      const { context } = await load(browser, kind, servers[kind].url);
      await context.close();
    }
    for (let run = 1; run <= RUNS; run++) {
      // alternate the order so neither side always goes first
      const order = run % 2 ? ['app', 'floor'] : ['floor', 'app'];
      for (const kind of order) {
        const { context, page, cdp, m } = await load(browser, kind, servers[kind].url);
        try {
          if (m.errors.length) problems.push(`${kind} run ${run}: ${m.errors.join('; ')}`);
          // Screen changes: no network throttling (nothing is fetched), CPU still 4x.
          await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
          if (kind === 'floor') {
            floor.push(m);
            // run 1 loads the app first, so its screens are known from here on
            if (screens) for (const s of await floorInterview(page, screens)) answersFloor.push(s);
            say(`run ${run} floor: FCP ${ms(m.fcp)}, button painted ${ms(m.readyPainted)}`);
            continue;
          }
          m.memoryAfterLoad = await memory(cdp);
          const done = await interview(page, { keepHtml: !screens });
          screens ||= done;
          m.steps = done.steps;
          m.memory = await memory(cdp);
          m.typing = await typing(page);
          app.push(m);
          for (const s of m.steps) answers.push(s);
          say(
            `run ${run} app: FCP ${ms(m.fcp)}, first question ${ms(m.questionPainted)}, ` +
              `${m.steps.length} screens, slowest ${ms(Math.max(...m.steps.map((s) => s.painted)))}`,
          );
        } finally {
          await context.close().catch(() => {});
        }
      }
      // For context: the same interview with no throttling at all (1x CPU).
      const fast = await load(browser, 'app', servers.app.url, false);
      try {
        for (const s of (await interview(fast.page)).steps) answersFast.push(s);
      } finally {
        await fast.context.close().catch(() => {});
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await servers.app.close();
    await servers.floor.close();
  }

  // ---- checks that the figures mean what they say
  const firstQuestion = app[0].questionText;
  for (const m of app) {
    if (m.questionText !== firstQuestion) problems.push(`first question differs between runs: "${m.questionText}" vs "${firstQuestion}"`);
  }
  const floorHtml = floor[0].startHtml;
  const floorMatches = app.every((a) => a.startHtml === floorHtml);
  for (const [i, a] of app.entries()) {
    if (a.startHtml === floorHtml) continue;
    let at = 0;
    while (a.startHtml[at] === floorHtml[at]) at++;
    const around = (t) => JSON.stringify(t.slice(Math.max(0, at - 40), at + 60));
    problems.push(
      `run ${i + 1}: the app's start screen differs from bench/floor.html (run with --update-floor if the app changed): ` +
        `app ${around(a.startHtml)} vs floor ${around(floorHtml)}`,
    );
  }
  const transferOf = (m) => {
    const rows = new Map();
    for (const r of m.requests) {
      if (isFavicon(r.url)) continue;
      const name = new URL(r.url).pathname.split('/').pop() || 'index.html';
      const row = rows.get(name) || { name, transferred: 0, count: 0, encodings: new Set(), statuses: new Set() };
      row.transferred += r.transferred || 0;
      row.count += 1;
      row.encodings.add(r.encoding || '?');
      row.statuses.add(r.failed ? `failed ${r.failed}` : r.status);
      rows.set(name, row);
    }
    return rows;
  };
  const firstRun = transferOf(app[0]);
  const transferKey = (rows) => [...rows.values()].map((r) => `${r.name}:${r.transferred}`).sort().join(',');
  for (const m of app.slice(1)) {
    const a = transferKey(transferOf(m));
    const b = transferKey(firstRun);
    if (a !== b) problems.push(`transfers differ between runs: ${a} vs ${b}`);
  }
  for (const r of firstRun.values()) {
    if ([...r.statuses].some((s) => s !== 200)) problems.push(`${r.name}: ${[...r.statuses].join(', ')}`);
    if (r.count > 1) problems.push(`${r.name} was fetched ${r.count} times in one load`);
  }
  const floorTransfer = [...transferOf(floor[0]).values()].reduce((n, r) => n + r.transferred, 0);

  // ---- figures
  const total = assets.reduce((t, a) => ({ raw: t.raw + a.raw, gzip: t.gzip + a.gzip, brotli: t.brotli + a.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const transferredTotal = [...firstRun.values()].reduce((n, r) => n + r.transferred, 0);
  const floorInteractive = floor.map((f) => Math.max(f.fcp, f.dcl, f.readyPainted));
  const appQuestion = app.map((a) => a.questionPainted);
  const appReady = app.map((a) => a.readyPainted);
  const appStarted = app.map((a) => a.appPainted);
  const ratio = median(appQuestion) / median(floorInteractive);
  const ratioReady = median(appReady) / median(floorInteractive);
  const perRunRatios = app.map((a, i) => a.questionPainted / floorInteractive[i]);
  const startClicks = app.map((a) => a.questionPainted - a.clicked);
  const lat = answers.map((s) => s.painted);
  const latFast = answersFast.map((s) => s.painted);
  const latFloor = answersFloor.map((s) => s.painted);
  const p95 = quantile(lat, 0.95);
  const slowest = [...answers].sort((a, b) => b.painted - a.painted)[0];
  const resultSteps = answers.filter((s) => s.kind === 'result').map((s) => s.painted);
  const keys = app.flatMap((a) => a.typing.keys);
  const wasm = app.map((a) => a.memory.wasm);
  const heap = app.map((a) => a.memory.jsHeap);
  const budgetOk = total.brotli <= BUDGET_BYTES && transferredTotal <= BUDGET_BYTES;
  const ratioOk = ratio <= MAX_RATIO;
  const p95Ok = p95 <= MAX_P95_MS;
  const mark = (ok) => (ok ? '✅ met' : '❌ missed');

  const rows = [['Measure', 'Value', 'Detail', 'Target', 'Met']];
  for (const a of assets) {
    const t = firstRun.get(a.name);
    rows.push([
      `First load: \`${a.name}\``,
      `${bytes(a.brotli)} br`,
      `raw ${bytes(a.raw)} · gzip ${bytes(a.gzip)} · in browser ${t ? `${bytes(t.transferred)} (${[...t.encodings].join('/')})` : 'not fetched'}`,
      '',
      '',
    ]);
  }
  for (const r of firstRun.values()) {
    if (!assets.some((a) => a.name === r.name)) {
      rows.push([`First load: \`${r.name}\` (not in index.html)`, bytes(r.transferred), `${[...r.statuses].join(', ')}`, '', '']);
    }
  }
  const favicon = app[0].requests.filter((r) => isFavicon(r.url));
  rows.push([
    '**First load, total**',
    `**${bytes(total.brotli)} br** (${kb(total.brotli)})`,
    `raw ${bytes(total.raw)} · gzip ${bytes(total.gzip)} · in browser ${bytes(transferredTotal)} in ${firstRun.size} requests${favicon.length ? ` (+ Chromium's own /favicon.ico: HTTP ${favicon.map((r) => r.status).join(', ')}, ${bytes(favicon.reduce((n, r) => n + (r.transferred || 0), 0))}, not counted)` : ''}`,
    `≤ 150 KB br`,
    mark(budgetOk),
  ]);
  rows.push([
    'Last byte of the first load: app / floor',
    `${ms(median(app.map((a) => a.lastByte)))} / ${ms(median(floor.map((f) => f.lastByte)))}`,
    `app ${spread(app.map((a) => a.lastByte))}; HTML received at ${ms(median(app.map((a) => a.htmlEnd)))}`,
    '',
    '',
  ]);
  rows.push(['First paint: app / floor', `${ms(median(app.map((a) => a.fp)))} / ${ms(median(floor.map((f) => f.fp)))}`, `app ${spread(app.map((a) => a.fp))}; floor ${spread(floor.map((f) => f.fp))}`, '', '']);
  rows.push(['First contentful paint: app / floor', `${ms(median(app.map((a) => a.fcp)))} / ${ms(median(floor.map((f) => f.fcp)))}`, `app ${spread(app.map((a) => a.fcp))}; floor ${spread(floor.map((f) => f.fcp))}`, '', '']);
  rows.push([
    'Floor interactive (static start screen painted)',
    ms(median(floorInteractive)),
    `${spread(floorInteractive)}; button in the DOM at ${ms(median(floor.map((f) => f.ready)))}, DOMContentLoaded ${ms(median(floor.map((f) => f.dcl)))}`,
    '',
    '',
  ]);
  rows.push(['App start button ready (painted)', ms(median(appReady)), `${spread(appReady)}; ${ratioReady.toFixed(2)}× floor`, '', '']);
  rows.push(['**App interactive first question**', `**${ms(median(appQuestion))}**`, `${spread(appQuestion)}; shown by the page before the app in ${app.filter((a) => a.questionPainted < a.appStarted).length} of ${app.length} runs`, '', '']);
  rows.push([
    'App started (the wasm app has taken over)',
    ms(median(appStarted)),
    `${spread(appStarted)}; ${(median(appStarted) / median(floorInteractive)).toFixed(2)}× floor. A Next pressed on the first question before this is replayed now`,
    '',
    '',
  ]);
  rows.push([
    '**Interactive: app / floor**',
    `**${ratio.toFixed(2)}×**`,
    `ratio of medians; per run ${Math.min(...perRunRatios).toFixed(2)}–${Math.max(...perRunRatios).toFixed(2)}×`,
    `≤ ${MAX_RATIO}×`,
    mark(ratioOk),
  ]);
  rows.push(['Start click → first question painted', ms(median(startClicks)), `p95 ${ms(quantile(startClicks, 0.95))}; ${spread(startClicks)}`, '', '']);
  rows.push([
    '**Per-answer latency (click → next screen painted)**',
    `**median ${ms(median(lat))} · p95 ${ms(p95)}**`,
    `n=${lat.length} (${answers.length / app.length} screens × ${app.length} runs); DOM changed after median ${ms(median(answers.map((s) => s.changed)))}; max ${ms(Math.max(...lat))} ("${slowest.from}" → "${slowest.to}"); review → result median ${ms(median(resultSteps))}`,
    `p95 ≤ ${MAX_P95_MS} ms`,
    mark(p95Ok),
  ]);
  if (latFloor.length) {
    const resultFloor = answersFloor.filter((s) => s.kind === 'result').map((s) => s.painted);
    rows.push([
      'Per-answer floor: the same screens as static markup (for context)',
      `median ${ms(median(latFloor))} · p95 ${ms(quantile(latFloor, 0.95))}`,
      `n=${latFloor.length}; max ${ms(Math.max(...latFloor))}; review → result median ${ms(median(resultFloor))}; app p95 ÷ floor p95 = ${(p95 / quantile(latFloor, 0.95)).toFixed(2)}×`,
      '',
      '',
    ]);
  }
  rows.push([
    'Per-answer latency at 1× CPU, no throttling (for context)',
    `median ${ms(median(latFast))} · p95 ${ms(quantile(latFast, 0.95))}`,
    `n=${latFast.length}; max ${ms(Math.max(...latFast))}`,
    '',
    '',
  ]);
  const opens = app.map((a) => a.typing.open);
  rows.push(['Result → the summary painted (for context)', `median ${ms(median(opens))}`, spread(opens), '', '']);
  rows.push([
    'Typing on the summary form (key → next paint)',
    `median ${ms(median(keys))} · p95 ${ms(quantile(keys, 0.95))}`,
    `n=${keys.length} (${TYPED.length} keys × ${app.length} runs), the name field, a case of ${app[0].typing.papers} paper(s); max ${ms(Math.max(...keys))}`,
    '',
    '',
  ]);
  rows.push([
    'wasm memory after a full interview',
    `${mib(median(wasm))}`,
    `${bytes(median(wasm))} (${app[0].memory.memories} WebAssembly.Memory); after load ${mib(median(app.map((a) => a.memoryAfterLoad.wasm)))}; range ${bytes(Math.min(...wasm))}–${bytes(Math.max(...wasm))}`,
    '',
    '',
  ]);
  rows.push([
    'JS heap used after a full interview',
    `${mib(median(heap))}`,
    `after load ${mib(median(app.map((a) => a.memoryAfterLoad.jsHeap)))}; range ${mib(Math.min(...heap))}–${mib(Math.max(...heap))}`,
    '',
    '',
  ]);
  const esc = (s) => String(s).replaceAll('|', '\\|');
  const table = rows.map((r, i) => `| ${r.map(esc).join(' | ')} |${i === 0 ? `\n|${r.map(() => '---').join('|')}|` : ''}`).join('\n');

  const loadEnd = loadavg();
  const mach = machine();
  const missed = [
    !budgetOk && `first-load bytes: ${bytes(total.brotli)} br (in browser ${bytes(transferredTotal)}) > ${bytes(BUDGET_BYTES)}`,
    !ratioOk && `interactive first question: ${ratio.toFixed(2)}× the floor > ${MAX_RATIO}×`,
    !p95Ok && `per-answer p95: ${ms(p95)} > ${MAX_P95_MS} ms`,
  ].filter(Boolean);
  const cmd = `./scripts/bench.sh${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`;

  let md = `# Performance benchmark — 维权导办

- Date: ${started.toISOString().replace(/\.\d+Z$/, 'Z')} (took ${Math.round((Date.now() - started) / 1000)} s)
- Command: \`${cmd}\` (${RUNS} runs, each loading the app and the floor, after one discarded warm-up load of each)
- Commit: ${mach.commit || 'unknown'}; dist/: ${assets.map((a) => `\`${a.name}\``).join(', ')}
- Machine: ${mach.cpu}, ${mach.memory}; load average (1/5/15 min) ${loadStart.map((x) => x.toFixed(2)).join(' / ')} at start, ${loadEnd.map((x) => x.toFixed(2)).join(' / ')} at end — the machine may be shared with other work (builds), which inflates times
- Browser: headless ${mach.chromiumBuild || `Chromium ${browser.version()}`}, Playwright ${playwrightVersion()}, Node ${mach.node}; viewport ${args.viewport} ${viewport.width}×${viewport.height}
- Throttling (Lighthouse mobile): ${THROTTLE.latencyMs} ms latency per request, ${THROTTLE.downKbps / 1024} Mbps down (= ${THROTTLE.downKbps} Kbps × 1024 / 8 = ${bytesPerSecond(THROTTLE.downKbps)} B/s), ${THROTTLE.upKbps} Kbps up (${bytesPerSecond(THROTTLE.upKbps)} B/s), CPU ${THROTTLE.cpuRate}× slower (CDP Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate) — Lighthouse's own figures, which its simulated mode uses (its DevTools mode would apply 3.75× the latency and 0.9× the throughput); CDP adds the latency to every request (connecting to 127.0.0.1 itself costs nothing, unlike Lighthouse's simulated TCP/TLS round trips); cache disabled, fresh browser context per load; the server (scripts/serve.mjs, strict CSP) sends the precompressed .br files
- Floor: bench/floor.html — the app's start screen as static HTML with the same stylesheet, no script (${floorTransfer.toLocaleString('en-US')} B transferred); same markup as the app's start screen as painted (the page before the app's, which tests/e2e/early.test.mjs holds equal to the mounted app's): ${floorMatches ? 'yes' : '**no**'}

${table}

${missed.length ? `Targets missed: ${missed.join('; ')}.` : 'All targets met.'}${problems.length ? `\n\nProblems seen during the run: ${problems.join('; ')}.` : ''}

## What is measured

Times are ms since navigation start (\`performance.now()\` in the page), median over the runs, unless stated.

- **First load bytes**: the files \`dist/index.html\` loads without user action (itself, the stylesheet outside \`<noscript>\`, the loader, the modulepreloaded JS glue and the preloaded wasm); raw, \`.gz\` and \`.br\` sizes on disk. "In browser" is what Chromium received (CDP \`Network.loadingFinished.encodedDataLength\`, response headers included) with the encoding the server chose. Target: the brotli total ≤ 150 KB (150,000 B). The test suite checks bytes only (they are deterministic), against a regression ceiling while the target is missed (\`tests/e2e/quality.test.mjs\`).
- **Last byte**: the latest \`responseEnd\` of the page and its files (Resource Timing) — shows the network throttling at work.
- **First paint / first contentful paint**: the Paint Timing entries. The app's first contentful paint is its start screen, shown by the page before the app (\`loader.js\`, \`src/early.rs\`: the start screen and the first question prerendered at build time by the app's own components) before the wasm runs.
- **App start button ready (painted)**: the first frame (\`requestAnimationFrame\` then \`setTimeout 0\`) after \`#weiquan-app:not([aria-busy]) main button\` exists and is enabled (seen by a MutationObserver installed before any page script): the page before the app's start button, or the app's own if the app came first.
- **App interactive first question**: the probe clicks the start button in that frame (as soon as it could have been seen) and this is the first frame painted after the first question's \`main h2\` ("${firstQuestion}") appeared, its answers ready to choose. Before the app has started, the page before the app shows it; its Next then says "正在加载…" and is replayed when the app starts.
- **App started**: the first frame after \`#weiquan-app\` is neither aria-busy nor the page before the app (\`data-wq-early\`): the wasm app has mounted, with what was done before it replayed. From here every button works; it includes download, compile and start-up.
- **Floor interactive**: for the static page, max(first contentful paint, DOMContentLoaded end, first frame after its start button was parsed) — it can be used as soon as it is shown.
- **Interactive: app / floor**: median app first question ÷ median floor interactive, both loaded in this run under the same throttling, alternating which goes first. Target ≤ ${MAX_RATIO}×.
- **Per-answer latency**: after the load, network throttling off, CPU still ${THROTTLE.cpuRate}×, a whole interview is answered in the same page (the answers of \`tests/e2e/helpers.mjs\`, first option otherwise; options ticked by Playwright, untimed). For every screen-changing click (each question's "下一步" and the review's "查看结果"): from \`performance.now()\` just before \`button.click()\` in the page to the first frame painted after \`main h2\`'s text changed. Median and p95 (nearest rank) over every click of every run. Target p95 ≤ ${MAX_P95_MS} ms. "DOM changed" is the same clock stopped when the new heading is in the DOM (before layout and paint). The 1× row repeats the interview in a fresh unthrottled page once per run, for comparison only.
- **Per-answer floor**: what the browser alone needs to show the same screens. In each run's floor page (after its load, network throttling off, CPU still ${THROTTLE.cpuRate}×) the app's screens from run 1 are replayed as static markup: each timed click on the same button swaps the next screen's markup (the \`innerHTML\` of the app's \`main\` as the app painted it; the header and the device bar stay) into the page's \`main\` and focuses its heading, as the app does; no other script runs. Same clock as the app's. The floor builds each screen on the click; the app builds the next one ahead, hidden and laid out, once the screen is painted and the browser idle (ARCHITECTURE.md: the next question while one is read, the result while the review is; here in the moments Playwright takes to tick the options), so its click mostly shows and paints: where it is over the floor, the difference is the app's own work (Yew rendering, state, saving), and it can be under it. The floor itself is mostly style, layout and paint of text, much of it characters the page has not drawn before. For context only; the target is the app's p95.
- **Typing on the summary form**: after the interview and the memory figures, in the same page (CPU still ${THROTTLE.cpuRate}×), the result's "准备投诉、仲裁材料" opens the summary (the interview's case; the row says how many papers it makes; that click is timed as the answers are, "Result → the summary painted") and "${TYPED}" is typed into the name field, a key every 150 ms (Playwright's keyboard). Per keystroke, the duration of its Event Timing \`keydown\` entry: from the key press to the next frame painted after its handlers, the form's re-render on \`input\` included (8 ms resolution; entries under 16 ms are not reported and count as 0). Median and p95 over every key of every run. For context: there is no target.
- **wasm memory**: sum of \`buffer.byteLength\` of every \`WebAssembly.Memory\` in the page (CDP \`Runtime.queryObjects\` on \`WebAssembly.Memory.prototype\`) after the result screen is shown; the size after load is given for comparison. **JS heap**: CDP \`Performance.getMetrics\` \`JSHeapUsedSize\` at the same moments.
`;
  // Appendix (file only): every screen change, slowest first.
  const byStep = new Map();
  for (const [list, key] of [[answers, 'slow'], [answersFast, 'fast'], [answersFloor, 'floor']]) {
    for (const st of list) {
      const k = `${st.from} → ${st.to}`;
      const e = byStep.get(k) || { slow: [], fast: [], floor: [] };
      e[key].push(st.painted);
      byStep.set(k, e);
    }
  }
  const stepRows = [...byStep.entries()]
    .sort((a, b) => median(b[1].slow) - median(a[1].slow))
    .map(([k, e]) => `| ${esc(k)} | ${e.slow.length ? ms(median(e.slow)) : '–'} | ${e.slow.length ? ms(Math.max(...e.slow)) : '–'} | ${e.floor.length ? ms(median(e.floor)) : '–'} | ${e.fast.length ? ms(median(e.fast)) : '–'} |`);
  md += `
## Per screen change (click → next screen painted)

| From → to | ${THROTTLE.cpuRate}× CPU median | ${THROTTLE.cpuRate}× CPU max | floor ${THROTTLE.cpuRate}× CPU median | 1× CPU median |
|---|---|---|---|---|
${stepRows.join('\n')}
`;
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, md);

  console.log(table);
  console.log('');
  if (problems.length) console.log(`problems: ${problems.join('; ')}`);
  console.log(missed.length ? `targets missed (${missed.length}): ${missed.join('; ')}` : 'all targets met');
  console.log(`written to ${relative(process.cwd(), outFile) || outFile}`);
}

function playwrightVersion() {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules/playwright-core/package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

main().catch((err) => {
  console.error(`[bench] failed: ${(err && err.stack) || err}`);
  process.exit(1);
});
