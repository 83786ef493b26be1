// Chart.js (its UMD build) is loaded the first time a panel draws a chart, so the map's first paint never waits for
// it; this is the one place that reads the global it defines, so no other module touches window.
const CHART_JS = '/webjars/chart.js/dist/chart.umd.js';
let loading = null;

function loadChart() {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = CHART_JS;
    script.addEventListener('load', () => resolve(window.Chart));
    script.addEventListener('error', () => {
      loading = null;
      reject(new Error(`${CHART_JS} did not load`));
    });
    document.head.append(script);
  });
  return loading;
}

/**
 * Draws a chart into the canvas once Chart.js is there; marks the canvas data-rendered="true" when drawn. Returns a
 * handle whose destroy() removes the chart, or stops it from being drawn if Chart.js is still loading.
 */
export function drawChart(canvas, config) {
  let chart = null;
  let destroyed = false;
  loadChart().then((Chart) => {
    if (destroyed || !canvas.isConnected) return;
    chart = new Chart(canvas, config);
    canvas.dataset.rendered = 'true';
  }, () => {});
  return {
    destroy() {
      destroyed = true;
      chart?.destroy();
    },
  };
}
