// Side panel of one hexagon cell: its Gi* and emerging numbers explained, the monthly z chart, its sites and violations.
import { getLang, t } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatDate, formatNumber } from '../util/format.js';
import { drawCellChart, CELL_CHART_ID } from './cell-chart.js';
import { cellBadges, communeSummary, emergingSection, giSection, sitesSection, violationsSection } from './cell-details.js';
import { failed, loading, panelHeader } from './parts.js';

function render(el, { data, analysis, bus }) {
  const lang = getLang();
  const fdr = data.fdr ?? analysis.fdr;
  mount(el,
    panelHeader(t('cell.title', { id: data.id }), () => bus.emit('panel:closed')),
    h('p', { class: 'muted' },
      t('cell.size', { n: formatNumber(data.cellSize, lang) }), ' · ',
      t('commune.period', { from: formatDate(data.from, lang), to: formatDate(data.to, lang) })),
    cellBadges(data),
    h('div', { 'data-slot': 'commune' }),
    giSection(data, fdr),
    emergingSection(data),
    sitesSection(data.sites || [], { bus }),
    violationsSection(data.violations || [], { bus }));
  el.dataset.cellId = data.id;
  return drawCellChart(el.querySelector(`#${CELL_CHART_ID}`), data);
}

/**
 * Opens on 'cell:selected'; follows the period, the cell size and FDR; closes on a site, a commune or 'panel:closed'.
 * @param {{api: object, bus: object, analysis: {from: string, to: string, cell: number, fdr: boolean}}} options
 */
export function mountCellPanel(el, { api, bus, analysis: initial }) {
  let analysis = { ...initial };
  let current = null;
  let chart = null;
  let controller = null;

  async function showCommune(code, signal) {
    try {
      const summary = await api.communeHotspots(code, analysis, { signal });
      mount(el.querySelector('[data-slot=commune]'), communeSummary(summary, { bus }));
    } catch (error) {
      // the commune is context only: the cell stays readable without it
      if (error.name !== 'AbortError') mount(el.querySelector('[data-slot=commune]'));
    }
  }

  async function open({ id, reveal = false }) {
    controller?.abort();
    controller = new AbortController();
    current = { id };
    el.hidden = false;
    chart?.destroy();
    chart = null;
    mount(el, panelHeader(t('panel.loading'), () => bus.emit('panel:closed')), loading());
    try {
      const data = await api.hotspotCell(id, { ...analysis, value: 'severity' }, { signal: controller.signal });
      chart = render(el, { data, analysis, bus });
      el.parentElement?.scrollTo(0, 0);
      bus.emit('cell:shown', { data, reveal });
      if (data.commune) showCommune(data.commune, controller.signal);
    } catch (error) {
      if (error.name === 'AbortError') return;
      mount(el, panelHeader(t('cell.title', { id }), () => bus.emit('panel:closed')), failed(error));
      bus.emit('error', error);
    }
  }

  function close() {
    controller?.abort();
    chart?.destroy();
    chart = null;
    current = null;
    el.hidden = true;
    mount(el);
  }

  const follow = (patch) => {
    const before = analysis;
    analysis = { ...analysis, ...patch };
    if (!current) return;
    // a cell id belongs to one grid: another cell size has no such cell
    if (analysis.cell !== before.cell) bus.emit('panel:closed');
    else if (analysis.from !== before.from || analysis.to !== before.to || analysis.fdr !== before.fdr) open(current);
  };

  bus.on('cell:selected', open);
  bus.on('site:selected', close);
  bus.on('commune:selected', close);
  bus.on('panel:closed', close);
  bus.on('lang:changed', () => current && open(current));
  bus.on('filters:changed', ({ from, to }) => follow({ from, to }));
  bus.on('layers:changed', ({ cell, fdr }) => follow({ cell, fdr }));
}
