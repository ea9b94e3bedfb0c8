// End-to-end quality gates that are deterministic (issue 8): the first-load
// byte budget, and no network request at all once the app has loaded.
import assert from 'node:assert/strict';
import { answerAll, heading, openApp } from './helpers.mjs';

/** Brotli bytes the first load may transfer in total (issue 8). */
const BUDGET_BYTES = 150 * 1000;

export const tests = [
  {
    name: 'first load transfers at most 150 KB (brotli), every file compressed',
    async run({ page, servers }) {
      const transfers = [];
      page.on('requestfinished', async (req) => {
        const res = await req.response();
        const sizes = await req.sizes();
        transfers.push({ url: req.url(), encoding: res?.headers()['content-encoding'], body: sizes.responseBodySize });
      });
      await openApp(page, servers.root.url);
      await page.waitForTimeout(200);
      const total = transfers.reduce((n, t) => n + t.body, 0);
      const list = transfers.map((t) => `${t.url.split('/').pop() || 'index.html'} ${t.body} B ${t.encoding}`).join('; ');
      assert.ok(transfers.length >= 4, list);
      for (const t of transfers) assert.equal(t.encoding, 'br', `not brotli: ${t.url}`);
      assert.ok(total <= BUDGET_BYTES, `first load ${total} B > ${BUDGET_BYTES} B: ${list}`);
    },
  },
  {
    name: 'privacy: after load, a whole interview, result, language switch and the summary (copy, downloads, QR) make no request',
    async run({ page, seen, servers, context }) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: servers.root.url.replace(/\/$/, '') });
      await openApp(page, servers.root.url);
      await page.waitForTimeout(200);
      const afterLoad = seen.requests.length;
      await page.locator('main button', { hasText: '开始' }).click();
      await heading(page).waitFor();
      await answerAll(page, 'zh');
      await page.locator('main button', { hasText: '查看结果' }).click();
      await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
      await page.locator('main .wq-bring input').first().check();
      await page.locator('header button', { hasText: 'English' }).click();
      await heading(page).filter({ hasText: 'Where to go' }).waitFor();
      // The summary: the form typed in, checked, the documents, the QR code,
      // and the outputs that stay on the device (clipboard, downloads).
      await page.locator('main .wq-open-summary').click();
      await page.locator('main .wq-check-form').waitFor();
      for (const [path, value] of [
        ['person.name', '张三'],
        ['person.id_number', '410102199003151230'],
        ['person.phone', '13812345678'],
        ['employers[0].name', '郑州某某物流有限公司'],
      ]) {
        await page.locator(`[id="wq-field-${path}"]`).fill(value);
      }
      await page.locator('main .wq-check-form').click();
      await page.locator('main .wq-document').first().waitFor();
      assert.ok(await page.locator('main svg path').count(), 'the QR code is drawn');
      await page.locator('main .wq-copy').click();
      await page.locator('main .wq-output-status').filter({ hasText: /./ }).waitFor();
      assert.match(await page.evaluate(() => navigator.clipboard.readText()), /张三/, 'the papers are on the clipboard');
      for (const sel of ['main .wq-download-txt', 'main .wq-download-json']) {
        const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(sel).click()]);
        await dl.path();
      }
      await page.waitForTimeout(200);
      // Downloads are blob: URLs made in the page; nothing goes to a network.
      const network = (urls) => urls.filter((u) => /^https?:/.test(u));
      assert.deepEqual(network(seen.requests.slice(afterLoad)), [], 'requests after load');
      const outside = network(seen.requests).filter((u) => !u.startsWith(servers.root.url));
      assert.deepEqual(outside, [], 'no third-party asset');
    },
  },
];
