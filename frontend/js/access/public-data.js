// The public map's data behind the same calls the layers make on the internal API (communes, sites), so the
// layers need not know which map they are on. The public sites endpoint has no filters: they apply here.

const MARKS = /[\u0300-\u036f]/g;

/** "Phong Khê" → "phong khe": the way the service's search key compares names. */
export function searchKey(text) {
  return String(text || '').normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
}

/** Whether a public site feature passes the filter bar: kinds, statuses, trade and the words of q. */
export function matchesFilters(feature, { kind = [], status = [], trade = '', q = '' } = {}) {
  const p = feature.properties || {};
  if (kind.length && !kind.includes(p.kind)) return false;
  if (status.length && !status.includes(p.status)) return false;
  if (trade && p.trade !== trade) return false;
  const words = searchKey(q).split(/\s+/).filter(Boolean);
  const name = searchKey(p.name);
  return words.every((word) => name.includes(word));
}

const aborted = () => new DOMException('Aborted', 'AbortError');

/**
 * @param {object} api the api module
 * @returns {{communes: Function, sites: Function, site: Function, commune: (code: string) => object|null}}
 */
export function publicData(api) {
  let all = null;
  let communes = new Map();
  // one download of every public site, shared by every filter change (a caller's abort only drops its answer)
  const everySite = () => {
    all ??= api.publicSites().catch((error) => {
      all = null;
      throw error;
    });
    return all;
  };
  return {
    async communes(period, options = {}) {
      const collection = await api.publicCommunes(period, options);
      communes = new Map(collection.features.map((f) => [String(f.id), f]));
      return collection;
    },
    async sites(filters, { signal } = {}) {
      const collection = await everySite();
      if (signal?.aborted) throw aborted();
      const features = collection.features.filter((f) => matchesFilters(f, filters));
      return { ...collection, features, numberMatched: features.length, numberReturned: features.length };
    },
    site: (id, options) => api.publicSite(id, options),
    /** The public layer's feature of a commune, for its reduced panel. */
    commune: (code) => communes.get(String(code)) ?? null,
  };
}
