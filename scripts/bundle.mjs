// Assemble dist/ from the wasm-bindgen output and the static sources:
// content-hashed file names, index.html with relative URLs (works from any
// static host and any sub-path), and precompressed .gz/.br copies.
// Also: the iframe page (frame.html + frame.js), the custom element
// (embed.js, stable name, with a shadow-root variant of the stylesheet) and
// the service worker (sw.js, stable name, listing this build's files under a
// cache name derived from their hashes).
// Scripts and stylesheets are minified with esbuild (package.json), for
// browsers no older than TARGET: a phone on slow 4G pays for every byte.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync, constants as z } from 'node:zlib';
import { transformSync } from 'esbuild';

const root = process.env.WEIQUAN_ROOT || resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    glue: { type: 'string' },
    wasm: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    // The start screen and first question as static HTML (scripts/prerender.rs).
    prerender: { type: 'string' },
    // Host page origin(s) the iframe page reports its height to (space-separated).
    'parent-origin': { type: 'string', default: process.env.WEIQUAN_PARENT_ORIGIN || '' },
  },
});
if (!args.glue || !args.wasm || !args.prerender) {
  console.error('usage: node scripts/bundle.mjs --glue weiquan.js --wasm weiquan_bg.wasm --prerender dir [--out dist]');
  process.exit(2);
}
const out = resolve(root, args.out);

// The minifier introduces no syntax newer than ES2020 in scripts, nor CSS
// that Chromium 87, Firefox 78 ESR or Safari 14 would not read.
const TARGET = { js: ['es2020'], css: ['chrome87', 'firefox78', 'safari14'] };
/** `text` minified: an ES module script, or a stylesheet. */
const minify = (text, loader) =>
  transformSync(text, { loader, minify: true, target: TARGET[loader], ...(loader === 'js' ? { format: 'esm' } : {}) }).code;

const hash = (buf) => createHash('sha256').update(buf).digest('hex').slice(0, 12);
const hashed = (stem, ext, buf) => `${stem}-${hash(buf)}.${ext}`;

/** Replace `from` (must occur) with `to` everywhere in `text`. */
function swap(text, from, to, where) {
  if (!text.includes(from)) throw new Error(`${where}: expected to find ${JSON.stringify(from)}`);
  return text.split(from).join(to);
}

const files = new Map(); // dist name -> Buffer

// wasm first: everything else refers to it.
const wasm = readFileSync(args.wasm);
const wasmName = hashed('weiquan_bg', 'wasm', wasm);
files.set(wasmName, wasm);

// JS glue: point its default wasm URL at the hashed file too.
let glue = readFileSync(args.glue, 'utf8');
glue = minify(swap(glue, "'weiquan_bg.wasm'", `'${wasmName}'`, 'glue'), 'js');
const glueName = hashed('weiquan', 'js', glue);
files.set(glueName, Buffer.from(glue));

// Loader.
let loader = readFileSync(join(root, 'loader.js'), 'utf8');
loader = swap(loader, "'./weiquan.js'", `'./${glueName}'`, 'loader.js');
loader = minify(swap(loader, "'./weiquan_bg.wasm'", `'./${wasmName}'`, 'loader.js'), 'js');
const loaderName = hashed('loader', 'js', loader);
files.set(loaderName, Buffer.from(loader));

// CSS (the shadow-root variant is derived line by line from the source, then
// minified on its own).
const cssSource = readFileSync(join(root, 'styles/app.css'), 'utf8');
const css = Buffer.from(minify(cssSource, 'css'));
const cssName = hashed('app', 'css', css);
files.set(cssName, css);
const noscript = Buffer.from(minify(readFileSync(join(root, 'styles/noscript.css'), 'utf8'), 'css'));
const noscriptName = hashed('noscript', 'css', noscript);
files.set(noscriptName, noscript);
const embedCss = Buffer.from(minify(shadowStylesheet(cssSource), 'css'));
const embedCssName = hashed('embed', 'css', embedCss);
files.set(embedCssName, embedCss);

