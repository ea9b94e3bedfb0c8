// End-to-end: the result screen (issue 5): ticks on the checklist survive a
// language switch; the hall's unconfirmed address is not invented.
import assert from 'node:assert/strict';
import { CONSENT, heading, toResult } from './helpers.mjs';

export const tests = [
  {
    name: 'result: ticked items stay ticked across a language switch; unconfirmed address shown as such',
    async run({ page, servers }) {
      await toResult(page, servers.root.url);
      const boxes = page.locator('main .wq-bring input[type="checkbox"]');
      assert.ok((await boxes.count()) >= 2, 'a checklist');
      const firstId = await boxes.first().getAttribute('id');
      await page.locator(`label[for="${firstId}"]`).click();
      assert.ok(await boxes.first().isChecked());
      await page.locator('header button', { hasText: 'English' }).click();
      await heading(page).filter({ hasText: 'Where to go' }).waitFor();
      assert.ok(await page.locator(`[id="${firstId}"]`).isChecked(), 'tick kept in English');
      assert.ok(!(await boxes.nth(1).isChecked()), 'others unticked');
      const places = await page.locator('main .wq-places').innerText();
      assert.ok(places.includes('to be confirmed by the bureau'), places);
      const bar = page.locator('main .wq-step').first();
      assert.ok((await bar.innerText()).includes('What happens next'), await bar.innerText());
    },
  },
  {
    name: 'result: "start again" asks first; cancel keeps everything, Escape too; confirming clears, and a reload announces nothing',
    async run({ page, servers }) {
      await toResult(page, servers.root.url);
      await page.getByLabel(CONSENT).check();
      const box = page.locator('main .wq-bring input[type="checkbox"]').first();
      await page.locator(`label[for="${await box.getAttribute('id')}"]`).click();
      const restart = page.getByRole('button', { name: '重新开始', exact: true });
      // Not styled as the screen's main action (that is "prepare the papers").
      assert.ok(!(await restart.evaluate((b) => b.classList.contains('wq-primary'))), 'start again is not the primary button');
      const dialog = page.getByRole('alertdialog', { name: '要清空并重新开始吗？' });
      await restart.click();
      await dialog.waitFor();
      // The safe choice has the focus.
      assert.equal(await page.evaluate(() => document.activeElement.textContent), '取消');
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.ok(await box.isChecked(), 'cancel keeps the ticks');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), '重新开始', 'focus back on the button');
      await restart.click();
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
      // The browser's Back (a swipe on iOS) closes it as Escape does,
      // instead of stepping back to the review unseen behind it.
      await restart.click();
      await dialog.waitFor();
      await page.goBack();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal((await heading(page).innerText()).trim(), '您该去哪里', 'still on the result');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), '重新开始', 'focus back on the button');
      assert.ok(await box.isChecked(), 'Back keeps the ticks');
      // The app's history entry is back in place: the next Back steps back.
      await page.goBack();
      await heading(page).filter({ hasText: '请核对您的回答' }).waitFor();
      await page.locator('main button', { hasText: '查看结果' }).click();
      await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
      await restart.click();
      await dialog.getByRole('button', { name: '清空并重新开始' }).click();
      await page.locator('main button', { hasText: '开始' }).waitFor();
      // Focus is on the start's heading, and a status message says why.
      await page.waitForFunction(() => document.activeElement?.matches('main h1'), null, { timeout: 5000 });
      assert.equal(await page.locator('main .wq-notice[role="status"]').innerText(), '已清除全部回答，可以重新开始。');
      await page.reload();
      await page.locator('#weiquan-app:not([aria-busy]):not([data-wq-early]) main button', { hasText: '开始' }).waitFor();
      assert.equal(await page.locator('.wq-notice').count(), 0, 'no "restored" notice over an empty app');
      assert.ok(await page.getByLabel(CONSENT).isChecked(), 'consent kept');
    },
  },
];
