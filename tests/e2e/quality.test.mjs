// End-to-end quality gates that are deterministic (issue 8): the first-load
// byte budget, and no network request at all once the app has loaded.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { answerAll, heading, openApp } from './helpers.mjs';

/** Issue 8's target for the whole first load: 150 KB brotli. NOT MET since
 * the complaint summary (issue 6) joined the bundle (today's figure: README,
 * "Measured"; issue 8 stays open). Until the summary is split off or the code
 * shrinks, this test holds the line where it is: a regression ceiling, not
 * the target. Set at 200 KB on 2026-11-26 (197,324 B then); raised on purpose
 * to 205 KB on 2026-11-27, when corrections from a legal and a usability
 * review took the first load to 204.1 KB and minifying the scripts and
 * stylesheets brought it back to 200,481 B; raised on purpose to 207 KB the
 * same day, when a second review's corrections (the law's words for workers,
 * their clauses quoted, a fourth dismissal choice, the arbitration year at
 * inspection) took it from 202,529 B to 204,858 B; raised on purpose to
 * 209 KB on 2026-11-27 (third session of the day), when the fixes of two
 * reviews in a real browser (the date following the device's clock, the
 * form checking only what it shows, focus after wipes and row changes, two
 * tabs holding each other's save, the kiosk's update check, the shell's
 * note for a load that never finishes, claims worth nothing kept off the
 * paper) took it from 205,040 B (after wasm-opt --converge and
 * --low-memory-unused saved 1,053 B) to 207,252 B; raised on purpose to
 * 211 KB on 2026-11-27 (fourth session), when the page before the app (the
 * start screen and first question prerendered into index.html, the loader
 * showing them and handing over to the app: the first question answerable
 * at 1.25× the static floor instead of 2.5×) took it from 207,033 B to
 * 208,959 B; raised on purpose to 212 KB on 2026-11-27 (fifth session), when
 * the corrections of two legal reviews and a worker-eye review (the
 * arbitration year at the police step and after an inspection decision,
 * double wages' own year, injury recognition not waiting for arbitration,
 * each limit named in its box, the enforcement pointer after an award, the
 * limits' problems) took it from 209,454 B (after the Chinese-first font
 * list) to 211,117 B; raised on purpose to 213 KB on 2026-11-27 (sixth
 * session), when the result built ahead while the review is read (issue 8's
 * per-answer target: p95 60 -> 45-49 ms) and the workers a relative's or
 * colleague's report is about (a field and a party on the report) took it
 * from 211,080 B to 212,350 B; raised on purpose to 215 KB on 2026-11-27
 * (seventh session), when three reviews' corrections (the papers: whose
 * special protection, the injury claim's items and 第六十二条, the
 * commission's jurisdiction and a line for its name, the audit's payment
 * clauses; the form: a wage or amount of 0, a part month over 21 days,
 * more months owed than worked; a second's idle timeout; read-aloud
 * stopped on the next screen) took it from 212,725 B to 213,976 B; raised
 * on purpose to 216 KB on 2026-11-28 (eighth session), when the fixes of a
 * screen-reader review and a kiosk soak run (the typed Chinese in the
 * English reading aid marked zh-CN, each step announced once, focus on the
 * start's heading after Back, error summaries not read out again at each
 * correction, numbered row labels, required fields and notes exposed, the
 * row focus's callback freed) took it from 214,039 B to 215,408 B, and the
 * summary form's section headings to 215,610 B; lowered to 215 KB the same
 * night, when class attributes written as plain strings instead of Yew's
 * classes! (an IndexSet and its hashing) took it to 214,252 B; lowered to
 * 210 KB the same night, when the answers' maps and the ticks as sorted
 * vectors instead of B-trees (core/src/sorted.rs) took it to 208,767 B;
 * lowered to 204 KB on 2026-11-28 (ninth session), when std built for size
 * with no panic locations and no Debug formatting (scripts/env.sh,
 * WASM_SIZE_RUSTFLAGS) took it from 208,673 B to 202,248 B; raised to 206 KB
 * on 2026-11-28 (tenth session), when the corrections of a legal review
 * (the double wages' year at inspection, a gang boss's workers, the third
 * party's year, the "found out" fallback, the oral change, the remedy no
 * longer chosen for the person) and a UX review (focus on a refused Next's
 * errors, the remedy as radio buttons, rejected periods kept off the
 * papers, grouped ID numbers) took it from 202,391 B to 204,388 B; raised
 * to 210 KB on 2026-11-28 (eleventh session), when the corrections of a
 * legal review (an award's scope, the injury benefits' year, a refused
 * recognition, who pays before recognition, the disability assessment,
 * notice pay, the minimum wage's source on the papers; each new rule with
 * its quoted clauses in both languages), an embed review (the frame's
 * dialog on the host's screen, speech, downloads, <main> in the frame,
 * theme-derived tints) and a robustness review (form dates against the
 * interview's, hours not money, the save's size) took it from 205,292 B
 * to 209,034 B; raised to 211 KB on 2026-11-28 (twelfth session), when the
 * browser's "leave this page?" over a phone's unsaved form (+549 B) took
 * it to 210,291 B; raised to 213 KB the same session, when the corrections
 * of two legal reviews (a boss who fled an inspection order, fund fraud by
 * a household, the double wages' year from a signing, a report's worker
 * year, an injured child, a relative's denied relationship, a dispute
 * already before arbitration or a court, the 2022 minimum wage; each new
 * rule with its quoted clauses in both languages) took it to 212,137 B,
 * and the corrections of a review of those (a pending dispute with a boss
 * who fled, the relationship notes beside child labour) to 212,593 B;
 * raised to 215 KB on 2026-11-28 (thirteenth session), when a note under a
 * monthly wage below the minimum wage (+765 B), Back closing an open dialog
 * (+151 B) and a new answer, an inspection order ignored, with its rule,
 * claim and checklist item in both languages (+908 B), took it from
 * 212,725 B to 214,549 B; raised to 216 KB the same session, when the
 * corrections of two reviews of those and of the papers (compensation at
 * inspection, the ID card for reporters, a dismissal in pregnancy; their
 * clauses quoted in both languages) took it to 215,202 B; raised to 219 KB
 * on 2026-11-28 (fourteenth session), when the fixes of a deadline, a
 * worker-eye and an English review and of a review of those (the form's
 * dates noted against the interview's, stale edited facts noted, the
 * pressing limits at the top of the result, double wages still adding up,
 * the reporter's wage list, the papers' notes in English, China's calendar)
 * took it from 215,884 B to 218,792 B; raised to 220 KB the same session,
 * when the fixes of a legal review of the social-insurance, injury and
 * report papers and of an embedding review (how a job ended beside unpaid
 * compensation, the injury claim's items, a worker's report of others'
 * breach, the element always embedded) took it to 219,621 B; raised to
 * 222 KB on 2026-11-28 (fifteenth session), when the laws cited on an
 * English screen were named in English (20 titles and the articles in
 * figures) took it from 219,955 B to 221,216 B; raised to 226 KB the same
 * session, when the fixes of a print review and an operators' review took
 * it to 225,947 B: each paper's own facts and QR code (+2,509 B: the
 * arbitration copy served on the employer had told what the worker
 * reported in confidence), the closing kept whole and lines to write on
 * (+861 B), the application's copies (+668 B), the police referral asked
 * for (+177 B), the result printed as a plan to take away (+281 B), the
 * hall's phone, transit and check date; raised to 227 KB the same session
 * for the corrections of a review of those (226,174 B: an older save's one
 * facts text kept off the application, every paper's facts in the whole
 * case's code, an old minimum wage's caveat); raised to 228 KB on
 * 2026-11-28 (sixteenth session), when the QR codes stopped being encoded
 * on every keystroke of the summary form (each paper's once the form rests
 * or a print starts, the screen's when the person asks for it; 226,185 B to
 * 227,623 B): typing there went from a median of 56 to 24 ms, key to next
 * paint at 4× CPU (the input handler's processing 46 to 15 ms); raised to
 * 229 KB the same session when a double tap on a print button stopped
 * printing twice (the kiosk prints without a dialog: a second full set of
 * papers) and the kiosk said the papers were on their way (+539 B);
 * raised to 230 KB on 2026-11-28 (seventeenth session), when the next
 * question was built ahead while one is read, as the result was on the
 * review (227,930 B to 229,043 B): first question -> problems at 4× CPU
 * went from a median of 67 to 27 ms, click to next paint; raised to 232 KB
 * on 2026-11-29 (nineteenth session), when a legal and a usability review's
 * corrections (an injured child labourer's claim by arbitration with its own
 * rules, texts and paper; overtime pay as a continuing breach; a claim over
 * the final-award line making the award mixed; double wages the result
 * tells of claimed on the application; "still working" after a dismissal
 * questioned; no spellchecker on the form) took it from 229,033 B to
 * 230,788 B; raised to 233 KB on 2026-11-29 (twentieth session), when each
 * problem's questions were asked on its own case, the hotline's number
 * became a link to call on a phone, "clear my data" was asked first, the
 * English result named the hall's windows in Chinese too (230,922 B to
 * 231,975 B), and the inspection limit's title said what the clause limits
 * (inspection's power to act, for a report as for a complaint): a shorter
 * text, but it moved the data under the code's constants, +141 B brotli;
 * raised to 234 KB on 2026-11-29 (twenty-first session), when a legal
 * review's corrections (an adult injured where children work asked whether
 * the injured person was under 16, and no longer sent to the child's claim;
 * the final award decided by the amount awarded; inspection's order to pay
 * only where money is owed; a relative's application saying who applies)
 * took it from 232,614 B to 233,627 B; raised to 235 KB the same session
 * when a usability review's corrections (the child labour beside a
 * worker's complaint kept secret on the paper, the child named as a child
 * on a relative's report, a reporter who wants money told arbitration is
 * the worker's, the steps that can be done at once, plainer texts) and a
 * calculation review's (no double wages claimed past leaving) took it to
 * 234,385 B; raised to 238 KB on 2026-11-29 (twenty-second session), when a
 * bilingual review's corrections and a legal review's (a protected woman
 * told her dismissal was unlawful, the lost benefits' 1-year limit, how to
 * claim cut wages, maternity allowance and annual leave, medical-insurance
 * fraud sent to the medical security bureau) took it to 235,730 B, and the
 * double-tap guard (a QA walk found a double tap on 修改 replacing an
 * answer unseen) to 237,051 B; raised to 239 KB on 2026-11-29 (twenty-third
 * session), when a calculation review's corrections (the signing day of a
 * missing contract asked apart, overtime hours to the hundredth, the cap
 * on high earners' compensation named when it could not be applied) and a
 * kiosk privacy walk's (Back to the start, a page restored from the
 * back/forward cache and a clock set back all wiping as they should) took
 * it to 238,029 B; raised to 240 KB the same session, when an input
 * review's (a refused 0 not counted, landlines, a start before birth,
 * copy and .txt held back like print, 。 read as a point, a hint for those
 * without a mainland ID) and the legal-basis names for screen readers took
 * it to 239,120 B, a status region always on the page (so that a
 * notice is announced) to 239,310 B, and a final QA walk's mends (a late
 * signing's complaint, the kiosk's Back notice saying why, numbers abroad
 * in the phone hint) to 239,719 B. */
