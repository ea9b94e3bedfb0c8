// Robustness (issue 8.3) from the person's side: a seeded random walk of
// clicks, hostile typing and keys, from the interview's dates screen and
// from the summary's form, straying to the other screens and back. After every action the page must still be the app: no uncaught error,
// no console error or warning, no recovery screen, a heading on screen; and
// every field typed into still holds exactly what was typed (nothing the
// person typed is lost, also across a language switch or a round trip to
// the result). The seed is fixed, so a failure replays: the message lists
// the last actions.
import assert from 'node:assert/strict';
import { ANSWERS, REVIEW, answerAll, heading, openApp } from './helpers.mjs';

const TEXTS = [
  '', ' ', '0', '-1', '6000', '６０００', '１，０００.５', '5000.555', '1e9', '99999999999999999999', 'NaN',
  '2025-02-30', '2024-02-29', '20250301', '2099-01-01', '1900-01-01', '2025年3月1日', '2025/13/1', '２０２５－０３－０１',
  '张三', '<script>alert(1)</script>', '\u202E张三', '😀'.repeat(40), 'a'.repeat(2000), '\u0000\u0007',
  '11010519491231002X', '１１０１０５１９４９１２３１００２Ｘ', '13800138000', '+86 138 0013 8000', '91350100M000100Y43',
];
/** Buttons that throw the answers away or leave the page on purpose: not
 * part of this walk (their own tests cover them). Print opens a dialog. */
const SKIP = /重新开始|Start over|清除|clear|打印|Print|Restart/i;
/** Buttons that throw away what was typed in some fields, as they say (a
 * removed employer's fields; the facts text back to the generated one):
 * the walk forgets what it typed there (rows renumber, so it forgets all). */
const DISCARD = /删除|Remove|恢复自动生成|Go back to the generated/i;

/** A small deterministic generator (the walk replays from its seed). */
function lcg(seed) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** The first of `locators` that is on screen, if any. */
async function firstVisible(locators) {
  for (const l of locators) if (await l.first().isVisible()) return l.first();
  return null;
}

/** Walks from the screen headed `home`; away from it, now and then takes
 * the first button of `toward` that is shown, to come back. */
