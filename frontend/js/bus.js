// Tiny pub/sub on an EventTarget. Events used: 'filters:changed', 'layers:changed', 'site:selected', 'site:shown',
// 'commune:selected', 'cell:selected', 'cell:shown', 'panel:closed', 'sites:loaded', 'communes:loaded',
// 'hotspots:loading', 'hotspots:loaded', 'risk:loaded', 'map:moved', 'lang:changed', 'error',
// 'site:changed' (a form saved a site's change), 'notice' (a confirmation for the toast).
export function createBus() {
  const target = new EventTarget();
  return {
    emit(type, detail) {
      target.dispatchEvent(new CustomEvent(type, { detail }));
    },
    on(type, listener) {
      const handler = (event) => listener(event.detail);
      target.addEventListener(type, handler);
      return () => target.removeEventListener(type, handler);
    },
  };
}
