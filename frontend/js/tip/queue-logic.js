// The tips queue's choices, without the DOM (Node tests: frontend/test/tip.test.js).

const OPEN = new Set(['received', 'verifying']);

export const isOpen = (tip) => OPEN.has(tip.status);

/**
 * What a handler may do with a tip next, each with the PATCH it sends: {key, change, id?}. Closed tips have none.
 * editSites: whether the user may register a site (to verify a tip as a new suspected site).
 */
export function tipActions(tip, { editSites = false } = {}) {
  if (!isOpen(tip)) return [];
  const actions = [];
  if (tip.status === 'received') actions.push({ key: 'verifying', change: { status: 'verifying' } });
  const site = tip.siteId ?? tip.reportedSiteId;
  if (site) actions.push({ key: 'verifiedSite', id: site, change: { status: 'verified', siteId: site } });
  else if (editSites) actions.push({ key: 'verifiedNewSite', change: { status: 'verified', newSuspectedSite: true } });
  actions.push({ key: 'unfounded', change: { status: 'unfounded' } });
  for (const other of tip.duplicateCandidates || []) {
    actions.push({ key: 'duplicateOf', id: other, change: { status: 'duplicate', duplicateOf: other } });
  }
  return actions;
}

/** The queue's filters as the list's query: '' for any status, overdue only when asked. */
export const queueQuery = ({ commune = '', status = '', overdueOnly = false } = {}) =>
  ({ commune: commune || undefined, status: status || undefined, overdue: overdueOnly ? 'true' : undefined, limit: 500 });
