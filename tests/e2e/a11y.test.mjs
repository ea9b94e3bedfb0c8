// End-to-end accessibility: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on
// every screen, in both languages, on the phone and kiosk viewports (run.mjs
// runs each test on both), and a check axe cannot make: every piece of
// Chinese text on an English screen is marked as Chinese (3.1.2). axe is injected by evaluating its source through
// the DevTools protocol, which the page's strict CSP does not apply to (a
// <script> tag would be blocked). Keyboard-only use is covered by the
// keyboard flow in interview.test.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { ANSWERS, NEXT, REVIEW, answerAll, heading, openApp } from './helpers.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// WCAG 2.2 A/AA, plus axe's best practices (landmarks, unique landmark names).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page as it is now; returns one line per violation:
 * where, rule id, impact, help and the first target selectors. */
export async function audit(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (values) => window.axe.run(document, { runOnly: { type: 'tag', values } }).then((r) =>
      r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))),
    TAGS,
  );
  // Language of parts (WCAG 3.1.2), which axe cannot judge: Chinese text
  // (a law's name and words on an English screen, the language switch) must
  // sit in an element marked zh, or a screen reader reads it with the wrong
  // voice.
  // Shadow roots (the embedded widgets) are walked too; inside one, the
  // language is inherited from the host element when nothing in it says.
  const parts = await page.evaluate(() => {
    const langOf = (el) => {
      for (let e = el; e; ) {
        const marked = e.closest('[lang]');
        if (marked) return marked.getAttribute('lang');
        e = e.getRootNode().host;
      }
      return '';
    };
    const out = [];
    const walk = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === Node.ELEMENT_NODE) {
          if (n.shadowRoot) walk(n.shadowRoot);
          continue;
        }
        if (!/[\u3400-\u9fff]/.test(n.textContent) || n.parentElement.closest('noscript, style')) continue;
        const lang = langOf(n.parentElement);
        if (!/^zh/i.test(lang)) out.push(`<${n.parentElement.tagName.toLowerCase()}> "${n.textContent.trim().slice(0, 30)}" in lang "${lang}"`);
      }
    };
    walk(document.body);
    return out;
  });
  const spacing = await textSpacingLoss(page);
  return [
    ...violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(' | ')}`),
    ...parts.map((p) => `${where}: language of parts (WCAG 3.1.2) — ${p}`),
    ...spacing.map((p) => `${where}: text spacing (WCAG 1.4.12) — ${p}`),
  ];
}

/** Text spacing (WCAG 1.4.12), which axe cannot judge: with the spacing a
 * reader may set (line height 1.5, paragraphs 2 em apart, letters 0.12 em,
 * words 0.16 em; the W3C's bookmarklet as one stylesheet) nothing of the
 * widget is cut off or spills out of its box, and the page does not scroll
 * sideways. The sheet is adopted by the document and every shadow root
 * (a constructed sheet: the page's CSP blocks <style>), measured, and taken
 * away again, so that axe above saw the default style. Elements only a
 * screen reader reads (1 px, clipped) are skipped. Returns one line per
 * box that loses content. */
export async function textSpacingLoss(page) {
  return page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    for (const r of roots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
    const out = [];
    try {
      // The sheet took: a heading of the widget has the letter spacing.
      const h = roots.map((r) => r.querySelector('#weiquan-app h1, #weiquan-app h2, .wq h1, .wq h2')).find(Boolean);
      if (!h || getComputedStyle(h).letterSpacing === 'normal') out.push('the spacing was not applied');
      const de = document.documentElement;
      if (de.scrollWidth > de.clientWidth) out.push(`the page scrolls sideways: ${de.scrollWidth} px in ${de.clientWidth} px`);
      const name = (el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') || ''}"> "${el.textContent.trim().slice(0, 24)}"`;
      for (const r of roots) {
        const widget = r === document ? r.querySelectorAll('#weiquan-app *') : r.querySelectorAll('*');
        for (const el of widget) {
          if (el.clientWidth <= 1 || el.clientHeight <= 1 || !el.checkVisibility()) continue;
          const cs = getComputedStyle(el);
          const cut = (o) => o === 'hidden' || o === 'clip';
          // (A text field scrolls sideways under the caret: what is typed stays in reach.)
          const field = el.matches('input, textarea, select');
          if (cut(cs.overflowX) && !field && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} cut off at the side (${el.scrollWidth} px in ${el.clientWidth} px)`);
          // A glyph's ascent may pass its line box by a pixel or two; a lost line is a whole line high.
          // (A box that scrolls, such as a long textarea, keeps its content in reach.)
          if (el.scrollHeight > el.clientHeight + 4 && !/auto|scroll/.test(cs.overflowY)) {
            out.push(`${name(el)} ${cut(cs.overflowY) ? 'cut off' : 'spills out'} below (${el.scrollHeight} px in ${el.clientHeight} px)`);
          }
        }
      }
    } finally {
      for (const r of roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    return out;
  });
}

const TEXT = {
  zh: {
    start: '开始',
    problems: '您遇到了什么问题？（可以选多项）',
    chosen: ['工资被拖欠或被无故扣钱', '单位没给上社保', '工作中受伤或得了职业病'],
    injury: '您的受伤已经被认定为工伤了吗？',
    notYet: '还没有认定',
    dates: '记得这些日期吗？',
    result: '您该去哪里',
    seeResult: '查看结果',
  },
  en: {
    start: 'Start',
    problems: 'What happened to you? (choose all that apply)',
    chosen: [
      'My wages are late, unpaid or docked without reason',
      'The employer never enrolled me in social insurance',
      'I was injured at work or have an occupational disease',
    ],
    injury: 'Has your injury been officially recognised as a work injury?',
    notYet: 'Not yet',
    dates: 'Do you remember these dates?',
    result: 'Where to go',
    seeResult: 'See the result',
  },
};

/** Walks every screen in `lang` and audits each state; returns all violations.
 * The case (wages + no social insurance + a work injury not yet recognised)
 * makes the result show several steps with redirects, notes, checklists,
 * time limits and the places. */
async function auditEveryScreen(page, url, lang, mode) {
  const T = TEXT[lang];
  const found = [];
  if (mode === 'kiosk') {
    await page.clock.install();
    url = `${url}?mode=kiosk&idle=30`;
  }
  await openApp(page, url);
  if (lang === 'en') {
    await page.locator('header button', { hasText: 'English' }).click();
    await page.locator('.wq[lang="en"] main button', { hasText: T.start }).waitFor();
  }
  found.push(...(await audit(page, 'start')));

  await page.locator('main button:visible', { hasText: T.start }).click();
  await heading(page).waitFor();
  found.push(...(await audit(page, 'radio question')));
  await page.locator('main button[type="submit"]:visible').click();
  await page.locator('main .wq-error-summary:focus').waitFor();
  found.push(...(await audit(page, 'question with error summary')));
  // Answer it by hand: focus is on the error summary, not on the heading
  // that answerAll expects.
  const first = (await heading(page).innerText()).trim();
  await page.locator('main label:visible', { hasText: ANSWERS[first][0] }).click();
  await page.locator('main button[type="submit"]:visible').click();
  await heading(page).filter({ hasText: T.problems }).waitFor();
  found.push(...(await audit(page, 'checkbox question')));
  await page.locator('main button[type="submit"]:visible').click();
  await page.locator('main .wq-error-summary:focus').waitFor();
  assert.equal(await page.locator('main input[type="checkbox"][aria-invalid="true"]').count(), await page.locator('main input[type="checkbox"]').count());
  found.push(...(await audit(page, 'checkbox question with error')));
  // Answer it by hand too (focus is in the summary).
  for (const l of T.chosen) await page.locator('main label:visible', { hasText: l }).first().click();
  await page.locator('main button[type="submit"]:visible').click();
  await heading(page).filter({ hasNotText: T.problems }).waitFor();

  const answers = { ...ANSWERS, [T.problems]: T.chosen, [T.injury]: [T.notYet] };
  await answerAll(page, lang, T.dates, answers);
  found.push(...(await audit(page, 'dates')));
  const fields = page.locator('main .wq-field input');
  await fields.first().fill('2025-02-30');
  await page.locator('main button[type="submit"]:visible').click();
  await page.locator('main .wq-error-summary:focus').waitFor();
  found.push(...(await audit(page, 'dates with an error')));
  for (const f of await fields.all()) await f.fill('2026-10-01');
  await page.locator('main button[type="submit"]:visible', { hasText: NEXT[lang] }).click();
  await heading(page).filter({ hasText: REVIEW[lang] }).waitFor();
  found.push(...(await audit(page, 'review')));

  await page.locator('main button:visible', { hasText: T.seeResult }).click();
  await heading(page).filter({ hasText: T.result }).waitFor();
  const steps = await page.locator('main ol.wq-steps > li').count();
  assert.ok(steps >= 2, `several steps: ${await page.locator('main').innerText()}`);
  assert.ok((await page.locator('main .wq-limit').count()) > 0, 'a time limit shown');
  for (const d of await page.locator('main details:visible').all()) await d.evaluate((el) => { el.open = true; });
  found.push(...(await audit(page, 'result (details open)')));
  await page.getByRole('button', { name: lang === 'zh' ? '重新开始' : 'Start again', exact: true }).click();
  await page.getByRole('alertdialog').waitFor();
  found.push(...(await audit(page, '"start again?" dialog')));
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog').waitFor({ state: 'hidden' });
  if (mode === 'kiosk') {
    await page.clock.runFor(31_000);
    await page.getByRole('alertdialog').waitFor();
    found.push(...(await audit(page, 'kiosk idle dialog')));
  } else {
    await page.getByRole('button', { name: lang === 'zh' ? '清除我的数据' : 'Clear my data', exact: true }).click();
    await page.getByRole('alertdialog').waitFor();
    found.push(...(await audit(page, '"clear my data?" dialog')));
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'hidden' });
    await page.locator('#wq-save-consent').check();
    await page.reload();
    await page.locator('.wq-notice').waitFor();
    found.push(...(await audit(page, 'phone: restored from a save')));
  }
  return found.map((f) => `${mode}: ${f}`);
}

/** Embedded (issue 7.3): the host page examples/embed.html with two
 * <weiquan-guide> elements (one themed through custom properties). Walks one
 * widget through every screen (first answers; dates left blank) and audits
 * the whole page, shadow roots included, at each. */
async function auditEmbedded(page, url, lang) {
  const id = lang === 'zh' ? '#guide-zh' : '#guide-en';
  const T = TEXT[lang];
  const found = [];
  await page.goto(url);
  const guide = page.locator(id);
  for (const g of await page.locator('weiquan-guide').all()) await g.locator('.wq-host:not([aria-busy]) .wq-main button').first().waitFor();
  found.push(...(await audit(page, 'embedded start')));
  await guide.locator('.wq-main button:visible', { hasText: T.start }).click();
  const h2 = guide.locator('.wq-main h2:visible');
  await h2.waitFor();
  found.push(...(await audit(page, 'embedded question')));
  await guide.locator('.wq-main button[type="submit"]:visible').click();
  await guide.locator('.wq-main .wq-error-summary:focus').waitFor();
  found.push(...(await audit(page, 'embedded question with error')));
  for (let i = 0; i < 20; i++) {
    const h = (await h2.innerText()).trim();
    if (h === REVIEW[lang]) break;
    const options = guide.locator('.wq-main fieldset label:visible');
    if ((await options.count()) > 0) await options.first().click();
    await guide.locator('.wq-main button[type="submit"]:visible').click();
    await page.waitForFunction(([sel, prev]) => {
      const el = document.querySelector(sel).shadowRoot.querySelector('.wq-main h2');
      return el && el.innerText.trim() !== prev;
    }, [id, h]);
  }
  found.push(...(await audit(page, 'embedded review')));
  await guide.locator('.wq-main button:visible', { hasText: T.seeResult }).click();
  await h2.filter({ hasText: T.result }).waitFor();
  found.push(...(await audit(page, 'embedded result')));
  await guide.locator('.wq-main button:visible', { hasText: lang === 'zh' ? '准备投诉、仲裁材料' : 'Prepare my papers' }).click();
  await guide.locator('.wq-main textarea').first().waitFor();
  found.push(...(await audit(page, 'embedded summary')));
  return found;
}

export const tests = ['phone', 'kiosk'].flatMap((mode) =>
  ['zh', 'en'].map((lang) => ({
    name: `a11y (${lang}, ${mode} mode): no WCAG 2.2 A/AA violation on any screen (axe, and the language of parts)`,
    async run({ page, servers }) {
      const found = await auditEveryScreen(page, servers.root.url, lang, mode);
      assert.equal(found.length, 0, `${found.length} violation(s) (axe, language of parts):\n${found.join("\n")}`);
    },
  })),
);

for (const lang of ['zh', 'en']) {
  tests.push({
    name: `a11y (${lang}, embedded): no WCAG 2.2 A/AA violation on the host page with two widgets (axe, and the language of parts)`,
    async run({ page, servers }) {
      const found = await auditEmbedded(page, `${servers.examples.url}embed.html`, lang);
      assert.equal(found.length, 0, `${found.length} violation(s) (axe, language of parts):\n${found.join("\n")}`);
    },
  });
}

/** A dark host theme through the documented custom properties (deploy/README.md). */
const DARK = {
  '--wq-bg': '#121212', '--wq-fg': '#eeeeee', '--wq-muted': '#bdbdbd', '--wq-accent': '#8ab4f8',
  '--wq-accent-dark': '#aecbfa', '--wq-on-accent': '#121212', '--wq-focus': '#fbbc04', '--wq-error': '#f28b82',
};

/** axe's colour contrast on the page as it is now: the failing nodes, and
 * the widget `id`'s nodes it could judge (passed or failed), so that a
 * colour axe cannot read (incomplete) does not pass unseen. */
async function contrast(page, id, where) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const r = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } }).then((r) => ({
    violations: r.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any.map((c) => c.message).join(' ')}`)),
    passes: [...r.passes, ...r.violations].flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
    incomplete: r.incomplete.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any.map((c) => c.message).join(' ')}`)),
  })));
  return { ...r, violations: r.violations.map((v) => `${where}: ${v}`), judged: r.passes.filter((t) => t.startsWith(id)) };
}

tests.push({
  name: 'a11y (zh, embedded, dark theme): the --wq-* properties of a dark host theme keep every text at 4.5:1 (ticked answer, glossary, result with details open, the papers\' form)',
  async run({ page, servers }) {
    await page.goto(`${servers.examples.url}embed.html`);
    // Set through the CSSOM (the host page's CSP refuses style attributes).
    await page.evaluate((theme) => {
      const g = document.getElementById('guide-zh');
      for (const [k, v] of Object.entries(theme)) g.style.setProperty(k, v);
    }, DARK);
    const g = page.locator('#guide-zh');
    await g.locator('.wq-host:not([aria-busy]) .wq-main button').first().waitFor();
    assert.equal(await g.locator('.wq-host').evaluate((r) => getComputedStyle(r).backgroundColor), 'rgb(18, 18, 18)', 'the theme applies');
    const found = [];
    await g.locator('.wq-main button:visible', { hasText: TEXT.zh.start }).click();
    const h2 = g.locator('.wq-main h2.wq-heading:visible');
    await g.locator('.wq-main label:visible', { hasText: ANSWERS[(await h2.innerText()).trim()][0] }).click();
    await g.locator('.wq-main button[type="submit"]:visible').click();
    await h2.filter({ hasText: TEXT.zh.problems }).waitFor();
    for (const l of TEXT.zh.chosen) await g.locator('.wq-main label:visible', { hasText: l }).first().click();
    for (const d of await g.locator('.wq-main details:visible').all()) await d.evaluate((el) => { el.open = true; });
    let c = await contrast(page, '#guide-zh', 'problems (ticked, glossary open)');
    found.push(...c.violations);
    const ticked = await g.locator('.wq-main input:checked + label').evaluateAll((ls) => ls.map((l) => l.htmlFor));
    assert.equal(ticked.length, 3);
    for (const f of ticked) assert.ok(c.judged.some((t) => t.includes(f)), `axe judged the ticked answer ${f}: ${c.incomplete.join('\n')}`);
    assert.ok(c.judged.some((t) => / summary$/.test(t)), `axe judged the glossary's summaries: ${c.judged.join('\n')}`);
    // On through the interview (dates long ago: time limits near or passed) to the result.
    await g.locator('.wq-main button[type="submit"]:visible').click();
    const answers = { ...ANSWERS, [TEXT.zh.injury]: [TEXT.zh.notYet] };
    for (let i = 0; i < 20; i++) {
      const h = (await h2.innerText()).trim();
      if (h === REVIEW.zh) break;
      if (h === TEXT.zh.dates) for (const f of await g.locator('.wq-main .wq-field input').all()) await f.fill('2025-12-01');
      else for (const l of answers[h] || [await g.locator('.wq-main fieldset label:visible').first().innerText()]) await g.locator('.wq-main label:visible', { hasText: l }).first().click();
      await g.locator('.wq-main button[type="submit"]:visible').click();
      await h2.filter({ hasNotText: h }).waitFor();
    }
    await g.locator('.wq-main button:visible', { hasText: TEXT.zh.seeResult }).click();
    await h2.filter({ hasText: TEXT.zh.result }).waitFor();
    for (const d of await g.locator('.wq-main details:visible').all()) await d.evaluate((el) => { el.open = true; });
    assert.ok((await g.locator('.wq-main .wq-limit').count()) > 0, 'time limits shown');
    assert.ok((await g.locator('.wq-main .wq-limit-near, .wq-main .wq-limit-passed').count()) > 0, 'a time limit near or passed');
    c = await contrast(page, '#guide-zh', 'result (details open)');
    found.push(...c.violations);
    assert.ok(c.judged.some((t) => t.includes('.wq-limit')), `axe judged the time limits: ${c.incomplete.join('\n')}`);
    // The papers' form with its errors (the papers themselves stay black on white).
    await g.locator('.wq-main .wq-open-summary').click();
    await g.locator('.wq-main textarea').first().waitFor();
    await g.locator('.wq-main .wq-check-form').click();
    await g.locator('.wq-main .wq-error-summary').waitFor();
    found.push(...(await contrast(page, '#guide-zh', 'papers with errors')).violations);
    assert.equal(found.length, 0, `${found.length} contrast failure(s) with a dark theme:\n${found.join('\n')}`);
  },
});
