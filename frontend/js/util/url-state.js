// The map state in the query string, so a link can be shared. Pure: parse and format only.
const LIST_KEYS = ['kind', 'status'];
const LANGS = ['vi', 'en'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COMMUNE_CODE = /^\d{5}$/;
const HEX_ID = /^-?\d+_-?\d+$/;
export const LAYERS = ['communes', 'gi', 'emerging'];
export const SITE_COLOURS = ['status', 'risk', 'none'];
export const CELL_SIZES = [250, 500, 1000, 2000];
export const LAYER_DEFAULTS = { layer: 'communes', sites: 'status', cell: 500, fdr: true };

function parseList(value, allowed) {
  if (!value) return [];
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  const unique = [...new Set(items)];
  return allowed ? unique.filter((item) => allowed.includes(item)) : unique;
}

/** "12.25/21.18/106.07" → {zoom, lat, lng}, or null when any part is not a finite number. */
export function parseView(value) {
  if (!value) return null;
  const [zoom, lat, lng] = value.split('/').map(Number);
  if (![zoom, lat, lng].every(Number.isFinite)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { zoom, lat, lng };
}

/** The zoom keeps two decimals (the map zooms by fractions), the centre five (about a metre). */
export function formatView({ zoom, lat, lng }) {
  return `${Number(zoom.toFixed(2))}/${lat.toFixed(5)}/${lng.toFixed(5)}`;
}

/**
 * Reads a query string into the page state.
 * @param {string} search e.g. location.search
 * @param {{defaults?: {lang?: string, from?: string, to?: string}, allowed?: {kind?: string[], status?: string[], trade?: string[]}}} options
 * @returns the filters, the view, the open site, commune or cell (hex "i_j"), the area layer, the site colouring,
 *          the cell size (m) and whether the FDR correction is on
 */
export function parseState(search, { defaults = {}, allowed = {} } = {}) {
  const params = new URLSearchParams(search);
  const date = (key) => (ISO_DATE.test(params.get(key) || '') ? params.get(key) : defaults[key] || '');
  const trade = params.get('trade') || '';
  const site = Number(params.get('site'));
  const commune = params.get('commune') || '';
  const hex = params.get('hex') || '';
  const cell = Number(params.get('cell'));
  return {
    lang: LANGS.includes(params.get('lang')) ? params.get('lang') : defaults.lang || 'vi',
    kind: parseList(params.get('kind'), allowed.kind),
    status: parseList(params.get('status'), allowed.status),
    trade: !allowed.trade || allowed.trade.includes(trade) ? trade : '',
    from: date('from'),
    to: date('to'),
    q: (params.get('q') || '').trim(),
    view: parseView(params.get('map')),
    site: Number.isInteger(site) && site > 0 ? site : null,
    commune: COMMUNE_CODE.test(commune) ? commune : null,
    layer: LAYERS.includes(params.get('layer')) ? params.get('layer') : LAYER_DEFAULTS.layer,
    sites: SITE_COLOURS.includes(params.get('sites')) ? params.get('sites') : LAYER_DEFAULTS.sites,
    cell: CELL_SIZES.includes(cell) ? cell : LAYER_DEFAULTS.cell,
    fdr: params.get('fdr') !== 'off',
    hex: HEX_ID.test(hex) ? hex : null,
  };
}

/** The query string (without "?") for a state; empty values and the default language are left out. */
export function formatState(state, { defaults = {} } = {}) {
  const params = new URLSearchParams();
  if (state.lang && state.lang !== (defaults.lang || 'vi')) params.set('lang', state.lang);
  for (const key of LIST_KEYS) if (state[key]?.length) params.set(key, state[key].join(','));
  for (const key of ['trade', 'from', 'to', 'q']) if (state[key]) params.set(key, state[key]);
  for (const key of ['layer', 'sites', 'cell']) {
    if (state[key] && state[key] !== LAYER_DEFAULTS[key]) params.set(key, String(state[key]));
  }
  if (state.fdr === false) params.set('fdr', 'off');
  if (state.view) params.set('map', formatView(state.view));
  if (state.site) params.set('site', String(state.site));
  else if (state.commune) params.set('commune', state.commune);
  else if (state.hex) params.set('hex', state.hex);
  // commas and slashes are legal in a query; keeping them makes shared links readable
  return params.toString().replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}
