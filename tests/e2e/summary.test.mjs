// End-to-end: the complaint summary (issue 6). From the result to the
// summary; bad ID and phone are named beside their fields and the text is
// kept; fixed, the form checks clean; one document per body; the printed
// page (print media, and a PDF) shows only the documents, each on its own
// page; the .json and .txt downloads; the QR code decoded from a screenshot
// with jsQR and compared with the downloaded case; hostile text stays
// literal everywhere and runs nothing. axe, the language of parts and text
// spacing as in a11y.test.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { audit } from './a11y.test.mjs';
import { ANSWERS, REVIEW, answerAll, collectDialogs, eventually, heading, openApp } from './helpers.mjs';

const require = createRequire(import.meta.url);
const JSQR = require.resolve('jsqr/dist/jsQR.js');

const field = (page, path) => page.locator(`[id="wq-field-${path}"]`);
const errorOf = (page, path) => page.locator(`[id="wq-error-${path}"]`);

// Wages (to inspection, to have the breach stopped) and a dismissal (to
// arbitration): two bodies, two documents.
const TWO_BODIES = {
  ...ANSWERS,
  '您遇到了什么问题？（可以选多项）': ['工资被拖欠或被无故扣钱', '被辞退、开除或被逼辞职'],
  // A dismissal is a job that has ended (the interview says so otherwise).
  '您现在还在这个单位工作吗？': ['已经离开了'],
};
const DATES = '记得这些日期吗？';
/** The last day at work, given on the dates screen (a minimum wage in force). */
const LAST_DAY = '2026-10-31';

const SCRIPT = '<script>alert(1)</script>';
const RLO = '\u202E';
const NAME = `${SCRIPT}${RLO}张三😀`;
const NAME_CLEAN = `${SCRIPT}张三😀`;
const GOOD_ID = '410102199003151230';
const BAD_ID = '410102199003151231'; // check character should be 0
const GOOD_PHONE = '13812345678';
const BAD_PHONE = '1381234567';

async function toSummary(page, url) {
  await openApp(page, url);
  await page.locator('main button:visible', { hasText: '开始' }).click();
  await heading(page).waitFor();
  await answerAll(page, 'zh', DATES, TWO_BODIES);
  await page.locator('input[id="wq-field-dates.job_end"]').fill(LAST_DAY);
  await page.locator('main button[type="submit"]:visible').click();
  await heading(page).filter({ hasText: REVIEW.zh }).waitFor();
  await page.locator('main button:visible', { hasText: '查看结果' }).click();
  await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
  await page.locator('main .wq-open-summary').click();
  await heading(page).filter({ hasText: '准备材料' }).waitFor();
}

/** Screenshot of the QR code as the page draws it, captured at 4 device
 * pixels per CSS pixel (as a phone camera would see it: the code is 240 CSS
 * px wide), decoded with jsQR in a blank page. */
async function decodeQr(page, context, svg) {
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
  });
  const cdp = await context.newCDPSession(page);
  let png;
  try {
    const shot = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...box, scale: 4 }, captureBeyondViewport: false });
    png = Buffer.from(shot.data, 'base64');
  } finally {
    await cdp.detach();
  }
  const blank = await context.newPage();
  try {
    await blank.addScriptTag({ content: readFileSync(JSQR, 'utf8') });
    return await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height);
      const code = window.jsQR(data.data, c.width, c.height);
      return code ? new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(code.binaryData)) : null;
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}

/** The `WQ1` line format (docs/case-schema.md) read back. */
function parsePayload(text) {
  const [head, ...lines] = text.split('\n');
  const out = { head, E: [], C: [] };
  for (const line of lines) {
    const k = line.slice(0, line.indexOf(':'));
    const fields = [];
    let cur = '';
    const body = line.slice(k.length + 1);
    for (let i = 0; i < body.length; i++) {
      const ch = body[i];
      if (ch === '\\') {
        const n = body[++i];
        cur += n === 'n' ? '\n' : n;
      } else if (ch === '|') {
        fields.push(cur);
        cur = '';
      } else cur += ch;
    }
    fields.push(cur);
    if (k === 'E' || k === 'C') out[k].push(fields);
    else out[k] = fields;
  }
  return out;
}

/** The form filled in correctly (the hostile name included). */
async function fillGood(page) {
  for (const [path, value] of [
    ['person.name', NAME],
    ['person.id_number', GOOD_ID],
    ['person.phone', GOOD_PHONE],
    ['person.address', '郑州市中原区建设路1号'],
    ['employers[0].name', '郑州某某物流有限公司'],
    ['employers[0].address', '郑州市金水区花园路2号'],
    ['claims.monthly_wage', '5000'],
    ['claims.unpaid_months', '2'],
  ]) {
    await field(page, path).fill(value);
  }
}

/** Downloads through the button; the page's document is not touched on the
 * way (embedded, it is the host's: no link added to its body, no click seen
 * by its listeners). */