const TARGET_BYTES = 150 * 1000;
const root = process.env.WEIQUAN_ROOT || resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CEILING_BYTES = 240 * 1000;

/** The privacy flow: load, interview, result, language switch, summary,
 * outputs; then what the page and the server saw. With `worker`, the server
 * may also have received, after the load, the service worker's own GETs of
 * the build's files (installing it for offline use): each such path must be
 * one of the build's files, with no query string. */
async function privacyFlow({ page, seen, servers, context, worker = false }) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: servers.root.url.replace(/\/$/, '') });
  const served = servers.root.requests.length;
  await openApp(page, servers.root.url);
  await page.waitForTimeout(200);
  const afterLoad = seen.requests.length;
  await page.locator('main button:visible', { hasText: '开始' }).click();
  await heading(page).waitFor();
  await answerAll(page, 'zh');
  await page.locator('main button:visible', { hasText: '查看结果' }).click();
  await heading(page).filter({ hasText: '您该去哪里' }).waitFor();
  await page.locator('main .wq-bring input').first().check();
  await page.locator('header button', { hasText: 'English' }).click();
  await heading(page).filter({ hasText: 'Where to go' }).waitFor();
  // The summary: the form typed in, checked, the documents, the QR code,
  // and the outputs that stay on the device (clipboard, downloads).
  await page.locator('main .wq-open-summary').click();
  await page.locator('main .wq-check-form').waitFor();
  for (const [path, value] of [
    ['person.name', '张三'],
    ['person.id_number', '410102199003151230'],
    ['person.phone', '13812345678'],
    ['employers[0].name', '郑州某某物流有限公司'],
  ]) {
    await page.locator(`[id="wq-field-${path}"]`).fill(value);
  }
  await page.locator('main .wq-check-form').click();
  await page.locator('main .wq-document').first().waitFor();
  await page.locator('main .wq-qr-toggle').click();
  assert.ok(await page.locator('main .wq-qr-section svg path').count(), 'the QR code is drawn');
  await page.locator('main .wq-copy').click();
  await page.locator('main .wq-output-status').filter({ hasText: /./ }).waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /张三/, 'the papers are on the clipboard');
  for (const sel of ['main .wq-download-txt', 'main .wq-download-json']) {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(sel).click()]);
    await dl.path();
  }
  await page.waitForTimeout(200);
  // Downloads are blob: URLs made in the page; nothing goes to a network.
  const network = (urls) => urls.filter((u) => /^https?:/.test(u));
  assert.deepEqual(network(seen.requests.slice(afterLoad)), [], 'requests after load');
  const outside = network(seen.requests).filter((u) => !u.startsWith(servers.root.url));
  assert.deepEqual(outside, [], 'no third-party asset');
  // The server side: it received exactly what the page asked for while
  // loading, nothing the browser fetched by itself (such as /favicon.ico
  // when a page declares no icon) and nothing later.
  const loaded = seen.requests.slice(0, afterLoad).map((u) => new URL(u).pathname + new URL(u).search).sort();
  let received = [...servers.root.requests.slice(served)];
  if (worker) {
    const files = new Set(['/', ...readdirSync(join(root, 'dist')).filter((f) => !/\.(br|gz)$/.test(f)).map((f) => `/${f}`)]);
    const byWorker = received.filter((p) => !loaded.includes(p));
    for (const p of byWorker) assert.ok(files.has(p), `the worker asked only for the build's files, not ${p}`);
    assert.ok(byWorker.includes('/sw.js'), `the worker was installed: ${byWorker.join(' ')}`);
    // It also fetches again files the page loaded (its precache).
    assert.deepEqual([...new Set(received.filter((p) => loaded.includes(p)))].sort(), [...new Set(loaded)].sort(), 'requests the server received');
    return;
  }
  assert.deepEqual(received.sort(), loaded, 'requests the server received');
}