/**
 * The stylesheet for a shadow root (custom element): app.css with
 * - `:root` → `:host` (the custom properties' defaults; a host page's own
 *   values on the element still win, which is the theming),
 * - `body` → `.wq-host` (the element the widget mounts into),
 * - `N rem` → `calc(N * var(--wq-rem))`: rem would follow the host page's
 *   root font size (62.5 % tricks, huge fonts); --wq-rem follows
 *   --wq-font-size (default 16px) instead,
 * and first rules that shut out everything the host page's CSS could pass
 * down while leaving the element's own box to the host:
 * - `:host { all: initial; display: block }` (normal): a host page's
 *   normal rules for the element win over it (outer context), so it can
 *   place, size and hide the element (margin, width, grid or flex
 *   placement, a border, `display: none` in its print stylesheet or from
 *   a script); the display is not `!important`, which would beat even
 *   the host's `!important` and leave it no way but `hidden` (a host page
 *   that forces `display: inline` on everything gets an inline element
 *   around the widget's block root, which lays out the same);
 * - the font size `!important` on the host (important declarations of a
 *   shadow tree beat the page's, even `* { all: unset !important }`);
 * - `.wq-host { all: initial }` (the root inside, which no page selector
 *   reaches): whatever else the element inherits from the page (colour,
 *   letter spacing, line height, font) stops there, before `body`'s rules;
 * - while loading (`aria-busy`), about the start screen's height (24rem:
 *   it is 389–409 px at 1000 px wide, taller when narrower), so that the
 *   host page's content below does not jump down when the app appears.
 */
