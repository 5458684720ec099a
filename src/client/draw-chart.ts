import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, type Plugin } from 'chart.js';
import type { ChartData } from '../lib/survey/charts.ts';

// Only what the survey charts use, so the bundle stays small.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale);

const number = (value: number, digits: number) =>
  new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/** Writes each value next to its bar or point, so no reader depends on colour or on the axis alone. */
const valueLabels = (digits: number, ink: string): Plugin => ({
  id: 'pziValues',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.fillStyle = ink;
    ctx.font = '600 13px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.textAlign = horizontal ? 'left' : 'center';
    const values = chart.data.datasets[0]!.data as number[];
    chart.getDatasetMeta(0).data.forEach((element, index) => {
      const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
      ctx.fillText(number(values[index]!, digits), horizontal ? x + 6 : x, horizontal ? y : y - 14);
    });
    ctx.restore();
  },
});

/** Draws the chart described by the element's `data-chart` into its canvas. */
export function drawChart(host: HTMLElement): void {
  const data = JSON.parse(host.dataset.chart ?? '{}') as ChartData;
  const canvas = host.querySelector('canvas');
  if (!canvas) return;
  const style = getComputedStyle(host);
  // the design tokens (global.css, inline on every page): no second copy of the colours here
  const accent = style.getPropertyValue('--accent').trim();
  const ink = style.getPropertyValue('--ink').trim();
  const grid = style.getPropertyValue('--line').trim();
  const integers = Number.isInteger(data.values[0]) && data.values.every(Number.isInteger);
  const digits = integers ? 0 : 2;
  const horizontal = data.horizontal;
  new Chart(canvas, {
    type: data.type,
    data: {
      labels: data.labels,
      datasets: [
        {
          label: data.series,
          data: data.values,
          backgroundColor: accent,
          borderColor: accent,
          pointBackgroundColor: accent,
          pointRadius: 5,
          pointStyle: 'rectRot',
          borderWidth: data.type === 'line' ? 3 : 0,
        },
      ],
    },
    options: {
      locale: 'id-ID',
      animation: false,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      // Room for the value labels after the longest bar or above the highest point.
      layout: { padding: { top: horizontal ? 0 : 22, right: horizontal ? 44 : 12 } },
      events: [],
      scales: {
        [horizontal ? 'x' : 'y']: {
          type: 'linear',
          min: data.min,
          max: data.max,
          ticks: { color: ink, precision: integers ? 0 : undefined, stepSize: data.step },
          grid: { color: grid },
        },
        [horizontal ? 'y' : 'x']: { type: 'category', ticks: { color: ink, autoSkip: false }, grid: { display: false } },
      },
    },
    plugins: [valueLabels(digits, ink)],
  });
  host.setAttribute('data-drawn', '');
}
