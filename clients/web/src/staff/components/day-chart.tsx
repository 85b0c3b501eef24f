import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { localDayOf, startOfDay } from '../../lib/berlin-time';

/** One line of a chart: its name, its values per day, and how it is drawn. */
export type ChartSeries = {
  label: string;
  values: Array<number | null>;
  color: string;
  /** Dashes tell the lines apart without their colours. */
  dash?: number[];
};

const HEIGHT = 220;

/**
 * Figures per local day as lines, drawn by uPlot on a canvas. The canvas is hidden from
 * assistive technology: the page gives the same figures as a table (`DayTable`), and a legend of
 * its own as text, so the chart only repeats them for the eye.
 */
export function DayChart(props: {
  days: string[];
  series: ChartSeries[];
  formatDay: (day: string) => string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = Math.max(280, element.clientWidth);
    const data: uPlot.AlignedData = [
      props.days.map((day) => startOfDay(day).getTime() / 1000),
      ...props.series.map((series) => series.values),
    ];
    const options: uPlot.Options = {
      width,
      height: HEIGHT,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true }, y: { range: (_self, _min, max) => [0, Math.max(4, max)] } },
      axes: [
        {
          values: (_self, splits) =>
            splits.map((split) => props.formatDay(localDayOf(new Date(split * 1000)))),
          stroke: '#1f1f1f',
          grid: { stroke: '#e0e0e0' },
        },
        { stroke: '#1f1f1f', grid: { stroke: '#e0e0e0' }, incrs: [1, 2, 5, 10, 20, 50, 100] },
      ],
      series: [
        {},
        ...props.series.map((series) => ({
          label: series.label,
          stroke: series.color,
          width: 2,
          dash: series.dash,
          points: { show: true, size: 5, fill: series.color },
          spanGaps: false,
        })),
      ],
    };
    plot.current?.destroy();
    plot.current = new uPlot(options, data, element);
    const resize = new ResizeObserver(() => {
      plot.current?.setSize({ width: Math.max(280, element.clientWidth), height: HEIGHT });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, [JSON.stringify(props.days), JSON.stringify(props.series)]);

  return (
    <div class="day-chart" aria-hidden="true">
      <ul class="day-chart__legend">
        {props.series.map((series) => (
          <li key={series.label}>
            <span
              class="day-chart__swatch"
              ref={(swatch) => {
                // CSS custom property through the CSSOM: the CSP forbids style attributes.
                swatch?.style.setProperty('--swatch', series.color);
              }}
              data-dashed={series.dash ? 'true' : undefined}
            />
            {series.label}
          </li>
        ))}
      </ul>
      <div ref={box} class="day-chart__plot" />
    </div>
  );
}
