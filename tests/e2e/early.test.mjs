// The page before the app (src/early.rs, loader.js): on a slow connection a
// phone shows the real start screen and first question, prerendered from the
// app's own components, while the wasm downloads. What the person does there
// (Start, an answer, Next, the language switch, the save box, the focus)
// carries over when the app starts; nothing is lost, and the markup is the
// app's own.
import assert from 'node:assert/strict';
import { audit } from './a11y.test.mjs';
import { FIRST_QUESTION, PROBLEMS, assertClean, heading } from './helpers.mjs';

const EARLY = '#weiquan-app[data-wq-early]';
const APP = '#weiquan-app:not([aria-busy]):not([data-wq-early])';

/** Holds every .wasm request until `release()`. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Opens the phone page with the wasm held: the page before the app shows.
 * Resolves with the function that lets the wasm through. */
async function openEarly(page, url) {
  const release = await holdWasm(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator(`${EARLY} main h1`).waitFor();
  return release;
}

/** The widget's DOM as text: tags, attributes sorted (a boolean attribute
 * written as its own name counts as empty, as Yew's two renderers differ
 * there), the state of checkboxes and radios, and text; not the next
 * screen the app builds ahead, hidden, once the browser is idle. */
const shape = (page) =>
  page.evaluate(() => {
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) return n.data;
      // A closed dialog ("clear my data?") is left out of the shell
      // (scripts/prerender.rs): nothing there opens one.
      if (n.nodeType !== Node.ELEMENT_NODE || n.matches('.wq-screen[hidden], dialog:not([open])')) return '';
      const attrs = [...n.attributes]
        .map((a) => `${a.name}=${a.value === a.name ? '' : a.value}`)
        .sort()
        .join(' ');
      const state = n instanceof HTMLInputElement ? ` checked:${n.checked}` : '';
      return `<${n.localName} ${attrs}${state}>${[...n.childNodes].map(walk).join('')}</${n.localName}>`;
    };
    return walk(document.querySelector('#weiquan-app > .wq'));
  });

const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || document.activeElement?.localName);

