// Keeps the address bar in step with the page, so the link can be shared and reopened. Opening a panel adds one
// history entry, so the browser's Back closes the panel before it leaves the page; Back and Forward reopen what
// their entry names.
import { formatState, parseState } from './util/url-state.js';

const panelOf = (state) => ['site', 'commune', 'hex'].find((key) => state[key]) ?? null;
const NO_PANEL = { site: null, commune: null, hex: null };
// marks the entries this page pushed for a panel
const PUSHED = { diemnongPanel: true };

/**
 * @param {{bus: object, state: object, defaults: object, history?: History, location?: Location, events?: EventTarget}} options
 *   events: where 'popstate' arrives (the window)
 */
export function startUrlSync({ bus, state, defaults, history = window.history, location = window.location, events = window }) {
  let current = { ...state };
  let restoring = false;
  const urlOf = (s) => {
    const query = formatState(s, { defaults });
    return query ? `${location.pathname}?${query}` : location.pathname;
  };
  const pushed = () => Boolean(history.state?.diemnongPanel);
  const write = (patch) => {
    const opening = !restoring && !panelOf(current) && panelOf({ ...current, ...patch });
    current = { ...current, ...patch };
    if (opening) history.pushState(PUSHED, '', urlOf(current));
    else history.replaceState(history.state, '', urlOf(current));
  };
  // a link that opens a panel: the entry before it is the same view without the panel (not again on a reload)
  if (panelOf(current) && !pushed()) {
    history.replaceState(null, '', urlOf({ ...current, ...NO_PANEL }));
    history.pushState(PUSHED, '', urlOf(current));
  }
  bus.on('filters:changed', (filters) => write(filters));
  bus.on('layers:changed', (layers) => write(layers));
  bus.on('site:selected', ({ id }) => write({ ...NO_PANEL, site: id }));
  bus.on('commune:selected', ({ code }) => write({ ...NO_PANEL, commune: code }));
  bus.on('cell:selected', ({ id }) => write({ ...NO_PANEL, hex: id }));
  bus.on('panel:closed', () => {
    // closed on the page: step back over the panel's entry, so the next Back leaves the page
    const back = !restoring && panelOf(current) && pushed();
    write(NO_PANEL);
    if (back) history.back();
  });
  bus.on('map:moved', (view) => write({ view }));
  bus.on('lang:changed', (lang) => write({ lang }));
  events.addEventListener('popstate', () => {
    const wanted = parseState(location.search);
    const key = panelOf(wanted);
    restoring = true;
    try {
      if (!key && panelOf(current)) bus.emit('panel:closed');
      else if (key === 'site' && wanted.site !== current.site) bus.emit('site:selected', { id: wanted.site });
      else if (key === 'commune' && wanted.commune !== current.commune) bus.emit('commune:selected', { code: wanted.commune });
      else if (key === 'hex' && wanted.hex !== current.hex) bus.emit('cell:selected', { id: wanted.hex });
    } finally {
      restoring = false;
    }
    // the entry keeps the view, filters and layers of now, not of when it was left
    history.replaceState(history.state, '', urlOf(current));
  });
}
