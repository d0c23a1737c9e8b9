/**
 * Accepted ranges of intake numbers. Outside them the input is rejected, never clamped. Body
 * measures are Chairside policy (DEFAULTS.md §1 [P]); the others are plausibility ranges of the
 * instruments (a typo guard, not a clinical judgement: 40/200 mmHg is a typing error).
 */
export interface NumberBounds {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly unit: string;
}

export const intakeBounds = {
  weightKg: { min: 30, max: 300, integer: false, unit: 'kg' },
  heightCm: { min: 120, max: 230, integer: false, unit: 'cm' },
  systolicMmHg: { min: 50, max: 300, integer: false, unit: 'mmHg' },
  diastolicMmHg: { min: 20, max: 200, integer: false, unit: 'mmHg' },
  heartRateBpm: { min: 20, max: 250, integer: false, unit: '/min' },
  spo2Pct: { min: 50, max: 100, integer: false, unit: '%' },
  failedAdequateAntidepressantTrials: { min: 0, max: 30, integer: true, unit: 'trials' },
  phq9Item9: { min: 0, max: 3, integer: true, unit: 'points' },
  averagePainNrs: { min: 0, max: 10, integer: true, unit: 'points' },
  averageSleepHours: { min: 0, max: 24, integer: false, unit: 'h' },
  medicationDose: { min: 0.001, max: 100_000, integer: false, unit: 'per dose' },
  maxDosesPerDay: { min: 1, max: 24, integer: true, unit: 'doses' },
} as const satisfies Record<string, NumberBounds>;

/**
 * A fault message when the value is outside the bounds, or null when it is inside.
 * @param value - the number to check (may be anything that arrived as JSON)
 * @param bounds - the accepted range
 */
export function boundsFault(value: unknown, bounds: NumberBounds): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `must be a number (${bounds.unit})`;
  }
  if (bounds.integer && !Number.isInteger(value)) {
    return `must be a whole number (${bounds.unit})`;
  }
  if (value < bounds.min || value > bounds.max) {
    return `must be between ${bounds.min} and ${bounds.max} ${bounds.unit}; got ${value}`;
  }
  return null;
}
