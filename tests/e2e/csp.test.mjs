// The whole flow under a strict Content-Security-Policy (issue 7.5): no
// inline script or style anywhere, standalone (script-src 'self'
// 'wasm-unsafe-eval'; style-src 'self') and as a custom element on a host
// page whose own CSP only adds the widget's origin.
import assert from 'node:assert/strict';
import { ANSWERS, heading, toResult } from './helpers.mjs';

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

async function assertNoViolations(seen, extra = []) {
  assert.deepEqual([...(await seen.cspViolations()), ...extra], [], 'CSP violations');
  assert.deepEqual(seen.console.filter((m) => /Content Security Policy|Refused to/i.test(m)), []);
  assert.deepEqual(seen.pageErrors, []);
}

export const tests = [
  {
    name: 'csp: standalone, the whole flow to the result and back in both languages, zero violations',
    async run({ page, seen, servers }) {
      const response = await page.goto(servers.root.url);
      assert.equal(response.headers()['content-security-policy'], STRICT);
      await toResult(page, servers.root.url);
      await page.locator('main .wq-bring input[type="checkbox"]').first().check();
      await page.locator('header button', { hasText: 'English' }).click();
      await heading(page).filter({ hasText: 'Where to go' }).waitFor();
      // Styles the app sets at run time (progress, time-left bars…) must be classes or attributes.
      const inline = await page.evaluate(() => [...document.querySelectorAll('[style]')].map((e) => e.outerHTML.slice(0, 80)));
      assert.deepEqual(inline, [], 'no style attribute in the DOM');
      await assertNoViolations(seen);
    },
  },
  {
    name: 'csp: embedded on a host page with a strict CSP, the whole flow to the result, zero violations',
    async run({ page, seen, servers }) {
      const response = await page.goto(`${servers.examples.url}embed.html`);
      const csp = response.headers()['content-security-policy'];
      assert.ok(csp.includes("style-src 'self' http://127.0.0.1") && !csp.includes('unsafe-inline'), csp);
      const g = page.locator('#guide-zh');
      await g.locator('.wq-host:not([aria-busy]) .wq-main button').first().waitFor();
      await g.locator('.wq-main button:visible', { hasText: '开始' }).click();
      const asked = [];
      for (let i = 0; i < 20; i++) {
        await g.locator('.wq-main h2:visible').waitFor();
        const h = (await g.locator('.wq-main h2:visible').innerText()).trim();
        if (h === '请核对您的回答') break;
        asked.push(h);
        const options = g.locator('.wq-main fieldset label:visible');
        if ((await options.count()) > 0) {
          for (const label of ANSWERS[h] || [await options.first().innerText()]) {
            await g.locator('.wq-main label:visible', { hasText: label }).first().click();
          }
        }
        await g.locator('.wq-main button[type="submit"]:visible').click();
        await page.waitForFunction(
          (prev) => document.getElementById('guide-zh').shadowRoot.querySelector('.wq-main h2')?.innerText.trim() !== prev,
          h,
        );
      }
      assert.ok(asked.length >= 3, asked.join(' / '));
      await g.locator('.wq-main button:visible', { hasText: '查看结果' }).click();
      await g.locator('.wq-main h2:visible', { hasText: '您该去哪里' }).waitFor();
      await g.locator('.wq-header button', { hasText: 'English' }).click();
      await g.locator('.wq-main h2:visible', { hasText: 'Where to go' }).waitFor();
      const inline = await g.evaluate((el) => [...el.shadowRoot.querySelectorAll('[style]')].length);
      assert.equal(inline, 0, 'no style attribute in the shadow DOM');
      assert.equal(await page.title(), 'Host site · 两个嵌入的维权导办', 'the host title is untouched');
      await assertNoViolations(seen);
    },
  },
];
