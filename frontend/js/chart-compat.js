// Chart.js is loaded as its UMD build by a classic <script> in index.html; this is the one place
// that reads the global it defines, so no other module touches window.
export const Chart = window.Chart;
