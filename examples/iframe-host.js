// Host side of the iframe embed: size the <iframe> to the height the widget
// reports, accepting messages only from the widget's origin and its frame.
// One listener for the page: a frame added later (a CMS, a single-page
// site) is found when its first message arrives.
const MIN = 200;
const MAX = 20000;

window.addEventListener('message', (e) => {
  const data = e.data;
  if (!data || data.type !== 'weiquan:height' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe.weiquan-frame')) {
    if (e.source !== frame.contentWindow || e.origin !== new URL(frame.src, location.href).origin) continue;
    frame.height = String(Math.min(MAX, Math.max(MIN, Math.ceil(data.height))));
  }
});
