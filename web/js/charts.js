// Chart.js (loaded as a global from /vendor) with the dashboard's colours; one chart per canvas.
const QUAD_COLOURS = { 1: '#3b8f5a', 2: '#1f6e43', 3: '#c97a1c', 4: '#b3322c' };

export function quadColour(quad) {
  return QUAD_COLOURS[quad] ?? '#6b7385';
}

/** Replaces any chart already drawn on the canvas (views re-render on every filter change). */
export function drawChart(canvas, config) {
  const Chart = window.Chart;
  Chart.getChart(canvas)?.destroy();
  return new Chart(canvas, {
    ...config,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      ...config.options,
    },
  });
}
