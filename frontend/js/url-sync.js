// Keeps the address bar in step with the page, so the link can be shared and reopened.
import { formatState } from './util/url-state.js';

/**
 * @param {{bus: object, state: object, defaults: object, history?: History, location?: Location}} options
 */
export function startUrlSync({ bus, state, defaults, history = window.history, location = window.location }) {
  let current = { ...state };
  const write = (patch) => {
    current = { ...current, ...patch };
    const query = formatState(current, { defaults });
    history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
  };
  bus.on('filters:changed', (filters) => write(filters));
  bus.on('layers:changed', (layers) => write(layers));
  bus.on('site:selected', ({ id }) => write({ site: id, commune: null, hex: null }));
  bus.on('commune:selected', ({ code }) => write({ commune: code, site: null, hex: null }));
  bus.on('cell:selected', ({ id }) => write({ hex: id, site: null, commune: null }));
  bus.on('panel:closed', () => write({ site: null, commune: null, hex: null }));
  bus.on('map:moved', (view) => write({ view }));
  bus.on('lang:changed', (lang) => write({ lang }));
}
