// End-to-end: the result screen (issue 5): ticks on the checklist survive a
// language switch; each place shows its values or "to be confirmed", never
// an invented one.
import assert from 'node:assert/strict';
import { ANSWERS, CONSENT, REVIEW, answerAll, heading, openApp, toResult } from './helpers.mjs';

export const tests = [
  {
    name: 'result: an inspection order the employer ignored goes back to inspection for the extra compensation, with the order to bring and the claim on the paper',
    async run({ page, servers }) {
      await openApp(page, servers.root.url);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      await answerAll(page, 'zh', REVIEW.zh, {
        ...ANSWERS,
        '您遇到了什么问题？（可以选多项）': ['工资被拖欠或被无故扣钱'],
        '这件事已经有过处理结果吗？': ['过了期限单位还没付'],
      });
      await page.locator('main button:visible', { hasText: '查看结果' }).click();
      await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
      const steps = page.locator('main .wq-step');
      assert.equal(await steps.count(), 1, 'one step');
      const step = await steps.first().innerText();
      assert.match(step, /劳动保障监察/);
      assert.match(step, /不需要申请行政复议/);
      assert.match(step, /加付赔偿金/);
      assert.match(step, /责令改正的指令书或行政处理决定书/);
      await page.locator('main .wq-open-summary').click();
      await heading(page).filter({ hasText: '准备材料' }).waitFor();
      const paper = await page.locator('main .wq-document').first().innerText();
      assert.match(paper, /劳动保障监察投诉书/);
      assert.match(paper, /请求责令用人单位按应付金额百分之五十以上百分之一百以下的标准向劳动者加付赔偿金/);
      assert.match(paper, /劳动保障监察已责令单位限期支付，单位逾期仍未支付。/);
    },
  },
  {
    name: 'result: ticked items stay ticked across a language switch; each place shows a value or "to be confirmed", and an unconfirmed one its note',
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
      // Whatever places.toml says: every row of a place has a value (the
      // bureau's, or "to be confirmed by the bureau"), and a place not yet
      // confirmed has its note above the source line.
      const blocks = await page.locator('main .wq-places .wq-place').all();
      assert.ok(blocks.length >= 1, 'places shown');
      for (const block of blocks) {
        for (const strong of await block.locator('p > strong').all()) {
          const label = await strong.innerText();
          const text = await strong.locator('..').innerText();
          assert.ok(text.slice(label.length).trim().length > 0, `${label} has no value: ${text}`);
        }
        if ((await block.getAttribute('class')).includes('wq-unconfirmed')) {
          assert.ok((await block.locator('.wq-hint').count()) >= 2, await block.innerText());
        }
      }
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
      await page.locator('main button:visible', { hasText: '查看结果' }).click();
      await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
      await restart.click();
      await dialog.getByRole('button', { name: '清空并重新开始' }).click();
      await page.locator('main button:visible', { hasText: '开始' }).waitFor();
      // Focus is on the start's heading, and a status message says why.
      await page.waitForFunction(() => document.activeElement?.matches('main h1'), null, { timeout: 5000 });
      assert.equal(await page.locator('main [role="status"] > .wq-notice').innerText(), '已清除全部回答，可以重新开始。');
      await page.reload();
      await page.locator('#weiquan-app:not([aria-busy]):not([data-wq-early]) main button', { hasText: '开始' }).waitFor();
      assert.equal(await page.locator('.wq-notice').count(), 0, 'no "restored" notice over an empty app');
      assert.ok(await page.getByLabel(CONSENT).isChecked(), 'consent kept');
    },
  },
  {
    name: 'result: "print this guidance" prints the steps, last days, what to bring and where, without folded law text, on a phone and on the kiosk',
    async run({ page, servers }) {
      // On the hall's kiosk a worker had left with nothing of the result.
      for (const url of [servers.root.url, `${servers.root.url}?mode=kiosk`]) {
        await toResult(page, url);
        // The two buttons side by side or stacked, never touching (a review
        // found them edge to edge: a tap meant for one could hit the other).
        const [a, b] = await Promise.all(['main .wq-open-summary', 'main .wq-print-plan'].map((s) => page.locator(s).boundingBox()));
        const gap = Math.max(b.x - (a.x + a.width), b.y - (a.y + a.height));
        assert.ok(gap >= 8, `${url}: ${gap} px between the papers' and the print buttons`);
        await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
        await page.locator('main .wq-print-plan').click();
        assert.equal(await page.evaluate(() => window.__printed), 1, url);
        await page.emulateMedia({ media: 'print' });
        assert.ok(await page.locator('main ol.wq-steps').isVisible(), 'the steps print');
        assert.ok(await page.locator('main .wq-bring').first().isVisible(), 'what to bring prints');
        assert.ok(await page.locator('main .wq-place').first().isVisible(), 'where to go prints');
        assert.ok(!(await page.locator('main details.wq-basis').first().isVisible()), 'no bare "legal basis" line');
        assert.ok(!(await page.locator('main .wq-print-plan').isVisible()) && !(await page.locator('header').first().isVisible()));
        assert.equal(await page.locator('main .wq-bring .wq-option').first().evaluate((e) => getComputedStyle(e).breakInside), 'avoid');
        await page.emulateMedia({ media: 'screen' });
      }
    },
  },
];
