// What the phone pages' service workers share (/field-sw.js for /field, /patrol-sw.js for /patrol.html): each keeps
// its page's shell, and some keep the service's answers the page needs to open again without a connection. Both are
// fetched from the network first (the newest when online) and from the cache when there is none. A page opened before
// its worker took control asks it to keep what it already fetched (a message {keep: [urls]}, offline-shell.js).

/**
 * @param {{cache: string, shell: string[], page?: string[], keeps?: (url: URL) => boolean}} options
 *   cache: this worker's cache name (its prefix before '-v' names the caches of older versions, deleted on activate);
 *   shell: the paths kept on install; page: other paths of the page itself, kept under shell[0];
 *   keeps: whether a GET of the service (path and query) is kept for use without a connection
 */
export function keepShell({ cache: name, shell, page = [], keeps = () => false }) {
  const family = name.slice(0, name.lastIndexOf('-v'));
  const shellPath = (url) => (page.includes(url.pathname) ? shell[0] : url.pathname);
  const kept = (url) => url.origin === self.location.origin && (shell.includes(shellPath(url)) || keeps(url));
  const key = (url) => (shell.includes(shellPath(url)) ? shellPath(url) : url.pathname + url.search);

  async function fetchAndKeep(request, url) {
    const cache = await caches.open(name);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(key(url), response.clone());
      return response;
    } catch (error) {
      const cached = await cache.match(key(url));
      if (cached) return cached;
      throw error;
    }
  }

  self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(name).then((cache) => cache.addAll(shell)).then(() => self.skipWaiting()));
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys()
      .then((names) => Promise.all(names.filter((each) => each.startsWith(family) && each !== name)
        .map((each) => caches.delete(each))))
      .then(() => self.clients.claim()));
  });

  self.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || !kept(url)) return;
    event.respondWith(fetchAndKeep(request, url));
  });

  self.addEventListener('message', (event) => {
    const urls = (event.data?.keep ?? []).map((each) => new URL(each, self.location.origin)).filter(kept);
    event.waitUntil(Promise.all(urls.map((url) => fetchAndKeep(new Request(url, { credentials: 'same-origin' }), url)
      .catch(() => null))));
  });
}
