// What the signed-in user may see, from /api/v1/me: which data source, layers and panels the map gets. Pure.
// The service states what each role may do (me.can); the page keeps no role matrix of its own.
import { LAYERS, SITE_COLOURS } from '../util/url-state.js';

/**
 * @param {{authenticated?: boolean, role?: string, communes?: string[], can?: string[]}|null} me
 * @returns {{role: string|null, publicData: boolean, hotspots: boolean, risk: boolean, scope: string[]|null,
 *            audit: boolean, users: boolean, editSites: boolean, recordStatus: boolean, recordInspections: boolean,
 *            areaLayers: string[], siteColours: string[]}}
 */
export function accessOf(me) {
  const signedIn = Boolean(me?.authenticated);
  const can = new Set(signedIn && Array.isArray(me.can) ? me.can : []);
  // the internal data endpoints, the sites' risk among them
  const internal = can.has('data');
  const hotspots = internal && can.has('hotspots');
  const communes = signedIn ? me.communes || [] : [];
  return {
    role: signedIn && me.role ? me.role : null,
    publicData: !internal,
    hotspots,
    risk: internal,
    // no communes: the whole province
    scope: internal && communes.length ? [...communes] : null,
    audit: can.has('audit'),
    users: can.has('users'),
    editSites: internal && can.has('editSites'),
    recordStatus: internal && can.has('recordStatus'),
    recordInspections: internal && can.has('recordInspections'),
    areaLayers: hotspots ? [...LAYERS] : ['communes'],
    siteColours: internal ? [...SITE_COLOURS] : SITE_COLOURS.filter((colour) => colour !== 'risk'),
  };
}

/** The layer state from the address bar, narrowed to what the user may see (a shared ?layer=gi link, say). */
export function allowedLayers(layers, access) {
  return {
    ...layers,
    layer: access.areaLayers.includes(layers.layer) ? layers.layer : 'communes',
    sites: access.siteColours.includes(layers.sites) ? layers.sites : 'status',
  };
}

/**
 * The service's other pages the user may use: the field page (commune and police officers), the police page (who
 * may plan patrols), the patrol page (who may carry them out) and, for everyone, reporting a tip.
 * @returns {{href: string, key: string}[]}
 */
export function pageLinks(me) {
  const signedIn = Boolean(me?.authenticated);
  const can = new Set(signedIn && Array.isArray(me.can) ? me.can : []);
  return [
    signedIn && ['COMMUNE', 'POLICE'].includes(me.role) ? { href: '/field', key: 'pages.field' } : null,
    can.has('planPatrols') ? { href: '/police.html', key: 'pages.police' } : null,
    can.has('recordPatrols') ? { href: '/patrol.html', key: 'pages.patrol' } : null,
    { href: '/tip.html', key: 'pages.tip' },
  ].filter(Boolean);
}