export const tests = [
  {
    name: `first load stays under the ${CEILING_BYTES / 1000} KB regression ceiling (brotli; issue 8 target ${TARGET_BYTES / 1000} KB not met), every file compressed`,
    async run({ page, servers }) {
      const transfers = [];
      page.on('requestfinished', async (req) => {
        const res = await req.response();
        const sizes = await req.sizes();
        transfers.push({ url: req.url(), encoding: res?.headers()['content-encoding'], body: sizes.responseBodySize });
      });
      await openApp(page, servers.root.url);
      await page.waitForTimeout(200);
      const total = transfers.reduce((n, t) => n + t.body, 0);
      const list = transfers.map((t) => `${t.url.split('/').pop() || 'index.html'} ${t.body} B ${t.encoding}`).join('; ');
      assert.ok(transfers.length >= 4, list);
      for (const t of transfers) assert.equal(t.encoding, 'br', `not brotli: ${t.url}`);
      assert.ok(total <= CEILING_BYTES, `first load ${total} B > ${CEILING_BYTES} B: ${list}`);
      if (total > TARGET_BYTES) console.log(`        note: first load ${total} B, over issue 8's ${TARGET_BYTES} B target`);
    },
  },
  ...[
    ['privacy: after load, a whole interview, result, language switch and the summary (copy, downloads, QR) make no request', false],
    ["privacy (service worker allowed): the page makes no request after load; the worker only fetches the build's own files", true],
  ].map(([name, worker]) => ({
    name,
    // A browser of its own: Chromium remembers across contexts that a site
    // has no /favicon.ico, so after an earlier test's visit a request for it
    // would go unseen here.
    async run({ servers, viewport, watch, recordCspViolations }) {
      const browser = await launchChromium();
      try {
        const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: worker ? 'allow' : 'block' });
        await context.addInitScript(recordCspViolations);
        context.setDefaultTimeout(15000);
        const page = await context.newPage();
        await privacyFlow({ page, seen: watch(page), servers, context, worker });
      } finally {
        await browser.close();
      }
    },
  })),
];
