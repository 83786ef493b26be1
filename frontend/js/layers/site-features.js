// What both site layers draw the same way: compound sites as areas, the others as circle markers, and a click
// that selects the site. Each layer brings its own style, tooltip and classes.
import * as L from 'leaflet';
import { t } from '../i18n.js';

export const isPoint = (feature) => feature.geometry?.type === 'Point';

/** The site's name; the public map leaves household workshops unnamed (a family's home). */
export const siteTitle = (properties) => properties.name || t('public.unnamed');

/**
 * @param {{bus: object, styleOf: (feature: object, selected: boolean) => object, tooltip: (layer: object) => Node,
 *          areaClass: string, markerClass: (feature: object) => string}} options
 * @returns {{layer: L.FeatureGroup, draw: (features: object[]) => void, select: (id: number|null) => void,
 *            seeThrough: (on: boolean) => void}}
 */
export function createSiteFeatures({ bus, styleOf, tooltip, areaClass, markerClass }) {
  let selected = null;
  let through = false;
  const byId = new Map();
  const style = (feature) => {
    const own = styleOf(feature, feature.id === selected);
    if (!through || feature.id === selected) return own;
    // over hotspot cells: markers nearly empty, areas outlined only (an empty fill takes no clicks)
    return isPoint(feature) ? { ...own, fillOpacity: Math.min(own.fillOpacity ?? 0.15, 0.15), opacity: 0.5 } : { ...own, fill: false };
  };

  const onEachFeature = (feature, layer) => {
    byId.set(feature.id, layer);
    // the tooltip is bound at the first pointer on the shape: binding hundreds at once, each with its focus listeners
    // (the shapes are no tab stops: layout/layout.js), held up the first paint
    layer.once('mouseover click', () => {
      if (layer.getTooltip()) return;
      layer.bindTooltip(tooltip, { direction: 'top', offset: [0, -6] });
      layer.openTooltip();
    });
    layer.on('click', (event) => {
      L.DomEvent.stopPropagation(event);
      bus.emit('site:selected', { id: feature.id });
    });
    layer.on('add', () => layer.getElement()?.setAttribute('data-site-id', String(feature.id)));
  };
  const areas = L.geoJSON(null, { pane: 'siteAreas', className: areaClass, style, onEachFeature });
  const points = L.geoJSON(null, {
    style,
    onEachFeature,
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, { pane: 'sites', className: markerClass(feature), ...style(feature) }),
  });
  const layer = L.featureGroup([areas, points]);

  /** Draws the features in the given order: the last ones end up on top. */
  function draw(features) {
    byId.clear();
    areas.clearLayers();
    points.clearLayers();
    areas.addData(features.filter((f) => f.geometry && !isPoint(f)));
    points.addData(features.filter(isPoint));
    select(selected);
  }

  function select(id) {
    const previous = byId.get(selected);
    selected = id;
    if (previous) previous.setStyle(style(previous.feature));
    const current = byId.get(id);
    if (!current) return;
    current.setStyle(style(current.feature));
    current.bringToFront();
  }

  /** Draws the sites see-through (while hotspot cells lie beneath) or as they are. */
  function seeThrough(on) {
    if (on === through) return;
    through = on;
    areas.setStyle(style);
    points.setStyle(style);
  }

  return { layer, draw, select, seeThrough };
}
