// 维权导办 loader: starts the wasm app from a separate file (no inline
// script, so the page runs under a strict Content-Security-Policy). If the
// app cannot start, it says so in the page instead of leaving it blank.
//
// scripts/bundle.mjs rewrites the two file names below to the
// content-hashed ones in dist/.
const GLUE = './weiquan.js';
const WASM = './weiquan_bg.wasm';
const ROOT_ID = 'weiquan-app';

const FAILED =
  '页面没能加载成功，可能是网络不稳定或浏览器版本较旧。请刷新重试，' +
  '或拨打 12333 人社服务热线咨询。';
const RETRY = '刷新重试';

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
  const el = root();
  el.removeAttribute('aria-busy');
  const main = document.createElement('main');
  main.className = 'wq';
  const h1 = document.createElement('h1');
  h1.className = 'wq-title';
  h1.textContent = '维权导办';
  const p = document.createElement('p');
  p.className = 'wq-error';
  p.setAttribute('role', 'alert');
  p.textContent = FAILED;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'wq-button';
  button.textContent = RETRY;
  button.addEventListener('click', () => location.reload());
  main.append(h1, p, button);
  el.replaceChildren(main);
}

async function start() {
  if (typeof WebAssembly !== 'object') {
    throw new Error('WebAssembly is not available');
  }
  const glue = await import(GLUE);
  // Instantiating runs the Rust `main`, which mounts the app into #weiquan-app.
  await glue.default({ module_or_path: new URL(WASM, import.meta.url) });
}

start().catch(showFailure);
