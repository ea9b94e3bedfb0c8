// What the widget keeps on a device (issue 7): a phone saves only with
// consent and resumes after a reload; "clear my data" deletes the save; a
// corrupt or foreign save is discarded with a message; without storage the
// app works without saving. A kiosk never writes anything, warns before its
// idle reset, and "finish and clear" wipes every answer.
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { ANSWERS, CONSENT, PROBLEMS, REVIEW, WAGES, answerAll, heading, openApp, toProblems } from './helpers.mjs';

const KEY = 'weiquan.saved';
const CLEAR = '清除我的数据';
const FINISH = '结束并清除';

const saved = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** "Clear my data", and its confirmation. */
async function clearData(page) {
  await page.getByRole('button', { name: CLEAR }).click();
  await page.getByRole('alertdialog', { name: '要清除本机的数据吗？' }).getByRole('button', { name: '清除', exact: true }).click();
}

/** Everything this origin could keep: local and session storage, cookies,
 * IndexedDB databases. */
async function everyStore(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookies: document.cookie,
    idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
  }));
}

const NOTHING_STORED = { local: [], session: [], cookies: '', idb: [] };

/** Starts the interview and ticks "wages" on the problems question. */
async function tickWages(page, url) {
  await toProblems(page, url);
  await page.locator('main label:visible', { hasText: WAGES }).click();
}

/** From the start: unpaid wages of a job left on each of `jobEnds` in turn
 * (started 2025-01-01; each accepted, changed from the review for the
 * next), then the result; its text. */
async function wagesResult(page, jobEnds) {
  await page.locator('main button:visible', { hasText: '开始' }).click();
  await heading(page).waitFor();
  await answerAll(page, 'zh', '记得这些日期吗？', {
    ...ANSWERS,
    '您遇到了什么问题？（可以选多项）': [WAGES],
    '您现在还在这个单位工作吗？': ['已经离开了'],
  });
  await page.locator('input[id="wq-field-dates.job_start"]').fill('2025-01-01');
  for (const [i, end] of jobEnds.entries()) {
    if (i > 0) await page.getByRole('button', { name: /修改：记得这些日期吗/ }).click();
    await page.locator('input[id="wq-field-dates.job_end"]').fill(end);
    await page.locator('main button[type="submit"]:visible').click();
    await heading(page).filter({ hasText: REVIEW.zh }).waitFor();
  }
  await page.locator('main button:visible', { hasText: '查看结果' }).click();
  await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
  return page.locator('main').innerText();
}

