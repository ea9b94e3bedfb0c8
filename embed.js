// 维权导办 as a custom element for other sites:
//
//   <script type="module" src="https://HALL-SITE/weiquan/embed.js"></script>
//   <weiquan-guide lang="zh-CN"></weiquan-guide>
//
// Attributes: lang (zh-CN | en), mode (embed by default, or kiosk; phone,
// the standalone page's, is taken as embed with a console warning), idle
// (kiosk idle period in seconds, 30–3600). In no mode does the element
// change the host page's title, lang, history or storage. Each element renders into its
// own open shadow root with the widget's stylesheet, so the host page's CSS
// does not reach in and the widget's does not leak out; theming goes through
// CSS custom properties on the element (--wq-accent, --wq-accent-dark,
// --wq-on-accent, --wq-fg, --wq-muted, --wq-bg, --wq-focus, --wq-error,
// --wq-radius, --wq-font-size; deploy/README.md lists the contrasts they
// must keep). The host page's URL, history, title and focus are left
// alone (but for a kiosk element's idle warning, a modal dialog, while it
// shows; none opens while the host hides the element), and the host's
// CSS can place, size and hide the element. Removing the element unmounts its app. Setting its lang (even to the
// same value) switches the language in place, answers kept. All elements on a page share one wasm
// instance.
//
// Printing the papers prints them alone, from a frame of their own: printing
// the window would print the host page.
//
// This file keeps its name (no hash) so host pages can refer to it; it is
// served with "Cache-Control: no-cache". scripts/bundle.mjs rewrites the
// four file names below to the content-hashed ones.
const GLUE = './weiquan.js';
const WASM = './weiquan_bg.wasm';
const CSS = './styles/app.css';
// The stylesheet of the standalone page (its print rules lay out the papers).
const PAGE_CSS = './page.css';

const TAG = 'weiquan-guide';
const TEXT = {
  zh: { loading: '正在加载…', failed: '维权导办没能加载成功。请刷新页面重试，或拨打12333人社服务热线咨询。' },
  en: { loading: 'Loading…', failed: 'The rights-protection guide could not load. Reload the page to try again, or call the 12333 hotline.' },
};

// One wasm instance for every element. After a panic it is dead (the
// release build aborts): `generation` moves on and the next load imports the
// glue under a new URL, which gives a fresh module and so a fresh instance.
let instance = null;
let generation = 0;
function wasm() {
  if (!instance) {
    const glueUrl = new URL(GLUE, import.meta.url);
    if (generation > 0) glueUrl.searchParams.set('instance', String(generation));
    const loading = import(glueUrl.href).then(async (glue) => {
      await glue.default({ module_or_path: new URL(WASM, import.meta.url) });
      return glue;
    });
    loading.catch(() => {
      if (instance === loading) instance = null; // try again next time
    });
    instance = loading;
  }
  return instance;
}

const live = new Set();

/**
 * Prints the papers of the widget `from` belongs to, without the host page:
 * a copy of them goes into a hidden same-origin frame with the standalone
 * stylesheet, which is printed, then removed. Nothing leaves the device.
 */
function printPapers(shadow, from) {
  // The papers, or the result's plan when its own button printed.
  const papers = from.closest('.wq-result') || from.closest('.wq')?.querySelector('.wq-documents');
  if (!papers) return;
  const frame = document.createElement('iframe');
  frame.className = 'wq-print-frame';
  frame.title = '打印 · Print';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  shadow.append(frame);
  const doc = frame.contentDocument;
  // The papers are Chinese; the plan is in the widget's language.
  doc.documentElement.lang = papers.matches('.wq-result') ? from.closest('.wq')?.lang || 'zh-CN' : 'zh-CN';
  // The print header and "Save as PDF"'s file name: the papers', not the host page's.
  doc.title = [...papers.querySelectorAll('.wq-document:not(.wq-print-copy) .wq-doc-title')].map((t) => t.textContent).join('、') || papers.querySelector('h2')?.textContent || '维权导办';
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(PAGE_CSS, import.meta.url).href;
  const wq = doc.createElement('div');
  wq.className = 'wq';
  wq.append(doc.importNode(papers, true));
  doc.head.append(link);
  doc.body.append(wq);
  const done = () => frame.remove();
  let printed = false;
  const print = () => {
    if (printed) return;
    printed = true;
    frame.contentWindow.addEventListener('afterprint', done);
    frame.contentWindow.print();
    // Browsers whose print() returns before printing fire afterprint later;
    // the others have printed by now.
    setTimeout(done, 60_000);
  };
  link.addEventListener('load', print);
  // Without the stylesheet (a host page's CSP may refuse it) the papers
  // still print alone, plainly.
  link.addEventListener('error', print);
}

const langOf = (el) => (/^en\b/i.test(el.getAttribute('lang') || '') ? 'en' : 'zh');

