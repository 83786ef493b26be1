// Hexagon cells of the Gi* or the emerging analysis: the grid on a canvas, the coloured cells as SVG paths in a pane of
// their own above it (few, and each one clickable); a click on a coloured cell emits 'cell:selected'.
import * as L from 'leaflet';
import { getLang, tCode } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatNumber } from '../util/format.js';
import { cellStyle, emergingStyle, giColor, hasPattern, isSignificant, shownCellStyle } from '../map/hotspot-style.js';
import { svgFill } from '../map/patterns.js';

// cells without a class or pattern only outline the grid, and only while there are not too many to redraw
const GRID_MAX = 12000;
const GRID_STYLE = { fill: false, color: '#6b6b6b', weight: 0.3, opacity: 0.35 };

const KINDS = {
  gi: {
    codeOf: (p) => p.class,
    shown: (p) => isSignificant(p.class),
    fill: (p) => giColor(p.class),
    ink: (p) => giColor(p.class),
    label: (p) => `${tCode('hotspot.gi.class', p.class)} · z = ${formatNumber(p.z, getLang())}`,
  },
  emerging: {
    codeOf: (p) => p.category,
    shown: (p) => hasPattern(p.category),
    fill: (p) => svgFill(emergingStyle(p.category)),
    ink: (p) => emergingStyle(p.category).ink || emergingStyle(p.category).fill,
    label: (p) => tCode('hotspot.emerging', p.category),
  },
};

const countBy = (features, codeOf) =>
  features.reduce((counts, f) => ({ ...counts, [codeOf(f.properties)]: (counts[codeOf(f.properties)] || 0) + 1 }), {});

/**
 * @returns {{refresh: (analysis: {layer: string, from: string, to: string, cell: number, fdr: boolean}) => Promise<void>,
 *            highlight: (geometry: object|null, options?: {reveal?: boolean}) => void, select: (id: string|null) => void}}
 */
export function createHotspotsLayer(map, { api, bus }) {
  const renderer = L.canvas({ pane: 'hotspots', padding: 0.3 });
  let kind = null;
  let key = null;
  let controller = null;

  const grid = L.geoJSON(null, { renderer, interactive: false, style: GRID_STYLE });
  const cells = L.geoJSON(null, {
    renderer: L.svg({ pane: 'hotCells' }),
    className: 'hot-cell',
    style: (feature) => shownCellStyle(KINDS[kind].fill(feature.properties), KINDS[kind].ink(feature.properties)),
    onEachFeature(feature, layer) {
      layer.on('add', () => {
        layer.getElement()?.setAttribute('data-cell-id', String(feature.id));
        layer.getElement()?.setAttribute('data-code', KINDS[kind].codeOf(feature.properties));
      });
      layer.bindTooltip(() => h('span', null, KINDS[kind].label(feature.properties)), { sticky: true, direction: 'top' });
      layer.on('click', (event) => {
        L.DomEvent.stopPropagation(event);
        bus.emit('cell:selected', { id: String(feature.id) });
      });
    },
  });
  const outline = L.geoJSON(null, { pane: 'hotCells', interactive: false, style: cellStyle('transparent', true) });
  const group = L.featureGroup([grid, cells]);
  outline.addTo(map);

  function draw(collection) {
    const { codeOf, shown } = KINDS[kind];
    grid.clearLayers();
    cells.clearLayers();
    if (collection.features.length <= GRID_MAX) grid.addData(collection.features.filter((f) => !shown(f.properties)));
    cells.addData(collection.features.filter((f) => shown(f.properties)));
    group.addTo(map);
    const { features, ...meta } = collection;
    bus.emit('hotspots:loaded', { layer: kind, meta, counts: countBy(features, codeOf), cells: features.length });
  }

  function clear() {
    controller?.abort();
    kind = null;
    grid.clearLayers();
    cells.clearLayers();
    group.remove();
    bus.emit('hotspots:loaded', null);
  }

  async function refresh({ layer, from, to, cell, fdr }) {
    const next = KINDS[layer] ? JSON.stringify([layer, from, to, cell, fdr]) : null;
    if (next === key) return;
    key = next;
    if (!next) {
      clear();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    bus.emit('hotspots:loading', { layer });
    try {
      const collection = await api.hotspots(layer, { from, to, cell, fdr, value: 'severity' }, { signal: controller.signal });
      kind = layer;
      draw(collection);
    } catch (error) {
      if (error.name === 'AbortError') return;
      key = null;
      bus.emit('hotspots:loaded', null);
      bus.emit('error', error);
    }
  }

  /** Outlines the open cell (whatever the layer), bringing it into view when asked. */
  function highlight(geometry, { reveal = false } = {}) {
    outline.clearLayers();
    if (!geometry) return;
    outline.addData(geometry);
    if (reveal) map.fitBounds(outline.getBounds(), { maxZoom: 14 });
  }

  /** Like the other layers, select(null) lets go of the open cell; a cell is outlined once its panel has its geometry. */
  function select(id) {
    if (!id) highlight(null);
  }

  return { layer: group, refresh, highlight, select };
}
