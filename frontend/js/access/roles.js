// What the signed-in user may see, from /api/v1/me: which data source, layers and panels the map gets. Pure.
import { LAYERS, SITE_COLOURS } from '../util/url-state.js';

export const ROLES = ['ENV_DEPT', 'POLICE', 'COMMUNE', 'VIEWER', 'ADMIN'];
// the roles that may read the internal data endpoints; ADMIN may not (it gets 403 there)
const INTERNAL = ['ENV_DEPT', 'POLICE', 'COMMUNE', 'VIEWER'];

/**
 * @param {{authenticated?: boolean, role?: string, communes?: string[]}|null} me
 * @returns {{role: string|null, publicData: boolean, hotspots: boolean, risk: boolean, scope: string[]|null,
 *            audit: boolean, users: boolean, areaLayers: string[], siteColours: string[]}}
 */
export function accessOf(me) {
  const role = me?.authenticated && ROLES.includes(me.role) ? me.role : null;
  const internal = INTERNAL.includes(role);
  const hotspots = internal && role !== 'COMMUNE';
  return {
    role,
    publicData: !internal,
    hotspots,
    risk: internal,
    scope: role === 'COMMUNE' ? [...(me.communes || [])] : null,
    audit: role === 'ENV_DEPT' || role === 'ADMIN',
    users: role === 'ADMIN',
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