function shadowStylesheet(text) {
  const body = text
    .split('\n')
    .map((line) =>
      // Media queries cannot use var(); their rem is the browser default anyway.
      /^\s*@(media|supports|container)\b/.test(line)
        ? line
        : line
            .replace(/(?<![\w-]):root(?![\w-])/g, ':host')
            .replace(/(?<![\w.#-])body(?![\w-])/g, '.wq-host')
            .replace(/(?<![\w.-])(\d*\.?\d+)rem\b/g, 'calc($1 * var(--wq-rem))'),
    )
    .join('\n');
  return (
    '/* 维权导办 in a shadow root: generated by scripts/bundle.mjs from app.css. */\n' +
    ':host {\n  all: initial;\n  display: block;\n' +
    '  --wq-rem: var(--wq-font-size, 16px);\n  font-size: var(--wq-rem) !important;\n}\n' +
    ':host([hidden]) { display: none !important; }\n' +
    '.wq-host { all: initial; display: block; font-size: var(--wq-rem); }\n' +
    '.wq-host[aria-busy] { min-height: calc(24 * var(--wq-rem)); }\n' +
    body
  );
}

// The iframe page's height reporter.
const frameJs = Buffer.from(minify(readFileSync(join(root, 'frame.js'), 'utf8'), 'js'));
const frameJsName = hashed('frame', 'js', frameJs);
files.set(frameJsName, frameJs);

// The custom element: a stable name (host pages refer to it).
let embed = readFileSync(join(root, 'embed.js'), 'utf8');
embed = swap(embed, "'./weiquan.js'", `'./${glueName}'`, 'embed.js');
embed = swap(embed, "'./weiquan_bg.wasm'", `'./${wasmName}'`, 'embed.js');
embed = swap(embed, "'./styles/app.css'", `'./${embedCssName}'`, 'embed.js');
embed = swap(embed, "'./page.css'", `'./${cssName}'`, 'embed.js');
files.set('embed.js', Buffer.from(minify(embed, 'js')));

// index.html and frame.html: relative URLs only; preload the glue and the
// wasm so a slow connection fetches them in parallel with the loader.
const PRELOAD =
  `<link rel="modulepreload" href="./${glueName}">\n` +
  `  <link rel="preload" href="./${wasmName}" as="fetch" type="application/wasm" crossorigin>`;
let html = readFileSync(join(root, 'index.html'), 'utf8');
html = swap(html, '"./styles/app.css"', `"./${cssName}"`, 'index.html');
html = swap(html, '"./styles/noscript.css"', `"./${noscriptName}"`, 'index.html');
html = swap(html, '"./loader.js"', `"./${loaderName}"`, 'index.html');
html = swap(html, '<!-- weiquan:preload -->', PRELOAD, 'index.html');
// The first two screens, rendered by the app's own components at build
// time: loader.js shows them while the wasm downloads (src/early.rs).
const early = ['start', 'q1'].map((name) => {
  const markup = readFileSync(join(args.prerender, `${name}.html`), 'utf8').trim();
  if (!markup.startsWith('<div') || /<script|<template|\sstyle=/i.test(markup)) throw new Error(`prerender ${name}.html: unexpected markup`);
  return `<template id="wq-early-${name}">${markup}</template>`;
});
html = swap(html, '<!-- weiquan:early -->', early.join('\n  '), 'index.html');
files.set('index.html', Buffer.from(html));

// frame.html: the same app in embed mode, for an <iframe>.
let frame = readFileSync(join(root, 'frame.html'), 'utf8');
frame = swap(frame, '"./styles/app.css"', `"./${cssName}"`, 'frame.html');
frame = swap(frame, '"./loader.js"', `"./${loaderName}"`, 'frame.html');
frame = swap(frame, '"./frame.js"', `"./${frameJsName}"`, 'frame.html');
frame = swap(frame, '<!-- weiquan:preload -->', PRELOAD, 'frame.html');
// The shell's note for a load that never finishes: written once, in index.html.
const slowNote = /<div class="wq-slow">[\s\S]*?<\/div>/.exec(html)?.[0];
if (!slowNote) throw new Error('index.html: no <div class="wq-slow"> to copy into frame.html');
frame = swap(frame, '<!-- weiquan:slow -->', slowNote, 'frame.html');
const parentOrigins = args['parent-origin'].split(/\s+/).filter(Boolean);
for (const o of parentOrigins) {
  if (!/^https?:\/\/[^/?#\s]+$/.test(o) || new URL(o).origin !== o) throw new Error(`--parent-origin: not an origin: ${o}`);
}
frame = swap(frame, '<meta name="weiquan-parent-origin" content="">', `<meta name="weiquan-parent-origin" content="${parentOrigins.join(' ')}">`, 'frame.html');
files.set('frame.html', Buffer.from(frame));

// The service worker: this build's files, under a cache name that changes
// whenever any of them does.
const precache = [...files.keys()].sort();
const cacheName = `weiquan-${hash(precache.map((n) => `${n} ${hash(files.get(n))}`).join('\n'))}`;
let sw = readFileSync(join(root, 'sw.js'), 'utf8');
sw = swap(sw, "const CACHE = 'weiquan-dev';", `const CACHE = '${cacheName}';`, 'sw.js');
sw = swap(sw, 'const FILES = [];', `const FILES = ${JSON.stringify(precache)};`, 'sw.js');
files.set('sw.js', Buffer.from(sw));

// Strict CSP: no inline script or style in any page.
for (const page of ['index.html', 'frame.html']) {
  const text = files.get(page).toString('utf8');
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(text) || /\sstyle=|<style/i.test(text)) {
    throw new Error(`${page} must have no inline script or style (strict CSP)`);
  }
}

// Write, with precompressed copies.
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const sizes = {};
for (const [name, buf] of files) {
  const gz = gzipSync(buf, { level: 9 });
  const br = brotliCompressSync(buf, {
    params: {
      [z.BROTLI_PARAM_QUALITY]: z.BROTLI_MAX_QUALITY,
      [z.BROTLI_PARAM_SIZE_HINT]: buf.length,
      [z.BROTLI_PARAM_MODE]: name.endsWith('.wasm') ? z.BROTLI_MODE_GENERIC : z.BROTLI_MODE_TEXT,
    },
  });
  writeFileSync(join(out, name), buf);
  writeFileSync(join(out, `${name}.gz`), gz);
  writeFileSync(join(out, `${name}.br`), br);
  sizes[name] = { raw: buf.length, gzip: gz.length, brotli: br.length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
console.log(`${'file'.padEnd(28)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
let total = { raw: 0, gzip: 0, brotli: 0 };
const firstLoad = new Set(['index.html', loaderName, glueName, wasmName, cssName]);
for (const [name, s] of Object.entries(sizes)) {
  if (!firstLoad.has(name)) continue; // noscript (JS off), frame, embed, sw: not the standalone first load
  console.log(`${name.padEnd(28)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);
  for (const k of Object.keys(total)) total[k] += s[k];
}
console.log(`${'total (first load)'.padEnd(28)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
const w = sizes[wasmName];
console.log(`wasm size: raw ${w.raw} B, gzip ${w.gzip} B, brotli ${w.brotli} B`);
console.log(`service worker cache: ${cacheName} (${precache.length} files)`);
console.log(`dist: ${out} (${readdirSync(out).length} files)`);
