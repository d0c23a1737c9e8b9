import type uPlot from 'uplot';
import { bandColour } from '../outcome-types';

export interface ThresholdLine {
  readonly value: number;
  readonly label: string;
  readonly colour: string;
  readonly dash: readonly number[];
}

export interface ChartInput {
  readonly width: number;
  readonly height: number;
  readonly range: { readonly min: number; readonly max: number };
  readonly bands: readonly { readonly minTotal: number; readonly maxTotal: number }[];
  readonly lines: readonly ThresholdLine[];
  /** Treatment sessions: time (seconds) and the dose label drawn at the top of the marker. */
  readonly sessions: readonly { readonly seconds: number; readonly label: string | null }[];
  readonly label: string;
}

function fillBands(u: uPlot, input: ChartInput): void {
  const { ctx } = u;
  const { left, width } = u.bbox;
  input.bands.forEach((band, index) => {
    // Bands are inclusive whole-number ranges: shade to the half-point between bands.
    const top = u.valToPos(Math.min(band.maxTotal + 0.5, input.range.max), 'y', true);
    const bottom = u.valToPos(Math.max(band.minTotal - 0.5, input.range.min), 'y', true);
    ctx.fillStyle = bandColour(index);
    ctx.fillRect(left, top, width, bottom - top);
  });
}

function drawLines(u: uPlot, input: ChartInput): void {
  const { ctx } = u;
  const { left, width, top, height } = u.bbox;
  const pxRatio = window.devicePixelRatio;
  ctx.save();
  ctx.font = `bold ${12 * pxRatio}px sans-serif`;
  // Axis drawing leaves its own alignment on the context: labels sit at the right end, inside the plot.
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  for (const line of input.lines) {
    const y = u.valToPos(line.value, 'y', true);
    ctx.strokeStyle = line.colour;
    ctx.lineWidth = 2 * pxRatio;
    ctx.setLineDash(line.dash.map((d) => d * pxRatio));
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(left + width, y);
    ctx.stroke();
    ctx.fillStyle = line.colour;
    ctx.fillText(line.label, left + width - 6 * pxRatio, y - 3 * pxRatio);
  }
  ctx.setLineDash([4 * pxRatio, 4 * pxRatio]);
  ctx.strokeStyle = '#5c7cfa';
  ctx.fillStyle = '#364fc7';
  ctx.font = `${11 * pxRatio}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const session of input.sessions) {
    const x = u.valToPos(session.seconds, 'x', true);
    ctx.beginPath();
    ctx.moveTo(x, top + (session.label === null ? 0 : 14 * pxRatio));
    ctx.lineTo(x, top + height);
    ctx.stroke();
    if (session.label !== null) {
      ctx.fillText(session.label, x, top);
    }
  }
  ctx.restore();
}

/** uPlot options: the total per date on the scale's full range, over its band colours. */
export function chartOptions(input: ChartInput): uPlot.Options {
  return {
    width: input.width,
    height: input.height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true }, y: { range: [input.range.min, input.range.max] } },
    axes: [{}, { label: 'Total', labelSize: 20, size: 40 }],
    series: [
      {},
      {
        label: input.label,
        stroke: '#1c3d8f',
        width: 2.5,
        points: { show: true, size: 9, fill: '#1c3d8f' },
      },
    ],
    hooks: {
      drawClear: [
        (u) => {
          fillBands(u, input);
        },
      ],
      draw: [
        (u) => {
          drawLines(u, input);
        },
      ],
    },
  };
}
