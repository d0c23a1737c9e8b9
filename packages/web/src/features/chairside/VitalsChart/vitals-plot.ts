import type uPlot from 'uplot';
import type { MonitoredMeasure } from '@chairside/domain';
import { bandHex, type ThresholdMark } from '../vital-bands';

export interface ChartReading {
  readonly takenAt: string;
  readonly systolicMmHg: number;
  readonly diastolicMmHg: number;
  readonly heartRateBpm: number;
  readonly spo2Pct: number;
  readonly source: 'manual' | 'device';
}

export interface ChartMarker {
  readonly at: string;
  readonly label: string;
}

export interface PlotMeasure {
  readonly measure: MonitoredMeasure;
  readonly label: string;
  readonly colour: string;
}

export interface PlotInput {
  readonly width: number;
  readonly height: number;
  readonly measures: readonly PlotMeasure[];
  readonly range: { readonly min: number; readonly max: number };
  /** The time window shown, in seconds. */
  readonly window: { readonly fromS: number; readonly toS: number };
  readonly axisLabel: string;
  readonly lines: readonly ThresholdMark[];
  readonly markers: readonly ChartMarker[];
}

type Measured = 'systolicMmHg' | 'diastolicMmHg' | 'heartRateBpm' | 'spo2Pct';

const toSeconds = (iso: string): number => Date.parse(iso) / 1000;

const MIN_SPAN_S = 20 * 60;
const PAD_S = 60;

/** From the first reading to now (or the last reading), at least 20 minutes wide. */
export function timeWindow(readings: readonly ChartReading[], nowMs: number): { fromS: number; toS: number } {
  const times = readings.map((r) => toSeconds(r.takenAt));
  const toS = Math.max(nowMs / 1000, ...times) + PAD_S;
  const fromS = Math.min(toS - MIN_SPAN_S, ...times.map((t) => t - PAD_S));
  return { fromS, toS };
}

/**
 * uPlot's aligned columns: one x (seconds) and, per measure, a device series (a line) and a
 * manual series (large open points, no line), so hand-taken readings stand out from the feed.
 */
export function plotData(readings: readonly ChartReading[], measures: readonly PlotMeasure[]): uPlot.AlignedData {
  const sorted = [...readings].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
  const xs = sorted.map((r) => toSeconds(r.takenAt));
  const columns: (number | null)[][] = [];
  for (const m of measures) {
    const key = m.measure as Measured;
    columns.push(sorted.map((r) => (r.source === 'device' ? r[key] : null)));
    columns.push(sorted.map((r) => (r.source === 'manual' ? r[key] : null)));
  }
  return [xs, ...columns];
}

function drawOverlays(u: uPlot, input: PlotInput): void {
  const { ctx } = u;
  const { left, width, top, height } = u.bbox;
  const px = window.devicePixelRatio;
  ctx.save();
  ctx.font = `bold ${12 * px}px sans-serif`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  for (const line of input.lines) {
    if (line.value < input.range.min || line.value > input.range.max) {
      continue;
    }
    const y = u.valToPos(line.value, 'y', true);
    const colour = bandHex[line.severity];
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5 * px;
    ctx.setLineDash(line.severity === 'warning' ? [6 * px, 4 * px] : [2 * px, 3 * px]);
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(left + width, y);
    ctx.stroke();
    ctx.fillStyle = colour;
    ctx.fillText(line.label, left + width - 4 * px, y - 2 * px);
  }
  ctx.setLineDash([3 * px, 3 * px]);
  ctx.strokeStyle = '#495057';
  ctx.fillStyle = '#495057';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  for (const marker of input.markers) {
    const x = u.valToPos(toSeconds(marker.at), 'x', true);
    if (x < left || x > left + width) {
      continue;
    }
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, top + height);
    ctx.stroke();
    ctx.fillText(marker.label, x + 3 * px, top + 2 * px);
  }
  ctx.restore();
}

export function plotOptions(input: PlotInput): uPlot.Options {
  const series: uPlot.Series[] = [{}];
  for (const m of input.measures) {
    series.push({
      label: `${m.label} (monitor)`,
      stroke: m.colour,
      width: 2.5,
      spanGaps: true,
      points: { show: true, size: 5, fill: m.colour },
    });
    series.push({
      label: `${m.label} (manual)`,
      stroke: m.colour,
      width: 0,
      paths: () => null,
      points: { show: true, size: 13, width: 2.5, fill: '#ffffff', stroke: m.colour },
    });
  }
  return {
    width: input.width,
    height: input.height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: true, range: [input.window.fromS, input.window.toS] },
      y: { range: [input.range.min, input.range.max] },
    },
    axes: [
      { font: '13px sans-serif' },
      { label: input.axisLabel, labelSize: 22, size: 48, font: '13px sans-serif', labelFont: 'bold 13px sans-serif' },
    ],
    series,
    hooks: {
      draw: [
        (u) => {
          drawOverlays(u, input);
        },
      ],
    },
  };
}
