// 维权导办 iframe page: tells the host page how tall the content is, so the
// host can size the <iframe> without a scroll bar. The message
// {type: 'weiquan:height', height: <CSS px>} goes only to the origins listed
// in <meta name="weiquan-parent-origin"> (exact origins, never '*'); a
// browser drops a message whose target origin is not the parent's. Framed
// with none listed, it says once in the console how to list one.
const ORIGIN = /^https?:\/\/[^/?#\s]+$/;

function allowedOrigins() {
  const meta = document.querySelector('meta[name="weiquan-parent-origin"]');
  return (meta?.content || '').split(/\s+/).filter((o) => ORIGIN.test(o) && new URL(o).origin === o);
}

/** The parent's origin when the browser tells us (Chromium, Safari). */
function parentOrigin() {
  if (location.ancestorOrigins && location.ancestorOrigins.length > 0) return location.ancestorOrigins[0];
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

function contentHeight() {
  const body = document.body;
  return Math.ceil(Math.max(body.scrollHeight, body.getBoundingClientRect().height));
}

// Held here for the page's lifetime: an unreferenced observer may be
// garbage-collected and stop reporting.
let observer;

const origins = allowedOrigins();
if (window.parent !== window && origins.length === 0) {
  // For the host site's web team, once: why the iframe keeps its own height.
  const host = parentOrigin();
  console.info(
    `维权导办 frame.html is in a frame${host ? ` on ${host}` : ''}, but its <meta name="weiquan-parent-origin"> lists no ` +
      'host page, so it does not tell the host its height (the iframe keeps its own and scrolls). To allow a host page, ' +
      `build with WEIQUAN_PARENT_ORIGIN="${host || 'https://www.example.gov.cn'}" ./scripts/build.sh and list the same ` +
      'origin in nginx.conf\'s frame-ancestors (deploy/README.md, "Embedding in another site").',
  );
} else if (window.parent !== window && typeof ResizeObserver === 'function') {
  const known = parentOrigin();
  // Post only where it can arrive (a mismatched target is an error in the console).
  const targets = known ? origins.filter((o) => o === known) : origins;
  let last = -1;
  const post = () => {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    for (const origin of targets) window.parent.postMessage({ type: 'weiquan:height', height }, origin);
  };
  observer = new ResizeObserver(post);
  observer.observe(document.body);
  post();
}
