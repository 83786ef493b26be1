// Coverage of the high-risk sites and patrol effort, for the police page: two small tables, the effort also as CSV
// and XLSX files the service writes.
import { getLang, t } from '../i18n.js';
import { urls } from '../urls.js';
import { h, mount } from '../util/dom.js';
import { formatNumber } from '../util/format.js';

const percent = (share, lang) => (share === null || share === undefined ? '–' : `${formatNumber(share * 100, lang, 0)} %`);

function table(headers, rows, testid) {
  return h('table', { class: 'patrol-table', 'data-testid': testid },
    h('thead', null, h('tr', null, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', null, rows.map((row) => h('tr', null, row.map((cell) => h('td', null, cell))))));
}

/** Coverage: the province's share, each commune's, and the overdue sites (the riskiest first, at most `limit`). */
export async function mountCoverage(el, { api, commune, limit = 20 }) {
  const lang = getLang();
  const coverage = await api.patrolCoverage({ commune });
  const { province } = coverage;
  mount(el,
    h('h2', null, t('patrol.coverage.title')),
    h('p', { 'data-testid': 'patrol-coverage-province' }, t('patrol.coverage.province', {
      share: percent(province.share, lang), visited: province.visited, total: province.highRisk,
      days: coverage.windowDays, threshold: formatNumber(coverage.threshold, lang, 0) })),
    table([t('patrol.coverage.commune'), t('patrol.coverage.highRisk'), t('patrol.coverage.visited'),
      t('patrol.coverage.share')], coverage.communes.filter((c) => c.highRisk > 0)
      .map((c) => [c.name ?? c.code ?? '–', c.highRisk, c.visited, percent(c.share, lang)]), 'patrol-coverage-communes'),
    h('h3', null, t('patrol.coverage.overdue', { n: coverage.overdue.length })),
    table([t('patrol.coverage.site'), t('patrol.coverage.commune'), t('patrol.coverage.risk'),
      t('patrol.coverage.daysSince')], coverage.overdue.slice(0, limit).map((s) => [s.name, s.communeName ?? '–',
      formatNumber(s.risk, lang, 0), s.daysSinceVisit ?? t('patrol.coverage.never')]), 'patrol-coverage-overdue'));
  return coverage;
}

/** Effort of a month (YYYY-MM), per team and commune, with the files to download. */
export async function mountEffort(el, { api, month, commune }) {
  const lang = getLang();
  const effort = await api.patrolEffort({ month, commune });
  const { totals } = effort;
  mount(el,
    h('h2', null, t('patrol.effort.title', { month: month ?? '' })),
    table([t('patrol.effort.team'), t('patrol.coverage.commune'), t('patrol.effort.patrols'), t('patrol.effort.hours'),
      t('patrol.effort.km'), t('patrol.effort.sites')], [
      ...effort.rows.map((r) => [r.team, r.communeName ?? '–', r.patrols, formatNumber(r.hours, lang, 1),
        formatNumber(r.km, lang, 1), r.sitesVisited]),
      [t('patrol.effort.total'), '', totals.patrols, formatNumber(totals.hours, lang, 1), formatNumber(totals.km, lang, 1),
        totals.sitesVisited]], 'patrol-effort'),
    h('p', { class: 'export-buttons' }, ['csv', 'xlsx'].map((format) => h('a', { class: 'export-button',
      href: urls.patrolEffort({ month, commune, format }), download: '', 'data-testid': `patrol-effort-${format}` },
    t(`export.${format}`)))));
  return effort;
}