/** Fails if the page scrolls sideways (content wider than the viewport). */
async function assertNoSideways(page, where) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${where}: ${scroll}px of content in a ${client}px wide screen`);
}

export const tests = [
  {
    name: 'phone: on a slow connection the static shell shows before the app has loaded, in the language asked for, and says what to do if it never does',
    async run({ page, servers }) {
      let release;
      const held = new Promise((r) => { release = r; });
      await page.route(/\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${servers.root.url}?lang=en`, { waitUntil: 'domcontentloaded' });
      // The wasm has not arrived: the shell (name and loading message, in
      // the language asked for) is on screen.
      assert.equal(await page.locator('#weiquan-app[aria-busy="true"] h1').innerText(), '维权导办');
      await page.locator('.wq-loading', { hasText: 'Loading…' }).waitFor();
      const slow = page.locator('.wq-slow');
      assert.equal(await slow.isVisible(), false, 'no "slow" note at first');
      // 15 s later (animations sped up 100×) a note in both languages says
      // what to do, with a reload link that needs no script.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Animation.enable');
      await cdp.send('Animation.setPlaybackRate', { playbackRate: 100 });
      await slow.waitFor({ state: 'visible', timeout: 5000 });
      assert.match(await slow.innerText(), /加载得比较慢[\s\S]*This is taking long/);
      assert.equal(await slow.locator('a').first().getAttribute('href'), '');
      await cdp.send('Animation.setPlaybackRate', { playbackRate: 1 });
      release();
      await page.locator('#weiquan-app:not([aria-busy]):not([data-wq-early]) main button', { hasText: 'Start' }).waitFor();
      assert.equal(await page.locator('.wq-slow').count(), 0, 'the note goes with the shell');
    },
  },
  {
    name: 'phone: a blocked loader script still leaves the shell\'s note on what to do, in both languages',
    async run({ page, servers }) {
      await page.route(/loader-[0-9a-f]{12}\.js$/, (route) => route.abort('blockedbyclient'));
      await page.goto(servers.root.url, { waitUntil: 'domcontentloaded' });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Animation.enable');
      await cdp.send('Animation.setPlaybackRate', { playbackRate: 100 });
      const slow = page.locator('.wq-slow');
      await slow.waitFor({ state: 'visible', timeout: 5000 });
      assert.match(await slow.innerText(), /刷新页面[\s\S]*reload the page/);
      assert.ok(await page.getByText('正在加载').isVisible(), 'the shell is still there');
    },
  },
  {
    name: 'phone: 320 px wide, nothing scrolls sideways from the start to the papers',
    async run({ page, servers }) {
      await page.setViewportSize({ width: 320, height: 640 });
      await openApp(page, servers.root.url);
      await assertNoSideways(page, 'start');
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      await assertNoSideways(page, 'first question');
      await answerAll(page, 'zh');
      await assertNoSideways(page, 'review');
      await page.locator('main button:visible', { hasText: '查看结果' }).click();
      await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
      for (const d of await page.locator('main details:visible').all()) await d.evaluate((el) => { el.open = true; });
      await assertNoSideways(page, 'result');
      await page.locator('main .wq-open-summary').click();
      await page.locator('main .wq-document').first().waitFor();
      await assertNoSideways(page, 'summary and papers');
      // In English the name beside it is longer: the language button keeps
      // 中文 on one line.
      await page.locator('header button', { hasText: 'English' }).click();
      const lines = await page.locator('header button', { hasText: '中文' }).evaluate((b) => {
        const r = document.createRange();
        r.selectNodeContents(b);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
      });
      assert.equal(lines, 1, '中文 on one line');
      await assertNoSideways(page, 'summary and papers, English');
    },
  },
  {
    name: 'phone: with the text at 200 %, nothing scrolls sideways, in Chinese or English, from the review to the papers',
    async run({ page, servers }) {
      await page.setViewportSize({ width: 390, height: 844 });
      // The browser's own text size, which a phone's setting changes: the
      // stylesheet sizes everything in rem. English breaks only between
      // words, so a long one (and the header's name beside its button) is
      // what would push the page wider than the screen.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
      await openApp(page, servers.root.url);
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '32px');
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      // With the longest step name (work-injury recognition) on the result.
      const injured = { ...ANSWERS, [PROBLEMS]: [...ANSWERS[PROBLEMS], '工作中受伤或得了职业病'] };
      await answerAll(page, 'zh', REVIEW.zh, injured);
      const screens = [
        ['review', null],
        ['result', (lang) => page.locator('main button:visible', { hasText: lang === 'zh' ? '查看结果' : 'See the result' }).click()],
        ['papers', async () => {
          for (const d of await page.locator('main details:visible').all()) await d.evaluate((el) => { el.open = true; });
          await assertNoSideways(page, 'result, every detail open');
          await page.locator('main .wq-open-summary').click();
          await page.locator('main .wq-document').first().waitFor();
        }],
      ];
      for (const lang of ['zh', 'en']) {
        if (lang === 'en') {
          await page.locator('header button', { hasText: 'English' }).click();
          await page.locator('header button', { hasText: '中文' }).waitFor();
          await assertNoSideways(page, 'papers, English');
          await page.locator('main button:visible', { hasText: 'Back' }).last().click();
          await page.locator('main button:visible', { hasText: 'Back' }).last().click();
          await heading(page).filter({ hasText: REVIEW.en }).waitFor();
        }
        for (const [where, go] of screens) {
          if (go) await go(lang);
          await page.waitForTimeout(50);
          await assertNoSideways(page, `${where}, ${lang}`);
        }
      }
    },
  },
  {
    name: 'phone: nothing is saved without consent',
    async run({ page, servers }) {
      await tickWages(page, servers.root.url);
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasNotText: PROBLEMS }).waitFor();
      assert.deepEqual(await everyStore(page), NOTHING_STORED);
      const consent = page.getByLabel(CONSENT);
      assert.equal(await consent.isChecked(), false, 'consent starts unticked');
      const box = await page.locator('.wq-check').boundingBox();
      assert.ok(box.height >= 44, `consent row is ${box.height}px tall`);
    },
  },
  {
    name: 'phone: with consent, answers survive a reload; clear deletes them',
    async run({ page, servers }) {
      await tickWages(page, servers.root.url);
      await page.getByLabel(CONSENT).check();
      const save = JSON.parse(await saved(page));
      assert.equal(save.schema, 'weiquan.saved/1');
      assert.deepEqual(save.answers.problems, ['wages_unpaid']);
      assert.equal(save.screen, 'ask:problem');

      await page.reload();
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      assert.ok(await page.getByLabel(WAGES).isChecked(), 'the ticked problem is still ticked');
      assert.match(await page.locator('.wq-notice').innerText(), /已恢复您 \d{4}-\d{2}-\d{2} 在本机保存的回答/);
      assert.ok(await page.getByLabel(CONSENT).isChecked(), 'consent remembered with the save');

      // Asked first: a tap beside the step's buttons lost a filled-in form
      // unasked. Cancel (focused) and Escape keep the answers and the save.
      const before = await saved(page);
      const dialog = page.getByRole('alertdialog', { name: '要清除本机的数据吗？' });
      for (const close of ['cancel', 'Escape']) {
        await page.getByRole('button', { name: CLEAR }).click();
        await dialog.waitFor();
        assert.equal(await page.evaluate(() => document.activeElement.textContent), '取消');
        if (close === 'cancel') await dialog.getByRole('button', { name: '取消' }).click();
        else await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        assert.equal(await saved(page), before, `${close} keeps the save`);
        assert.ok(await page.getByLabel(WAGES).isChecked(), `${close} keeps the answer`);
        assert.equal(await page.evaluate(() => document.activeElement.textContent), CLEAR, 'focus back on the button');
      }
      await clearData(page);
      await page.locator('main h1', { hasText: '维权导办' }).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForFunction(() => document.activeElement?.matches('main h1'));
      assert.equal(await saved(page), null, 'the save is gone');
      assert.match(await page.locator('.wq-notice').innerText(), /已清除/);
      assert.equal(await page.getByLabel(CONSENT).isChecked(), false);
      await page.reload();
      await page.locator('main h1', { hasText: '维权导办' }).waitFor();
      assert.equal(await page.locator('.wq-notice').count(), 0, 'nothing to restore');
    },
  },
  {
    name: 'phone: two tabs never overwrite each other\'s save in silence; a clear in one is not written back by the other',
    async run({ page, context, servers }) {
      const SOCIAL = '单位没给上社保';
      const ELSEWHERE = /另一个窗口/;
      await tickWages(page, servers.root.url);
      await page.getByLabel(CONSENT).check();
      // The same app in a second tab: it resumes from the save and changes it.
      const other = await context.newPage();
      await other.goto(servers.root.url);
      await heading(other).filter({ hasText: PROBLEMS }).waitFor();
      await other.locator('main label:visible', { hasText: SOCIAL }).click();
      const b = await saved(other);
      assert.deepEqual(JSON.parse(b).answers.problems.sort(), ['no_social_insurance', 'wages_unpaid']);
      // The first tab is told, stops saving, and its next answer leaves the save alone.
      await page.locator('.wq-notice', { hasText: ELSEWHERE }).waitFor();
      assert.equal(await page.getByLabel(CONSENT).isChecked(), false);
      await page.locator('main label:visible', { hasText: WAGES }).click();
      assert.equal(await saved(page), b, 'the other tab\'s save is untouched');
      // Ticking the box again is the person's choice: this tab's answers are saved.
      await page.getByLabel(CONSENT).check();
      assert.deepEqual(JSON.parse(await saved(page)).answers.problems, []);
      // "Clear my data" in the other tab: this one does not write it back.
      await other.locator('.wq-notice', { hasText: ELSEWHERE }).waitFor();
      await clearData(other);
      await other.locator('main h1', { hasText: '维权导办' }).waitFor();
      assert.equal(await saved(other), null);
      await page.locator('.wq-notice', { hasText: ELSEWHERE }).waitFor();
      await page.locator('main label:visible', { hasText: SOCIAL }).click();
      assert.equal(await saved(page), null, 'the clear stays cleared');
      await other.close();
    },
  },
  {
    name: 'phone: withdrawing consent deletes the save',
    async run({ page, servers }) {
      await tickWages(page, servers.root.url);
      await page.getByLabel(CONSENT).check();
      assert.ok(await saved(page));
      await page.getByLabel(CONSENT).uncheck();
      assert.equal(await saved(page), null);
      assert.ok(await page.getByLabel(WAGES).isChecked(), 'the answers on screen stay');
    },
  },
  {
    name: 'phone: a corrupt or foreign save is discarded with a message; a newer build\'s save keeps what this build knows',
    async run({ page, servers, seen }) {
      await openApp(page, servers.root.url);
      const cases = [
        ['{"schema":"weiquan.saved/1","answers":', '已损坏'],
        ['{"schema":"weiquan.saved/0","answers":"old"}', '其他版本'],
        // A newer version's save (after a rollback) is not called old.
        ['{"schema":"weiquan.saved/99","answers":{}}', '其他版本'],
        ['{"schema":"weiquan.saved/1","saved_on":"2026-01-02","answers":{"problems":[{"<img src=x onerror=alert(1)>":1}]}}', '已损坏'],
      ];
      for (const [text, message] of cases) {
        await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, text]);
        await page.reload();
        await page.locator('#weiquan-app:not([aria-busy]):not([data-wq-early]) main button').waitFor();
        assert.ok((await page.locator('.wq-notice').innerText()).includes(message), text);
        assert.equal(await saved(page), null, 'the bad save is deleted');
        assert.equal(await page.locator('main h1').innerText(), '维权导办', 'the start screen, not a blank page');
      }
      // A save from a newer build of the same version (after a rollback):
      // what this build does not know is dropped, the rest resumes.
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY,
        '{"schema":"weiquan.saved/1","saved_on":"2026-01-02","screen":"ask:problem","later":1,"answers":{"problems":["<img src=x onerror=alert(1)>","wages_unpaid"]}}']);
      await page.reload();
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      assert.ok(await page.getByLabel(WAGES).isChecked(), 'the problem this build knows is kept');
      assert.match(await page.locator('.wq-notice').innerText(), /已恢复/);
      assert.deepEqual(seen.pageErrors, []);
      await clearData(page);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
    },
  },
  {
    name: 'phone: without storage the app works and says it cannot save',
    async run({ page, servers, context, seen }) {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      await tickWages(page, servers.root.url);
      await page.getByText('这个浏览器不能保存回答').waitFor();
      assert.equal(await page.getByLabel(CONSENT).count(), 0, 'no consent box that could not be honoured');
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasNotText: PROBLEMS }).waitFor();
      assert.deepEqual(seen.pageErrors, []);
    },
  },
  {
    name: 'kiosk: idle warning counts down, continue keeps answers, then reset wipes everything',
    async run({ page, servers }) {
      await page.clock.install();
      await tickWages(page, `${servers.root.url}?mode=kiosk&idle=30`);
      await page.locator('main button[type="submit"]:visible').click();
      const question = (await heading(page).filter({ hasNotText: PROBLEMS }).innerText()).trim();

      await page.clock.runFor(31_000);
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      assert.equal(await dialog.locator('h2').innerText(), '您还在使用吗？');
      // The person may have walked away: nothing of theirs shows through.
      const backdrop = await dialog.evaluate((d) => getComputedStyle(d, '::backdrop').backgroundColor);
      assert.match(backdrop, /^rgb\(\d+, \d+, \d+\)$/, `an opaque backdrop, not ${backdrop}`);
      const secs = Number((await dialog.innerText()).match(/(\d+) 秒后/)[1]);
      assert.ok(secs >= 20, `countdown starts at ${secs} s`);
      const cont = dialog.getByRole('button', { name: '继续使用' });
      assert.ok(await cont.evaluate((b) => b === document.activeElement), 'focus on "continue"');
      await cont.click();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal((await heading(page).innerText()).trim(), question, 'still on the same question');
      // Back (a kiosk's keyboard or mouse button) answers it as "continue",
      // not by stepping back behind it.
      await page.clock.runFor(31_000);
      await dialog.waitFor();
      await page.goBack();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal((await heading(page).innerText()).trim(), question, 'Back: still on the same question');

      // Nobody comes back: after the idle period and the whole countdown, all is wiped.
      await page.clock.runFor(30_000);
      await dialog.waitFor();
      await page.clock.runFor(31_000);
      await page.locator('main h1', { hasText: '维权导办' }).waitFor();
      assert.equal(await page.getByRole('alertdialog').count(), 0);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await page.locator('main label:visible', { hasText: '为我自己' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      assert.equal(await page.getByLabel(WAGES).isChecked(), false, 'the earlier answer is gone');
      assert.deepEqual(await everyStore(page), NOTHING_STORED);
    },
  },
  {
    name: 'kiosk: a touch anywhere on the screen (its side margins, below the content) postpones the idle warning',
    async run({ page, servers, viewport }) {
      await page.clock.install();
      await tickWages(page, `${servers.root.url}?mode=kiosk&idle=30`);
      // A short question, on a screen taller than it (on both viewports).
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasNotText: PROBLEMS }).waitFor();
      const screen = { width: viewport.width, height: Math.max(viewport.height, 1600) };
      await page.setViewportSize(screen);
      // The widget covers the screen, with its content as wide as before.
      const box = await page.locator('.wq').boundingBox();
      assert.equal(Math.round(box.width), screen.width);
      assert.ok(box.height >= screen.height, `${box.height}`);
      const content = await page.locator('main').boundingBox();
      assert.ok(content.width <= 1040 - 40 && content.x >= 20, JSON.stringify(content));
      const corners = [[2, screen.height - 2], [screen.width - 2, screen.height - 2]];
      assert.ok(content.y + content.height < screen.height - 100, 'the corners are below the content');
      for (const [x, y] of corners) {
        assert.ok(await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('.wq'), [x, y]), `(${x}, ${y}) is inside the widget`);
      }
      const dialog = page.getByRole('alertdialog');
      // Two corners at the bottom, outside the content: 20 s apart each.
      for (const [x, y] of corners) {
        await page.clock.runFor(20_000);
        await page.mouse.click(x, y);
      }
      await page.clock.runFor(20_000);
      assert.equal(await dialog.count(), 0, '60 s since loading, 20 s since the last touch: no warning');
      await page.clock.runFor(11_000);
      await dialog.waitFor();
    },
  },
  {
    name: 'kiosk: left on for a week, it counts the next person\'s dates and limits from today, not from the day it was loaded',
    async run({ page, servers }) {
      // Noon UTC: the same calendar day in UTC and in China.
      await page.clock.install({ time: new Date('2026-11-27T04:00:00Z') });
      await openApp(page, `${servers.root.url}?mode=kiosk`);
      await page.clock.setSystemTime(new Date('2026-12-04T04:00:00Z'));
      // Left on 2026-12-01: in the future on the day the page loaded.
      // Left on 2025-12-10: the arbitration year ends 2026-12-10, 6 days
      // after 12-04 (13 after the day the page was loaded).
      const main = await wagesResult(page, ['2026-12-01', '2025-12-10']);
      assert.ok(main.includes('最后一天是 2026-12-10，只剩 6 天'), main);
    },
  },
  {
    name: 'a device set to another time zone counts dates and limits by the calendar in China, where the law\'s days are counted',
    timezoneId: 'America/New_York',
    async run({ page, servers }) {
      // 02:00 UTC on 12-04: 10:00 in Zhengzhou, still 21:00 on 12-03 in New York.
      await page.clock.install({ time: new Date('2026-12-04T02:00:00Z') });
      await openApp(page, servers.root.url);
      // Left on 12-04: today in China, not a date in the future. Left on
      // 2025-12-10: the arbitration year ends 2026-12-10, 6 days after
      // 12-04 (New York's date would leave 7).
      const main = await wagesResult(page, ['2026-12-04', '2025-12-10']);
      assert.ok(main.includes('最后一天是 2026-12-10，只剩 6 天'), main);
    },
  },
  {
    name: 'kiosk: every control on every screen is a touch target of at least 44 × 44 px (buttons, links, fields, disclosures, the labels of choices)',
    async run({ page, servers }) {
      // A control's target; a checkbox or radio is chosen through its label.
      const small = () => page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll('#weiquan-app :is(button, a[href], input, select, textarea, summary)')) {
          if (!el.checkVisibility()) continue;
          const target = el.matches('input[type=checkbox], input[type=radio]') ? el.closest('label') || el.labels[0] : el;
          const r = target.getBoundingClientRect();
          if (r.height < 44 || r.width < 44) out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> "${(el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
        }
        return out;
      });
      const found = [];
      const check = async (where) => found.push(...(await small()).map((x) => `${where}: ${x}`));
      await openApp(page, `${servers.root.url}?mode=kiosk`);
      await check('start');
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      await page.locator('main button[type="submit"]:visible').click();
      await page.locator('main .wq-error-summary a').waitFor();
      await check('question with its error');
      await page.locator('main label:visible', { hasText: '为我自己' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      await check('problems');
      const answers = { ...ANSWERS, [PROBLEMS]: [WAGES, '被辞退、开除或被逼辞职'], '您现在还在这个单位工作吗？': ['已经离开了'] };
      delete answers['您最希望怎样解决？'];
      await answerAll(page, 'zh', '记得这些日期吗？', answers);
      await check('dates');
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: REVIEW.zh }).waitFor();
      await check('review');
      await page.locator('main button:visible', { hasText: '查看结果' }).click();
      await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
      for (const d of await page.locator('main details:visible').all()) await d.evaluate((el) => { el.open = true; });
      await check('result, every detail open');
      await page.getByRole('button', { name: '重新开始', exact: true }).click();
      await page.getByRole('alertdialog').waitFor();
      await check('"start again?" dialog');
      await page.keyboard.press('Escape');
      await page.locator('main .wq-open-summary').click();
      await heading(page).filter({ hasText: '准备材料' }).waitFor();
      await page.locator('main .wq-check-form').click();
      await page.locator('main .wq-error-summary a').first().waitFor();
      for (const d of await page.locator('main details:visible').all()) await d.evaluate((el) => { el.open = true; });
      await check('papers, with errors and every detail open');
      assert.deepEqual(found, []);
    },
  },
  {
    name: 'kiosk: "finish and clear" is on every screen and wipes every answer',
    async run({ page, servers, viewport }) {
      await openApp(page, `${servers.root.url}?mode=kiosk`);
      const finish = page.getByRole('button', { name: FINISH });
      assert.ok(await finish.isVisible(), 'on the start screen');
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await page.locator('main label:visible', { hasText: '为我自己' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await page.locator('main label:visible', { hasText: WAGES }).click();
      assert.ok(await finish.isVisible(), 'on a question');
      const box = await finish.boundingBox();
      assert.ok(box.height >= 64, `kiosk button is ${box.height}px tall`);
      assert.ok(box.y + box.height <= viewport.height, 'in view without scrolling');
      assert.equal(await page.getByLabel(CONSENT).count(), 0, 'a kiosk never offers to save');
      // The status region is on the page, empty, before the notice goes
      // into it (inserted with its text, a notice may be read by no screen reader).
      const region = await page.locator('main .wq-notices[role="status"]').elementHandle();
      assert.equal(await region.evaluate((r) => r.textContent), '');
      await finish.click();
      await page.locator('main h1', { hasText: '维权导办' }).waitFor();
      // Focus leaves the button for the start's heading; a status message says why.
      await page.waitForFunction(() => document.activeElement?.matches('main h1'), null, { timeout: 5000 });
      assert.equal(await page.locator('main [role="status"] > .wq-notice').innerText(), '已清除全部回答，可以重新开始。');
      assert.ok(await region.evaluate((r) => r.isConnected && r.textContent === '已清除全部回答，可以重新开始。'), 'the same region, now holding the notice');
      const text = await page.locator('#weiquan-app').innerText();
      assert.ok(!text.includes(WAGES), 'no answer left in the page');
      assert.deepEqual(await everyStore(page), NOTHING_STORED);
    },
  },
  {
    name: 'kiosk: back at the start, the session is over: nothing of it is behind 开始',
    async run({ page, servers }) {
      // A QA walk: person 1 stepped back to the start and left; it looked
      // new, and 开始 showed their answers (and on to their name and ID).
      await tickWages(page, `${servers.root.url}?mode=kiosk`);
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasNotText: PROBLEMS }).waitFor();
      for (let i = 0; i < 3 && (await heading(page).count()) > 0; i++) {
        await page.locator('main button:visible', { hasText: '上一步' }).click();
      }
      await page.locator('main h1', { hasText: '维权导办' }).waitFor();
      // It says why: a person who pressed Back once too often should not
      // take it for an error.
      assert.equal(await page.locator('main [role="status"] > .wq-notice').innerText(), '回到了首页：这是大厅公用设备，为保护您的隐私，已清除全部回答，可以重新开始。');
      await page.waitForFunction(() => document.activeElement?.matches('main h1'));
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      assert.equal(await page.locator('main input:checked').count(), 0, 'the first question is unanswered');
      await page.locator('main label:visible', { hasText: '为我自己' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      assert.equal(await page.getByLabel(WAGES).isChecked(), false, 'the earlier answer is gone');
    },
  },
  {
    name: 'kiosk: the idle reset keeps to its time when the device clock is set back',
    async run({ page, servers }) {
      // The idle timer runs on the page's monotonic clock: on Date.now(),
      // a clock set back 10 minutes (an NTP correction) kept a stranger's
      // answers on screen for 12 minutes (a QA walk).
      await page.clock.install();
      await tickWages(page, `${servers.root.url}?mode=kiosk&idle=30`);
      const now = await page.evaluate(() => Date.now());
      await page.clock.setSystemTime(now - 10 * 60_000);
      await page.clock.runFor(31_000);
      await page.getByRole('alertdialog').waitFor();
      await page.clock.runFor(31_000);
      await page.locator('main h1', { hasText: '维权导办' }).waitFor();
      assert.ok(!(await page.locator('#weiquan-app').innerText()).includes(WAGES));
    },
  },
  {
    name: 'kiosk: a page left and brought back from the back/forward cache shows the start, with nothing of the last person',
    async run({ servers, viewport }) {
      // A real kiosk's browser keeps a page it leaves (the kiosk shell's
      // home, a link) and may show it again as it was: a QA walk got the
      // last person's name and ID back with Back. Playwright turns that
      // cache off, so this test starts a browser of its own.
      const browser = await launchChromium({ backForwardCache: true });
      try {
        const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
        const page = await context.newPage();
        await tickWages(page, `${servers.root.url}?mode=kiosk`);
        await page.evaluate(() => {
          window.__same = 'the page as it was';
        });
        // Another site (a host name of its own), as a kiosk shell's home would be.
        await page.goto(`${servers.examples.url.replace('127.0.0.1', 'localhost')}favicon.svg`);
        await page.goBack({ waitUntil: 'commit' });
        // Either the page comes back wiped (its pagehide wipe rendered in
        // time), or Chromium drops it from the cache because that render
        // ran while it was stored ("IgnoreEventAndEvict") and loads it
        // afresh. Without the wipe it always came back as it was.
        console.log(`      (${await page.evaluate(() => (window.__same ? 'restored from the cache' : 'loaded afresh'))})`);
        await page.locator('main h1', { hasText: '维权导办' }).waitFor();
        assert.ok(!(await page.locator('#weiquan-app').innerText()).includes(WAGES), 'no answer left in the page');
        await page.locator('main button:visible', { hasText: '开始' }).click();
        await heading(page).waitFor();
        assert.equal(await page.locator('main input:checked').count(), 0, 'the first question is unanswered');
      } finally {
        await browser.close();
      }
    },
  },
];
