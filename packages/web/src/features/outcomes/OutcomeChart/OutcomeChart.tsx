import { Box } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartOptions, type ChartInput } from './chart-options';

interface OutcomeChartProps extends Omit<ChartInput, 'width' | 'height'> {
  readonly points: readonly { readonly takenAt: string; readonly total: number }[];
  /** Text alternative for screen readers: the table below carries the same numbers. */
  readonly summary: string;
}

const toSeconds = (iso: string): number => Date.parse(iso) / 1000;

/** A scale's totals over time, with band colours, threshold lines and (later) session markers. */
export function OutcomeChart({ points, summary, ...input }: OutcomeChartProps): ReactNode {
  const container = useRef<HTMLDivElement>(null);
  // Redraw only when the data change, not on every render of the parent.
  const key = JSON.stringify({ points, input });
  useEffect(() => {
    const element = container.current;
    if (element === null) {
      return undefined;
    }
    const { points: data, input: options } = JSON.parse(key) as { points: typeof points; input: typeof input };
    const xs = data.map((p) => toSeconds(p.takenAt));
    const ys = data.map((p) => p.total);
    const width = Math.max(element.clientWidth, 320);
    const plot = new uPlot(chartOptions({ ...options, width, height: 280 }), [xs, ys], element);
    const observer = new ResizeObserver(() => {
      plot.setSize({ width: Math.max(element.clientWidth, 320), height: 280 });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [key]);
  return <Box ref={container} role="img" aria-label={summary} w="100%" />;
}
