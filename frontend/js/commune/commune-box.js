// The "my commune" box on a commune user's map: each of their communes' hot cells and violation trend, and the
// to-do list, each entry opening its site.
import * as L from 'leaflet';
import { getLang, t, tCode } from '../i18n.js';
import { h, mount, s } from '../util/dom.js';
import { formatDate, formatNumber } from '../util/format.js';
import { daysPhrase, groupTodo } from './todo.js';

const NARROW = '(max-width: 600px)';
const OPEN_KINDS = ['deadline-overdue', 'deadline-soon'];

/** Monthly counts as a small line, so the trend's direction can be seen. */
function sparkline(monthly) {
  if (!monthly?.length) return null;
  const max = Math.max(1, ...monthly);
  const step = monthly.length > 1 ? 120 / (monthly.length - 1) : 0;
  const points = monthly.map((n, i) => `${(i * step).toFixed(1)},${(22 - (n / max) * 20).toFixed(1)}`).join(' ');
  return s('svg', { class: 'sparkline', viewBox: '0 0 120 24', width: 120, height: 24, role: 'img',
    'aria-label': t('communeView.trend.chart') }, s('polyline', { points, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 }));
}

/** One commune's hotspot summary (GET /communes/{code}/hotspots). */
export function summaryView(summary) {
  const lang = getLang();
  return [
    h('p', { 'data-testid': 'commune-hot-cells' }, t('communeView.hotCells', {
      n: formatNumber(summary.hotCells, lang), count: summary.hotCells, n99: formatNumber(summary.hotCells99, lang),
      size: formatNumber(summary.cellSize, lang) })),
    h('p', { 'data-testid': 'commune-trend', 'data-direction': summary.trend.direction },
      t('communeView.trend', { direction: tCode('communeView.trend', summary.trend.direction) }), ' ',
      sparkline(summary.trend.monthly)),
    h('p', { class: 'muted small' }, t('communeView.violations', { n: formatNumber(summary.violations, lang),
      count: summary.violations, rank: summary.rank, communes: summary.communes,
      from: formatDate(summary.from, lang), to: formatDate(summary.to, lang) })),
  ];
}

function itemDetail(item, lang) {
  const days = daysPhrase(item.days);
  const when = days ? t(days.key, { n: days.n, count: days.n }) : null;
  const parts = [];
  if (item.kind.startsWith('deadline')) {
    parts.push(t('communeView.todo.deadline', { date: formatDate(item.date, lang) }), when,
      tCode('violation.category', item.category));
  } else if (item.kind === 'reactivation-suspected') {
    parts.push(item.date ? t('communeView.todo.sign', { date: formatDate(item.date, lang) }) : null, when,
      t('communeView.todo.risk', { score: formatNumber(item.riskScore, lang, 0) }));
  } else {
    parts.push(item.date ? t('communeView.todo.since', { date: formatDate(item.date, lang) }) : null,
      item.lastInspection ? t('communeView.todo.lastInspection', { date: formatDate(item.lastInspection, lang) })
        : t('communeView.todo.neverInspected'));
  }
  return parts.filter(Boolean).join(' · ');
}

function kindLabel(kind, days) {
  const key = `communeView.todo.kind.${kind}`;
  const text = t(key, { days });
  return text === key ? kind : text;
}

function todoView(lists, { bus, dueSoonDays }) {
  const groups = groupTodo(lists);
  const lang = getLang();
  const total = groups.reduce((sum, group) => sum + group.items.length, 0);
  return h('section', { class: 'todo', 'data-testid': 'commune-todo' },
    h('h3', null, t('communeView.todo', { n: total, count: total })),
    groups.length ? null : h('p', { class: 'muted' }, t('communeView.todo.none')),
    groups.map(({ kind, items }) => h('details', { class: 'todo-group', 'data-testid': 'todo-group', 'data-kind': kind,
      open: OPEN_KINDS.includes(kind) },
    h('summary', null, `${kindLabel(kind, dueSoonDays)} (${items.length})`),
    h('ul', null, items.map((item) => h('li', { class: ['todo-item', `todo-${kind}`] },
      h('button', { type: 'button', class: 'link', 'data-testid': 'todo-item', 'data-site-id': String(item.siteId),
        onClick: () => bus.emit('site:selected', { id: item.siteId, reveal: true }) }, item.siteName),
      h('span', { class: 'muted small' }, ` ${itemDetail(item, lang)}`)))))));
}

function summaryBody(summary) {
  if (!summary) return h('p', { class: 'muted', 'aria-busy': 'true' }, t('panel.loading'));
  if (summary instanceof Error) return h('p', { class: 'error' }, `${t('panel.failed')}: ${summary.detail || summary.message}`);
  return summaryView(summary);
}

/**
 * A Leaflet control at the bottom left, folded on a narrow screen; it redraws when the language changes.
 * @param {{bus: object, lists: object[]}} options lists: the to-do lists of the user's communes
 * @returns {{showSummary: (code: string, summary: object|Error) => void}}
 */
export function createCommuneBox(map, { bus, lists }) {
  const summaries = new Map();
  const body = h('div', { class: 'commune-box-body' });
  const title = h('summary');
  const el = h('details', { class: 'commune-box', 'data-testid': 'commune-box', open: !window.matchMedia(NARROW).matches },
    title, body);
  const draw = () => {
    mount(title, t('communeView.title', { names: lists.map((list) => list.name).join(', ') }));
    mount(body,
      lists.map((list) => h('section', { class: 'commune-summary', 'data-testid': 'commune-summary', 'data-code': list.code },
        lists.length > 1 ? h('h3', null, list.name) : null, summaryBody(summaries.get(list.code)))),
      h('p', { class: 'muted small', 'data-testid': 'neighbours-note' }, t('communeView.neighbours')),
      todoView(lists, { bus, dueSoonDays: lists[0]?.dueSoonDays ?? '' }));
  };
  draw();
  L.DomEvent.disableClickPropagation(el);
  L.DomEvent.disableScrollPropagation(el);
  const Box = L.Control.extend({ options: { position: 'bottomleft' }, onAdd: () => el });
  new Box().addTo(map);
  bus.on('lang:changed', draw);
  return {
    showSummary(code, summary) {
      summaries.set(code, summary);
      draw();
    },
  };
}
