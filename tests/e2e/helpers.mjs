// Shared steps of the end-to-end flows (not a test file: run.mjs loads *.test.mjs).
import assert from 'node:assert/strict';

/** Loads `url` (HTTP 200) and waits until the wasm app has replaced the
 * loading state. */
export async function openApp(page, url) {
  const response = await page.goto(url);
  assert.equal(response.status(), 200, url);
  await page.locator('#weiquan-app:not([aria-busy]):not([data-wq-early]) main button').waitFor();
  return response;
}

/** Opens the app, says "for myself" and arrives at the problems question. */
export async function toProblems(page, url) {
  await openApp(page, url);
  await page.locator('main button:visible', { hasText: '开始' }).click();
  await page.locator('main label:visible', { hasText: '为我自己' }).click();
  await page.locator('main button[type="submit"]:visible').click();
  await heading(page).filter({ hasText: '您遇到了什么问题' }).waitFor();
}

/** Waits until `ready()` (sync or async) gives something truthy, for up to
 * 10 s, and returns it: for what the browser reports a little later (a
 * dialog, a CSP report, a frame's new height), which a fixed pause would
 * miss on a slow machine. Throws with `what` if it never does. */
export async function eventually(what, ready) {
  for (let i = 0; i < 200; i++) {
    const value = await ready();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`waited 10 s for ${what}`);
}

/** The screen's heading (a dialog on the screen has its own <h2>). */
export const heading = (page) => page.locator('main h2.wq-heading:visible');

/** What a clean page shows: no uncaught error, no console error or
 * warning, no failed request, no CSP violation (`seen` from run.mjs). */
export function assertClean(seen, violations) {
  assert.deepEqual(seen.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(seen.console, [], 'console errors/warnings');
  assert.deepEqual(seen.failedRequests, [], 'failed requests');
  assert.deepEqual(violations, [], 'CSP violations');
}

/** Opens the app and answers every question in Chinese (ANSWERS): the
 * review. Returns the questions asked (answerAll's). */
export async function toReview(page, url) {
  await openApp(page, url);
  await page.locator('main button:visible', { hasText: '开始' }).click();
  await heading(page).waitFor();
  return answerAll(page, 'zh');
}

/** Opens the app, answers every question in Chinese (ANSWERS) and arrives
 * at the result. */
export async function toResult(page, url) {
  await toReview(page, url);
  await page.locator('main button:visible', { hasText: '查看结果' }).click();
  await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
}

/** Answers by question (Chinese and English), as a worker owed wages who
 * also has no social insurance would answer. Questions not listed get their
 * first answer. */
export const ANSWERS = {
  '您是为自己反映问题，还是替别人反映？': ['为我自己'],
  'Are you raising this for yourself or for someone else?': ['For myself'],
  '您遇到了什么问题？（可以选多项）': ['工资被拖欠或被无故扣钱', '单位没给上社保'],
  'What happened to you? (choose all that apply)': [
    'My wages are late, unpaid or docked without reason',
    'The employer never enrolled me in social insurance',
  ],
  '单位承认您是（或曾经是）它的员工吗？': ['承认'],
  'Does the employer accept that you work (or worked) for it?': ['Yes'],
  '您最希望怎样解决？': ['让人社部门查处单位，责令改正'],
  'What would you most like to happen?': ['The authorities investigate the employer and order it to correct the wrong'],
  '老板是不是跑了、躲起来了，联系不上？': ['没有'],
  'Has the boss run away or gone into hiding?': ['No'],
  '这件事已经有过处理结果吗？': ['还没有'],
  'Has this already been decided by anyone?': ['Not yet'],
  '您现在还在这个单位工作吗？': ['还在工作'],
  'Do you still work there?': ['Yes, I still work there'],
};
export const REVIEW = { zh: '请核对您的回答', en: 'Check your answers' };
export const NEXT = { zh: '下一步', en: 'Next' };
export const FIRST_QUESTION = '您是为自己反映问题，还是替别人反映？';
export const PROBLEMS = '您遇到了什么问题？（可以选多项）';
export const WAGES = '工资被拖欠或被无故扣钱';
export const CONSENT = '在这台手机上保存我的回答';

/** Every alert/confirm/prompt the page opens, dismissed and recorded (a
 * test asserts the list stays empty: no script of the person's ran). */
export function collectDialogs(page) {
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  return dialogs;
}

/** Answers every question by clicking until the screen headed `stopAt`
 * (the review by default), with `answers` (question → labels; default
 * ANSWERS). Returns the questions asked, in order. Checks focus and title on
 * every step. */
export async function answerAll(page, lang, stopAt = REVIEW[lang], answers = ANSWERS) {
  const asked = [];
  for (let i = 0; i < 20; i++) {
    const h = (await heading(page).innerText()).trim();
    if (h === stopAt) return asked;
    asked.push(h);
    assert.ok(await heading(page).evaluate((el) => el === document.activeElement), `focus on "${h}"`);
    assert.ok((await page.title()).startsWith(h), `title for "${h}": ${await page.title()}`);
    const options = page.locator('main fieldset label:visible');
    if ((await options.count()) > 0) {
      for (const label of answers[h] || [await options.first().innerText()]) {
        await page.locator('main label:visible', { hasText: label }).first().click();
      }
    }
    await page.locator('main button[type="submit"]:visible').click();
    await page.waitForFunction((prev) => document.querySelector('main h2')?.innerText.trim() !== prev, h);
  }
  throw new Error(`no "${stopAt}" after 20 steps: ${asked.join(' / ')}`);
}
