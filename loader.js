// 维权导办 loader: starts the wasm app from a separate file (no inline
// script, so the page runs under a strict Content-Security-Policy). If the
// app cannot start, it says so in the page instead of leaving it blank.
// Used by index.html (standalone: ?mode=phone|kiosk|embed, ?lang=zh|en,
// ?idle=seconds) and frame.html (<meta name="weiquan-mode" content="embed">).
//
// scripts/bundle.mjs rewrites the file names below to the content-hashed
// ones in dist/.
const GLUE = './weiquan.js';
const WASM = './weiquan_bg.wasm';
const SW = './sw.js';
const ROOT_ID = 'weiquan-app';

// Both languages at once, as on the recovery screen: the language switch
// is part of the app that did not start.
const TITLE = '维权导办 · Rights-protection guide';
const FAILED_ZH =
  '页面没能加载成功，可能是网络不稳定或浏览器版本较旧。请刷新重试，' +
  '或拨打12333人社服务热线咨询。';
const FAILED_EN =
  'The page could not load: the network may be unstable or the browser too old. ' +
  'Please reload, or call the 12333 HR and social security hotline.';
const RETRY = '刷新重试 · Reload';

/** "中文 · English" into `el`, the English part marked as English (WCAG 3.1.2). */
function bilingual(el, text) {
  const [zh, en] = text.split(' · ');
  const span = document.createElement('span');
  span.lang = 'en';
  span.textContent = en;
  el.append(`${zh} · `, span);
  return el;
}

function root() {
  let el = document.getElementById(ROOT_ID);
  if (!el) {
    el = document.createElement('div');
    el.id = ROOT_ID;
    document.body.append(el);
  }
  return el;
}

function showFailure(err) {
  console.error('维权导办: the app could not start', err);
  early?.fail();
  const focusWasHere = !document.activeElement || document.activeElement === document.body || root().contains(document.activeElement);
  const el = root();
  el.removeAttribute('aria-busy');
  const main = document.createElement('main');
  main.className = 'wq';
  const h1 = document.createElement('h1');
  h1.className = 'wq-title';
  bilingual(h1, TITLE);
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  for (const [lang, text] of [['zh-CN', FAILED_ZH], ['en', FAILED_EN]]) {
    const p = document.createElement('p');
    p.className = 'wq-error';
    p.lang = lang;
    p.textContent = text;
    alert.append(p);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'wq-button';
  bilingual(button, RETRY);
  button.addEventListener('click', () => location.reload());
  main.append(h1, alert, button);
  el.replaceChildren(main);
  if (focusWasHere) button.focus();
}

// After a panic the Rust hook has replaced the app with a static recovery
// screen; its restart button is handled here, because the wasm instance is
// dead. Reloading starts a fresh instance (answers saved with consent on a
// phone are read back by the new one).
document.addEventListener('click', (e) => {
  if (e.target instanceof Element && e.target.closest(`#${ROOT_ID} [data-wq-restart]`)) location.reload();
});

// Offline use (kiosk, poor connections): only for the site's own pages, only
// where service workers are allowed (https or localhost). A failure here
// never affects the app.
function registerServiceWorker(kiosk) {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker
    .register(new URL(SW, import.meta.url), { scope: new URL('./', import.meta.url).href, updateViaCache: 'none' })
    .then((reg) => kiosk && keepKioskCurrent(reg, hadController))
    .catch((err) => console.info('维权导办: offline use not available', err));
}

// A kiosk runs for days without a visit, so the browser never looks for a
// new deployment by itself. While its start screen shows (nobody is using
// it: a wipe or the idle reset brings it back there), it asks for a newer
// service worker once an hour; when a newer build has taken over, it
// reloads, again only at the start screen. The check fetches sw.js and
// carries nothing anyone typed.
const KIOSK_TICK_MS = 10 * 1000;
const KIOSK_UPDATE_MS = 60 * 60 * 1000;
function keepKioskCurrent(reg, hadController) {
  let controlled = hadController;
  let newer = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first worker taking over a fresh page is not a new build.
    if (controlled) newer = true;
    controlled = true;
  });
  let checked = Date.now();
  setInterval(() => {
    if (!document.querySelector(`#${ROOT_ID} .wq-start`)) return;
    if (newer) {
      location.reload();
    } else if (Date.now() - checked >= KIOSK_UPDATE_MS) {
      checked = Date.now();
      reg.update().catch(() => {});
    }
  }, KIOSK_TICK_MS);
}

