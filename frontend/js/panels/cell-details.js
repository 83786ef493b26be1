// Parts of the cell panel: what its Gi* and emerging numbers are, how they were found, the sites and violations inside.
import { getLang, t, tCode, tIn } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatDate, formatNumber, formatP, formatVnd } from '../util/format.js';
import { emergingStyle, giColor, hatchCss } from '../map/hotspot-style.js';
import { badge, definitionList, section } from './parts.js';
import { cellChartBox } from './cell-chart.js';

const VIOLATIONS_SHOWN = 20;

const swatch = (background) => h('span', { class: 'legend-box', style: { background }, 'aria-hidden': 'true' });
const explain = (...texts) => h('div', { class: 'explain' }, texts.filter(Boolean).map((text) => h('p', null, text)));
const english = (key) => (getLang() === 'en' ? null : h('span', { class: 'muted small', lang: 'en' }, ` (${tIn('en', key)})`));

export function cellBadges(data) {
  return h('p', { class: 'badges' },
    h('span', { class: 'badge', 'data-testid': 'cell-class' }, swatch(giColor(data.gi?.class)), ' ', tCode('hotspot.gi.class', data.gi?.class)),
    data.category
      ? h('span', { class: 'badge', 'data-testid': 'cell-category' },
        swatch(hatchCss(emergingStyle(data.category))), ' ', tCode('hotspot.emerging', data.category))
      : null);
}

/** Value, z, p, class, window and band of the cell, with what the thresholds and FDR mean. */
export function giSection(data, fdr) {
  const lang = getLang();
  const gi = data.gi || {};
  return section(t('cell.gi'),
    definitionList([
      [tCode('hotspot.value', data.value), formatNumber(gi.value, lang)],
      [t('cell.z'), formatNumber(gi.z, lang)],
      [t('cell.p'), formatP(gi.p, lang)],
      [t('cell.class'), tCode('hotspot.gi.class', gi.class)],
      [t('cell.neighbours'), formatNumber(gi.neighbours, lang)],
      [t('cell.band'), t('cell.metres', { n: formatNumber(gi.distanceBand, lang, 0) })],
      [t('cell.fdr'), t(fdr ? 'cell.fdr.on' : 'cell.fdr.off')],
    ], { 'data-testid': 'cell-gi' }),
    explain(t('cell.gi.explain'), t('cell.gi.thresholds'), t(fdr ? 'cell.fdr.on.explain' : 'cell.fdr.off.explain')));
}

/** The emerging pattern of the cell over the months, its Mann-Kendall trend, and the monthly z chart. */
export function emergingSection(data) {
  const lang = getLang();
  return section(t('cell.emerging', { n: formatNumber(data.months?.length ?? 0, lang) }),
    definitionList([
      [t('cell.category'), h('span', null, tCode('hotspot.emerging', data.category), english(`hotspot.emerging.${data.category}`))],
      [t('cell.trend'), t('cell.trend.value', { z: formatNumber(data.trendZ, lang), p: formatP(data.trendP, lang) })],
    ], { 'data-testid': 'cell-emerging' }),
    explain(tCode('hotspot.emerging.explain', data.category), t('cell.trend.explain')),
    cellChartBox());
}

export function sitesSection(sites, { bus }) {
  const lang = getLang();
  const title = t('cell.sites', { n: formatNumber(sites.length, lang) });
  if (!sites.length) return section(title, h('p', { class: 'muted' }, t('cell.sites.none')));
  return section(title, h('ul', { class: 'ranked', 'data-testid': 'cell-sites' }, sites.map((site) => h('li', null,
    h('button', { type: 'button', class: 'link', 'data-testid': 'cell-site', 'data-site-id': String(site.id),
      onClick: () => bus.emit('site:selected', { id: site.id, reveal: true }) }, site.name),
    ' ', badge(tCode('site.status', site.status), `status-${site.status}`),
    h('span', { class: 'muted small' },
      ` ${tCode('site.kind', site.kind)} · ${t('commune.violationsN', { n: formatNumber(site.violations ?? 0, lang), count: site.violations ?? 0 })}`)))));
}

function violationRow(v, { bus, lang }) {
  return h('tr', { 'data-testid': 'cell-violation' },
    h('td', null, formatDate(v.date, lang)),
    h('td', null, h('button', { type: 'button', class: 'link', onClick: () => bus.emit('site:selected', { id: v.siteId, reveal: true }) }, v.siteName)),
    h('td', null, tCode('violation.category', v.category)),
    h('td', { class: 'num' }, formatNumber(v.severity, lang)),
    h('td', { class: 'num' }, formatVnd(v.fineVnd, getLang())));
}

export function violationsSection(violations, { bus }) {
  const lang = getLang();
  const title = t('cell.violations', { n: formatNumber(violations.length, lang) });
  if (!violations.length) return section(title, h('p', { class: 'muted' }, t('cell.violations.none')));
  const rows = (list) => list.map((v) => violationRow(v, { bus, lang }));
  const body = h('tbody', null, rows(violations.slice(0, VIOLATIONS_SHOWN)));
  const more = violations.length > VIOLATIONS_SHOWN
    ? h('button', { type: 'button', class: 'more', onClick: (event) => {
      body.append(...rows(violations.slice(VIOLATIONS_SHOWN)));
      event.target.remove();
    } }, t('cell.violations.all', { n: formatNumber(violations.length, lang) }))
    : null;
  return section(title,
    h('table', { class: 'category-table', 'data-testid': 'cell-violations' },
      h('thead', null, h('tr', null, ['cell.v.date', 'cell.v.site', 'cell.v.category', 'cell.v.severity', 'cell.v.fine']
        .map((key) => h('th', { scope: 'col' }, t(key))))),
      body),
    more);
}

/** The commune holding the cell's centre: its rank, hot cells and trend in the same period. */
export function communeSummary(summary, { bus }) {
  const lang = getLang();
  return section(t('cell.commune'),
    h('p', null, h('button', { type: 'button', class: 'link', 'data-testid': 'cell-commune-link',
      onClick: () => bus.emit('commune:selected', { code: summary.code, reveal: true }) }, summary.name)),
    definitionList([
      [t('cell.commune.rank'), t('cell.commune.rankOf', { rank: summary.rank, n: summary.communes })],
      [t('cell.commune.hotCells'),
        t('cell.commune.hotCellsN', { n: formatNumber(summary.hotCells, lang), n99: formatNumber(summary.hotCells99, lang) })],
      [t('cell.commune.trend'), t('cell.commune.trendValue', { direction: tCode('hotspot.trend', summary.trend?.direction),
        z: formatNumber(summary.trend?.z, lang), p: formatP(summary.trend?.p, lang) })],
    ]));
}
