// Every URL the page uses, by name (uMap's urls.js). No URL strings anywhere else.
const API = '/api/v1';

export const LEAFLET_IMAGES = '/webjars/leaflet/dist/images/';

/** Path plus query string; skips null, undefined, '' and empty arrays, joins arrays with commas. */
export function withQuery(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) query.set(key, value.join(','));
    } else {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

const analysisQuery = ({ from, to, cell, fdr, value } = {}) =>
  ({ from, to, cell, value, fdr: fdr === undefined ? undefined : String(Boolean(fdr)) });

export const urls = {
  config: () => `${API}/config`,
  me: () => `${API}/me`,
  signIn: () => '/login',
  signOut: () => '/logout',
  users: () => `${API}/users`,
  // record: 'site:12'
  audit: (record) => withQuery(`${API}/audit`, { record }),
  // kind, trade, status: only the sites the filters select are counted; simplify: the outlines' tolerance in degrees
  publicCommunes: ({ from, to, kind, trade, status, simplify } = {}) =>
    withQuery(`${API}/public/communes`, { from, to, kind, trade, status, simplify }),
  publicSites: ({ limit, offset } = {}) => withQuery(`${API}/public/sites`, { limit, offset }),
  publicSite: (id) => `${API}/public/sites/${encodeURIComponent(id)}`,
  messages: (lang) => `/i18n/${encodeURIComponent(lang)}.json`,
  communes: ({ from, to, kind, trade, status, simplify } = {}) =>
    withQuery(`${API}/communes`, { from, to, kind, trade, status, simplify }),
  communeHistory: (code, { from, to } = {}) =>
    withQuery(`${API}/communes/${encodeURIComponent(code)}/history`, { from, to }),
  communeTodo: (code) => `${API}/communes/${encodeURIComponent(code)}/todo`,
  communeHotspots: (code, { from, to, cell } = {}) =>
    withQuery(`${API}/communes/${encodeURIComponent(code)}/hotspots`, { from, to, cell }),
  // format: 'csv' | 'xlsx' for the list as a file
  sites: ({ bbox, kind, trade, status, commune, q, sort, limit, offset, format } = {}) =>
    withQuery(`${API}/sites`, { bbox: bbox && bbox.join(','), kind, trade, status, commune, q, sort, limit, offset, format }),
  site: (id) => `${API}/sites/${encodeURIComponent(id)}`,
  siteHistory: (id) => `${API}/sites/${encodeURIComponent(id)}/history`,
  siteRisk: (id) => `${API}/sites/${encodeURIComponent(id)}/risk`,
  siteLocationCorrections: (id) => `${API}/sites/${encodeURIComponent(id)}/location-corrections`,
  siteStatusEvents: (id) => `${API}/sites/${encodeURIComponent(id)}/status-events`,
  inspections: () => `${API}/inspections`,
  siteCommitments: (id) => `${API}/sites/${encodeURIComponent(id)}/commitments`,
  // format: 'csv' | 'xlsx' for the table as a file
  commitmentCoverage: ({ format } = {}) => withQuery(`${API}/commitment-coverage`, { format }),
  photo: (sha256, { size } = {}) => withQuery(`${API}/photos/${encodeURIComponent(sha256)}`, { size }),
  limitsInForce: ({ date, medium } = {}) => withQuery(`${API}/regulation/limits`, { date, medium }),
  // analysis: {from, to, cell, fdr, value}; layer: 'gi' | 'emerging'
  hotspots: (layer, analysis) => withQuery(`${API}/hotspots/${layer === 'emerging' ? 'emerging' : 'gi'}`, analysisQuery(analysis)),
  hotspotCell: (id, analysis) => withQuery(`${API}/hotspots/cells/${encodeURIComponent(id)}`, analysisQuery(analysis)),
  // citizens' tips: the public form and status page, and the handlers' queue
  tipSubmit: () => `${API}/tips`,
  tipStatus: (reference) => `${API}/tips/status/${encodeURIComponent(reference)}`,
  tipAdditions: (reference) => `${API}/tips/status/${encodeURIComponent(reference)}/additions`,
  tipsNearby: ({ lon, lat }) => withQuery(`${API}/public/tips/nearby`, { lon, lat }),
  tips: ({ commune, status, overdue, limit } = {}) => withQuery(`${API}/tips`, { commune, status, overdue, limit }),
  tip: (id) => `${API}/tips/${encodeURIComponent(id)}`,
  tipContact: (id) => `${API}/tips/${encodeURIComponent(id)}/contact`,
  tipQueues: () => `${API}/tips/queues`,
  // a tip's photo (the photo module's endpoint), for those who may see the tip; size: 'thumb' or none
  tipPhoto: (sha256, size) => withQuery(`${API}/photos/${encodeURIComponent(sha256)}`, { size }),
  // patrols carried out: a plan's patrol, its steps, its track; effort (format: csv | xlsx) and coverage
  planPatrols: (planId) => `${API}/patrol-plans/${encodeURIComponent(planId)}/patrols`,
  patrol: (id) => `${API}/patrols/${encodeURIComponent(id)}`,
  patrolStep: (id, step) => `${API}/patrols/${encodeURIComponent(id)}/${step === 'finish' ? 'finish' : 'start'}`,
  patrolOutcome: (id, order) => `${API}/patrols/${encodeURIComponent(id)}/stops/${encodeURIComponent(order)}/outcome`,
  patrolTrack: (id) => `${API}/patrols/${encodeURIComponent(id)}/track`,
  patrolEffort: ({ month, commune, format } = {}) => withQuery(`${API}/patrols/effort`, { month, commune, format }),
  patrolCoverage: ({ commune } = {}) => withQuery(`${API}/patrols/coverage`, { commune }),
  // the phone page that follows a plan stop by stop
  patrolPhone: (planId) => withQuery('/patrol.html', { plan: planId }),
};