async function walk(page, seen, { seed, steps, home, toward }) {
  const scope = '#weiquan-app';
  const rnd = lcg(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const typed = new Map(); // field id → last text typed
  const log = [];
  const fail = (why) => assert.fail(`${why}\nlast actions (seed ${seed}):\n${log.slice(-12).join('\n')}`);
  const controls = page.locator(
    ['button', 'label', 'input:not([type=checkbox]):not([type=radio])', 'textarea', 'select', 'summary']
      .map((s) => `${scope} ${s}:visible`).join(', '),
  );
  for (let i = 0; i < steps; i++) {
    let act = 'nothing';
    const away = !home.test(await page.locator('#weiquan-app main :is(h1, h2)').first().innerText());
    const way = away && rnd() < 0.3 ? await firstVisible(toward) : null;
    if (way) {
      act = `click ${await way.innerText()} (towards the walk's screen)`;
      await way.click();
    } else if (rnd() < 0.05) {
      act = `key ${pick(['Tab', 'Shift+Tab', 'Enter', 'Space', 'Escape', 'ArrowDown'])}`;
      await page.keyboard.press(act.slice(4));
      // A key typed into a field is typing too: the field now holds it.
      const [id, value] = await page.evaluate(() => [document.activeElement?.id, document.activeElement?.value]);
      if (id && typeof value === 'string' && typed.has(id)) typed.set(id, value);
    } else {
      const n = await controls.count();
      for (let tries = 0; n && tries < 6; tries++) {
        const el = controls.nth(Math.floor(rnd() * n));
        const what = await el.evaluate((e) => ({ tag: e.tagName, id: e.id, text: e.textContent.trim().slice(0, 24), options: e.options?.length ?? 0 }));
        if (SKIP.test(what.text)) continue;
        if (what.tag === 'INPUT' || what.tag === 'TEXTAREA') {
          const text = pick(TEXTS);
          act = `type ${what.id} ${JSON.stringify(text.slice(0, 16))}`;
          await el.fill(text);
          typed.set(what.id, text);
          if (what.tag === 'INPUT' && rnd() < 0.2) await el.press('Enter'); // submits the form
        } else if (what.tag === 'SELECT') {
          act = `select ${what.id}`;
          await el.selectOption({ index: Math.floor(rnd() * what.options) });
        } else {
          act = `click ${what.tag} ${what.text || what.id}`;
          await el.click();
          if (DISCARD.test(what.text)) typed.clear();
        }
        break;
      }
    }
    log.push(`${i} ${act}`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    if (await page.locator('#weiquan-app[data-wq-crashed]').count()) fail('the recovery screen appeared');
    if (seen.pageErrors.length || seen.console.length) fail(`errors: ${[...seen.pageErrors, ...seen.console].join(' | ')}`);
    if (!(await page.locator('#weiquan-app main :is(h1, h2)').count())) fail('no heading on screen');
    // Every field on screen that was typed into still holds the text.
    const shown = await page.locator(`${scope} :is(input, textarea)`).evaluateAll((els) =>
      els.filter((e) => e.id).map((e) => [e.id, e.value]));
    for (const [id, value] of shown) {
      // Blank is blank: a field of spaces may come back empty.
      if (typed.has(id) && typed.get(id) !== value && !(typed.get(id).trim() === '' && value === '')) {
        fail(`${id} holds ${JSON.stringify(value.slice(0, 40))}, typed ${JSON.stringify(typed.get(id).slice(0, 40))}`);
      }
    }
  }
  return log;
}

const button = (page, name) => page.locator('main button:visible', { hasText: name });

export const tests = [
  {
    name: 'fuzz: 150 random actions from the dates screen (hostile dates, keys, language switch, back and forth): no error, nothing typed lost',
    async run({ page, seen, servers, viewportName }) {
      await openApp(page, servers.root.url + (viewportName === 'kiosk' ? '?mode=kiosk' : ''));
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      // From the dates screen (the interview's only typed answers), leaving
      // it now and then (back, review, result) and coming back.
      await answerAll(page, 'zh', '记得这些日期吗？', {
        ...ANSWERS,
        '您遇到了什么问题？（可以选多项）': ['工资被拖欠或被无故扣钱', '工作中受伤或得了职业病'],
        '您现在还在这个单位工作吗？': ['已经离开了'],
      });
      const log = await walk(page, seen, { seed: 20261127, steps: 150, home: /记得这些日期|Do you remember these dates/,
        toward: [button(page, /^(下一步|Next)$/), button(page, /^(上一步|Back)$/)],
      });
      const typings = log.filter((l) => l.includes(' type ')).length;
      assert.ok(typings >= 20, `enough typing: ${typings}\n${log.join('\n')}`);
    },
  },
  {
    name: 'fuzz: 150 random actions on the summary form (hostile text in every field, language switch): no error, nothing typed lost',
    async run({ page, seen, servers, viewportName }) {
      await openApp(page, servers.root.url + (viewportName === 'kiosk' ? '?mode=kiosk' : ''));
      await page.locator('main button:visible', { hasText: '开始' }).click();
      await heading(page).waitFor();
      await answerAll(page, 'zh', REVIEW.zh, {
        ...ANSWERS,
        '您遇到了什么问题？（可以选多项）': ['工资被拖欠或被无故扣钱', '被辞退、开除或被逼辞职', '加班太多'],
        '您现在还在这个单位工作吗？': ['已经离开了'],
      });
      await page.locator('main button:visible', { hasText: '查看结果' }).click();
      await page.locator('main .wq-open-summary').click();
      await heading(page).filter({ hasText: '准备材料' }).waitFor();
      const log = await walk(page, seen, { seed: 7, steps: 150, home: /准备材料|Prepare your papers/,
        toward: [page.locator('main .wq-open-summary'), button(page, /^(下一步|Next)$/), button(page, /^(查看结果|See the result)$/)],
      });
      const typings = log.filter((l) => l.includes(' type ')).length;
      assert.ok(typings >= 30, `enough typing: ${typings}\n${log.join('\n')}`);
    },
  },
];
