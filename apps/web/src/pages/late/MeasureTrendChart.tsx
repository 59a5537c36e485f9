import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js';
import { Chart } from 'react-chartjs-2';
import type { MeasureStatusPoint } from '../../api/schema';
import { formatShortDate } from '../../ui';
import { LATE_SERIES, STATUS_SERIES, trendSummary } from './trend-series';

// Only what this chart draws: stacked bars, one line, two axes, the legend and tooltips.
ChartJS.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** The page's own font, at a size that stays readable on a tablet (Chart.js draws 12px by default). */
const FONT = { family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif", size: 14 };
const TEXT = '#1a1f27';

const options: ChartOptions<'bar' | 'line'> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  locale: 'sv-SE',
  interaction: { mode: 'index', intersect: false },
  scales: {
    x: { stacked: true, ticks: { color: TEXT, font: FONT }, grid: { display: false } },
    y: {
      stacked: true,
      beginAtZero: true,
      ticks: { precision: 0, color: TEXT, font: FONT },
      title: { display: true, text: 'Antal åtgärder', color: TEXT, font: FONT },
    },
  },
  plugins: {
    legend: { position: 'bottom', labels: { color: TEXT, font: FONT, usePointStyle: true, padding: 16 } },
    tooltip: { titleFont: FONT, bodyFont: FONT, callbacks: { title: (items) => items[0]?.label ?? '' } },
  },
};

/**
 * Measures by status over time: stacked bars for the statuses, a dashed line for the late ones
 * (which are also counted in their status). The canvas is an image with a one-sentence text
 * alternative; the table beside it holds every value.
 */
export const MeasureTrendChart = ({ points }: { points: readonly MeasureStatusPoint[] }) => {
  const data: ChartData<'bar' | 'line', number[], string> = {
    labels: points.map((p) => formatShortDate(p.at)),
    datasets: [
      ...STATUS_SERIES.map((s) => ({
        type: 'bar' as const,
        label: s.label,
        data: points.map((p) => p[s.key]),
        backgroundColor: s.colour,
        borderColor: '#ffffff',
        borderWidth: 1,
        stack: 'status',
        pointStyle: 'rect' as const,
      })),
      {
        type: 'line' as const,
        label: LATE_SERIES.label,
        data: points.map((p) => p.late),
        borderColor: LATE_SERIES.colour,
        backgroundColor: LATE_SERIES.colour,
        borderDash: [6, 4],
        borderWidth: 2,
        pointStyle: 'triangle' as const,
        pointRadius: 5,
        stack: 'late',
      },
    ],
  };
  return (
    <div className="trend-chart">
      <Chart type="bar" data={data} options={options} role="img" aria-label={trendSummary(points)} fallbackContent={<p>{trendSummary(points)}</p>} />
    </div>
  );
};
