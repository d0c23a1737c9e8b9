import type { DoseLimit } from '@chairside/domain';
import type { ReactNode } from 'react';
import { bandsOf, thresholdsOf, type BandSeverity } from './limit-bands';

const fill: Readonly<Record<BandSeverity, string>> = {
  within: '#2f9e44',
  'soft-stop': '#f59f00',
  'hard-stop': '#e03131',
};
const words: Readonly<Record<BandSeverity, string>> = {
  within: 'within limits',
  'soft-stop': 'soft-stop',
  'hard-stop': 'hard-stop',
};

interface LimitBandProps {
  readonly limits: readonly DoseLimit[];
  readonly quantity: string;
  /** The value the limits were checked on (the rounded dose per kg). */
  readonly value: number;
  readonly unit: string;
}

const width = 640;
const left = 16;
const right = 16;
const barY = 34;
const barHeight = 22;

/**
 * The protocol's limits drawn as a green / amber / red band on the dose scale with the requested
 * dose marked, so where a dose sits is seen at a glance (DEFAULTS.md §1 limits).
 */
export function LimitBand({ limits, quantity, value, unit }: LimitBandProps): ReactNode {
  const thresholds = thresholdsOf(limits, quantity);
  const top = Math.max(...thresholds, value);
  const max = Math.ceil(top * 1.25 * 20) / 20 || 1;
  const x = (v: number): number => left + (Math.min(v, max) / max) * (width - left - right);
  const bands = bandsOf(limits, quantity, max);
  const here = bands.find((band) => value >= band.from && value <= band.to)?.severity ?? 'within';
  const label = `Limits on ${unit}: ${bands.map((b) => `${b.from}–${b.to} ${words[b.severity]}`).join('; ')}. This dose: ${value} ${unit}, ${words[here]}.`;
  return (
    <svg viewBox={`0 0 ${width} 84`} width="100%" role="img" aria-label={label} style={{ maxWidth: width }}>
      {bands.map((band) => (
        <rect
          key={`${band.from}-${band.to}`}
          x={x(band.from)}
          y={barY}
          width={Math.max(0, x(band.to) - x(band.from))}
          height={barHeight}
          fill={fill[band.severity]}
          opacity={0.85}
        />
      ))}
      {thresholds.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={barY} y2={barY + barHeight + 6} stroke="#212529" strokeWidth={1} />
          <text x={x(t)} y={barY + barHeight + 18} fontSize={12} textAnchor="middle" fill="#212529">
            {t}
          </text>
        </g>
      ))}
      <text x={left} y={barY + barHeight + 18} fontSize={12} fill="#495057">
        0
      </text>
      <polygon
        points={`${x(value) - 8},${barY - 14} ${x(value) + 8},${barY - 14} ${x(value)},${barY - 2}`}
        fill="#212529"
      />
      <line x1={x(value)} x2={x(value)} y1={barY - 2} y2={barY + barHeight} stroke="#212529" strokeWidth={3} />
      <text
        x={Math.min(Math.max(x(value), 70), width - 70)}
        y={barY - 18}
        fontSize={13}
        fontWeight={700}
        textAnchor="middle"
        fill="#212529"
      >
        {value} {unit} · {words[here]}
      </text>
    </svg>
  );
}
