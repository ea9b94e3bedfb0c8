// End-to-end tests of the release bundle. Each runs on every viewport in
// run.mjs; `seen` collects console errors, failed requests, CSP violations.
import assert from 'node:assert/strict';
import { FIRST_QUESTION, assertClean, eventually, openApp } from './helpers.mjs';

const TITLE = '维权导办 · 郑州人社综合执法维权服务大厅';
const BODIES = ['劳动保障监察', '社会保险稽查', '劳动人事争议调解仲裁'];

export const tests = [
  {
    name: 'shell has lang="zh-CN", the title and a description',
    async run({ page, servers }) {
      await page.goto(servers.root.url);
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
      assert.equal(await page.title(), TITLE);
      const description = await page.getAttribute('meta[name="description"]', 'content');
      assert.ok(description && description.includes('维权导办'), description);
      assert.ok(await page.locator('meta[name="viewport"]').count());
    },
  },
  {
    name: 'start screen renders from wasm',
    async run({ page, servers }) {
      await openApp(page, servers.root.url);
      assert.equal(await page.locator('main h1').innerText(), '维权导办');
      const button = page.locator('main button:visible');
      assert.equal((await button.innerText()).trim(), '开始');
      assert.ok(await page.getByText('回答几个简单问题').isVisible());
      assert.equal(await page.getByText('正在加载').count(), 0, 'loading state replaced');
      const box = await button.boundingBox();
      assert.ok(box.height >= 44, `start button is ${box.height}px tall`);
    },
  },
  {
    name: 'start shows the first question with focus on its heading',
    async run({ page, servers }) {
      await openApp(page, servers.root.url);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      const h2 = page.locator('main h2:visible');
      await h2.waitFor();
      assert.equal((await h2.innerText()).trim(), FIRST_QUESTION);
      assert.ok(await h2.evaluate((el) => el === document.activeElement), 'question heading has focus');
      assert.ok((await page.locator('.wq-progress-text').innerText()).startsWith('第1步'));
    },
  },
  {
    name: 'works served from a sub-path (/a/b/)',
    async run({ page, seen, servers }) {
      await openApp(page, servers.sub.url);
      await page.locator('main button:visible').click();
      await page.locator('main h2:visible', { hasText: FIRST_QUESTION }).waitFor();
      const prefix = servers.sub.url;
      const outside = seen.requests.filter((u) => !u.startsWith(prefix));
      assert.deepEqual(outside, [], 'every request stays under the sub-path');
      assert.deepEqual(seen.failedRequests, []);
    },
  },
  {
    name: 'without JavaScript the noscript text names the three bodies and 12333',
    javaScriptEnabled: false,
    async run({ page, servers }) {
      await page.goto(servers.root.url);
      const text = await page.locator('body').innerText();
      for (const body of BODIES) assert.ok(text.includes(body), `mentions ${body}: ${text}`);
      assert.ok(text.includes('12333'), text);
      assert.ok(!(await page.getByText('正在加载').isVisible()), 'no endless loading state');
      assert.equal(await page.locator('h1').innerText(), '维权导办');
    },
  },
  {
    name: 'clean load: no console errors, no failed requests, wasm fetched once',
    async run({ page, seen, servers }) {
      const response = await openApp(page, servers.root.url);
      // Give late warnings (e.g. an unused preload) a moment to appear.
      await page.waitForTimeout(300);
      assertClean(seen, await seen.cspViolations());
      const wasm = seen.requests.filter((u) => u.endsWith('.wasm'));
      assert.equal(wasm.length, 1, `wasm requests: ${wasm.join(', ')}`);
      assert.ok(response.headers()['content-type'].startsWith('text/html'));
    },
  },
  {
    name: 'strict CSP: app runs with zero violations',
    async run({ page, seen, servers }) {
      const response = await openApp(page, servers.root.url);
      assert.equal(
        response.headers()['content-security-policy'],
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:",
      );
      await page.locator('main button:visible').click();
      await page.locator('main h2:visible').waitFor();
      assert.deepEqual(await seen.cspViolations(), []);
      const cspMessages = seen.console.filter((m) => /Content Security Policy|Refused to/i.test(m));
      assert.deepEqual(cspMessages, []);
    },
  },
  {
    name: 'CSP check detects an inline style (self-test of the check above)',
    async run({ page, seen, servers }) {
      await page.route('**/a-page-with-inline-style', (route) =>
        route.fulfill({
          status: 200,
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': "default-src 'self'; style-src 'self'",
          },
          body: '<!doctype html><p style="color:red">x</p><style>p{}</style>',
        }),
      );
      await page.goto(`${servers.root.url}a-page-with-inline-style`);
      await eventually('a violation recorded', async () => (await seen.cspViolations()).length >= 1);
    },
  },
  {
    name: 'if the wasm cannot load, the page says so in both languages (not blank)',
    async run({ page, servers }) {
      await page.route('**/*.wasm', (route) => route.abort());
      await page.goto(servers.root.url);
      const alert = page.locator('[role="alert"]');
      await alert.waitFor();
      // In both languages, each marked as such: the language switch is part
      // of the app that did not start.
      assert.match(await alert.locator('p[lang="zh-CN"]').innerText(), /页面没能加载成功.*12333/);
      assert.match(await alert.locator('p[lang="en"]').innerText(), /could not load.*12333/);
      assert.equal(await page.locator('#weiquan-app[aria-busy]').count(), 0);
      assert.equal(await page.locator('h1').innerText(), '维权导办 · Rights-protection guide');
      assert.equal(await page.locator('main button:visible').innerText(), '刷新重试 · Reload');
      // Their English halves marked as English for a screen reader (WCAG 3.1.2).
      assert.equal(await page.locator('h1 span[lang="en"]').innerText(), 'Rights-protection guide');
      assert.equal(await page.locator('main button span[lang="en"]').innerText(), 'Reload');
    },
  },
];
