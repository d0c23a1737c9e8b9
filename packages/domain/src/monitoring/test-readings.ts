/** Builders shared by the monitoring, session and recovery tests (not exported from the package). */
import type { SedationCheck } from './sedation-check.js';
import type { VitalReading } from './vital-reading.js';

const baseMs = Date.UTC(2025, 2, 1, 10, 0, 0);

/** The ISO instant `minutes` after 2025-03-01T10:00:00Z. */
export function atMin(minutes: number): string {
  return new Date(baseMs + minutes * 60_000).toISOString();
}

/** A normal adult reading at 10:00 unless overridden. */
export function vitals(overrides: Partial<VitalReading> = {}): VitalReading {
  return {
    kind: 'vitals',
    takenAt: atMin(0),
    systolicMmHg: 120,
    diastolicMmHg: 80,
    heartRateBpm: 75,
    spo2Pct: 98,
    respiratoryRatePerMin: 14,
    source: 'device',
    ...overrides,
  };
}

/** A sedation check at 10:00 unless overridden. */
export function sedation(moaasScore: number, overrides: Partial<SedationCheck> = {}): SedationCheck {
  return { kind: 'sedation', takenAt: atMin(0), moaasScore, ...overrides };
}