// The page before the app (src/early.rs). index.html carries the start
// screen and the first question as templates, rendered at build time by the
// app's own components. On a plain phone start (no ?mode or ?lang other than
// the defaults, nothing saved, a browser that lets the widget save: the
// screens the app itself would show), they are shown at once, so a slow
// connection shows the real start screen rather than "loading": Start shows
// the first question, its answers are plain radio buttons, the save box
// keeps its tick across both screens, and Back (the screen's or the
// browser's) returns to the start. "Clear my data" starts again from a clean
// start. What needs the app (Next, the language switch, reading aloud) says
// it is still loading; Next, the language switch and a clear are replayed
// when the app starts, with the answer and the save box as they are, and
// the focus goes back to the same control.
const STEP_MARK = 'weiquan-step'; // platform.rs: the Back button's history entry
const SAVE_KEY = 'weiquan.saved'; // storage.rs
const FOCUSABLE = 'button, input, a[href], summary, [tabindex]';
const SLOW_MS = 15 * 1000; // as the stylesheet's note on the plain shell

/** The screen's controls, in order (not the loading note's links). */
const controls = (el) => [...el.querySelectorAll(FOCUSABLE)].filter((c) => !c.closest('.wq-waiting'));

function earlyPage() {
  const root = document.getElementById(ROOT_ID);
  const screens = { start: document.getElementById('wq-early-start'), q1: document.getElementById('wq-early-q1') };
  const q = new URLSearchParams(location.search);
  if (!root || !screens.start || !screens.q1 || document.querySelector('meta[name="weiquan-mode"]')) return null;
  if (![null, 'phone'].includes(q.get('mode')) || ![null, 'zh', 'zh-CN'].includes(q.get('lang'))) return null;
  try {
    if (localStorage.getItem(SAVE_KEY) !== null) return null;
    localStorage.setItem('weiquan.probe', '1');
    localStorage.removeItem('weiquan.probe');
  } catch {
    return null;
  }
  const slow = root.querySelector('.wq-slow');
  let screen = 'start';
  let lang = false;
  let next = false;
  let consent = false;
  let cleared = false;
  let backPending = false;
  let slowTimer = 0;
  const show = (name, focus) => {
    root.replaceChildren(screens[name].content.cloneNode(true));
    screen = name;
    const box = root.querySelector('#wq-save-consent');
    if (box) box.checked = consent;
    if (focus) root.querySelector(name === 'start' ? 'h1' : 'h2')?.focus();
  };
  // Says, in a status region that exists before its words do (so a screen
  // reader reads them), that the app is still loading; after 15 s, what to
  // do if it never comes.
  const waiting = () => {
    const main = root.querySelector('main');
    if (!main) return;
    let status = main.querySelector('.wq-waiting');
    const say = () => {
      let p = status.querySelector('.wq-loading');
      if (!p) {
        p = document.createElement('p');
        p.className = 'wq-loading';
        status.prepend(p);
      }
      // in the language the person has asked for
      [p.lang, p.textContent] = lang ? ['en', 'Loading…'] : ['zh-CN', '正在加载…'];
    };
    if (status) {
      say();
    } else {
      status = document.createElement('div');
      status.className = 'wq-waiting';
      status.setAttribute('role', 'status');
      main.append(status);
      setTimeout(say, 100);
    }
    slowTimer ||= setTimeout(() => {
      const now = root.querySelector('.wq-waiting');
      if (now && slow) now.append(slow);
    }, SLOW_MS);
  };
  const onClick = (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (!button || !root.contains(button) || button.type === 'submit') return;
    e.preventDefault();
    if (screen === 'start' && button.matches('.wq-start .wq-primary')) {
      history.pushState(STEP_MARK, '');
      show('q1', true);
    } else if (screen === 'q1' && button.closest('.wq-nav')) {
      if (!backPending) history.back();
      backPending = true;
    } else if (button.matches('.wq-clear')) {
      [cleared, consent, next] = [true, false, false];
      if (screen === 'q1') history.back();
      show('start', true);
    } else {
      if (button.matches('.wq-lang')) lang = !lang;
      waiting();
    }
  };
  const onChange = (e) => {
    if (e.target.id === 'wq-save-consent') consent = e.target.checked;
  };
  const onSubmit = (e) => {
    e.preventDefault();
    next = true;
    waiting();
  };
  const onPop = () => {
    backPending = false;
    if (screen !== 'q1') return;
    next = false;
    show('start', true);
  };
  root.addEventListener('click', onClick);
  root.addEventListener('change', onChange);
  root.addEventListener('submit', onSubmit);
  window.addEventListener('popstate', onPop);
  const stop = () => {
    root.removeEventListener('click', onClick);
    root.removeEventListener('change', onChange);
    root.removeEventListener('submit', onSubmit);
    window.removeEventListener('popstate', onPop);
    clearTimeout(slowTimer);
    root.removeAttribute('data-wq-early');
  };
  show('start', false);
  root.removeAttribute('aria-busy');
  root.setAttribute('data-wq-early', '');
  return {
    /** The app could not start: the entry Start pushed goes, so that one
     * Back leaves the page again. */
    fail() {
      stop();
      if (screen === 'q1' && history.state === STEP_MARK) history.back();
    },
    /** Ends the page before the app: what was done, as src/early.rs reads
     * it; the focused control's place among the screen's controls; and
     * whether the app will start on the question (and focus its heading). */
    handOver() {
      const tokens = [];
      if (cleared) tokens.push('clear');
      if (lang) tokens.push('lang');
      if (consent) tokens.push('consent');
      if (screen === 'q1') {
        tokens.push('start');
        const chosen = root.querySelector('input[name="reporter"]:checked');
        if (chosen) tokens.push(`reporter=${chosen.value}`);
        if (next) tokens.push('next');
      }
      const focused = next ? -1 : controls(root).indexOf(document.activeElement);
      const onQuestion = screen === 'q1';
      stop();
      return { text: tokens.join(' '), focused, onQuestion };
    },
  };
}

