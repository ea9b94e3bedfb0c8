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
    name: 'privacy: after load, a whole interview, result and language switch make no request',
    async run({ page, seen, servers }) {
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
      await page.waitForTimeout(200);
      assert.deepEqual(seen.requests.slice(afterLoad), [], 'requests after load');
      const outside = seen.requests.filter((u) => !u.startsWith(servers.root.url));
      assert.deepEqual(outside, [], 'no third-party asset');
    },
  },
];
