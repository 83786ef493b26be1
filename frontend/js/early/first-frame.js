// The map's first frame, drawn before Leaflet and the app have loaded: the communes and the sites the service wrote
// into the page (map/MapPage.java) as one plain SVG over the map area, at the view Leaflet then opens on. Nothing in
// it takes a click or the focus; main.js removes each part as Leaflet draws its own (handOverFirstFrame).
// Only for a map opened without a link's state on the whole province: a link's view, a commune's own view or another
// layer is drawn by Leaflet alone, as before.
import { accessOf } from '../access/roles.js';
import { measureBreaks, measureOf } from '../layers/choropleth.js';
import { LAYER_DEFAULTS } from '../util/url-state.js';
import { s } from '../util/dom.js';
import { bySizeDescending, communeStyle, siteAreaStyle, siteMarkerStyle } from '../map/style.js';
import { boxOf, circlesData, mercatorY, pathData, svgPaint } from './first-frame-shapes.js';

const ID = 'first-frame';
// the map split into this many parts across and down for the markers' paths (markerPaths)
const MARKER_PARTS = 6;

/**
 * The answers written into the page, by the start of their URL, and the sites as the first frame draws them
 * (map/FirstFrameSites.java: {points: [[id, kind, status, lon, lat]], areas: [GeoJSON features]}); null when one is
 * missing.
 */
function writtenAnswers() {
  const written = [...document.querySelectorAll('script[data-answer]')];
  const find = (...starts) => written.find((block) => starts.some((start) => block.dataset.answer.startsWith(start)));
  const blocks = {
    me: find('/api/v1/me'),
    config: find('/api/v1/config'),
    sites: document.getElementById('first-frame-sites'),
    communes: find('/api/v1/communes?', '/api/v1/public/communes?'),
  };
  if (Object.values(blocks).some((block) => !block)) return null;
  return Object.fromEntries(Object.entries(blocks).map(([key, block]) => [key, JSON.parse(block.textContent)]));
}

/** Draws the first frame into #map; false when this map opens on something else (see above). */
export function drawFirstFrame() {
  const map = document.getElementById('map');
  if (!map || window.location.search || LAYER_DEFAULTS.layer !== 'communes' || LAYER_DEFAULTS.sites !== 'status') return false;
  const answers = writtenAnswers();
  if (!answers || accessOf(answers.me).scope) return false;
  // Leaflet's fitBounds with zoomSnap 0 (map/map.js): the province's box in Web Mercator, fitted whole and centred,
  // which is what SVG's "xMidYMid meet" does with the same box, whatever size the map area takes as the page fills in
  const box = boxOf(answers.config.province.bbox);
  const communes = answers.communes.features;
  const breaks = measureBreaks(communes.map((f) => measureOf(f.properties, 'count')), 'count');
  const shape = (className, style, feature) => s('path', { class: className, 'data-id': feature.id,
    d: pathData(feature.geometry), ...svgPaint(style) });
  const markers = markerPaths(answers.sites.points, box);
  const frame = s('svg', { id: ID, class: 'first-frame', 'aria-hidden': 'true', focusable: 'false',
    viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`, preserveAspectRatio: 'xMidYMid meet' },
  s('g', { class: 'first-frame-communes' },
    communes.map((f) => shape('commune-area', communeStyle(measureOf(f.properties, 'count'), breaks), f))),
  s('g', { class: 'first-frame-sites' },
    answers.sites.areas.sort(bySizeDescending).map((f) => shape('site-area', siteAreaStyle(f.properties), f)),
    markers.map(({ path }) => path)));
  // markers keep their size in screen pixels, as Leaflet's circle markers do: their radius follows the map's size
  // (not again for the same size: the observer's first call, in the first frame, would restyle every marker for nothing)
  let scaled = null;
  const scale = () => {
    const { width, height } = map.getBoundingClientRect();
    const unitsPerPixel = Math.max(box.width / width, box.height / height);
    if (!width || !height || unitsPerPixel === scaled) return;
    scaled = unitsPerPixel;
    markers.forEach(({ path, radius, centres }) => path.setAttribute('d', circlesData(centres, radius * unitsPerPixel)));
  };
  scale();
  const observer = new ResizeObserver(() => (frame.isConnected ? scale() : observer.disconnect()));
  observer.observe(map);
  map.prepend(frame);
  performance.mark('first-frame-drawn');
  return true;
}

/**
 * The site markers as paths of circles, one for each style in each part of the map (a circle for each site, its ids in
 * data-ids in the same order): a few shapes for the browser to style and lay out instead of one per site, each small
 * enough that rastering it touches few of the map's tiles. Larger styles first, under the smaller ones, as Leaflet
 * draws them (map/style.js bySizeDescending).
 */
function markerPaths(points, box) {
  const styles = new Map();
  const part = (offset, size) => Math.min(MARKER_PARTS - 1, Math.max(0, Math.floor((offset / size) * MARKER_PARTS)));
  points.forEach(([id, kind, status, lon, lat]) => {
    const y = -mercatorY(lat);
    const key = `${kind} ${status} ${part(lon - box.x, box.width)} ${part(y - box.y, box.height)}`;
    if (!styles.has(key)) styles.set(key, { kind, style: siteMarkerStyle({ kind, status }), ids: [], centres: [] });
    const group = styles.get(key);
    group.ids.push(id);
    group.centres.push([lon, y]);
  });
  return [...styles.values()].sort((a, b) => b.style.radius - a.style.radius).map(({ kind, style, ids, centres }) => ({
    radius: style.radius,
    centres,
    // nonzero, not Leaflet's evenodd: where two circles of one path overlap, they stay filled
    path: s('path', { class: `site-marker site-kind-${kind}`, 'data-ids': ids.join(' '), ...svgPaint(style),
      'fill-rule': 'nonzero' }),
  }));
}

/** Leaflet's layers take over: each part of the first frame goes as soon as Leaflet has drawn its own. */
export function handOverFirstFrame(bus) {
  const frame = document.getElementById(ID);
  if (!frame) return;
  const drop = (part) => () => {
    frame.querySelector(part)?.remove();
    if (!frame.querySelector('g')) frame.remove();
  };
  bus.on('communes:loaded', drop('.first-frame-communes'));
  // the sites layer loads whichever colours the sites take
  bus.on('sites:loaded', drop('.first-frame-sites'));
}
