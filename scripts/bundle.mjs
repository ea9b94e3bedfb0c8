// Assemble dist/ from the wasm-bindgen output and the static sources:
// content-hashed file names, index.html with relative URLs (works from any
// static host and any sub-path), and precompressed .gz/.br copies.
// Dependency-free (node:crypto, node:zlib).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync, constants as z } from 'node:zlib';

const root = process.env.WEIQUAN_ROOT || resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    glue: { type: 'string' },
    wasm: { type: 'string' },
    out: { type: 'string', default: 'dist' },
  },
});
if (!args.glue || !args.wasm) {
  console.error('usage: node scripts/bundle.mjs --glue weiquan.js --wasm weiquan_bg.wasm [--out dist]');
  process.exit(2);
}
const out = resolve(root, args.out);

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
glue = swap(glue, "'weiquan_bg.wasm'", `'${wasmName}'`, 'glue');
const glueName = hashed('weiquan', 'js', glue);
files.set(glueName, Buffer.from(glue));

// Loader.
let loader = readFileSync(join(root, 'loader.js'), 'utf8');
loader = swap(loader, "'./weiquan.js'", `'./${glueName}'`, 'loader.js');
loader = swap(loader, "'./weiquan_bg.wasm'", `'./${wasmName}'`, 'loader.js');
const loaderName = hashed('loader', 'js', loader);
files.set(loaderName, Buffer.from(loader));

// CSS.
const css = readFileSync(join(root, 'styles/app.css'));
const cssName = hashed('app', 'css', css);
files.set(cssName, css);
const noscript = readFileSync(join(root, 'styles/noscript.css'));
const noscriptName = hashed('noscript', 'css', noscript);
files.set(noscriptName, noscript);

// index.html: relative URLs only; preload the glue and the wasm so a slow
// connection fetches them in parallel with the loader.
let html = readFileSync(join(root, 'index.html'), 'utf8');
html = swap(html, '"./styles/app.css"', `"./${cssName}"`, 'index.html');
html = swap(html, '"./styles/noscript.css"', `"./${noscriptName}"`, 'index.html');
html = swap(html, '"./loader.js"', `"./${loaderName}"`, 'index.html');
html = swap(
  html,
  '<!-- weiquan:preload -->',
  `<link rel="modulepreload" href="./${glueName}">\n` +
    `  <link rel="preload" href="./${wasmName}" as="fetch" type="application/wasm" crossorigin>`,
  'index.html',
);
if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html) || /\sstyle=|<style/i.test(html)) {
  throw new Error('index.html must have no inline script or style (strict CSP)');
}
files.set('index.html', Buffer.from(html));

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
for (const [name, s] of Object.entries(sizes)) {
  if (name.startsWith('noscript-')) continue; // only fetched with JS off
  console.log(`${name.padEnd(28)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);
  for (const k of Object.keys(total)) total[k] += s[k];
}
console.log(`${'total (first load)'.padEnd(28)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
const w = sizes[wasmName];
console.log(`wasm size: raw ${w.raw} B, gzip ${w.gzip} B, brotli ${w.brotli} B`);
console.log(`dist: ${out} (${readdirSync(out).length} files)`);
