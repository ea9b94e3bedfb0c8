// Host side of the iframe embed: size the <iframe> to the height the widget
// reports, accepting messages only from the widget's origin and its frame.
const MIN = 200;
const MAX = 20000;

for (const frame of document.querySelectorAll('iframe.weiquan-frame')) {
  const origin = new URL(frame.src, location.href).origin;
  window.addEventListener('message', (e) => {
    if (e.origin !== origin || e.source !== frame.contentWindow) return;
    const data = e.data;
    if (!data || data.type !== 'weiquan:height' || !Number.isFinite(data.height)) return;
    frame.height = String(Math.min(MAX, Math.max(MIN, Math.ceil(data.height))));
  });
}
