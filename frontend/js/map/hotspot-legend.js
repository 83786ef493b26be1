// Legend sections of the hotspot layers: Gi* classes with the analysis they come from, emerging patterns, risk classes.
import { getLang, t, tCode, tIn } from '../i18n.js';
import { h, s } from '../util/dom.js';
import { formatMonth, formatNumber } from '../util/format.js';
import {
  EMERGING_CATEGORIES, GI_CLASSES, RISK_CLASSES, emergingStyle, giColor, hatchCss,
} from './hotspot-style.js';

// ArcGIS wants at least ten time slices for Emerging Hot Spot Analysis
const MIN_SLICES = 10;

function section(title, rows, ...notes) {
  return h('section', { class: 'legend-section' }, h('h3', null, title), h('ul', null, rows),
    notes.filter(Boolean).map((note) => h('p', { class: 'legend-note' }, note)));
}

const box = (background) => h('span', { class: 'legend-box', style: { background } });
const count = (counts, code) => h('span', { class: 'legend-count' }, formatNumber(counts?.[code] ?? 0, getLang()));
const period = (meta) => t('legend.period', { from: formatMonth(meta.from?.slice(0, 7), getLang()), to: formatMonth(meta.to?.slice(0, 7), getLang()) });

/** Gi* classes, their counts, and what the analysis was: confidence levels, FDR, cell size, distance band, period. */
export function giLegend({ meta, counts }) {
  const lang = getLang();
  const rows = GI_CLASSES.map((cls) => h('li', { 'data-class': cls },
    box(cls === 'none' ? '#ffffff' : giColor(cls)), tCode('hotspot.gi.class', cls), count(counts, cls)));
  return section(t('legend.gi'), rows,
    t('legend.gi.confidence'),
    h('strong', { 'data-testid': 'legend-fdr' }, t(meta.fdr ? 'legend.fdr.on' : 'legend.fdr.off')),
    t('legend.grid', { cell: formatNumber(meta.cellSize, lang), band: formatNumber(meta.distanceBand, lang, 0) }),
    `${tCode('hotspot.value', meta.value)}, ${period(meta)}`);
}

function emergingRow(category, counts) {
  const english = getLang() === 'en' ? null : h('span', { class: 'legend-alt', lang: 'en' }, tIn('en', `hotspot.emerging.${category}`));
  return h('li', { 'data-category': category },
    box(category === 'no_pattern' ? '#ffffff' : hatchCss(emergingStyle(category))),
    h('span', null, tCode('hotspot.emerging', category), english), count(counts, category));
}

/** The 8 hot and 8 cold patterns and "no pattern", each in both languages, with how they were found. */
export function emergingLegend({ meta, counts }) {
  const slices = meta.months?.length ?? 0;
  return section(t('legend.emerging'), EMERGING_CATEGORIES.map((category) => emergingRow(category, counts)),
    t('legend.emerging.note', { n: slices }),
    slices && slices < MIN_SLICES ? h('span', { class: 'warn' }, t('legend.emerging.short', { n: MIN_SLICES })) : null,
    h('strong', { 'data-testid': 'legend-fdr' }, t(meta.fdr ? 'legend.fdr.on' : 'legend.fdr.off')),
    t('legend.grid', { cell: formatNumber(meta.cellSize, getLang()), band: formatNumber(meta.distanceBand, getLang(), 0) }),
    period(meta));
}

function riskDot({ color, radius }) {
  const size = 2 * (RISK_CLASSES[RISK_CLASSES.length - 1].radius + 1);
  return s('svg', { width: size, height: size, class: 'legend-symbol', 'aria-hidden': 'true' },
    s('circle', { cx: size / 2, cy: size / 2, r: radius, fill: color, stroke: '#3b3b3b', 'stroke-width': 1 }));
}

/** Risk classes of 20 points, with how many of the shown sites fall in each. */
export function riskLegend(counts) {
  const rows = RISK_CLASSES.map((cls, i) => h('li', { 'data-risk-class': String(i) },
    riskDot(cls), `${cls.min}–${cls.max}`, count(counts, i)));
  return section(t('legend.risk'), rows, t('legend.risk.note'));
}
