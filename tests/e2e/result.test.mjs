// End-to-end: the result screen (issue 5): ticks on the checklist survive a
// language switch; the hall's unconfirmed address is not invented.
import assert from 'node:assert/strict';
import { heading, toResult } from './helpers.mjs';

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
];
