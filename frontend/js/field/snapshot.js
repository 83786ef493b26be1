// The copy kept on the phone for use without a connection: who is signed in, the code lists, the user's communes'
// boundaries and sites with their last status, and when it was taken. Pure.

/** The communes a snapshot keeps: the user's own (a province-wide user: all of them). */
export function ownCommunes(collection, scope) {
  const features = collection?.features ?? [];
  return scope?.length ? features.filter((feature) => scope.includes(String(feature.id ?? feature.properties?.code))) : features;
}

/**
 * A snapshot as stored: {name: 'current', savedAt, me, statuses, communes, sites}. keep: the codes of the communes
 * to keep, boundaries and sites (copy-area.js); none: the user's communes (a province-wide user: all of them).
 * keepSites: the ids of sites kept besides those (the stops of the patrols followed on the phone).
 */
export function makeSnapshot({ me, statuses, communes, sites, now, keep = null, keepSites = [] }) {
  const slim = (feature) => ({ type: 'Feature', id: feature.id, geometry: feature.geometry,
    properties: { name: feature.properties?.name, kind: feature.properties?.kind, status: feature.properties?.status,
      communeCode: feature.properties?.communeCode, communeName: feature.properties?.communeName } });
  return {
    name: 'current',
    savedAt: now.toISOString(),
    me: { authenticated: me.authenticated, username: me.username, displayName: me.displayName, role: me.role,
      communes: me.communes ?? [], can: me.can ?? [] },
    statuses: [...statuses],
    communes: (keep ? (communes?.features ?? []).filter((feature) => keep.includes(String(feature.id ?? feature.properties?.code)))
      : ownCommunes(communes, me.communes)).map((feature) => ({ type: 'Feature', id: feature.id,
      geometry: feature.geometry, properties: { name: feature.properties?.name } })),
    sites: (keep ? sites.filter((feature) => keep.includes(String(feature.properties?.communeCode))
      || keepSites.includes(String(feature.id))) : sites).map(slim),
  };
}

/** "14:05 30/11/2026" in Vietnam's time: when the copy was taken. */
export function formatSavedAt(iso, lang = 'vi') {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit',
    minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** Whether the page may work for this user: commune staff and the police record observations. */
export const FIELD_ROLES = ['COMMUNE', 'POLICE'];
export const mayUseField = (me) => Boolean(me?.authenticated) && FIELD_ROLES.includes(me.role);
