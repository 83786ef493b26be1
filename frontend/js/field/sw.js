// The phone page's service worker (served as /field-sw.js, scope /field): keeps the page's shell so that /field opens
// without a connection. The shell is fetched from the network first (the newest build when online) and from the
// cache when there is none. The data is not kept here: the page keeps its own copy in IndexedDB, and API requests
// pass through untouched.
const CACHE = 'diemnong-field-v1';
const SHELL = ['/field', '/js/field.js', '/css/field.css', '/i18n/vi.json', '/i18n/en.json', '/favicon.svg',
  '/field.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith('diemnong-field') && name !== CACHE)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

const shellPath = (url) => (url.pathname === '/field' || url.pathname === '/field/' || url.pathname === '/field.html'
  ? '/field' : url.pathname);

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !SHELL.includes(shellPath(url))) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(shellPath(url), response.clone());
      return response;
    } catch (error) {
      const cached = await cache.match(shellPath(url));
      if (cached) return cached;
      throw error;
    }
  })());
});
