// The page's side of a phone page's service worker (sw-shell.js): registers it, and asks it to keep answers the page
// fetched before the worker took control of it (its first visit), so that it opens again without a connection.

/** Registers the worker at script (e.g. '/patrol-sw.js') for scope; a failure only means no use offline. */
export function registerShell(script, scope) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(script, { scope }).catch((error) => console.warn(`${scope}: no service worker`, error));
}

/** Asks the worker to keep these same-origin GETs; nothing to do once it controls the page (they pass through it). */
export function keepForOffline(urls) {
  if (!('serviceWorker' in navigator) || navigator.serviceWorker.controller) return;
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ keep: urls }))
    .catch(() => {});
}
