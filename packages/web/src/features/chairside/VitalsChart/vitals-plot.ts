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

function labelAt(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, colour: string, px: number): void {
  const width = ctx.measureText(text).width;
  const height = 14 * px;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.fillRect(x - 2 * px, y - height, width + 4 * px, height);
  ctx.fillStyle = colour;
  ctx.fillText(text, x, y - 2 * px);
}

function drawThresholds(u: uPlot, input: PlotInput, px: number): void {
  const { ctx } = u;
  const { left, width } = u.bbox;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  const used: number[] = [];
  for (const line of [...input.lines].sort((a, b) => b.value - a.value)) {
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
    // Labels at the left, where the session's early minutes leave room; never on top of another.
    const labelY = used.some((other) => Math.abs(other - y) < 14 * px) ? y + 14 * px : y;
    used.push(labelY);
    labelAt(ctx, line.label, left + 4 * px, labelY, colour, px);
  }
}

function drawMarkers(u: uPlot, input: PlotInput, px: number): void {
  const { ctx } = u;
  const { left, width, top, height } = u.bbox;
  ctx.setLineDash([3 * px, 3 * px]);
  ctx.strokeStyle = '#868e96';
  ctx.lineWidth = 1 * px;
  ctx.textAlign = 'left';
  let lastLabelX = -Infinity;
  for (const marker of input.markers) {
    const x = u.valToPos(toSeconds(marker.at), 'x', true);
    if (x < left || x > left + width) {
      continue;
    }
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, top + height);
    ctx.stroke();
    // Crowded markers keep their line; the timeline below names every event.
    if (x - lastLabelX > 110 * px && x + 100 * px < left + width) {
      labelAt(ctx, marker.label, x + 3 * px, top + height - 2 * px, '#495057', px);
      lastLabelX = x;
    }
  }
}

function drawOverlays(u: uPlot, input: PlotInput): void {
  const px = window.devicePixelRatio;
  u.ctx.save();
  u.ctx.font = `bold ${11 * px}px sans-serif`;
  drawThresholds(u, input, px);
  drawMarkers(u, input, px);
  u.ctx.restore();
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
