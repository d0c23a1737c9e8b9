import type { DoseLimit } from '@chairside/domain';

export type BandSeverity = 'within' | 'soft-stop' | 'hard-stop';

export interface Band {
  readonly from: number;
  readonly to: number;
  readonly severity: BandSeverity;
}

/** Thresholds of the limits on one quantity that are drawn as a scale (above/below checks). */
export function thresholdsOf(limits: readonly DoseLimit[], quantity: string): number[] {
  const values = limits
    .filter((limit) => limit.quantity === quantity)
    .flatMap((limit) => (limit.check.kind === 'above' || limit.check.kind === 'below' ? [limit.check.threshold] : []));
  return [...new Set(values)].sort((a, b) => a - b);
}

/** Mirrors the domain's exclusive thresholds: `above 1.0` fires at 1.01, `below 0.1` at 0.09. */
function severityAt(limits: readonly DoseLimit[], quantity: string, value: number): BandSeverity {
  let worst: BandSeverity = 'within';
  for (const limit of limits) {
    if (limit.quantity !== quantity) {
      continue;
    }
    const { check } = limit;
    const fires =
      (check.kind === 'above' && value > check.threshold) || (check.kind === 'below' && value < check.threshold);
    if (fires && (limit.severity === 'hard-stop' || worst === 'within')) {
      worst = limit.severity;
    }
  }
  return worst;
}

/**
 * The scale from 0 to `max`, cut at every threshold, each piece coloured by the worst limit that
 * fires inside it. The display only: the server's findings decide.
 */
export function bandsOf(limits: readonly DoseLimit[], quantity: string, max: number): Band[] {
  const cuts = [0, ...thresholdsOf(limits, quantity).filter((t) => t > 0 && t < max), max];
  const bands: Band[] = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? max;
    bands.push({ from, to, severity: severityAt(limits, quantity, (from + to) / 2) });
  }
  return bands;
}
