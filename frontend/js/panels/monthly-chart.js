// Bar chart of violations per month (Chart.js 4, through the compat module).
import { drawChart } from '../chart-compat.js';
import { getLang, t } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatMonth } from '../util/format.js';

export const CHART_ID = 'commune-monthly-chart';

/** The canvas in a sized box; call drawMonthlyChart once it is in the document. */
export function monthlyChartBox() {
  return h('div', { class: 'chart-box' },
    h('canvas', { id: CHART_ID, 'data-testid': CHART_ID, role: 'img', 'aria-label': t('commune.monthly') }));
}

/** Draws into the canvas; returns a handle to destroy it. */
export function drawMonthlyChart(canvas, monthly) {
  if (!canvas) return null;
  const lang = getLang();
  return drawChart(canvas, {
    type: 'bar',
    data: {
      labels: monthly.map((m) => formatMonth(m.month, lang)),
      datasets: [{
        label: t('commune.monthly.label'),
        data: monthly.map((m) => m.violations),
        backgroundColor: '#fe9929',
        borderColor: '#cc4c02',
        borderWidth: 1,
      }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { ticks: { autoSkip: true, maxRotation: 0 } } },
    },
  });
}
