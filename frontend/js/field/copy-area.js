// Which communes the phone keeps for use without a connection. A commune's user keeps their communes. A
// province-wide user (the police) would otherwise keep every site of the province: they keep the communes around
// where the phone is and those they pick, and the page says how big the copy is. Pure.
import { featureAt } from './geo.js';

/** Communes whose boundary comes this close to the phone are kept. */
export const NEAR_M = 3000;

export const communeCode = (feature) => String(feature.id ?? feature.properties?.code);

function rings(geometry) {
  if (geometry?.type === 'Polygon') return geometry.coordinates;
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** Metres from the point to the nearest edge of the boundary (flat Earth around the point: a few km at most). */
function distanceToBoundary([lon, lat], geometry) {
  const mx = (Math.PI / 180) * 6_371_008.8 * Math.cos((lat * Math.PI) / 180);
  const my = (Math.PI / 180) * 6_371_008.8;
  let best = Infinity;
  for (const ring of rings(geometry)) {
    for (let i = 1; i < ring.length; i += 1) {
      const [ax, ay] = [(ring[i - 1][0] - lon) * mx, (ring[i - 1][1] - lat) * my];
      const [bx, by] = [(ring[i][0] - lon) * mx, (ring[i][1] - lat) * my];
      const [dx, dy] = [bx - ax, by - ay];
      const length2 = dx * dx + dy * dy;
      const along = length2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2)) : 0;
      best = Math.min(best, Math.hypot(ax + along * dx, ay + along * dy));
    }
  }
  return best;
}

/** The codes of the communes holding the position ([lon, lat]) or within radiusM of it, nearest boundary first. */
export function nearCommunes(communes, position, radiusM = NEAR_M) {
  if (!position) return [];
  const near = [];
  for (const feature of communes) {
    const inside = featureAt([feature], position) !== null;
    const closest = inside ? 0 : distanceToBoundary(position, feature.geometry);
    if (closest <= radiusM) near.push({ code: communeCode(feature), closest });
  }
  return near.sort((a, b) => a.closest - b.closest).map(({ code }) => code);
}

/** Whether the user sees the whole province (no commune scope): their copy is chosen, not all of it. */
export const provinceWide = (me) => !(me?.communes?.length);

/**
 * The codes of the communes the copy keeps: a commune user's own; for a province-wide user, those near the position
 * and those picked (nothing near and nothing picked: none, and the page asks to pick).
 */
export function copyCommunes({ me, communes, position, picked = [] }) {
  if (!provinceWide(me)) return me.communes.map(String);
  const known = new Set(communes.map(communeCode));
  return [...new Set([...nearCommunes(communes, position), ...picked.map(String).filter((code) => known.has(code))])];
}

/** Where the patrol page (/patrol.html) remembers, per plan, the patrol this phone follows: key + plan id → patrol id. */
export const FOLLOWED_PREFIX = 'diemnong.patrol.plan.';

/** The ids of the patrols followed on this phone, read from its storage (localStorage or alike). */
export function followedPatrols(storage) {
  const ids = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(FOLLOWED_PREFIX) && storage.getItem(key)) ids.push(storage.getItem(key));
  }
  return ids;
}

/** The ids of the sites of the patrols still to do (planned or in progress): the copy keeps them wherever they are. */
export function planSites(patrols) {
  return [...new Set(patrols.filter((patrol) => patrol && ['planned', 'in_progress'].includes(patrol.status))
    .flatMap((patrol) => (patrol.stops ?? []).map((stop) => String(stop.siteId))))];
}

/** The size of a copy as stored (its JSON in UTF-8), in bytes. */
export const copyBytes = (snapshot) => new TextEncoder().encode(JSON.stringify(snapshot)).length;

/** "85 KB", "1,2 MB". */
export function formatBytes(bytes, lang = 'vi') {
  const locale = lang === 'en' ? 'en-GB' : 'vi-VN';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
