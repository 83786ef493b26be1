// One queued observation as the service takes it: multipart with an `observation` JSON part and `photos` parts,
// its Idempotency-Key, the XSRF token of the session. Pure: fetch, the token and the language are given.
import { urls } from '../urls.js';

export const observationUrls = {
  forSite: (siteId) => `${urls.site(siteId)}/observations`,
  withoutSite: () => '/api/v1/observations',
  one: (id) => `/api/v1/observations/${encodeURIComponent(id)}`,
};

/** The request for a queued item: {url, init} for fetch. */
export function observationRequest(item, { xsrf = '', lang = 'vi' } = {}) {
  const body = new FormData();
  body.append('observation', new Blob([JSON.stringify(item.observation)], { type: 'application/json' }), 'observation.json');
  item.photos.forEach((photo, index) => body.append('photos', photo.blob, photo.name || `photo-${index + 1}.jpg`));
  return {
    url: item.siteId === null || item.siteId === undefined ? observationUrls.withoutSite() : observationUrls.forSite(item.siteId),
    init: {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': lang,
        'Idempotency-Key': item.key,
        'X-Requested-With': 'fetch',
        'X-XSRF-TOKEN': xsrf,
      },
    },
  };
}

/**
 * A sender for the queue: resolves with the service's answer (the observation), rejects with {status, detail}
 * (status 0: no connection).
 * @param {{fetch: Function, xsrf: () => string, lang: () => string}} options
 */
export function createSender({ fetch, xsrf, lang }) {
  return async (item) => {
    const { url, init } = observationRequest(item, { xsrf: xsrf(), lang: lang() });
    let response;
    try {
      response = await fetch(url, init);
    } catch (error) {
      throw Object.assign(new Error(error?.message || 'network'), { status: 0 });
    }
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (!response.ok) {
      const first = json?.errors?.[0];
      const detail = (lang() === 'en' ? first?.messageEn : first?.messageVi) || json?.detail || json?.title
        || `HTTP ${response.status}`;
      throw Object.assign(new Error(detail), { status: response.status, detail });
    }
    return json;
  };
}