export const tests = [
  {
    name: 'phone, slow connection: the start screen and first question show before the app, and Start, the answer and Next carry over',
    async run({ page, servers, seen }) {
      const release = await holdWasm(page);
      await page.goto(servers.root.url, { waitUntil: 'domcontentloaded' });
      // The real start screen, not "loading": usable, so not aria-busy.
      await page.locator(`${EARLY} main h1`, { hasText: '维权导办' }).waitFor();
      assert.equal(await page.locator('#weiquan-app[aria-busy]').count(), 0);
      assert.equal(await page.locator('.wq-loading').count(), 0);
      const before = await page.evaluate(() => history.length);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).filter({ hasText: FIRST_QUESTION }).waitFor();
      assert.equal(await focused(page), 'wq-question-reporter', 'focus on the question');
      assert.equal(await page.evaluate(() => history.length), before + 1, 'the Back button has a step to go back to');
      await page.locator('main label:visible', { hasText: '替别人反映' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      // Next needs the app: it says it is still loading, in the page's
      // words, in a status region that was there before its words.
      await page.locator('main .wq-waiting[role="status"] .wq-loading', { hasText: '正在加载…' }).waitFor();
      assert.equal(await page.locator(EARLY).count(), 1);
      release();
      // The app replays Start, the answer and Next: the second question,
      // asked about someone else, with the focus on it.
      await page.locator(APP).waitFor();
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      await page.locator('main .wq-for-other:visible').waitFor();
      await page.waitForFunction(() => document.activeElement?.matches('main h2.wq-heading'));
      // The app's Back: the first question, with the answer given before the app.
      await page.locator('main .wq-nav button:visible', { hasText: '上一步' }).click();
      await heading(page).filter({ hasText: FIRST_QUESTION }).waitFor();
      assert.equal(await page.locator('#wq-reporter-third_party').isChecked(), true);
      assertClean(seen, await seen.cspViolations());
    },
  },
  {
    name: 'phone, slow connection: before the app, Back returns to the start, and the language, the save box and the focus carry over',
    async run({ page, servers, seen }) {
      const release = await openEarly(page, servers.root.url);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).filter({ hasText: FIRST_QUESTION }).waitFor();
      // The screen's Back, then the browser's.
      await page.locator('main .wq-nav button:visible', { hasText: '上一步' }).click();
      await page.locator('main h1', { hasText: '维权导办' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.matches('main h1'));
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      await page.goBack();
      await page.locator('main h1', { hasText: '维权导办' }).waitFor();
      // Tick the save box on the start screen: it stays ticked on the question.
      await page.locator('#wq-save-consent').check();
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      assert.equal(await page.locator('#wq-save-consent').isChecked(), true, 'the tick follows to the question');
      // Switch language (needs the app: it says so, in English now).
      await page.locator('.wq-lang').click();
      await page.locator('main .wq-waiting .wq-loading[lang="en"]', { hasText: 'Loading…' }).waitFor();
      // Choose an answer with the keyboard, then leave the focus on the save
      // box, after the loading note's place in the page.
      await page.locator('#wq-reporter-worker').focus();
      await page.keyboard.press('Space');
      assert.equal(await page.locator('#wq-reporter-worker').isChecked(), true);
      await page.locator('#wq-save-consent').focus();
      release();
      await page.locator(APP).waitFor();
      // In English, still on the first question, the answer and the save box
      // as they were, and the focus back on the save box (the app's own move
      // to the question's heading comes first).
      await heading(page).filter({ hasText: 'Are you raising this for yourself or for someone else?' }).waitFor();
      assert.equal(await page.locator('#wq-reporter-worker').isChecked(), true);
      assert.equal(await page.locator('#wq-save-consent').isChecked(), true);
      await page.waitForFunction(() => document.activeElement?.id === 'wq-save-consent');
      await page.waitForTimeout(300);
      assert.equal(await focused(page), 'wq-save-consent', 'the focus stays put');
      // The save box was replayed as consent: the answers are kept.
      await page.waitForFunction(() => (localStorage.getItem('weiquan.saved') || '').includes('worker'));
      assertClean(seen, await seen.cspViolations());
    },
  },
  {
    name: 'phone, slow connection: "clear my data" before the app starts again from a clean start, and the app says it cleared',
    async run({ page, servers, seen }) {
      const release = await openEarly(page, servers.root.url);
      await page.locator('#wq-save-consent').check();
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await page.locator('main label:visible', { hasText: '替别人反映' }).click();
      const length = await page.evaluate(() => history.length);
      await page.locator('.wq-clear').click();
      // The start, its heading focused, the box unticked; Start's history step gone back over.
      await page.locator(`${EARLY} main h1`).waitFor();
      await page.waitForFunction(() => document.activeElement?.matches('main h1'));
      assert.equal(await page.locator('#wq-save-consent').isChecked(), false);
      await page.waitForFunction(() => history.state !== 'weiquan-step');
      assert.equal(await page.evaluate(() => history.length), length);
      release();
      await page.locator(APP).waitFor();
      await page.locator('main [role="status"] > .wq-notice', { hasText: '已清除' }).waitFor();
      assert.equal(await page.locator('#wq-save-consent').isChecked(), false);
      assert.equal(await page.evaluate(() => localStorage.getItem('weiquan.saved')), null);
      assertClean(seen, await seen.cspViolations());
    },
  },
  {
    name: 'phone, slow connection: a wasm that never comes says what to do after 15 s; one that fails says so, with the focus on its button',
    async run({ page, servers }) {
      await page.clock.install();
      let fail;
      const failing = new Promise((r) => { fail = r; });
      await page.route(/\.wasm$/, async (route) => {
        await failing;
        await route.fulfill({ status: 404, body: 'gone' });
      });
      await page.goto(servers.root.url, { waitUntil: 'domcontentloaded' });
      await page.locator(`${EARLY} main h1`).waitFor();
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await page.locator('main label:visible', { hasText: '为我自己' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await page.locator('main .wq-waiting .wq-loading').waitFor();
      assert.equal(await page.locator('main .wq-waiting .wq-slow').count(), 0, 'no "slow" note at first');
      await page.clock.runFor(16_000);
      const note = page.locator('main .wq-waiting .wq-slow');
      await note.waitFor({ state: 'visible' });
      assert.match(await note.innerText(), /加载得比较慢[\s\S]*This is taking long/);
      assert.equal(await page.evaluate(() => history.state), 'weiquan-step');
      fail();
      // The failure message, its button focused, and Start's history step gone.
      await page.locator('#weiquan-app [role="alert"]').waitFor();
      await page.waitForFunction(() => document.activeElement?.matches('#weiquan-app main button'));
      await page.waitForFunction(() => history.state !== 'weiquan-step');
      assert.equal(await page.locator('#weiquan-app[data-wq-early]').count(), 0);
    },
  },
  {
    name: 'phone, slow connection: with the note on a slow load showing, the focus still goes back to its control',
    async run({ page, servers }) {
      await page.clock.install();
      const release = await openEarly(page, servers.root.url);
      await page.locator('.wq-lang').click();
      await page.clock.runFor(16_000);
      // The note's reload links are in <main>, before the footer's controls.
      await page.locator('main .wq-waiting .wq-slow a').first().waitFor();
      await page.locator('.wq-clear').focus();
      release();
      await page.locator(APP).waitFor();
      await page.locator('main button:visible', { hasText: 'Start' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.matches('.wq-clear'));
    },
  },
  {
    name: 'phone, slow connection: a save another tab writes meanwhile is left alone, and what was done before the app is kept',
    async run({ page, context, servers }) {
      for (const tickHere of [false, true]) {
        const release = await openEarly(page, servers.root.url);
        // Another tab, already running the app, saves "for myself".
        const other = await context.newPage();
        await other.goto(servers.root.url);
        await other.locator(APP).waitFor();
        await other.locator('#wq-save-consent').check();
        await other.locator('main button:visible', { hasText: '开始' }).click();
        await other.locator('main label:visible', { hasText: '为我自己' }).click();
        await other.locator('main button[type="submit"]:visible').click();
        await heading(other).filter({ hasText: PROBLEMS }).waitFor();
        const saved = await other.evaluate(() => localStorage.getItem('weiquan.saved'));
        assert.match(saved, /"worker"/);
        // Here, before the app: for someone else, and Next.
        if (tickHere) await page.locator('#wq-save-consent').check();
        await page.locator('main button:visible', { hasText: '开始' }).click();
        await page.locator('main label:visible', { hasText: '替别人反映' }).click();
        await page.locator('main button[type="submit"]:visible').click();
        release();
        await page.locator(APP).waitFor();
        // This tab goes on from its own answers, not the other tab's save …
        await heading(page).filter({ hasText: PROBLEMS }).waitFor();
        await page.locator('main .wq-for-other:visible').waitFor();
        assert.equal(await page.locator('main .wq-notice', { hasText: '已恢复' }).count(), 0, 'nothing restored');
        // … does not tick the box for the person, and leaves the other tab's save as it was.
        assert.equal(await page.locator('#wq-save-consent').isChecked(), false);
        assert.equal(await page.locator('main .wq-notice', { hasText: '另一个窗口' }).count(), tickHere ? 1 : 0, 'told only if they had ticked the box');
        await page.waitForTimeout(200);
        assert.equal(await page.evaluate(() => localStorage.getItem('weiquan.saved')), saved);
        await other.close();
        await page.unrouteAll();
        await page.evaluate(() => localStorage.clear());
      }
    },
  },
  {
    name: 'phone, slow connection: the loading note before the app follows the language switch there and back',
    async run({ page, servers }) {
      const release = await openEarly(page, servers.root.url);
      await page.locator('.wq-lang').click();
      await page.locator('main .wq-waiting .wq-loading[lang="en"]', { hasText: 'Loading…' }).waitFor();
      await page.locator('.wq-lang').click();
      await page.locator('main .wq-waiting .wq-loading[lang="zh-CN"]', { hasText: '正在加载…' }).waitFor();
      assert.equal(await page.locator('main .wq-waiting .wq-loading').count(), 1);
      release();
      await page.locator(APP).waitFor();
      await page.locator('main button:visible', { hasText: '开始' }).waitFor();
    },
  },
  {
    name: 'a11y: no WCAG 2.2 A/AA violation on the page before the app, its loading note and its note on a slow load (axe)',
    async run({ page, servers }) {
      await page.clock.install();
      const release = await openEarly(page, servers.root.url);
      const found = await audit(page, 'start, before the app');
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      found.push(...(await audit(page, 'first question, before the app')));
      await page.locator('main button[type="submit"]:visible').click();
      await page.locator('main .wq-waiting .wq-loading').waitFor();
      await page.clock.runFor(16_000);
      await page.locator('main .wq-waiting .wq-slow a').first().waitFor();
      found.push(...(await audit(page, 'first question, waiting 16 s')));
      assert.deepEqual(found, []);
      release();
      await page.locator(APP).waitFor();
    },
  },
  {
    name: 'the page before the app is the app\'s own markup, screen for screen',
    async run({ page, servers }) {
      const release = await openEarly(page, servers.root.url);
      const start = await shape(page);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      const question = await shape(page);
      release();
      await page.locator(APP).waitFor();
      await heading(page).filter({ hasText: FIRST_QUESTION }).waitFor();
      assert.equal(await shape(page), question, 'first question: prerendered and drawn by the app');
      await page.locator('main .wq-nav button:visible', { hasText: '上一步' }).click();
      await page.locator(`${APP} main h1`).waitFor();
      assert.equal(await shape(page), start, 'start screen: prerendered and drawn by the app');
    },
  },
  {
    name: 'no page before the app where the app would show something else: a save on this phone, a kiosk',
    async run({ page, servers }) {
      const release = await holdWasm(page);
      // A kiosk's start screen and footer differ: the loading shell shows.
      await page.goto(`${servers.root.url}?mode=kiosk`, { waitUntil: 'domcontentloaded' });
      await page.locator('#weiquan-app[aria-busy="true"] .wq-loading').waitFor();
      assert.equal(await page.locator(EARLY).count(), 0);
      // A phone with a save goes on from it.
      await page.goto(servers.root.url, { waitUntil: 'domcontentloaded' });
      await page.locator(`${EARLY} main h1`).waitFor();
      await page.evaluate(() => localStorage.setItem('weiquan.saved', '{}'));
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.locator('#weiquan-app[aria-busy="true"] .wq-loading').waitFor();
      assert.equal(await page.locator(EARLY).count(), 0);
      release();
      await page.locator(APP).waitFor();
    },
  },
];
