// 维权导办 service worker: once the app has loaded, it runs without a network
// (kiosks, poor connections). Registered by loader.js on the site's own pages
// (phone and kiosk modes), never from an embed on another site.
//
// scripts/bundle.mjs fills in CACHE (derived from the hashes of every file of
// the build) and FILES (every file of the build), so each deployment has its
// own cache and its own, byte-different, service worker. The browser checks
// this file on every visit (it is served with "Cache-Control: no-cache" and
// registered with updateViaCache: 'none'); a new one installs, takes over at
// once, and deletes the caches of older builds.
//
// - pages (index.html, frame.html) and embed.js: network first, the cached
//   copy (of this worker's own build, never replaced by a newer build's
//   page) when the network fails or is too slow, so a new deployment shows
//   on the next visit and never gets stuck behind an old one;
// - content-hashed files: cache first (they never change);
// - anything else: not touched.
const CACHE = 'weiquan-dev';
const FILES = [];
const PAGES = ['index.html', 'frame.html', 'embed.js'];
const NETWORK_TIMEOUT_MS = 4000;

const base = new URL('./', self.location.href);
const inScope = (url) => url.origin === base.origin && url.pathname.startsWith(base.pathname);
const nameOf = (url) => url.pathname.slice(base.pathname.length);

/** The cache key of a page request: './' and './?mode=kiosk' are index.html. */
function pageKey(url) {
  const name = nameOf(url);
  if (name === '' || name === 'index.html') return new URL('index.html', base).href;
  if (PAGES.includes(name)) return new URL(name, base).href;
  return null;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        FILES.map(async (name) => {
          const page = PAGES.includes(name);
          const response = await fetch(new URL(name === 'index.html' ? './' : name, base), {
            cache: page ? 'no-cache' : 'default',
            credentials: 'same-origin',
          });
          if (!response.ok) throw new Error(`precache ${name}: HTTP ${response.status}`);
          await cache.put(new URL(name, base).href, response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('weiquan-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The network's page is never written into this build's cache: it may be a
// newer build's page, whose files this cache does not hold, and if that
// build's download then breaks off, the page kept for offline use would point
// at files that are nowhere. Each build's cache keeps the pages it installed.
async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(request);
  fromNetwork.catch(() => {}); // handled below; no "uncaught" when the timeout won
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  try {
    const first = await Promise.race([fromNetwork, timeout]);
    if (first) return first;
    // The network is slow: the cached page if there is one, else keep waiting.
    return (await cache.match(key)) || (await fromNetwork);
  } catch (err) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // ignoreSearch: embed.js re-imports the glue as weiquan-HASH.js?instance=N
  // to start a fresh instance after a crash.
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!inScope(url)) return;
  const key = pageKey(url);
  if (key) {
    event.respondWith(networkFirst(request, key));
  } else if (FILES.includes(nameOf(url))) {
    event.respondWith(cacheFirst(request));
  }
});
