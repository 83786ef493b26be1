// The communes part of the legend: what is counted (count, per km², per site), of which sites, in which period.
import { getLang, t } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatDate, formatNumber } from '../util/format.js';
import { classColors, classLabels } from '../map/style.js';
import { MEASURES, rateLabels } from './choropleth.js';

/**
 * @param {{breaks: number[], choropleth: {measure: string, published: boolean, filtered: boolean,
 *          period: {from: string, to: string}}|null}} state
 * @param {(measure: string) => void} choose
 */
export function choroplethSection({ breaks, choropleth }, choose) {
  const lang = getLang();
  const measure = choropleth?.measure ?? 'count';
  const colors = classColors(breaks);
  const labels = measure === 'count' ? classLabels(breaks) : rateLabels(breaks, (n) => formatNumber(n, lang, 3));
  const select = h('select', { 'data-testid': 'choropleth-measure', onChange: (event) => choose(event.target.value) },
    MEASURES.map((code) => h('option', { value: code, selected: code === measure }, t(`layers.choropleth.${code}`))));
  const period = choropleth?.period;
  return h('section', { class: 'legend-section', 'data-testid': 'choropleth-legend' },
    h('label', { class: 'switch-field' }, t('layers.choropleth.measure'), select),
    h('h3', { 'data-testid': 'choropleth-title' }, t(`layers.choropleth.title.${measure}`)),
    h('ul', null, labels.map((label, i) =>
      h('li', null, h('span', { class: 'legend-box', style: { background: colors[i] } }), label))),
    period ? h('p', { class: 'legend-note', 'data-testid': 'choropleth-counts' },
      t(choropleth.published ? 'layers.choropleth.counts.public' : 'layers.choropleth.counts.internal',
        { from: formatDate(period.from, lang), to: formatDate(period.to, lang) })) : null,
    h('p', { class: 'legend-note', 'data-testid': 'choropleth-filters' },
      t(choropleth?.filtered ? 'layers.choropleth.filtered' : 'layers.choropleth.allSites')),
    h('p', { class: 'legend-note' }, t('layers.choropleth.sitesNote')));
}
