// 维权导办 iframe page: tells the host page how tall the content is, so the
// host can size the <iframe> without a scroll bar. The message
// {type: 'weiquan:height', height: <CSS px>} goes only to the origins listed
// in <meta name="weiquan-parent-origin"> (exact origins, never '*'); a
// browser drops a message whose target origin is not the parent's. Framed
// by a page it may not tell (none listed, or not this one), it says once in
// the console why and how to list it.
const ORIGIN = /^https?:\/\/[^/?#\s]+$/;

/** The listed origins, and what was listed that is not an origin. */
function listedOrigins() {
  const meta = document.querySelector('meta[name="weiquan-parent-origin"]');
  const listed = (meta?.content || '').split(/\s+/).filter(Boolean);
  const valid = (o) => ORIGIN.test(o) && new URL(o).origin === o;
  return [listed.filter(valid), listed.filter((o) => !valid(o))];
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

const [origins, ignored] = listedOrigins();
const known = window.parent !== window ? parentOrigin() : null;
// Post only where it can arrive (a mismatched target is an error in the console).
const targets = known ? origins.filter((o) => o === known) : origins;
if (window.parent !== window && targets.length === 0) {
  // For the host site's web team, once: why the iframe keeps its own height.
  const lists = origins.length ? `lists only ${origins.join(' ')}` : 'lists no host page';
  const notOrigins = ignored.length ? ` (not origins, ignored: ${ignored.join(' ')}; an origin is scheme://host[:port], no path or trailing /)` : '';
  console.info(
    `维权导办 frame.html is in a frame${known ? ` on ${known}` : ''}, but its <meta name="weiquan-parent-origin"> ${lists}${notOrigins}, ` +
      'so it does not tell the host its height (the iframe keeps its own and scrolls). To allow a host page, ' +
      `build with WEIQUAN_PARENT_ORIGIN="${[...origins, known || 'https://www.example.gov.cn'].join(' ')}" ./scripts/build.sh and list the same ` +
      'origins in nginx.conf\'s frame-ancestors (deploy/README.md, "Embedding in another site").',
  );
} else if (window.parent !== window && typeof ResizeObserver === 'function') {
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

// A dialog opened in the frame (app: confirm_button.rs) is placed beside
// the button that opened it; from a key, which has no place on the screen,
// it may land outside the part of the frame the host page shows. Once
// open, it is moved into that part (seen through an IntersectionObserver,
// which measures against the top-level window even across origins).
let seen; // held while it measures (an unreferenced observer may be collected)
function keepOnScreen(dialog) {
  seen?.disconnect();
  seen = new IntersectionObserver(([entry]) => {
    seen.disconnect();
    const shown = entry.intersectionRect;
    if (!entry.isIntersecting || !dialog.open) return;
    const box = dialog.getBoundingClientRect();
    const lowest = Math.min(shown.bottom, window.innerHeight) - box.height - 8;
    const top = Math.max(shown.top + 8, Math.min(box.top, lowest));
    if (Math.abs(top - box.top) > 1) dialog.style.marginTop = `${Math.round(Math.max(8, top))}px`;
  });
  seen.observe(document.documentElement);
}

if (window.parent !== window && typeof IntersectionObserver === 'function') {
  new MutationObserver((changes) => {
    for (const c of changes) if (c.target instanceof HTMLDialogElement && c.target.open) keepOnScreen(c.target);
  }).observe(document.body, { subtree: true, attributeFilter: ['open'] });
}
