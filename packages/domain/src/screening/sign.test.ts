import { describe, expect, it } from 'vitest';
import { evaluateScreening } from './evaluate.js';
import { checkScreeningSignature } from './sign.js';
import { protocolLibraryV1 } from '../protocols/library.js';
import { sampleIntake, sampleToday } from '../intake/sample-intake.js';

const iv = protocolLibraryV1['iv-depression'];
const highBp = evaluateScreening(
  sampleIntake({
    vitals: { systolicMmHg: 150, diastolicMmHg: 95, heartRateBpm: 70, spo2Pct: 98, measuredAt: '2025-03-10T09:00:00Z' },
  }),
  iv,
  sampleToday,
);
const recentMi = evaluateScreening(
  sampleIntake({ conditions: [{ code: 'myocardial-infarction', onsetDate: '2025-01-10' }] }),
  iv,
  sampleToday,
);
const softIndex = highBp.findings.findIndex((f) => f.severity === 'soft-stop');

describe('checkScreeningSignature', () => {
  it('refuses eligible with a hard-stop, allows ineligible', () => {
    expect(recentMi.decision).toBe('ineligible');
    expect(() => {
      checkScreeningSignature(recentMi.findings, {
        decision: 'eligible',
        softStopNotes: [],
        warningsAcknowledged: true,
      });
    }).toThrow(/hard-stop/);
    expect(() => {
      checkScreeningSignature(recentMi.findings, {
        decision: 'ineligible',
        softStopNotes: [],
        warningsAcknowledged: false,
      });
    }).not.toThrow();
  });
  it('needs a note for every soft-stop accepted', () => {
    expect(softIndex).toBeGreaterThanOrEqual(0);
    expect(() => {
      checkScreeningSignature(highBp.findings, { decision: 'eligible', softStopNotes: [], warningsAcknowledged: true });
    }).toThrow(/incomplete/);
    expect(() => {
      checkScreeningSignature(highBp.findings, {
        decision: 'eligible',
        softStopNotes: [{ findingIndex: softIndex, note: 'Repeat BP 134/84 after rest; accepted.' }],
        warningsAcknowledged: true,
      });
    }).not.toThrow();
  });
  it('needs warnings acknowledged', () => {
    const warnings = [{ ...highBp.findings[softIndex]!, severity: 'warning' as const }];
    expect(() => {
      checkScreeningSignature(warnings, { decision: 'eligible', softStopNotes: [], warningsAcknowledged: false });
    }).toThrow(/incomplete/);
  });
});
