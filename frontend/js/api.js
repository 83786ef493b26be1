// The only module that calls fetch(). JSON in, problem+json → ApiError, Accept-Language from i18n.
import { urls } from './urls.js';
import { getLang } from './i18n.js';

const MAX_PAGES = 20;

export class ApiError extends Error {
  constructor({ status = 0, title = '', detail = '', errors = [] } = {}) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail || title || `HTTP ${status}`;
    this.errors = Array.isArray(errors) ? errors : [];
    this.field = this.errors[0]?.field ?? null;
  }
}

async function toError(response) {
  try {
    const body = await response.json();
    return new ApiError({ status: response.status, ...body });
  } catch {
    return new ApiError({ status: response.status, title: response.statusText });
  }
}

async function request(url, { signal } = {}) {
  let response;
  try {
    response = await fetch(url, {
      headers: {
        Accept: 'application/json, application/geo+json',
        'Accept-Language': getLang(),
        // tells the service not to answer 401 with a Basic challenge, which would open the browser's own dialog
        'X-Requested-With': 'fetch',
      },
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, title: 'network', detail: error.message });
  }
  if (!response.ok) throw await toError(response);
  return response.json();
}

/** All pages of a feature collection, following its rel="next" links. */
async function allPages(url, options) {
  const first = await request(url, options);
  const features = [...first.features];
  let page = first;
  for (let i = 1; i < MAX_PAGES; i += 1) {
    const next = (page.links || []).find((link) => link.rel === 'next');
    if (!next || !page.features.length) break;
    page = await request(next.href, options);
    features.push(...page.features);
  }
  return { ...first, features, numberReturned: features.length };
}

export const config = (options) => request(urls.config(), options);
export const messages = (lang, options) => request(urls.messages(lang), options);
export const communes = (period, options) => request(urls.communes(period), options);
export const communeHistory = (code, period, options) => request(urls.communeHistory(code, period), options);
export const communeHotspots = (code, analysis, options) => request(urls.communeHotspots(code, analysis), options);
export const sites = (filters, options) => allPages(urls.sites({ limit: 5000, ...filters }), options);
export const site = (id, options) => request(urls.site(id), options);
export const siteHistory = (id, options) => request(urls.siteHistory(id), options);
export const sitesByRisk = (filters, options) => allPages(urls.sites({ limit: 5000, ...filters, sort: 'risk' }), options);
export const siteRisk = (id, options) => request(urls.siteRisk(id), options);
export const hotspots = (layer, analysis, options) => request(urls.hotspots(layer, analysis), options);
export const hotspotCell = (id, analysis, options) => request(urls.hotspotCell(id, analysis), options);
