import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartEvent,
  type ActiveElement,
} from "chart.js";
import { useEffect, useRef } from "preact/hooks";

// Only the parts of Chart.js the bars need (the bundle stays small). Chart.js draws on a
// canvas and sets sizes through the CSSOM, never a style attribute or an eval, so the
// console's Content-Security-Policy holds (the browser test checks for violations).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface Series {
  label: string;
  data: number[];
  color: string;
}

// A bar chart; a click on a bar calls onBar with its index and series (the statistics
// page opens the records behind it).
export function BarChart(props: {
  labels: string[];
  series: Series[];
  horizontal?: boolean;
  onBar?: (index: number, series: number) => void;
  test?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels: props.labels,
        datasets: props.series.map((s) => ({
          label: s.label,
          data: s.data,
          backgroundColor: s.color,
          borderRadius: 3,
          maxBarThickness: 28,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: props.horizontal ? "y" : "x",
        plugins: { legend: { display: props.series.length > 1, position: "bottom" } },
        scales: {
          x: { beginAtZero: true, ticks: { precision: 0 } },
          y: { beginAtZero: true, ticks: { precision: 0 } },
        },
        onClick: (_e: ChartEvent, active: ActiveElement[]) => {
          if (active.length && props.onBar) props.onBar(active[0].index, active[0].datasetIndex);
        },
        onHover: (e: ChartEvent, active: ActiveElement[]) => {
          const target = e.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = active.length && props.onBar ? "pointer" : "default";
        },
      },
    });
    return () => chart.destroy();
  }, [JSON.stringify(props.labels), JSON.stringify(props.series), props.horizontal]);
  return (
    <div class="chart" data-test={props.test}>
      <canvas ref={canvas} />
    </div>
  );
}
