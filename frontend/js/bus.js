// Tiny pub/sub of plain functions (no DOM: the Node tests run it on Debian 12's Node 18, which has no CustomEvent).
// Events used: 'filters:changed', 'layers:changed', 'site:selected', 'site:shown', 'commune:selected',
// 'cell:selected', 'cell:shown', 'panel:closed', 'sites:loaded', 'communes:loaded', 'hotspots:loading',
// 'hotspots:loaded', 'risk:loaded', 'map:moved', 'lang:changed', 'error',
// 'site:changed' (a form saved a site's change), 'notice' (a confirmation for the toast).
export function createBus() {
  const listeners = new Map();
  return {
    // listeners run in the order they subscribed, each whatever another throws (as an EventTarget's would)
    emit(type, detail) {
      for (const listener of [...(listeners.get(type) ?? [])]) {
        try {
          listener(detail);
        } catch (error) {
          setTimeout(() => { throw error; });
        }
      }
    },
    on(type, listener) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      // a wrapper of its own, so that one function subscribed twice is two subscriptions
      const handler = (detail) => listener(detail);
      listeners.get(type).add(handler);
      return () => listeners.get(type).delete(handler);
    },
  };
}