class WeiquanGuide extends HTMLElement {
  static observedAttributes = ['lang', 'mode', 'idle'];

  #root = null; // the <div> the app mounts into
  #widget = null; // Rust Widget handle
  #token = 0; // bumps on every (re)mount or teardown, to drop stale loads
  #crashed = false;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(CSS, import.meta.url).href;
    shadow.append(link);
    shadow.addEventListener('weiquan:crashed', () => this.#onCrash());
    // The app asks (output.rs); claiming the event stops it printing the window.
    shadow.addEventListener('weiquan:print', (e) => {
      e.preventDefault();
      printPapers(shadow, e.target);
    });
    shadow.addEventListener('click', (e) => {
      if (e.target instanceof Element && e.target.closest('[data-wq-restart]')) restartAll();
    });
    // A key pressed in the widget is the person's use of the widget, not a
    // host page shortcut: "/" to search, ←/→ for the previous or next
    // article (the text cursor moving in a field, a choice in a radio
    // group), Space to pause a slideshow (a button pressed). Outside the
    // shadow root the event's target is this element, not the field or the
    // button, so a host's usual "is the person typing?" check cannot tell,
    // and the person's answers would be lost to a shortcut that leaves the
    // page. Tab and chords with Ctrl, Alt or Meta still reach the host: its
    // focus traps keep working. So does Escape, for its dialogs and popups,
    // except one that closes one of the widget's own dialogs (its keydown,
    // and the keyup after it): a host page showing the guide in a popup of
    // its own that closes on Escape would close that too. The keys' own
    // actions (typing, scrolling, pressing) are untouched.
    let escaping = false;
    for (const type of ['keydown', 'keypress', 'keyup']) {
      shadow.addEventListener(type, (e) => {
        if (e.key === 'Escape') {
          if (type === 'keydown') escaping = !!shadow.querySelector('dialog[open]');
          if (escaping) e.stopPropagation();
          if (type === 'keyup') escaping = false;
        } else if (e.key !== 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
          e.stopPropagation();
        }
      });
    }
  }

  connectedCallback() {
    live.add(this);
    if (!this.#root) this.#mount();
  }

  disconnectedCallback() {
    live.delete(this);
    // Moving the element within the page disconnects and reconnects it in
    // one task: tear down only if it is really gone.
    queueMicrotask(() => {
      if (!this.isConnected) this.#teardown();
    });
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#root) return;
    // A host page switching its language: the widget follows in place, and
    // the person's answers stay. Even to the same value: the person may have
    // switched inside the widget since (the attribute does not follow), and
    // the host setting it again means its language now. (mode and idle need
    // a new mount.)
    if (name === 'lang' && this.#widget && !this.#crashed) {
      this.#widget.setLang(after);
      return;
    }
    if (before === after) return;
    this.#teardown();
    this.#mount();
  }

  /** Restart after a crash (all widgets shared the dead instance). */
  restart() {
    if (!this.#crashed) return;
    this.#crashed = false;
    this.#teardown();
    this.#mount();
  }

  get crashed() {
    return this.#crashed;
  }

  #mount() {
    const token = ++this.#token;
    const t = TEXT[langOf(this)];
    const root = document.createElement('div');
    root.className = 'wq-host';
    root.setAttribute('aria-busy', 'true');
    // A section, as the app renders in embed mode: the host page has its own main.
    const box = document.createElement('section');
    box.className = 'wq';
    const p = document.createElement('p');
    p.className = 'wq-loading';
    p.setAttribute('role', 'status');
    p.textContent = t.loading;
    box.append(p);
    root.append(box);
    this.shadowRoot.append(root);
    this.#root = root;
    wasm()
      .then((glue) => {
        if (token !== this.#token || !this.isConnected) return;
        this.#widget = glue.mountWidget(root, this.getAttribute('mode'), this.getAttribute('lang'), this.getAttribute('idle'));
      })
      .catch((err) => {
        if (token !== this.#token) return;
        console.error('维权导办: the widget could not start', err);
        root.removeAttribute('aria-busy');
        p.className = 'wq-error';
        p.setAttribute('role', 'alert');
        p.textContent = t.failed;
      });
  }

  #teardown() {
    this.#token++;
    if (this.#widget && !this.#crashed) {
      try {
        this.#widget.destroy();
      } catch (err) {
        console.error('维权导办: unmount failed', err);
      }
    }
    this.#widget = null;
    // The app's root (or the recovery screen that replaced it).
    for (const el of this.shadowRoot.querySelectorAll('.wq-host')) el.remove();
    this.#root = null;
  }

  #onCrash() {
    // The panic hook replaced our root with a recovery screen; the handle
    // belongs to the dead instance and must not be called again.
    this.#crashed = true;
    this.#widget = null;
    instance = null;
    generation++;
  }
}

function restartAll() {
  for (const el of live) el.restart();
}

if (!customElements.get(TAG)) customElements.define(TAG, WeiquanGuide);
