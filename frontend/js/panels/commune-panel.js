// Side panel of one commune: totals, violations per month, by category, its sites, its predecessors.
import { getLang, t, tCode } from '../i18n.js';
import { h, mount } from '../util/dom.js';
import { formatDate, formatNumber, formatVnd } from '../util/format.js';
import { drawMonthlyChart, monthlyChartBox, CHART_ID } from './monthly-chart.js';
import { badge, failed, loading, panelHeader, section, totals } from './parts.js';
import { printButton } from '../export/print.js';
import { exportButtons } from '../export/download.js';

function categoryTable(rows, lang) {
  if (!rows.length) return h('p', { class: 'muted' }, t('commune.byCategory.none'));
  return h('table', { class: 'category-table', 'data-testid': 'by-category' },
    h('thead', null, h('tr', null, ['commune.category', 'commune.violations', 'commune.fines'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', null, rows.map((r) => h('tr', null,
      h('td', null, tCode('violation.category', r.category)),
      h('td', { class: 'num' }, formatNumber(r.violations, lang)),
      h('td', { class: 'num' }, formatVnd(r.finesVnd, getLang()))))));
}

const SITES_SHOWN = 25;

function siteRow(site, { bus, lang }) {
  return h('li', null,
    h('button', { type: 'button', class: 'link', 'data-testid': 'commune-site', onClick: () => bus.emit('site:selected', { id: site.id, reveal: true }) }, site.name),
    ' ', badge(tCode('site.status', site.status), `status-${site.status}`),
    h('span', { class: 'muted small' }, ` ${t('commune.violationsN', { n: site.violations })}`,
      site.lastViolationOn ? `, ${t('commune.lastViolation', { date: formatDate(site.lastViolationOn, lang) })}` : ''));
}

function siteList(sites, options) {
  if (!sites.length) return h('p', { class: 'muted' }, t('commune.sites.none'));
  const list = h('ol', { class: 'ranked', 'data-testid': 'commune-sites' }, sites.slice(0, SITES_SHOWN).map((site) => siteRow(site, options)));
  if (sites.length <= SITES_SHOWN) return list;
  const more = h('button', { type: 'button', class: 'more', onClick: () => {
    list.append(...sites.slice(SITES_SHOWN).map((site) => siteRow(site, options)));
    more.remove();
  } }, t('commune.sites.all', { n: sites.length }));
  return h('div', null, list, more);
}

function predecessorList(predecessors, lang) {
  if (!predecessors.length) return h('p', { class: 'muted' }, t('commune.predecessors.none'));
  return h('ul', { class: 'predecessors', 'data-testid': 'predecessors' }, predecessors.map((p) => h('li', null,
    h('strong', null, t('commune.predecessor', { name: p.name, district: p.districtName || '—' })), h('br'),
    h('span', { class: 'small' }, t('commune.predecessorCounts', {
      inspections: t('count.inspections', { n: formatNumber(p.inspections, lang), count: p.inspections }),
      violations: t('count.violations', { n: formatNumber(p.violations, lang), count: p.violations }),
      fines: formatVnd(p.finesVnd, lang) })))));
}

function render(el, { data, bus }) {
  const lang = getLang();
  const sums = data.totals || {};
  mount(el,
    panelHeader(data.fullName || data.name, () => bus.emit('panel:closed')),
    printButton(bus, { commune: data.code }),
    h('p', { class: 'muted' },
      data.areaKm2 ? `${t('commune.area', { n: formatNumber(data.areaKm2, lang, 1) })} · ` : '',
      t('commune.period', { from: formatDate(data.from, lang), to: formatDate(data.to, lang) })),
    totals([
      [t('totals.violations'), formatNumber(sums.violations ?? 0, lang)],
      [t('totals.fines'), formatVnd(sums.finesVnd ?? 0, getLang())],
      [t('totals.inspections'), formatNumber(sums.inspections ?? 0, lang)],
      [t('totals.sites'), formatNumber(sums.sites ?? 0, lang)],
    ], { 'data-testid': 'commune-totals' }),
    section(t('commune.monthly'), monthlyChartBox()),
    section(t('commune.byCategory'), categoryTable(data.byCategory || [], lang)),
    section(t('commune.sites'), exportButtons(bus, { commune: data.code }), siteList(data.sites || [], { bus, lang })),
    section(t('commune.predecessors'), predecessorList(data.predecessors || [], lang)));
  el.dataset.communeCode = data.code;
  return drawMonthlyChart(el.querySelector(`#${CHART_ID}`), data.monthly || []);
}

/** Opens on 'commune:selected', follows the period of 'filters:changed', closes on a site, a cell or 'panel:closed'. */
export function mountCommunePanel(el, { api, bus, period: initialPeriod }) {
  let period = initialPeriod;
  let code = null;
  let chart = null;
  let controller = null;

  async function open(next) {
    controller?.abort();
    controller = new AbortController();
    code = next;
    el.hidden = false;
    chart?.destroy();
    chart = null;
    mount(el, panelHeader(t('panel.loading'), () => bus.emit('panel:closed')), loading());
    try {
      const data = await api.communeHistory(code, period, { signal: controller.signal });
      chart = render(el, { data, bus });
      el.parentElement?.scrollTo(0, 0);
    } catch (error) {
      if (error.name === 'AbortError') return;
      mount(el, panelHeader(code, () => bus.emit('panel:closed')), failed(error));
      bus.emit('error', error);
    }
  }

  function close() {
    controller?.abort();
    chart?.destroy();
    chart = null;
    code = null;
    el.hidden = true;
    mount(el);
  }

  bus.on('commune:selected', (detail) => open(detail.code));
  bus.on('site:selected', close);
  bus.on('cell:selected', close);
  bus.on('panel:closed', close);
  bus.on('lang:changed', () => code && open(code));
  bus.on('filters:changed', ({ from, to }) => {
    const changed = from !== period.from || to !== period.to;
    period = { from, to };
    if (changed && code) open(code);
  });
}