async function download(page, selector) {
  await page.evaluate(() => {
    window.__bodyChanges = 0;
    window.__seenClicks = [];
    if (window.__watching) return;
    window.__watching = true;
    new MutationObserver((m) => { window.__bodyChanges += m.length; }).observe(document.body, { childList: true });
    document.addEventListener('click', (e) => window.__seenClicks.push(e.target.tagName));
  });
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const bytes = readFileSync(await dl.path());
  const seen = await page.evaluate(() => ({ changes: window.__bodyChanges, clicks: window.__seenClicks }));
  assert.deepEqual(seen, { changes: 0, clicks: ['BUTTON'] }, 'only the button\'s own click reaches the document');
  return { name: dl.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Answers the browser's "leave this page?" questions with `answer`
 * ('accept' or 'dismiss'), recording their types. */
function leaving(page, answer) {
  const asked = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    d[answer]().catch(() => {});
  });
  return asked;
}

export const tests = [
  {
    name: 'summary: on a phone, typed details kept nowhere make the browser ask before a reload; kept with consent, it does not ask',
    async run({ page, servers }) {
      await toSummary(page, servers.root.url);
      const asked = leaving(page, 'dismiss');
      await field(page, 'person.name').fill('张三');
      // A pull-to-refresh: declined, nothing typed is lost.
      await page.evaluate(() => location.reload()).catch(() => {});
      await eventually('the browser to ask', () => asked.length > 0);
      assert.deepEqual(asked, ['beforeunload'], 'the browser asked');
      assert.equal(await field(page, 'person.name').inputValue(), '张三', 'still on the page, the name as typed');
      // Kept on this device with consent: a reload brings it back, no question.
      await page.locator('#wq-save-consent').check();
      await page.reload();
      await heading(page).filter({ hasText: '准备材料' }).waitFor();
      assert.deepEqual(asked, ['beforeunload'], 'no second question');
      assert.equal(await field(page, 'person.name').inputValue(), '张三');
      // Consent withdrawn: the save is deleted, so the browser asks again.
      await page.locator('#wq-save-consent').uncheck();
      await page.evaluate(() => location.reload()).catch(() => {});
      await eventually('the browser to ask again', () => asked.length > 1);
      assert.deepEqual(asked, ['beforeunload', 'beforeunload']);
    },
  },
  {
    name: 'summary: a save larger than the next start would read is refused with a notice; the last save stays usable',
    async run({ page, servers }) {
      await toSummary(page, servers.root.url);
      await page.locator('#wq-save-consent').check();
      await field(page, 'person.name').fill('张三');
      // A pasted chat export: over the 512 KiB the reader accepts.
      await field(page, 'facts_text.arbitration').fill('聊'.repeat(200_000));
      await page.locator('.wq-notice', { hasText: '这台设备没能保存您最新的回答' }).waitFor();
      // What was typed since is kept nowhere: the browser asks first.
      const asked = leaving(page, 'accept');
      await page.reload();
      assert.deepEqual(asked, ['beforeunload'], 'the browser asked before the reload');
      await heading(page).filter({ hasText: '准备材料' }).waitFor();
      assert.equal(await page.locator('.wq-notice', { hasText: '已损坏' }).count(), 0, 'the save is not thrown away as damaged');
      assert.equal(await field(page, 'person.name').inputValue(), '张三', 'the last save that fitted is back');
    },
  },
  {
    name: 'summary: errors beside fields keep the text; documents per body; downloads and the QR code round-trip',
    async run({ page, context, servers }) {
      const dialogs = collectDialogs(page);
      await toSummary(page, servers.root.url);
      assert.ok(await heading(page).evaluate((el) => el === document.activeElement), 'focus on the summary heading');

      // Bad ID checksum and a short phone number: messages beside the fields, text kept.
      await field(page, 'person.name').fill(NAME);
      await field(page, 'person.id_number').fill(BAD_ID);
      await field(page, 'person.phone').fill(BAD_PHONE);
      await field(page, 'person.address').fill('郑州市中原区建设路1号');
      await field(page, 'employers[0].name').fill('郑州某某物流有限公司');
      await field(page, 'employers[0].address').fill('郑州市金水区花园路2号');
      // A digit short: under today's minimum wage, questioned under the
      // field and read with it, never refused; gone once corrected.
      await field(page, 'claims.monthly_wage').fill('500');
      const wageNote = page.locator('[id="wq-note-claims.monthly_wage"]');
      assert.match(await wageNote.innerText(), /低于当地最低工资标准（每月[\d,]+\.\d\d元，\d+年\d+月\d+日起执行/);
      assert.match(await field(page, 'claims.monthly_wage').getAttribute('aria-describedby'), /wq-note-claims\.monthly_wage/);
      await field(page, 'claims.monthly_wage').fill('5000');
      assert.equal(await wageNote.count(), 0, 'the note goes with the slip');
      await field(page, 'claims.unpaid_months').fill('2');
      await page.locator('main .wq-check-form').click();
      await errorOf(page, 'person.id_number').waitFor();
      assert.match(await errorOf(page, 'person.id_number').innerText(), /校验位/);
      assert.match(await errorOf(page, 'person.phone').innerText(), /11位手机号码，或带区号的固定电话/);
      assert.equal(await field(page, 'person.id_number').inputValue(), BAD_ID, 'the bad ID is kept');
      assert.equal(await field(page, 'person.phone').inputValue(), BAD_PHONE, 'the bad phone is kept');
      assert.equal(await field(page, 'person.id_number').getAttribute('aria-invalid'), 'true');
      assert.ok((await field(page, 'person.id_number').getAttribute('aria-describedby')).includes('wq-error-person.id_number'));
      assert.ok((await page.locator('main .wq-error-summary:not([role]) a').count()) >= 2, 'error summary with links');
      // How the job ended is never chosen for the person: the check asks.
      assert.match(await errorOf(page, 'claims.dismissal_remedy').innerText(), /请选一个答案/);
      // The button is far down the form: the check takes focus (and the view)
      // to the error summary at the top.
      await page.waitForFunction(() => document.activeElement?.classList.contains('wq-error-summary'), null, { timeout: 5000 });
      const top = await page.locator('main .wq-error-summary').evaluate((el) => el.getBoundingClientRect().top);
      assert.ok(top >= 0 && top < page.viewportSize().height, `error summary in view (top ${top})`);
      // Its link takes focus to the field, with the field's label and message
      // in view, and leaves the URL and the history alone.
      const before = await page.evaluate(() => ({ href: location.href, history: history.length }));
      await page.locator('main .wq-error-summary a[href="#wq-field-person.phone"]').click();
      await page.waitForFunction(() => document.activeElement?.id === 'wq-field-person.phone', null, { timeout: 5000 });
      const label = await page.locator('main label[for="wq-field-person.phone"]').evaluate((el) => el.getBoundingClientRect().top);
      // (Scrolled to the field's box: a fraction of a pixel above 0 is layout rounding.)
      assert.ok(label > -1 && label < page.viewportSize().height / 2, `the field's label in view (top ${label})`);
      assert.ok(await errorOf(page, 'person.phone').isVisible(), 'its message in view');
      assert.deepEqual(await page.evaluate(() => ({ href: location.href, history: history.length })), before, 'URL and history unchanged');

      // Fixed: the errors go, the check passes.
      await field(page, 'person.id_number').fill(GOOD_ID);
      await field(page, 'person.phone').fill(GOOD_PHONE);
      await page.locator('main label[for="wq-field-claims.dismissal_remedy-damages"]').click();
      assert.equal(await errorOf(page, 'person.id_number').count(), 0);
      assert.equal(await errorOf(page, 'claims.dismissal_remedy').count(), 0);
      await page.locator('main .wq-check-form').click();
      await page.locator('main .wq-check-status', { hasText: '没有发现问题' }).waitFor();

      // One document per body, in Chinese, with the claim worked out.
      const docs = page.locator('main .wq-document:not(.wq-print-copy)');
      assert.equal(await docs.count(), 2);
      assert.match(await docs.nth(0).innerText(), /劳动保障监察投诉书/);
      const arb = await docs.nth(1).innerText();
      assert.match(arb, /劳动人事争议仲裁申请书/);
      assert.match(await docs.nth(0).innerText(), /请求责令用人单位限期支付拖欠的工资，共计人民币10,000\.00元/);
      assert.equal(await docs.nth(1).locator('p', { hasText: '姓名：' }).first().innerText(), `姓名：${NAME_CLEAN}`, 'hostile name shown as literal text, bidi override removed');
      assert.ok(!arb.includes(RLO));
      assert.equal(await page.locator('main script').count(), 0, 'no script element from typed text');
      assert.match(await page.locator('main .wq-claims').textContent(), /月工资5,000\.00元 × 2个月 = 10,000\.00元/);

      // QR: decoded from a screenshot, it carries what the JSON download says.
      const json = await download(page, 'main .wq-download-json');
      assert.match(json.name, /^weiquan-\d{4}-\d{2}-\d{2}\.json$/);
      const c = JSON.parse(json.text);
      assert.equal(c.schema, 'weiquan.case/2');
      assert.equal(c.details.person.name, NAME_CLEAN);
      assert.deepEqual(c.documents.map((d) => d.body), ['inspection', 'arbitration']);
      await page.locator('main .wq-qr-toggle').click();
      const full = await decodeQr(page, context, page.locator('main .wq-qr-section svg'));
      assert.ok(full, 'the QR code decodes');
      const q = parsePayload(full);
      assert.equal(q.head, 'WQ1F');
      assert.deepEqual(q.T, [c.today]);
      assert.deepEqual(q.B, [c.documents.map((d) => d.body).join(',')]);
      assert.deepEqual(q.N.slice(0, 5), [NAME_CLEAN, 'M', '1990-03-15', GOOD_ID, GOOD_PHONE]);
      assert.equal(q.E[0][0], '郑州某某物流有限公司');
      const claims = c.documents.flatMap((d) => d.claims.map((cl) => [d.body, cl.key, cl.amount_fen === null ? '' : String(cl.amount_fen)]));
      assert.deepEqual(q.C.map((x) => x.slice(0, 3)), claims);
      // Every paper's facts, each under its title (the whole case's code).
      assert.equal(q.F[0], c.documents.map((d) => `【${d.title}】\n${d.facts}`).join('\n\n'));

      const txt = await download(page, 'main .wq-download-txt');
      // For any Notepad: a UTF-8 byte-order mark and CRLF line ends only.
      assert.deepEqual([...txt.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.ok(txt.text.includes('\r\n') && !/[^\r]\n/.test(txt.text), 'CRLF line ends');
      assert.ok(txt.text.includes('劳动保障监察投诉书') && txt.text.includes('劳动人事争议仲裁申请书'));
      assert.ok(txt.text.includes(`姓名：${NAME_CLEAN}`) && !txt.text.includes(RLO));
      assert.deepEqual(dialogs, [], 'no alert ever ran');
      assert.deepEqual(await page.evaluate(() => (window.__cspViolations || []).length), 0, 'no CSP violation');
    },
  },
  {
    name: 'summary: a bad value in a field the answers no longer show blocks nothing; it comes back, kept, with its problem',
    async run({ page, seen, servers }) {
      await toSummary(page, servers.root.url);
      await field(page, 'claims.unpaid_amount').fill('3000-');
      await page.locator('main .wq-check-form').click();
      await errorOf(page, 'claims.unpaid_amount').waitFor();
      // Back to the review; wages no longer a problem.
      const toProblemsAndToggle = async () => {
        await page.locator('main button:visible', { hasText: '上一步' }).click();
        await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
        await page.locator('main button:visible', { hasText: '上一步' }).click();
        await heading(page).filter({ hasText: REVIEW.zh }).waitFor();
        await page.getByRole('button', { name: /修改：您遇到了什么问题/ }).click();
        await page.locator('main label:visible', { hasText: '工资被拖欠或被无故扣钱' }).click();
        await page.locator('main button[type="submit"]:visible').click();
        await heading(page).filter({ hasText: REVIEW.zh }).waitFor();
        await page.locator('main button:visible', { hasText: '查看结果' }).click();
        await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
        await page.locator('main .wq-open-summary').click();
        await heading(page).filter({ hasText: '准备材料' }).waitFor();
      };
      await toProblemsAndToggle();
      assert.equal(await field(page, 'claims.unpaid_amount').count(), 0, 'the field is not on the form');
      await page.locator('main .wq-check-form').click();
      const summary = page.locator('main .wq-error-summary');
      await summary.waitFor();
      const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(links.length > 0 && !links.includes('#wq-field-claims.unpaid_amount'), links.join(' '));
      // Every error the summary names is on the form, and its link stays in the app.
      const before = await page.evaluate(() => ({ href: location.href, history: history.length }));
      for (const href of links) {
        assert.equal(await page.locator(`main [id="${href.slice(1)}"]`).count(), 1, `${href} on the form`);
      }
      await summary.locator('a').last().click();
      // The field, or a group's first choice (how the job ended, last here).
      await page.waitForFunction((id) => document.activeElement?.id === id || document.getElementById(id)?.contains(document.activeElement), links[links.length - 1].slice(1), { timeout: 5000 });
      assert.deepEqual(await page.evaluate(() => ({ href: location.href, history: history.length })), before, 'URL and history unchanged');
      assert.ok((await heading(page).innerText()).includes('准备材料'), 'still on the summary');
      // Wages again: the value typed is back as it was, and is checked again.
      await toProblemsAndToggle();
      assert.equal(await field(page, 'claims.unpaid_amount').inputValue(), '3000-');
      await page.locator('main .wq-check-form').click();
      await errorOf(page, 'claims.unpaid_amount').waitFor();
      assert.deepEqual(seen.pageErrors, []);
    },
  },
  {
    name: 'summary: adding and removing rows keeps nothing alive afterwards (a kiosk runs for days)',
    async run({ page, context, servers }) {
      await toSummary(page, `${servers.root.url}?mode=kiosk`);
      const cdp = await context.newCDPSession(page);
      // What the wasm module holds of JavaScript: the live entries of its
      // tables (a callback handed to the browser and never freed stays there).
      const held = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Table.prototype' });
        const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: objects.objectId,
          functionDeclaration: `function () { let n = 0; for (const t of this) for (let i = 0; i < t.length; i++) if (t.get(i) != null) n++; return n; }`,
          returnByValue: true,
        });
        return result.value;
      };
      const add = page.locator('main .wq-add', { hasText: '再加一项请求' });
      const cycle = async () => {
        await add.click();
        await page.locator('main .wq-remove').first().waitFor();
        await page.locator('main .wq-remove').first().click();
        await page.locator('main .wq-remove').first().waitFor({ state: 'detached' });
        // Focus went back to the add button: the delayed focus has run.
        await page.waitForFunction(() => document.activeElement?.classList.contains('wq-add'));
      };
      await cycle();
      const before = await held();
      for (let i = 0; i < 20; i++) await cycle();
      const after = await held();
      assert.ok(after - before < 5, `20 add/remove cycles left ${after - before} callbacks held (before ${before}, after ${after})`);
    },
  },
  {
    name: 'summary: an added row takes the focus; each remove button names its row; after a removal focus is on the row in its place',
    async run({ page, servers }) {
      await toSummary(page, servers.root.url);
      const focused = () => page.evaluate(() => document.activeElement?.id);
      await field(page, 'evidence[0].item').fill('工资条');
      for (const [n, text] of [[1, '考勤记录'], [2, '聊天记录']]) {
        await page.getByRole('button', { name: '再加一项证据' }).click();
        await page.waitForFunction((id) => document.activeElement?.id === id, `wq-field-evidence[${n}].item`, { timeout: 5000 });
        await page.keyboard.type(text);
      }
      assert.equal(await field(page, 'evidence[2].item').inputValue(), '聊天记录', 'typed into the new row');
      const names = await page.locator('main .wq-remove').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
      assert.deepEqual(names, ['删除这项证据（第1项）', '删除这项证据（第2项）', '删除这项证据（第3项）']);
      // The name holds the visible words (WCAG 2.5.3).
      assert.equal(await page.getByRole('button', { name: '删除这项证据（第2项）' }).innerText(), '删除这项证据');
      await page.getByRole('button', { name: '删除这项证据（第2项）' }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'wq-field-evidence[1].item', null, { timeout: 5000 });
      assert.equal(await field(page, 'evidence[1].item').inputValue(), '聊天记录', 'the row that took its place');
      await page.getByRole('button', { name: '删除这项证据（第2项）' }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'wq-field-evidence[0].item', null, { timeout: 5000 });
      assert.equal(await focused(), 'wq-field-evidence[0].item', 'the last row removed: focus on the one before');
      assert.equal(await field(page, 'evidence[0].item').inputValue(), '工资条');
      // The only other claim removed: no row is left, focus goes to its add button.
      await page.getByRole('button', { name: '再加一项请求' }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'wq-field-claims.other[0].text', null, { timeout: 5000 });
      await page.getByRole('button', { name: /^删除这项请求/ }).click();
      await page.waitForFunction(() => document.activeElement?.textContent === '再加一项请求', null, { timeout: 5000 });
    },
  },
  {
    name: 'summary: the code for the window staff shows only when asked for (it holds the ID number) and hides again once the person leaves the summary',
    async run({ page, context, servers }) {
      await toSummary(page, servers.root.url);
      await fillGood(page);
      const code = page.locator('main .wq-qr-section svg');
      const toggle = page.locator('main .wq-qr-toggle');
      assert.equal(await code.count(), 0, 'no code while the person types');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      // By keyboard: the button stays, focused, and says what it does now.
      await toggle.focus();
      await page.keyboard.press('Enter');
      await code.waitFor();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.equal(await toggle.innerText(), '收起二维码');
      assert.ok(await toggle.evaluate((b) => b === document.activeElement), 'focus stays on the button');
      assert.equal(parsePayload(await decodeQr(page, context, code)).N[3], GOOD_ID);
      // Shown, it follows the form.
      await field(page, 'person.phone').fill('13912345678');
      assert.equal(parsePayload(await decodeQr(page, context, code)).N[4], '13912345678');
      // Back to the result and to the summary again: hidden until asked.
      await page.locator('main .wq-nav button:visible').click();
      await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
      await page.locator('main .wq-open-summary').click();
      await heading(page).filter({ hasText: '准备材料' }).waitFor();
      assert.equal(await code.count(), 0, 'hidden again');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.click();
      await code.waitFor();
      await toggle.click();
      await code.waitFor({ state: 'detached' });
    },
  },
  {
    name: 'summary: each paper\'s code is made once the form rests, never on a keystroke; the print button, the browser\'s print and another script\'s print() all have it',
    async run({ page, servers }) {
      // Encoding them on every keystroke had cost more than all else an edit
      // recomputes (cargo bench: a paper's code 4 ms natively).
      await toSummary(page, servers.root.url);
      await fillGood(page);
      const codes = page.locator('main .wq-doc-qr svg');
      const paths = () => page.locator('main .wq-doc-qr svg path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
      const papers = await page.locator('main .wq-document').count();
      assert.equal(papers, 3, 'two papers and the application\'s copy');
      assert.equal(await codes.count(), 0, 'none right after a keystroke');
      // At rest, each paper has its own: a print another script starts (a
      // host page's 打印本页) lays the page out before the app could render.
      await page.waitForFunction((n) => document.querySelectorAll('main .wq-doc-qr svg').length === n, papers);
      const rested = await paths();
      assert.notEqual(rested[0], rested[1], 'each paper its own');
      assert.equal(rested[1], rested[2], 'the copy\'s is the application\'s');
      // (A script's print() fires `beforeprint` within its own call, where no
      // render of the app's can run; headless Chromium's real print() would
      // leave the page "being printed", so the event is fired the same way.)
      const scriptPrint = await page.evaluate(() => {
        let seen = -1;
        addEventListener('beforeprint', () => { seen = document.querySelectorAll('main .wq-doc-qr svg').length; }, { once: true });
        dispatchEvent(new Event('beforeprint'));
        return seen;
      });
      assert.equal(scriptPrint, papers, 'another script\'s print() finds the codes');
      // An edit takes them off at once; the print button puts the new ones on
      // before the browser prints.
      await field(page, 'person.name').fill('李四');
      assert.equal(await codes.count(), 0, 'off with the edit');
      await page.evaluate(() => {
        window.print = () => {
          window.__atPrint = [...document.querySelectorAll('main .wq-doc-qr svg path')].map((p) => p.getAttribute('d'));
        };
      });
      await page.locator('main .wq-print').click();
      await page.waitForFunction(() => window.__atPrint);
      const atPrint = await page.evaluate(() => window.__atPrint);
      assert.equal(atPrint.length, papers, 'a code on every paper printed');
      assert.notEqual(atPrint[0], rested[0], 'the code of the form as it is now');
      // The browser's own print (Ctrl+P, its menu), here a PDF, right after an
      // edit: its `beforeprint` puts the codes on the page before the layout
      // (a listener after the app's finds them).
      await field(page, 'person.name').fill('王五');
      assert.equal(await codes.count(), 0);
      await page.evaluate(() => {
        window.__atLayout = -1;
        addEventListener('beforeprint', () => { window.__atLayout = document.querySelectorAll('main .wq-doc-qr svg').length; }, { once: true });
      });
      const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
      assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length, 3);
      assert.equal(await page.evaluate(() => window.__atLayout), papers, 'the codes were on the page as it was laid out for print');
    },
  },
  {
    name: 'summary: each short paper prints on one A4 page, its closing and QR code together, on a phone and on the kiosk',
    async run({ page, servers }) {
      // The code had taken a second page of its own under every one-page
      // paper, and the kiosk printed its screen's larger type and margins.
      for (const url of [servers.root.url, `${servers.root.url}?mode=kiosk`]) {
        await toSummary(page, url);
        await fillGood(page);
        const docs = page.locator('main .wq-document:not(.wq-print-copy)');
        assert.equal(await docs.count(), 2, url);
        // The application's copy for the respondent (2 in all, as its note
        // says): printed, never shown or read out on the screen.
        const copy = page.locator('main .wq-print-copy');
        assert.equal(await copy.count(), 1);
        assert.ok(!(await copy.isVisible()) && (await copy.getAttribute('aria-hidden')) === 'true');
        assert.equal(await copy.locator('[id]').count(), 0, 'no ids twice');
        assert.equal(await page.locator('main .wq-qr-section').count(), url.includes('kiosk') ? 0 : 1, 'no code on the kiosk screen');
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        await page.emulateMedia({ media: 'print' });
        for (let k = 0; k < 2; k++) {
          const closing = docs.nth(k).locator('.wq-doc-closing');
          assert.match(await closing.innerText(), /^此致\n[\s\S]*（签名）：＿+\n[\s\S]*＿+年＿+月＿+日/, url);
          assert.ok(await closing.locator('.wq-doc-qr svg').isVisible(), `${url}: the code beside the closing`);
          assert.equal(await closing.evaluate((e) => getComputedStyle(e).breakInside), 'avoid');
          const size = await closing.locator('.wq-doc-qr svg').evaluate((e) => Math.round(e.getBoundingClientRect().width));
          assert.ok(Math.abs(size - 170) <= 2, `${url}: the code prints at 45 mm (170 px), not ${size} px`);
        }
        // A claim's basis and working lines are kept with it.
        const kept = await docs.first().locator('.wq-doc-indent-2').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
        assert.ok(kept.length > 0 && kept.every((b) => b === 'avoid'), `${url}: ${kept}`);
        assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '14.6667px', `${url}: 11 pt type`);
        const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
        assert.ok(await copy.isVisible(), 'the copy prints');
        assert.equal(pages, 3, `${url}: one page per paper and copy, got ${pages}`);
        await page.emulateMedia({ media: 'screen' });
      }
    },
  },
  {
    name: 'summary: a hostile 10 000-character facts text stays literal; the printed page; English reading aid',
    async run({ page, context, servers }) {
      const dialogs = collectDialogs(page);
      await toSummary(page, servers.root.url);
      await fillGood(page);
      const docs = page.locator('main .wq-document:not(.wq-print-copy)');
      const c = JSON.parse((await download(page, 'main .wq-download-json')).text);
      const claims = c.documents.flatMap((d) => d.claims.map((cl) => [d.body, cl.key, cl.amount_fen === null ? '' : String(cl.amount_fen)]));

      // The facts: prefilled, editable; a hostile 10 000-character text stays
      // literal, is kept when too long, and the QR falls back to the reduced case.
      // (The complaint's: the code on the screen carries the first paper's facts.)
      const facts = field(page, 'facts_text.inspection');
      assert.match(await facts.inputValue(), /^本人/);
      const long = `${SCRIPT}${RLO}😀` + '长'.repeat(10000);
      await facts.fill(long);
      await page.locator('main .wq-check-form').click();
      await errorOf(page, 'facts_text.inspection').waitFor();
      assert.match(await errorOf(page, 'facts_text.inspection').innerText(), /太长/);
      assert.equal((await facts.inputValue()).length, long.length, 'nothing typed is cleared');
      const factsShown = await docs.nth(0).innerText();
      assert.ok(factsShown.includes(`${SCRIPT}😀长长`) && !factsShown.includes(RLO));
      assert.ok(!(await docs.nth(1).innerText()).includes('长长'), 'the other paper keeps its own facts');
      await page.locator('main .wq-qr-toggle').click();
      await page.locator('main .wq-qr-status', { hasText: '完整文字在打印的材料上' }).waitFor();
      const reduced = parsePayload(await decodeQr(page, context, page.locator('main .wq-qr-section svg')));
      assert.equal(reduced.head, 'WQ1R');
      assert.equal(reduced.F, undefined, 'no free text in the reduced code');
      assert.deepEqual(reduced.C.map((x) => x.slice(0, 3)), claims);

      // The printed page: documents only, each starting a new page.
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      for (const chrome of ['.wq-header', 'main .wq-summary-form', 'main .wq-output', 'main .wq-nav', 'main .wq-summary > h2', 'main .wq-qr-section']) {
        assert.ok(!(await page.locator(chrome).first().isVisible()), `${chrome} hidden in print`);
      }
      assert.ok(await docs.nth(0).isVisible() && await docs.nth(1).isVisible());
      const breaks = await docs.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakAfter));
      assert.deepEqual(breaks, ['page', 'page'], 'the application\'s copy comes last');
      assert.ok(await docs.nth(0).locator('.wq-doc-qr svg').isVisible(), 'the QR code is on the printed page');
      const ink = await docs.nth(0).evaluate((e) => getComputedStyle(e.querySelector('.wq-doc-title')).color);
      assert.equal(ink, 'rgb(0, 0, 0)', 'black on white');
      const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.ok(pages >= 2, `one document per page at least: ${pages} pages`);
      await page.emulateMedia({ media: 'screen' });

      // English: the form keeps everything; the reading aid appears; the documents stay Chinese.
      await page.locator('header button', { hasText: 'English' }).click();
      await heading(page).filter({ hasText: 'Prepare your papers' }).waitFor();
      assert.equal(await field(page, 'person.id_number').inputValue(), GOOD_ID);
      assert.equal((await facts.inputValue()).length, long.length);
      const aid = page.locator('main .wq-reading-aid:not(.wq-doc-notes)').first();
      await aid.waitFor();
      assert.match(await aid.innerText(), /this reading aid is of the generated text/);
      // The arbitration paper's ※ notes in English, beside it, not printed.
      const notes = page.locator('main .wq-doc-notes');
      assert.match(await notes.first().innerText(), /Write its name under “To”/);
      await page.emulateMedia({ media: 'print' });
      assert.ok(!(await notes.first().isVisible()), 'the English notes are not printed');
      await page.emulateMedia({ media: 'screen' });
      assert.equal(await docs.nth(1).getAttribute('lang'), 'zh-CN');
      assert.match(await docs.nth(1).innerText(), /劳动人事争议仲裁申请书/);

      assert.deepEqual(dialogs, [], 'no alert ever ran');
      assert.deepEqual(await page.evaluate(() => (window.__cspViolations || []).length), 0, 'no CSP violation');
    },
  },
  {
    name: 'summary: axe finds no WCAG 2.2 AA violation, with errors and the wage note shown, in both languages',
    async run({ page, servers }) {
      await toSummary(page, servers.root.url);
      await fillGood(page);
      await field(page, 'person.id_number').fill(BAD_ID);
      await field(page, 'claims.monthly_wage').fill('500');
      await page.locator('[id="wq-note-claims.monthly_wage"]').waitFor();
      await page.locator('main .wq-check-form').click();
      await errorOf(page, 'person.id_number').waitFor();
      await page.locator('main .wq-working summary').first().click();
      await page.locator('main .wq-qr-toggle').click();
      await page.locator('main .wq-qr-section svg').waitFor();
      const found = await audit(page, 'zh, errors');
      await page.locator('header button', { hasText: 'English' }).click();
      await heading(page).filter({ hasText: 'Prepare your papers' }).waitFor();
      found.push(...(await audit(page, 'en, errors')));
      assert.deepEqual(found, []);
    },
  },
  {
    name: 'summary: print checks the form first: a typed value its check refuses stops it, a blank field does not',
    async run({ page, servers }) {
      // A wrong ID check digit had printed as typed, unasked (a review).
      for (const url of [servers.root.url, `${servers.root.url}?mode=kiosk`]) {
        await toSummary(page, url);
        await page.evaluate(() => { window.__prints = 0; window.print = () => { window.__prints += 1; }; });
        // Blank fields print as lines to write on: nothing stops that.
        await page.locator('main .wq-print').click();
        await page.waitForFunction(() => window.__prints === 1);
        assert.equal(await page.locator('main .wq-error-summary').count(), 0, `${url}: no check for blank fields`);
        await field(page, 'person.id_number').fill(BAD_ID);
        await page.waitForTimeout(100);
        await page.locator('main .wq-print').click();
        // The check's list at the top, focused; the line by the button says why.
        await page.waitForFunction(() => document.activeElement?.matches('main .wq-error-summary'));
        // Only what was typed wrong: the blanks print as lines, and stop nothing.
        assert.deepEqual(await page.locator('main .wq-error-summary li').allInnerTexts(), ['公民身份号码（18位）：身份证号码的校验位不对，可能有一位输错了，请对照身份证检查。']);
        assert.match(await page.locator('main .wq-output-status').innerText(), /还没有打印/);
        assert.equal(await page.evaluate(() => window.__prints), 1, `${url}: nothing printed`);
        assert.equal(await field(page, 'person.id_number').inputValue(), BAD_ID, 'what was typed is kept');
        // Corrected, it prints, and the line no longer says it did not
        // (after the pause that tells a second press from a double tap).
        await field(page, 'person.id_number').fill(GOOD_ID);
        await page.waitForTimeout(3000);
        await page.locator('main .wq-print').click();
        await page.waitForFunction(() => window.__prints === 2);
        assert.doesNotMatch(await page.locator('main .wq-output-status').innerText(), /还没有打印/);
      }
    },
  },
  {
    name: 'summary: copy and the .txt wait for the same mends as print; the .json keeps what was typed',
    async run({ page, servers, context }) {
      // An input review downloaded a wrong ID check digit that print refused.
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: servers.root.url.replace(/\/$/, '') });
      await toSummary(page, servers.root.url);
      await field(page, 'person.id_number').fill(BAD_ID);
      await page.evaluate(() => navigator.clipboard.writeText('before'));
      await page.locator('main .wq-copy').click();
      await page.waitForFunction(() => document.activeElement?.matches('main .wq-error-summary'));
      assert.match(await page.locator('main .wq-output-status').innerText(), /还没有复制或下载/);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'before', 'nothing copied');
      let downloads = 0;
      page.on('download', () => downloads++);
      await page.locator('main .wq-download-txt').click();
      await page.waitForTimeout(300);
      assert.equal(downloads, 0, 'no .txt');
      const json = await download(page, 'main .wq-download-json');
      assert.ok(json.text.includes(BAD_ID), 'the .json keeps what was typed');
      // Mended, the text goes.
      await field(page, 'person.id_number').fill(GOOD_ID);
      await page.locator('main .wq-copy').click();
      await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('申请')).catch(() => false));
      const txt = await download(page, 'main .wq-download-txt');
      assert.ok(txt.text.includes(GOOD_ID));
    },
  },
  {
    name: 'summary: the kiosk prints and offers no download or copy',
    async run({ page, servers }) {
      await toSummary(page, `${servers.root.url}?mode=kiosk`);
      assert.ok(await page.locator('main .wq-print').isVisible());
      assert.equal(await page.locator('main .wq-download-json, main .wq-download-txt, main .wq-copy').count(), 0);
      const h = await page.locator('main .wq-print').evaluate((e) => e.getBoundingClientRect().height);
      assert.ok(h >= 72, `kiosk print button ${h}px high`);
      // The kiosk prints without a dialog: a double tap prints one set of
      // papers, and the screen says they are on their way.
      await page.evaluate(() => {
        window.__prints = 0;
        window.print = () => { window.__prints += 1; };
      });
      await page.locator('main .wq-print').dblclick();
      await page.locator('main .wq-output-status', { hasText: '已送去打印，请到打印机取走您的材料。' }).waitFor();
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__prints), 1, 'one set of papers for a double tap');
      // A deliberate second press, later, prints again.
      await page.waitForTimeout(3000);
      await page.locator('main .wq-print').click();
      await page.waitForFunction(() => window.__prints === 2);
      // The hall's reset never waits on the browser's "leave this page?".
      const asked = leaving(page, 'dismiss');
      await field(page, 'person.name').fill('张三');
      await page.reload();
      await page.locator('main h1', { hasText: '维权导办' }).waitFor();
      assert.deepEqual(asked, [], 'no question on the kiosk');
    },
  },
  {
    name: 'summary: on the kiosk zoomed to 400 % the "finish and clear" bar ends the page instead of covering a third of the screen (WCAG 1.4.10)',
    async run({ page, servers }) {
      await toSummary(page, `${servers.root.url}?mode=kiosk`);
      const bar = page.locator('.wq-device');
      const barTop = () => bar.evaluate((b) => { scrollTo(0, 0); return b.getBoundingClientRect().top; });
      const tall = page.viewportSize();
      assert.ok((await barTop()) < tall.height, 'on the full screen it stays in sight');
      // 1080×1920 at 400 %: 270×480 CSS px.
      await page.setViewportSize({ width: 270, height: 480 });
      assert.ok((await barTop()) > 480, 'at 400 % it is at the end of the page');
      await bar.locator('button').scrollIntoViewIfNeeded();
      assert.ok(await bar.locator('button').isVisible(), 'and reached by scrolling');
      await page.setViewportSize(tall);
      assert.ok((await barTop()) < tall.height, 'back in sight at full size');
    },
  },
  {
    name: 'summary: on the kiosk, tabbing through the form never leaves focus under the sticky "finish and clear" bar (WCAG 2.4.11)',
    async run({ page, servers }) {
      await toSummary(page, `${servers.root.url}?mode=kiosk`);
      await page.locator('main .wq-check-form').click();
      await page.locator('main .wq-error-summary').waitFor();
      // The error links are targets a finger can hit.
      const link = await page.locator('main .wq-error-summary a').first().evaluate((a) => a.getBoundingClientRect().height);
      assert.ok(link >= 44, `error link ${link}px high`);
      await page.evaluate(() => scrollTo(0, 0));
      await heading(page).focus();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const r = await page.evaluate(() => {
          const a = document.activeElement;
          const bar = document.querySelector('.wq-device');
          if (bar.contains(a) || a === document.body) return null;
          return { id: a.id || a.textContent.slice(0, 20), bottom: a.getBoundingClientRect().bottom, bar: bar.getBoundingClientRect().top };
        });
        if (r) assert.ok(r.bottom <= r.bar, `Tab ${i + 1}: ${r.id} ends at ${r.bottom}px, under the bar at ${r.bar}px`);
      }
    },
  },
];
