// A panic anywhere in the app shows a recovery screen, never a blank page
// (issue 8.3). Runs against the test bundle (./scripts/build.sh --test-panic
// → target/dist-test/, served as servers.test), where a `weiquan-test-panic`
// event on a widget root panics inside the wasm. The release profile aborts
// on panic, so the instance is dead afterwards: the standalone page reloads,
// the custom elements start a fresh instance.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONSENT, PROBLEMS, WAGES, heading, toProblems } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.env.WEIQUAN_ROOT || resolve(here, '../..');
const TRIGGER = 'weiquan-test-panic';
const RECOVERY_ZH = '抱歉，导办出了错';
const RECOVERY_EN = 'Sorry, the guide ran into an error';
const RESTART = '重新开始 · Restart';

function testServer(servers) {
  if (!servers.test) throw new Error('no target/dist-test/: run ./scripts/build.sh --test-panic first');
  return servers.test;
}

const wasmOf = (dir) => readFileSync(join(dir, readdirSync(dir).find((f) => /^weiquan_bg-[0-9a-f]{12}\.wasm$/.test(f))));

export const tests = [
  {
    name: 'panic: the deliberate trigger is in the test bundle only, never in dist/',
    async run({ servers }) {
      testServer(servers);
      assert.ok(wasmOf(join(root, 'target/dist-test')).includes(TRIGGER), 'the test bundle has the trigger (so the check below means something)');
      assert.ok(!wasmOf(join(root, 'dist')).includes(TRIGGER), 'the production wasm has no trigger');
      for (const f of readdirSync(join(root, 'dist'))) {
        if (/\.(js|html)$/.test(f)) assert.ok(!readFileSync(join(root, 'dist', f), 'utf8').includes(TRIGGER), f);
      }
    },
  },
  {
    name: 'panic (standalone): a recovery screen in both languages replaces the app; restart reloads with the saved answers',
    async run({ page, seen, servers }) {
      const server = testServer(servers);
      await toProblems(page, server.url);
      await page.locator('main label:visible', { hasText: WAGES }).click();
      await page.getByLabel(CONSENT).check();
      await page.locator('main label:visible', { hasText: WAGES }).focus();

      await page.evaluate((t) => document.getElementById('weiquan-app').dispatchEvent(new Event(t)), TRIGGER);
      const recovery = page.locator('#weiquan-app[data-wq-crashed]');
      await recovery.waitFor();
      const alert = recovery.getByRole('alert');
      assert.match(await alert.innerText(), new RegExp(RECOVERY_ZH));
      assert.match(await alert.innerText(), new RegExp(RECOVERY_EN));
      assert.match(await alert.innerText(), /回答仍在/, 'a phone mentions the saved answers');
      // Every English text marked as such: the message, and the English
      // halves of the title and the button (WCAG 3.1.2).
      assert.deepEqual(await recovery.locator('[lang="en"]').allInnerTexts(),
        ['Rights-protection guide', await alert.locator('p[lang="en"]').innerText(), 'Restart']);
      assert.equal(await page.locator('#weiquan-app').count(), 1);
      assert.equal(await heading(page).count(), 0, 'the dead app is gone');
      const button = recovery.getByRole('button', { name: RESTART });
      assert.ok(await button.isVisible());
      assert.ok(await button.evaluate((b) => b === document.activeElement), 'focus was in the app, so it moves to the button');
      assert.ok(seen.pageErrors.some((e) => /unreachable/i.test(e)), `the instance trapped: ${seen.pageErrors}`);
      // The old app's listeners went with the old root: clicking the
      // recovery screen calls nothing in the dead instance.
      const errorsBefore = seen.pageErrors.length;
      await recovery.locator('h1').click();
      assert.equal(seen.pageErrors.length, errorsBefore);

      await button.click(); // reloads
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      assert.ok(await page.getByLabel(WAGES).isChecked(), 'the answer saved with consent is still there');
      assert.equal(await page.locator('[data-wq-crashed]').count(), 0);
      assert.deepEqual(await seen.cspViolations(), []);
    },
  },
  {
    name: 'panic (kiosk): the recovery screen says nothing about saved answers; restart gives a fresh start',
    async run({ page, servers }) {
      const server = testServer(servers);
      await page.goto(`${server.url}?mode=kiosk`);
      await page.locator('#weiquan-app:not([aria-busy]):not([data-wq-early]) main button').first().waitFor();
      await page.evaluate((t) => document.getElementById('weiquan-app').dispatchEvent(new Event(t)), TRIGGER);
      const alert = page.locator('#weiquan-app[data-wq-crashed] [role="alert"]');
      await alert.waitFor();
      assert.doesNotMatch(await alert.innerText(), /回答仍在|still be there/);
      await page.getByRole('button', { name: RESTART }).click();
      await page.locator('#weiquan-app:not([aria-busy]):not([data-wq-early]):not([data-wq-crashed]) main button').first().waitFor();
      assert.equal(await page.locator('.wq').first().getAttribute('data-mode'), 'kiosk');
    },
  },
  {
    name: 'panic (embed): every widget on the page shows the recovery screen; restart starts a fresh instance without reloading the host page',
    async run({ page, seen, servers }) {
      testServer(servers);
      await page.goto(`${servers.testExamples.url}embed.html`);
      const zh = page.locator('#guide-zh');
      const en = page.locator('#guide-en');
      for (const g of [zh, en]) await g.locator('.wq-host:not([aria-busy]) .wq-main button').first().waitFor();
      await page.evaluate(() => {
        window.hostPageMarker = 'still the same page';
      });
      await zh.locator('.wq-main button:visible', { hasText: '开始' }).click();
      await zh.locator('.wq-main h2:visible').waitFor();

      await page.evaluate(
        (t) => document.getElementById('guide-zh').shadowRoot.querySelector('.wq-host').dispatchEvent(new Event(t)),
        TRIGGER,
      );
      for (const g of [zh, en]) {
        const alert = g.locator('.wq-host[data-wq-crashed] [role="alert"]');
        await alert.waitFor();
        assert.match(await alert.innerText(), new RegExp(RECOVERY_EN));
        assert.doesNotMatch(await alert.innerText(), /回答仍在/, 'an embed saves nothing');
        // In the host page, the host owns <main>.
        assert.equal(await g.locator('.wq-recovery').evaluate((e) => e.tagName), 'SECTION');
      }
      await en.getByRole('button', { name: RESTART }).click();
      for (const g of [zh, en]) await g.locator('.wq-host:not([aria-busy]):not([data-wq-crashed]) .wq-main button').first().waitFor();
      assert.equal(await page.evaluate(() => window.hostPageMarker), 'still the same page', 'the host page was not reloaded');
      // The fresh instance works: a step in each widget.
      await zh.locator('.wq-main button:visible', { hasText: '开始' }).click();
      await zh.locator('.wq-main h2:visible').waitFor();
      await en.locator('.wq-main button:visible', { hasText: 'Start' }).click();
      await en.locator('.wq-main h2:visible').waitFor();
      // A second crash is handled by the second instance's hook too.
      await page.evaluate(
        (t) => document.getElementById('guide-en').shadowRoot.querySelector('.wq-host').dispatchEvent(new Event(t)),
        TRIGGER,
      );
      await en.locator('.wq-host[data-wq-crashed] [role="alert"]').waitFor();
      await zh.getByRole('button', { name: RESTART }).click();
      await en.locator('.wq-host:not([aria-busy]):not([data-wq-crashed]) .wq-main button').first().waitFor();
      assert.deepEqual(await seen.cspViolations(), []);
    },
  },
  {
    name: 'panic (frame.html): the recovery screen is the frame document\'s <main>',
    async run({ page, servers }) {
      const server = testServer(servers);
      await page.goto(`${server.url}frame.html`);
      await page.locator('#weiquan-app:not([aria-busy]) .wq-main button').first().waitFor();
      await page.evaluate((t) => document.getElementById('weiquan-app').dispatchEvent(new Event(t)), TRIGGER);
      await page.locator('#weiquan-app[data-wq-crashed] [role="alert"]').waitFor();
      assert.equal(await page.locator('main').count(), 1);
      assert.equal(await page.locator('main.wq-recovery').count(), 1, 'the frame\'s document is the app\'s (axe: landmark-one-main)');
    },
  },
];
