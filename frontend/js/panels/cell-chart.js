// Line chart of a cell's Gi* z-score per month, with the ±1.65 lines of 90 % confidence (Chart.js 4).
import { drawChart } from '../chart-compat.js';
import { getLang, t } from '../i18n.js';
import { h } from '../util/dom.js';
import { formatMonth } from '../util/format.js';
import { GI_COLORS } from '../map/hotspot-style.js';

export const CELL_CHART_ID = 'cell-z-chart';
const Z90 = 1.645;

const pointColor = (z) => (z > Z90 ? GI_COLORS.hot99 : z < -Z90 ? GI_COLORS.cold99 : '#8a8a8a');

/** The canvas in a sized box; call drawCellChart once it is in the document. */
export function cellChartBox() {
  return h('div', { class: 'chart-box' },
    h('canvas', { id: CELL_CHART_ID, 'data-testid': CELL_CHART_ID, role: 'img', 'aria-label': t('cell.chart') }));
}

const threshold = (label, value, count) => ({
  label, data: Array(count).fill(value), borderColor: '#b45309', borderDash: [5, 4], borderWidth: 1, pointRadius: 0,
});

/** Draws months × z into the canvas; returns a handle to destroy it. */
export function drawCellChart(canvas, { months = [], zSeries = [] }) {
  if (!canvas) return null;
  const lang = getLang();
  return drawChart(canvas, {
    type: 'line',
    data: {
      labels: months.map((month) => formatMonth(month, lang)),
      datasets: [
        {
          label: t('cell.chart.z'),
          data: zSeries,
          borderColor: '#444444',
          borderWidth: 1.5,
          pointRadius: 3,
          pointBackgroundColor: zSeries.map(pointColor),
          pointBorderColor: zSeries.map(pointColor),
          tension: 0,
        },
        threshold(t('cell.chart.hot90'), Z90, zSeries.length),
        threshold(t('cell.chart.cold90'), -Z90, zSeries.length),
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: true, position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } } },
      scales: {
        y: { title: { display: true, text: 'z' } },
        x: { ticks: { autoSkip: true, maxRotation: 0 } },
      },
    },
  });
}
