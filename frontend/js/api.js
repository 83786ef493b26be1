// The only module that calls fetch(). JSON in, problem+json → ApiError, Accept-Language from i18n; every write
// carries the XSRF-TOKEN cookie as read at send time (signing in replaces it).
import { urls } from './urls.js';
import { getLang } from './i18n.js';
import { readCookie } from './access/cookie.js';
import { takeEarly } from './early/early-answers.js';

const MAX_PAGES = 20;

export class ApiError extends Error {
  constructor({ status = 0, title = '', detail = '', errors = [], changes = [] } = {}) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail || title || `HTTP ${status}`;
    this.errors = Array.isArray(errors) ? errors : [];
    this.field = this.errors[0]?.field ?? null;
    // a 412 (stale version) says what changed since the version sent: [{by, at, action, fields}]
    this.changes = Array.isArray(changes) ? changes : [];
    this.retryAfter = null;
  }
}

async function toError(response) {
  let error;
  try {
    const body = await response.json();
    error = new ApiError({ status: response.status, ...body });
  } catch {
    error = new ApiError({ status: response.status, title: response.statusText });
  }
  error.retryAfter = response.headers.get('Retry-After');
  return error;
}

async function request(url, { signal, method = 'GET', body, contentType, headers: extra } = {}) {
  const headers = {
    ...extra,
    Accept: 'application/json, application/geo+json',
    'Accept-Language': getLang(),
    // tells the service not to answer 401 with a Basic challenge, which would open the browser's own dialog
    'X-Requested-With': 'fetch',
  };
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = readCookie(document.cookie, 'XSRF-TOKEN') ?? '';
    if (contentType) headers['Content-Type'] = contentType;
  }
  let response;
  try {
    // asked for by index.html while the bundle loaded (a failed early request is asked for again)
    const early = method === 'GET' ? takeEarly(url) : null;
    response = early && await early.catch(() => null);
    if (response && signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    response ||= await fetch(url, { method, headers, body, signal, credentials: 'same-origin' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, title: 'network', detail: error.message });
  }
  if (!response.ok) throw await toError(response);
  // sign-out answers with an empty body
  const text = await response.text();
  return text ? JSON.parse(text) : null;
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

/**
 * A JSON write (the forms' one path): send(url, {json, method = 'POST', headers}) → the answer's JSON; refusals
 * reject with ApiError (errors[] per field, in the page's language), a lost connection with ApiError status 0.
 */
export const send = (url, { json, method = 'POST', ...options } = {}) => request(url, {
  ...options, method, contentType: 'application/json', body: JSON.stringify(json),
});

/** A multipart write (a record with its photos): the browser writes the boundary into the Content-Type. */
export const sendForm = (url, form, { method = 'POST', ...options } = {}) => request(url, { ...options, method, body: form });

/** A file the service writes (an exported list): its bytes and the name it gives it, in the UI's language. */
export async function download(url, { signal } = {}) {
  let response;
  try {
    response = await fetch(url, { headers: { 'Accept-Language': getLang(), 'X-Requested-With': 'fetch' }, signal, credentials: 'same-origin' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, title: 'network', detail: error.message });
  }
  if (!response.ok) throw await toError(response);
  const disposition = response.headers.get('Content-Disposition') || '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return { blob: await response.blob(), filename: encoded ? decodeURIComponent(encoded) : plain || 'export' };
}

export const config = (options) => request(urls.config(), options);
export const me = (options) => request(urls.me(), options);
export const signIn = (username, password, options) => request(urls.signIn(), {
  ...options, method: 'POST', contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams({ username, password }).toString(),
});
export const signOut = (options) => request(urls.signOut(), { ...options, method: 'POST' });
export const users = (options) => request(urls.users(), options);
export const audit = (record, options) => request(urls.audit(record), options);
export const publicCommunes = (period, options) => request(urls.publicCommunes(period), options);
export const publicSites = (options) => allPages(urls.publicSites({ limit: 10000 }), options);
export const publicSite = (id, options) => request(urls.publicSite(id), options);
export const messages = (lang, options) => request(urls.messages(lang), options);
export const communes = (period, options) => request(urls.communes(period), options);
export const communeHistory = (code, period, options) => request(urls.communeHistory(code, period), options);
export const communeTodo = (code, options) => request(urls.communeTodo(code), options);
export const communeHotspots = (code, analysis, options) => request(urls.communeHotspots(code, analysis), options);
export const sites = (filters, options) => allPages(urls.sites({ limit: 5000, ...filters }), options);
export const site = (id, options) => request(urls.site(id), options);
export const siteHistory = (id, options) => request(urls.siteHistory(id), options);
export const sitesByRisk = (filters, options) => allPages(urls.sites({ limit: 5000, ...filters, sort: 'risk' }), options);
export const siteRisk = (id, options) => request(urls.siteRisk(id), options);
export const hotspots = (layer, analysis, options) => request(urls.hotspots(layer, analysis), options);
export const limitsInForce = (date, options) => request(urls.limitsInForce({ date }), options);
export const hotspotCell = (id, analysis, options) => request(urls.hotspotCell(id, analysis), options);
export const siteCommitments = (id, options) => request(urls.siteCommitments(id), options);
export const commitmentCoverage = (options) => request(urls.commitmentCoverage(), options);
// citizens' tips
export const submitTip = (tip, options) => send(urls.tipSubmit(), { ...options, json: tip });
/** The tip as the part 'tip' (JSON) and its photos as 'photos' (multipart; the browser writes the boundary). */
export function submitTipWithPhotos(tip, photos, options) {
  const form = new FormData();
  form.append('tip', new Blob([JSON.stringify(tip)], { type: 'application/json' }));
  for (const photo of photos) form.append('photos', photo, photo.name);
  return request(urls.tipSubmit(), { ...options, method: 'POST', body: form });
}
export const tipStatus = (reference, options) => request(urls.tipStatus(reference), options);
export const addToTip = (reference, text, options) => send(urls.tipAdditions(reference), { ...options, json: { text } });
export const tipsNearby = (position, options) => request(urls.tipsNearby(position), options);
export const tips = (filters, options) => request(urls.tips(filters), options);
export const tip = (id, options) => request(urls.tip(id), options);
export const tipContact = (id, options) => request(urls.tipContact(id), options);
export const tipQueues = (options) => request(urls.tipQueues(), options);
export const changeTip = (id, version, change, options) => send(urls.tip(id), {
  ...options, method: 'PATCH', json: change, headers: { 'If-Match': `"${version}"` },
});
export const patrol = (id, options) => request(urls.patrol(id), options);
export const patrolEffort = (query, options) => request(urls.patrolEffort(query), options);
export const patrolCoverage = (query, options) => request(urls.patrolCoverage(query), options);
