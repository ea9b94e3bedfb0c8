// The page before the app (src/early.rs, loader.js): on a slow connection a
// phone shows the real start screen and first question, prerendered from the
// app's own components, while the wasm downloads. What the person does there
// (Start, an answer, Next, the language switch, the save box, the focus)
// carries over when the app starts; nothing is lost, and the markup is the
// app's own.
import assert from 'node:assert/strict';
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

/** The widget's DOM as text: tags, attributes sorted (a boolean attribute
 * written as its own name counts as empty, as Yew's two renderers differ
 * there), the state of checkboxes and radios, and text. */
const shape = (page) =>
  page.evaluate(() => {
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) return n.data;
      if (n.nodeType !== Node.ELEMENT_NODE) return '';
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
      await page.locator('main button', { hasText: '开始' }).click();
      await heading(page).filter({ hasText: FIRST_QUESTION }).waitFor();
      assert.equal(await focused(page), 'wq-question-reporter', 'focus on the question');
      assert.equal(await page.evaluate(() => history.length), before + 1, 'the Back button has a step to go back to');
      await page.locator('main label', { hasText: '替别人反映' }).click();
      await page.locator('main button[type="submit"]').click();
      // Next needs the app: it says it is still loading, in the page's words.
      await page.locator('main .wq-loading[role="status"]', { hasText: '正在加载…' }).waitFor();
      assert.equal(await page.locator(EARLY).count(), 1);
      release();
      // The app replays Start, the answer and Next: the second question,
      // asked about someone else, with the focus on it.
      await page.locator(APP).waitFor();
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      await page.locator('main .wq-for-other').waitFor();
      await page.waitForFunction(() => document.activeElement?.matches('main h2.wq-heading'));
      // The app's Back: the first question, with the answer given before the app.
      await page.locator('main .wq-nav button', { hasText: '上一步' }).click();
      await heading(page).filter({ hasText: FIRST_QUESTION }).waitFor();
      assert.equal(await page.locator('#wq-reporter-third_party').isChecked(), true);
      assertClean(seen, await seen.cspViolations());
    },
  },
  {
    name: 'phone, slow connection: before the app, Back returns to the start, and the language, the save box and the focus carry over',
    async run({ page, servers, seen }) {
      const release = await holdWasm(page);
      await page.goto(servers.root.url, { waitUntil: 'domcontentloaded' });
      await page.locator(`${EARLY} main h1`).waitFor();
      await page.locator('main button', { hasText: '开始' }).click();
      await heading(page).filter({ hasText: FIRST_QUESTION }).waitFor();
      // The screen's Back, then the browser's.
      await page.locator('main .wq-nav button', { hasText: '上一步' }).click();
      await page.locator('main h1', { hasText: '维权导办' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.matches('main h1'));
      await page.locator('main button', { hasText: '开始' }).click();
      await heading(page).waitFor();
      await page.goBack();
      await page.locator('main h1', { hasText: '维权导办' }).waitFor();
      // Start again; tick the save box; switch language (needs the app);
      // choose an answer with the keyboard, which keeps the focus on it.
      await page.locator('main button', { hasText: '开始' }).click();
      await page.locator('#wq-save-consent').check();
      await page.locator('.wq-lang').click();
      await page.locator('main .wq-loading').waitFor();
      await page.locator('#wq-reporter-worker').focus();
      await page.keyboard.press('Space');
      assert.equal(await page.locator('#wq-reporter-worker').isChecked(), true);
      release();
      await page.locator(APP).waitFor();
      // In English, still on the first question, the answer and the save box
      // as they were, and the focus back on the answer.
      await heading(page).filter({ hasText: 'Are you raising this for yourself or for someone else?' }).waitFor();
      assert.equal(await page.locator('#wq-reporter-worker').isChecked(), true);
      assert.equal(await page.locator('#wq-save-consent').isChecked(), true);
      await page.waitForFunction(() => document.activeElement?.id === 'wq-reporter-worker');
      // The save box was replayed as consent: the answers are kept.
      await page.waitForFunction(() => (localStorage.getItem('weiquan.saved') || '').includes('worker'));
      assertClean(seen, await seen.cspViolations());
    },
  },
  {
    name: 'the page before the app is the app\'s own markup, screen for screen',
    async run({ page, servers }) {
      const release = await holdWasm(page);
      await page.goto(servers.root.url, { waitUntil: 'domcontentloaded' });
      await page.locator(`${EARLY} main h1`).waitFor();
      const start = await shape(page);
      await page.locator('main button', { hasText: '开始' }).click();
      await heading(page).waitFor();
      const question = await shape(page);
      release();
      await page.locator(APP).waitFor();
      await heading(page).filter({ hasText: FIRST_QUESTION }).waitFor();
      assert.equal(await shape(page), question, 'first question: prerendered and drawn by the app');
      await page.locator('main .wq-nav button', { hasText: '上一步' }).click();
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