/** After the hand-over: the app draws the same controls, and on a question
 * moves the focus to its heading, each in a task of its own and in either
 * order; the focus goes back to the control it was on after both. */
function restoreFocus(handed) {
  if (handed.focused < 0) return;
  const el = root();
  const put = () => controls(el)[handed.focused]?.focus();
  const drawn = new MutationObserver(() => {
    if (!controls(el)[handed.focused]) return; // emptied, not yet drawn
    drawn.disconnect();
    put();
  });
  drawn.observe(el, { childList: true });
  const onHeading = (e) => {
    if (!(e.target instanceof Element) || !e.target.matches('h1, h2')) return;
    el.removeEventListener('focusin', onHeading);
    put();
  };
  if (handed.onQuestion) el.addEventListener('focusin', onHeading);
  // Only the start-up's own moves: later ones are the person's.
  setTimeout(() => {
    drawn.disconnect();
    el.removeEventListener('focusin', onHeading);
  }, 2000);
}

const early = earlyPage();

async function start() {
  if (typeof WebAssembly !== 'object') {
    throw new Error('WebAssembly is not available');
  }
  const glue = await import(GLUE);
  // Instantiating runs the Rust `main` (it installs the panic hook) …
  await glue.default({ module_or_path: new URL(WASM, import.meta.url) });
  // … then the app reads the URL and mounts into #weiquan-app.
  const forced = document.querySelector('meta[name="weiquan-mode"]')?.content || undefined;
  const handed = early?.handOver();
  if (handed) restoreFocus(handed);
  const mode = glue.startPage(forced, handed?.text);
  if (mode !== 'embed') registerServiceWorker(mode === 'kiosk');
}

// The shell says "loading" in the page's language: ?lang=en before the app
// (which knows the language) has arrived.
if (new URLSearchParams(location.search).get('lang') === 'en') {
  const p = document.querySelector(`#${ROOT_ID} .wq-loading`);
  if (p) {
    p.lang = 'en';
    p.textContent = 'Loading…';
  }
}

start().catch(showFailure);
