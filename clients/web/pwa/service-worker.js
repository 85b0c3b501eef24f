/* global self, caches, fetch, Response, URL, VERSION, SHELL */
// The web client's service worker (built into dist/sw.js by pwa/plugin.ts, which puts the build's
// VERSION and SHELL in front of this text). It keeps the app shell so the town hall opens
// offline, caches the hashed assets as they are used (they never change), and answers a page
// request it cannot forward with the offline page. The API, calendar files and feeds always go
// to the network: nothing personal is ever stored here.

const CACHE = `rathaus-${VERSION}`;
const OFFLINE_PAGE = '/offline.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('rathaus-') && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** A hashed build file: its content never changes under its name. */
function isAsset(url) {
  return url.origin === self.location.origin && url.pathname.startsWith('/assets/');
}

async function fromCacheOrNetwork(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function pageOrOffline(request) {
  try {
    return await fetch(request);
  } catch {
    const offline = await caches.match(OFFLINE_PAGE);
    return offline ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate' && url.origin === self.location.origin) {
    event.respondWith(pageOrOffline(request));
  } else if (isAsset(url) || SHELL.includes(url.pathname)) {
    event.respondWith(fromCacheOrNetwork(request));
  }
});
