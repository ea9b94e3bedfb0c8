// End-to-end: the interview answered as a person would, on the phone and
// kiosk viewports (run.mjs runs each test on both), in both languages, one
// flow with the keyboard only, from the start to the downloaded papers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { ANSWERS, FIRST_QUESTION, NEXT, PROBLEMS, REVIEW, WAGES, answerAll, heading, openApp, toProblems, toReview } from './helpers.mjs';

export const tests = [
  {
    name: 'interview (zh): a worker owed wages without social insurance reaches inspection',
    async run({ page, servers }) {
      const asked = await toReview(page, servers.root.url);
      // Only the questions that matter: nothing about injuries or dispatch.
      assert.ok(!asked.some((q) => q.includes('工伤')), asked.join(' / '));
      assert.ok(!asked.some((q) => q.includes('劳务派遣')), asked.join(' / '));
      await page.locator('main button:visible', { hasText: '查看结果' }).click();
      await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
      const steps = page.locator('main ol.wq-steps > li');
      assert.equal(await steps.count(), 1, await page.locator('main').innerText());
      const step = await steps.first().innerText();
      assert.ok(step.includes('劳动保障监察'), step);
      // Social insurance goes with the wage breach to inspection (seed 二(二)).
      assert.ok(step.includes('工资被拖欠') && step.includes('单位没给上社保'), step);
      assert.ok(step.includes('一起交给劳动保障监察处理'), step);
      // The clause is there on demand.
      await page.locator('main details.wq-basis summary').first().click();
      assert.ok(await page.getByText('郑人社〔2016〕19号').first().isVisible());
    },
  },
  {
    name: 'interview: a double tap on a button that changes the screen does not answer the next screen (修改, 下一步)',
    async run({ page: mousePage, servers, browser, viewport, viewportName }) {
      // The next screen is built ahead and shown at once: the second tap of
      // a double tap lands on it. A QA walk found a double tap on 修改
      // replacing the answer under the button (the employer type became
      // "no employer", and the result a civil dispute). A finger on the
      // phone, a mouse's double-click on the kiosk (a single machine-fast
      // click is left alone: the other tests click that way).
      const touch = viewportName === 'phone';
      const page = touch ? await (await browser.newContext({ viewport, hasTouch: true, isMobile: true, locale: 'zh-CN' })).newPage() : mousePage;
      const tapTwice = async (locator) => {
        await locator.scrollIntoViewIfNeeded();
        const b = await locator.boundingBox();
        const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
        if (touch) {
          await page.touchscreen.tap(x, y);
          await page.waitForTimeout(150);
          await page.touchscreen.tap(x, y);
        } else {
          // A double-click as a mouse makes it: the second press counts 2.
          await page.mouse.move(x, y);
          await page.mouse.down();
          await page.mouse.up();
          await page.waitForTimeout(150);
          await page.mouse.down({ clickCount: 2 });
          await page.mouse.up({ clickCount: 2 });
        }
      };
      const chosen = () => page.locator('main .wq-screen:not([hidden]) input:checked').evaluateAll((els) => els.map((e) => e.labels[0].innerText.trim()));
      if (touch) {
        // At a person's pace: a press at the spot of the last one on the
        // screen before, within half a second, is itself a double tap (the
        // start button sits where the first answer comes).
        await openApp(page, servers.root.url);
        await page.locator('main button:visible', { hasText: '开始' }).click();
        for (let h; (h = (await heading(page).innerText()).trim()) !== REVIEW.zh; ) {
          await page.waitForTimeout(600);
          const options = page.locator('main fieldset label:visible');
          for (const label of (await options.count()) ? ANSWERS[h] || [await options.first().innerText()] : []) {
            await page.locator('main label:visible', { hasText: label }).first().tap();
          }
          await page.locator('main button[type="submit"]:visible').tap();
          await page.waitForFunction((prev) => document.querySelector('main h2')?.innerText.trim() !== prev, h);
        }
      } else {
        await toReview(page, servers.root.url);
      }
      const EMPLOYER = '是谁雇用您（或当事人）？';
      await tapTwice(page.getByRole('button', { name: new RegExp(`^修改：${EMPLOYER}`) }));
      await heading(page).filter({ hasText: EMPLOYER }).waitFor();
      const after = await chosen();
      assert.equal(after.length, 1, after.join(' / '));
      assert.ok(after[0].startsWith('公司'), `the answer changed by itself: ${after.join(' / ')}`);
      // Next, double-tapped, moves one screen and answers nothing there.
      await tapTwice(page.locator('main button:visible', { hasText: NEXT.zh }));
      await heading(page).filter({ hasText: REVIEW.zh }).waitFor();
      await page.waitForTimeout(300);
      const review = await page.locator('main .wq-screen:not([hidden])').innerText();
      assert.ok(review.includes('公司') && !review.includes('没有雇主'), review);
      // Once the press is over, the same spot works again (a slower tap).
      const change = page.getByRole('button', { name: new RegExp(`^修改：${EMPLOYER}`) });
      await change.click();
      await heading(page).filter({ hasText: EMPLOYER }).waitFor();
      if (touch) await page.context().close();
    },
  },
  {
    name: "interview: an injury beside child labour asks the injured person's age; a child's claim goes to arbitration, an adult's injury to recognition first",
    async run({ page, servers }) {
      const AGE = '受伤的人受伤时多大？';
      const stepsFor = async (age) => {
        await openApp(page, servers.root.url);
        await page.locator('main button:visible', { hasText: '开始' }).click();
        await heading(page).waitFor();
        const asked = await answerAll(page, 'zh', REVIEW.zh, {
          ...ANSWERS,
          [PROBLEMS]: ['工作中受伤或得了职业病', '单位使用不满16岁的童工'],
          [AGE]: [age],
          '您的受伤已经被认定为工伤了吗？': ['还没有认定'],
        });
        assert.equal(asked[2], AGE, asked.join(' / '));
        await page.locator('main button:visible', { hasText: '查看结果' }).click();
        await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
        return { asked, steps: await page.locator('main ol.wq-steps > li h4').allInnerTexts() };
      };
      const child = await stepsFor('不满16周岁');
      assert.ok(!child.asked.some((q) => q.includes('认定为工伤')), child.asked.join(' / '));
      assert.ok(child.steps.some((s) => s.includes('仲裁')) && !child.steps.some((s) => s.includes('工伤认定')), child.steps.join(' | '));
      await page.evaluate(() => localStorage.clear());
      const adult = await stepsFor('16周岁或以上');
      assert.ok(adult.asked.some((q) => q.includes('认定为工伤')), adult.asked.join(' / '));
      assert.ok(adult.steps.some((s) => s.includes('工伤认定')), adult.steps.join(' | '));
      assert.ok(adult.steps.some((s) => s.includes('劳动保障监察')), 'the child labour is still reported');
    },
  },
  {
    name: 'interview: while the review is read the result is built, hidden from everyone, and "see result" shows those same nodes',
    async run({ page, servers }) {
      await toReview(page, servers.root.url);
      const ahead = page.locator('main section.wq-result');
      await ahead.waitFor({ state: 'attached' });
      assert.equal(await ahead.isVisible(), false);
      assert.equal(await page.getByRole('heading', { name: '您该去哪里' }).count(), 0, 'not in the accessibility tree');
      // Laid out ahead (app.css), so showing it only paints it; but it takes
      // no room on the review, and nothing in it can take the focus.
      const laidOut = await ahead.evaluate((el) => ({
        section: el.getBoundingClientRect().height,
        heading: el.querySelector('h2').getBoundingClientRect().width,
        main: el.parentElement.getBoundingClientRect().width,
      }));
      assert.equal(laidOut.section, 0, JSON.stringify(laidOut));
      assert.ok(laidOut.heading > 0 && laidOut.heading <= laidOut.main, JSON.stringify(laidOut));
      assert.equal(await ahead.locator('button').first().evaluate((b) => (b.focus(), document.activeElement === b)), false, 'its buttons take no focus');
      const focused = () => page.evaluate(() => document.activeElement?.textContent);
      assert.equal(await focused(), REVIEW.zh, 'focus stays on the review');
      // A language switch on the review rebuilds it in the new language.
      await page.locator('header button', { hasText: 'English' }).click();
      await heading(page).filter({ hasText: REVIEW.en }).waitFor();
      assert.equal(await ahead.locator('h2.wq-heading').textContent(), 'Where to go');
      await ahead.evaluate((el) => {
        el.wqBuiltAhead = true;
      });
      await page.locator('main button:visible', { hasText: 'See the result' }).click();
      await heading(page).filter({ hasText: 'Where to go' }).waitFor();
      assert.equal(await page.locator('main section.wq-result').evaluate((el) => el.wqBuiltAhead === true), true, 'the section built ahead is the one shown');
      assert.equal(await page.locator('main section.wq-review').count(), 0);
      assert.equal(await focused(), 'Where to go', 'focus on the result heading');
      // Back on the review, it is built again (the answers may change there).
      await page.locator('main .wq-nav button:visible', { hasText: 'Back' }).click();
      await heading(page).filter({ hasText: REVIEW.en }).waitFor();
      await ahead.waitFor({ state: 'attached' });
      assert.equal(await ahead.evaluate((el) => el.wqBuiltAhead === true), false);
    },
  },
  {
    name: 'interview: while a question is read the next one is built, hidden from everyone; an answer that changes it builds the new one',
    async run({ page, servers }) {
      await openApp(page, servers.root.url);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).filter({ hasText: FIRST_QUESTION }).waitFor();
      const problems = page.locator('main form.wq-screen:has(#wq-question-problems)');
      await problems.waitFor({ state: 'attached' });
      assert.equal(await problems.isVisible(), false);
      assert.notEqual(await problems.getAttribute('hidden'), null);
      assert.equal(await page.getByRole('heading', { name: PROBLEMS }).count(), 0, 'not in the accessibility tree');
      assert.equal(await page.locator('main').getByRole('checkbox').count(), 0, 'its answers neither');
      const laidOut = await problems.evaluate((el) => [el.getBoundingClientRect().height, el.querySelector('h2').getBoundingClientRect().width]);
      assert.ok(laidOut[0] === 0 && laidOut[1] > 0, `laid out, no room: ${laidOut}`);
      assert.equal(await problems.locator('input').first().evaluate((i) => (i.focus(), document.activeElement === i)), false, 'no focus inside');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), FIRST_QUESTION, 'focus stays on the question');
      await problems.evaluate((el) => {
        el.wqBuiltAhead = true;
      });
      await page.locator('main label:visible', { hasText: '为我自己' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      assert.equal(await page.locator('main form.wq-screen:has(#wq-question-problems)').evaluate((el) => el.wqBuiltAhead === true), true, 'the form built ahead is the one shown');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), PROBLEMS, 'focus on its heading');
      await page.locator('main form.wq-screen[hidden]').waitFor({ state: 'attached' });
      assert.equal(await page.locator('main form.wq-screen').count(), 2, 'and the next one built ahead beside it');
      // Further on, for wages owed: "the boss has gone" skips "what do you
      // want"; the screen built ahead follows the answer.
      await answerAll(page, 'zh', '老板是不是跑了、躲起来了，联系不上？', { ...ANSWERS, [PROBLEMS]: [WAGES] });
      const ahead = page.locator('main > .wq-screen[hidden] h2');
      await page.locator('main label:visible', { hasText: '没有' }).click();
      await ahead.filter({ hasText: '您最希望怎样解决？' }).waitFor({ state: 'attached' });
      await page.locator('main label:visible', { hasText: '是的，联系不上' }).click();
      await ahead.filter({ hasText: '您现在还在这个单位工作吗？' }).waitFor({ state: 'attached' });
      assert.equal(await page.locator('main > .wq-screen[hidden]').count(), 1);
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: '您现在还在这个单位工作吗？' }).waitFor();
    },
  },
  {
    name: 'interview: a browser that is never idle still builds the result ahead, within a second of the review',
    async run({ page, servers }) {
      // A cheap phone busy with other tabs: requestIdleCallback only ever
      // fires through its timeout, if the app gave one.
      await page.addInitScript(() => {
        window.requestIdleCallback = (callback, options) =>
          options?.timeout > 0 ? setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), options.timeout) : 0;
      });
      await toReview(page, servers.root.url);
      const ahead = page.locator('main section.wq-result');
      await ahead.waitFor({ state: 'attached', timeout: 3000 });
      assert.equal(await ahead.isVisible(), false);
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), REVIEW.zh, 'focus stays on the review');
    },
  },
  {
    name: 'interview (en, keyboard only): language switch, answers, result, and the papers (typed, checked, an error followed and corrected, downloaded)',
    async run({ page, servers }) {
      await openApp(page, servers.root.url);
      // Tab to the language switch and press Enter; then to Start.
      const focusNext = async (text) => {
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          const t = await page.evaluate(() => document.activeElement?.innerText?.trim() || document.activeElement?.labels?.[0]?.innerText?.trim() || '');
          if (t === text) return;
        }
        throw new Error(`could not reach "${text}" with Tab`);
      };
      await focusNext('English');
      await page.keyboard.press('Enter');
      await page.locator('html [lang="en"] main button', { hasText: 'Start' }).waitFor();
      await focusNext('Start');
      await page.keyboard.press('Enter');
      await heading(page).waitFor();
      for (let i = 0; i < 20; i++) {
        const h = (await heading(page).innerText()).trim();
        if (h === REVIEW.en) break;
        assert.ok(await heading(page).evaluate((el) => el === document.activeElement), `focus on "${h}"`);
        const labels = page.locator('main fieldset label:visible');
        const wanted = (await labels.count()) > 0 ? ANSWERS[h] || [await labels.first().innerText()] : [];
        if (wanted.length === 0) {
          // The dates screen: all optional.
        } else if ((await page.locator('main > .wq-screen:not([hidden]) fieldset input[type="radio"]').count()) > 0) {
          // A radio group is one Tab stop; arrows move (and select) within it.
          for (let j = 0; j < 60; j++) {
            await page.keyboard.press('Tab');
            if (await page.evaluate(() => document.activeElement?.type === 'radio')) break;
          }
          for (let j = 0; j < 20; j++) {
            const t = await page.evaluate(() => document.activeElement.labels[0].innerText.trim());
            if (t === wanted[0]) break;
            await page.keyboard.press('ArrowDown');
          }
          await page.keyboard.press('Space');
        } else {
          for (const label of wanted) {
            await focusNext(label);
            await page.keyboard.press('Space');
          }
        }
        await focusNext(NEXT.en);
        await page.keyboard.press('Enter');
        await page.waitForFunction((prev) => document.querySelector('main h2')?.innerText.trim() !== prev, h);
      }
      assert.equal((await heading(page).innerText()).trim(), REVIEW.en);
      await focusNext('See the result');
      await page.keyboard.press('Enter');
      await heading(page).filter({ hasText: 'Where to go' }).waitFor();
      const text = await page.locator('main').innerText();
      assert.ok(text.includes('Labour-security inspection'), text);
      assert.ok(await heading(page).evaluate((el) => el === document.activeElement), 'focus on the result heading');

      // On to the papers, still by keyboard: type the form, check it, follow
      // an error's link to its field, correct it, and download the text.
      const tabTo = async (selector) => {
        for (let i = 0; i < 120; i++) {
          await page.keyboard.press('Tab');
          if (await page.evaluate((sel) => document.activeElement?.matches(sel), selector)) return;
        }
        throw new Error(`could not reach ${selector} with Tab`);
      };
      await focusNext('Prepare my papers');
      await page.keyboard.press('Enter');
      await heading(page).filter({ hasText: 'Prepare your papers' }).waitFor();
      assert.ok(await heading(page).evaluate((el) => el === document.activeElement), 'focus on the papers heading');
      const typed = [
        ['person.name', '张三'],
        ['person.id_number', '410102199003151231'], // a wrong check digit
        ['person.phone', '13812345678'],
        ['person.address', '郑州市中原区建设路1号'],
        ['employers[0].name', '郑州某某物流有限公司'],
        ['employers[0].address', '郑州市金水区花园路2号'],
      ];
      for (const [path, value] of typed) {
        await tabTo(`[id="wq-field-${path}"]`);
        await page.keyboard.type(value);
      }
      await tabTo('.wq-check-form');
      await page.keyboard.press('Enter');
      const summary = page.locator('main .wq-error-summary');
      await summary.waitFor();
      assert.ok(await summary.evaluate((el) => el === document.activeElement), 'a failed check takes focus to the error summary');
      await page.keyboard.press('Tab');
      assert.match(await page.evaluate(() => document.activeElement.innerText), /ID/);
      await page.keyboard.press('Enter');
      const id = page.locator('[id="wq-field-person.id_number"]');
      assert.ok(await id.evaluate((el) => el === document.activeElement), 'the error link puts focus in its field');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('0');
      await tabTo('.wq-check-form');
      await page.keyboard.press('Enter');
      await summary.waitFor({ state: 'detached' });
      await tabTo('.wq-download-txt');
      const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const papers = readFileSync(await dl.path(), 'utf8');
      for (const [path, value] of typed) if (path !== 'person.id_number') assert.ok(papers.includes(value), `${value} in the downloaded text`);
      assert.ok(papers.includes('410102199003151230'), 'the corrected ID number');
    },
  },
  {
    name: 'interview: a screen reader hears each step once (focus on the heading, the step number alone in the live region), nothing more as answers are ticked, and Back to the start puts focus on its heading',
    async run({ page, servers }) {
      await openApp(page, servers.root.url);
      const live = page.locator('.wq-sr-only[aria-live="polite"]');
      const focused = () => page.evaluate(() => `${document.activeElement.tagName} ${document.activeElement.innerText.trim()}`);
      assert.equal(await live.textContent(), '', 'nothing to announce on the start screen');
      // A language switch there (focus stays on the switch) says the screen's name in the new language.
      await page.locator('header button', { hasText: 'English' }).click();
      await page.waitForFunction(() => document.querySelector('.wq-sr-only[aria-live]').textContent === 'Rights-protection guide');
      assert.equal(await live.evaluate((el) => el.closest('[lang]').lang), 'en');
      await page.locator('header button', { hasText: '中文' }).click();
      await page.waitForFunction(() => document.querySelector('.wq-sr-only[aria-live]').textContent === '维权导办');
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).filter({ hasText: FIRST_QUESTION }).waitFor();
      assert.match(await live.textContent(), /^第1步，共\d+步$/, 'the step alone: focus on the heading reads the question');
      // Back from the first question: its button is gone; focus is on the start's heading, not the page's body.
      await page.locator('main button:visible', { hasText: '上一步' }).click();
      await page.locator('main h1').waitFor();
      assert.equal(await focused(), 'H1 维权导办');
      assert.equal(await live.textContent(), '');

      await page.locator('main button:visible', { hasText: '开始' }).click();
      await page.locator('main label:visible', { hasText: '为我自己' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      const said = await live.textContent();
      assert.match(said, /^第2步，共\d+步$/);
      // Ticking answers that change how many steps there are shows the new
      // count on screen, but announces nothing (the question is not read again).
      for (const answer of [WAGES, '工作中受伤或得了职业病']) {
        const shown = await page.locator('main .wq-progress').innerText();
        await page.locator('main label:visible', { hasText: answer }).click();
        await page.waitForFunction((before) => document.querySelector('main .wq-progress').innerText !== before, shown);
        assert.equal(await live.textContent(), said, `after ticking ${answer}`);
      }
      await page.locator('main button[type="submit"]:visible').click();
      await page.waitForFunction(() => /^第3步/.test(document.querySelector('.wq-sr-only[aria-live]').textContent));
      assert.ok(await heading(page).evaluate((el) => el === document.activeElement), 'focus on the new question');
    },
  },
  {
    name: 'interview: "still working" beside a dismissal is questioned, on the way and when the dismissal is added from the review',
    async run({ page, servers }) {
      // On the way: the question says why, and does not move on.
      await openApp(page, servers.root.url);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      await answerAll(page, 'zh', '您现在还在这个单位工作吗？', { ...ANSWERS, [PROBLEMS]: ['工资被拖欠或被无故扣钱', '被辞退、开除或被逼辞职'] });
      await page.locator('main label:visible', { hasText: '还在工作' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await page.locator('main p.wq-error').waitFor();
      assert.match(await page.locator('main p.wq-error').innerText(), /说明这份工作已经结束了/);
      assert.equal((await heading(page).innerText()).trim(), '您现在还在这个单位工作吗？');
      // From the review: a worker still there adds a dismissal; the
      // employment question comes back before the review.
      await toReview(page, servers.root.url);
      await page.getByRole('button', { name: /^修改：您遇到了什么问题/ }).click();
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      await page.locator('main label:visible', { hasText: '被辞退' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      // Any question the dismissal makes new first (its first answer), then
      // the employment question, answered "still working" before.
      await answerAll(page, 'zh', '您现在还在这个单位工作吗？', {});
      assert.ok(await page.locator('main input#wq-employment-employed').isChecked(), 'the earlier answer is shown');
      await page.locator('main label:visible', { hasText: '已经离开了' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: REVIEW.zh }).or(heading(page).filter({ hasText: '记得这些日期吗' })).waitFor();
    },
  },
  {
    name: 'interview: after changing an answer from the review (Next, or Back without a change), focus returns to that row, not to the top',
    async run({ page, servers }) {
      await toReview(page, servers.root.url);
      const focusedName = () => page.evaluate(() => document.activeElement.getAttribute('aria-label') || document.activeElement.innerText.trim());
      const change = page.getByRole('button', { name: /^修改：您遇到了什么问题/ });
      await change.click();
      await heading(page).filter({ hasText: PROBLEMS }).waitFor();
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: REVIEW.zh }).waitFor();
      await page.waitForFunction(() => document.activeElement.matches('main .wq-answer button'));
      assert.match(await focusedName(), /^修改：您遇到了什么问题/);
      const dates = page.getByRole('button', { name: /^修改：记得这些日期吗/ });
      await dates.click();
      await heading(page).filter({ hasText: '记得这些日期吗' }).waitFor();
      await page.locator('main button:visible', { hasText: '上一步' }).click();
      await heading(page).filter({ hasText: REVIEW.zh }).waitFor();
      await page.waitForFunction(() => document.activeElement.matches('main .wq-answer button'));
      assert.match(await focusedName(), /^修改：记得这些日期吗/);
      assert.equal(await page.locator('.wq-sr-only[aria-live]').textContent(), '', 'the review has no step to announce');
      await page.locator('header button', { hasText: 'English' }).click();
      await page.waitForFunction(() => document.querySelector('.wq-sr-only[aria-live]').textContent === 'Check your answers');
      await page.locator('header button', { hasText: '中文' }).click();
      await page.waitForFunction(() => document.querySelector('.wq-sr-only[aria-live]').textContent === '请核对您的回答');
      // Reached from the result, the review starts at its top again.
      await page.locator('main button:visible', { hasText: '查看结果' }).click();
      await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
      await page.locator('main button:visible', { hasText: '上一步' }).click();
      await heading(page).filter({ hasText: REVIEW.zh }).waitFor();
      await page.waitForFunction(() => document.activeElement.matches('main h2.wq-heading'));
    },
  },
  {
    name: 'interview: going back and switching language keep every answer',
    async run({ page, servers }) {
      await toProblems(page, servers.root.url);
      await page.locator('main label:visible', { hasText: '没签劳动合同' }).click();
      await page.locator('main label:visible', { hasText: '被辞退' }).click();
      await page.locator('main button:visible', { hasText: '上一步' }).click();
      await heading(page).filter({ hasText: '为自己反映' }).waitFor();
      assert.ok(await page.locator('#wq-reporter-worker').isChecked(), 'first answer kept');
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: '您遇到了什么问题' }).waitFor();
      assert.ok(await page.locator('#wq-problem-no_contract').isChecked());
      assert.ok(await page.locator('#wq-problem-dismissed').isChecked());
      await page.locator('header button', { hasText: 'English' }).click();
      await heading(page).filter({ hasText: 'What happened to you?' }).waitFor();
      assert.ok(await page.locator('#wq-problem-no_contract').isChecked(), 'kept across the language switch');
      assert.ok(await page.locator('#wq-problem-dismissed').isChecked());
      assert.equal(await page.locator('.wq[lang="en"]').count(), 1);
      // The page the app owns says its language too (its title is English now).
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      await page.locator('header button', { hasText: '中文' }).click();
      await heading(page).filter({ hasText: '您遇到了什么问题' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    },
  },
  {
    name: "interview: the browser's Back button steps back in the app and keeps the answers; at the start it leaves",
    async run({ page, servers }) {
      await page.goto('about:blank');
      await openApp(page, servers.root.url);
      const length = await page.evaluate(() => history.length);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await page.locator('main label:visible', { hasText: '为我自己' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: '您遇到了什么问题' }).waitFor();
      await page.locator('main label:visible', { hasText: '没签劳动合同' }).click();
      // One history entry stands for all the steps, however many.
      assert.equal(await page.evaluate(() => history.length), length + 1);
      await page.goBack();
      await heading(page).filter({ hasText: '为自己反映' }).waitFor();
      assert.ok(await page.locator('#wq-reporter-worker').isChecked(), 'the answer is kept');
      assert.equal(new URL(page.url()).pathname, new URL(servers.root.url).pathname, 'still on the app');
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: '您遇到了什么问题' }).waitFor();
      assert.ok(await page.locator('#wq-problem-no_contract').isChecked(), 'the later answer is kept too');
      await page.goBack();
      await heading(page).filter({ hasText: '为自己反映' }).waitFor();
      await page.goBack();
      await page.locator('main button:visible', { hasText: '开始' }).waitFor();
      // Back at the start the extra entry is gone: the next Back leaves the app.
      await page.waitForFunction((n) => history.length === n + 1 && history.state === null, length);
      await page.goBack();
      await page.waitForURL('about:blank');
    },
  },
  {
    name: 'interview: an unanswered question is named, focused (in view) and linked',
    async run({ page, servers }) {
      await openApp(page, servers.root.url);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      await page.locator('main button[type="submit"]:visible').click();
      const alert = page.locator('main .wq-error-summary');
      await alert.waitFor();
      // Focus, and so the view, goes to the errors: on a phone they are far
      // above Next, and nothing on screen would seem to change.
      await page.locator('main .wq-error-summary:focus').waitFor();
      const top = await alert.evaluate((el) => el.getBoundingClientRect().top);
      assert.ok(top >= 0 && top < page.viewportSize().height, `the errors in view (top ${top})`);
      assert.ok((await alert.innerText()).includes('请选一个答案'), await alert.innerText());
      assert.equal(await alert.locator('a').getAttribute('href'), '#wq-field-reporter');
      assert.equal(await page.locator('#wq-field-reporter').getAttribute('aria-invalid'), 'true');
      // The link takes focus to the first choice, without touching the URL.
      await alert.locator('a').click();
      await page.waitForFunction(() => document.activeElement?.id === 'wq-reporter-worker', null, { timeout: 5000 });
      assert.equal(await page.evaluate(() => location.hash), '');
      await page.locator('main label:visible', { hasText: '替别人反映或举报' }).click();
      assert.equal(await alert.count(), 0, 'the error goes once answered');
    },
  },
  {
    name: 'interview: a wrong date keeps the text and says what is wrong; a number-pad date (20250228) is accepted',
    async run({ page, servers }) {
      await openApp(page, servers.root.url);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      await answerAll(page, 'zh', '记得这些日期吗？');
      const field = page.locator('input[id="wq-field-dates.known"]');
      await field.fill('2025-02-30');
      await page.locator('main button[type="submit"]:visible').click();
      await page.locator('main .wq-error-summary:focus').waitFor();
      assert.equal(await field.inputValue(), '2025-02-30', 'what was typed is kept');
      assert.ok((await page.locator('main').innerText()).includes('日历上没有这一天'));
      // What a phone's number pad can type (an iPhone's has no "-").
      await field.fill('20250228');
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: '请核对您的回答' }).waitFor();
      assert.ok((await page.locator('main').innerText()).includes('20250228'), 'the review shows it as typed');
    },
  },
  {
    name: 'read aloud speaks the question in the current language, or says quietly there is no voice',
    async run({ page, context, servers }) {
      // A device with a Chinese voice only; record what would be spoken.
      await context.addInitScript(() => {
        window.__spoken = [];
        const zh = Object.create(SpeechSynthesisVoice.prototype, { lang: { value: 'zh-CN' }, name: { value: 'test' } });
        speechSynthesis.getVoices = () => [zh];
        speechSynthesis.speak = (u) => { window.__lastUtterance = u; window.__spoken.push({ text: u.text, lang: u.lang }); };
        speechSynthesis.cancel = () => window.__spoken.push('cancel');
      });
      await openApp(page, servers.root.url);
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      // Each new screen stops only our own speech: before any, nothing is
      // cancelled (a host page's read-aloud toolbar shares the queue).
      assert.deepEqual(await page.evaluate(() => window.__spoken), [], 'no speech of the page stopped');
      await page.locator('main button:visible', { hasText: '朗读' }).click();
      await page.locator('main > .wq-screen:not([hidden]) [role="status"]', { hasText: '正在朗读' }).waitFor();
      const spoken = (await page.evaluate(() => window.__spoken)).filter((x) => x !== 'cancel');
      assert.equal(spoken.length, 1);
      await page.evaluate(() => { window.__spoken = []; });
      assert.equal(spoken[0].lang, 'zh-CN');
      assert.ok(spoken[0].text.startsWith('您是为自己反映问题，还是替别人反映？'), spoken[0].text);
      assert.ok(spoken[0].text.includes('为我自己') && spoken[0].text.includes('替别人反映或举报'), spoken[0].text);
      // On to the next question: the speech stops, and its status goes.
      await page.locator('main label:visible', { hasText: '为我自己' }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasText: '您遇到了什么问题' }).waitFor();
      assert.equal(await page.locator('main > .wq-screen:not([hidden]) [role="status"]').innerText(), '');
      assert.deepEqual(await page.evaluate(() => window.__spoken), ['cancel'], 'stopped once, nothing more spoken');
      await page.locator('main button:visible', { hasText: '朗读' }).click();
      await page.locator('main > .wq-screen:not([hidden]) [role="status"]', { hasText: '正在朗读' }).waitFor();
      await page.evaluate(() => { window.__spoken = []; });
      // The same question in English is a new text: stopped, status gone.
      await page.locator('header button', { hasText: 'English' }).click();
      await heading(page).filter({ hasText: 'What happened to you?' }).waitFor();
      assert.equal(await page.locator('main > .wq-screen:not([hidden]) [role="status"]').innerText(), '');
      assert.deepEqual(await page.evaluate(() => window.__spoken), ['cancel']);
      await page.evaluate(() => { window.__spoken = []; });
      await page.locator('main button:visible', { hasText: 'Read aloud' }).click();
      await page.locator('main > .wq-screen:not([hidden]) [role="status"]', { hasText: 'no English voice' }).waitFor();
      assert.deepEqual(await page.evaluate(() => window.__spoken), [], 'nothing spoken without a voice');
      // A speech that failed or was cancelled by someone else (an error
      // event, not end) is no longer ours: the next screen stops nothing.
      await page.locator('header button', { hasText: '中文' }).click();
      await heading(page).filter({ hasText: '您遇到了什么问题' }).waitFor();
      await page.locator('main button:visible', { hasText: '朗读' }).click();
      await page.locator('main > .wq-screen:not([hidden]) [role="status"]', { hasText: '正在朗读' }).waitFor();
      await page.evaluate(() => { window.__lastUtterance.onerror(new Event('error')); window.__spoken = []; });
      await page.locator('header button', { hasText: 'English' }).click();
      await heading(page).filter({ hasText: 'What happened to you?' }).waitFor();
      assert.deepEqual(await page.evaluate(() => window.__spoken), [], 'a failed speech is not ours to cancel');
    },
  },
  {
    name: 'interview: every answer is a touch target at least 44 px tall',
    async run({ page, servers }) {
      await toProblems(page, servers.root.url);
      const heights = await page.locator('main .wq-option:visible').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      assert.equal(heights.length, 17);
      for (const h of heights) assert.ok(h >= 44, `option is ${h}px tall`);
      for (const b of await page.locator('main button:visible, header button').all()) {
        const box = await b.boundingBox();
        assert.ok(box.height >= 44, `${await b.innerText()} is ${box.height}px tall`);
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= (page.viewportSize().width), `no sideways scrolling: ${width}px`);
    },
  },
  {
    name: 'interview: after a long screen the next one shows from the top, the step counter above its heading',
    async run({ page, servers }) {
      await toProblems(page, servers.root.url);
      // The problems list is taller than the phone's screen: Next is far down.
      await page.locator('main label:visible', { hasText: WAGES }).click();
      await page.locator('main button[type="submit"]:visible').click();
      await heading(page).filter({ hasNotText: PROBLEMS }).waitFor();
      await page.waitForFunction(() => document.activeElement?.matches('main h2.wq-heading'));
      const top = await page.locator('.wq-progress').evaluate((el) => el.getBoundingClientRect().top);
      assert.ok(top >= 0 && top < page.viewportSize().height, `the step counter in view (top ${top})`);
      const h = await heading(page).evaluate((el) => el.getBoundingClientRect().top);
      assert.ok(h > top, `the heading below it (${h})`);
    },
  },
];
