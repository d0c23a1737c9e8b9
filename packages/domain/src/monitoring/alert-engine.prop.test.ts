import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evaluateReading, type MonitoringReading } from './alert-engine.js';
import { defaultMonitoringRuleSet } from './default-monitoring-rules.js';
import type { MonitoringPhase } from './monitoring-rule-set.js';
import { sessionSeverityRank, worstSessionSeverity } from './session-rule.js';
import { atMin, sedation, vitals } from './test-readings.js';

const phases: readonly MonitoringPhase[] = ['pre-start', 'dosing', 'recovery'];

function worstRank(phase: MonitoringPhase, reading: MonitoringReading, recent: MonitoringReading[] = []): number {
  const alerts = evaluateReading({ phase, reading, recentReadings: recent, ruleSet: defaultMonitoringRuleSet });
  const worst = worstSessionSeverity(alerts.map((a) => a.severity));
  return worst === null ? -1 : sessionSeverityRank[worst];
}

const pair = (min: number, max: number) =>
  fc
    .tuple(fc.double({ min, max, noNaN: true }), fc.double({ min, max, noNaN: true }))
    .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

describe('alerts never become less severe as a value worsens', () => {
  test.prop([fc.constantFrom(...phases), pair(70, 300)])('systolic pressure rising', (phase, [better, worse]) => {
    const rank = (systolicMmHg: number) => worstRank(phase, vitals({ systolicMmHg, diastolicMmHg: 60 }));
    expect(rank(better)).toBeLessThanOrEqual(rank(worse));
  });

  test.prop([fc.constantFrom(...phases), pair(40, 129)])('diastolic pressure rising', (phase, [better, worse]) => {
    const rank = (diastolicMmHg: number) => worstRank(phase, vitals({ systolicMmHg: 130, diastolicMmHg }));
    expect(rank(better)).toBeLessThanOrEqual(rank(worse));
  });

  test.prop([fc.constantFrom(...phases), pair(1, 100)])('SpO2 falling', (phase, [worse, better]) => {
    expect(worstRank(phase, vitals({ spo2Pct: better }))).toBeLessThanOrEqual(
      worstRank(phase, vitals({ spo2Pct: worse })),
    );
  });

  test.prop([fc.constantFrom(...phases), pair(75, 300)])('heart rate rising above normal', (phase, [better, worse]) => {
    expect(worstRank(phase, vitals({ heartRateBpm: better }))).toBeLessThanOrEqual(
      worstRank(phase, vitals({ heartRateBpm: worse })),
    );
  });

  test.prop([fc.constantFrom(...phases), pair(20, 75)])('heart rate falling below normal', (phase, [worse, better]) => {
    expect(worstRank(phase, vitals({ heartRateBpm: better }))).toBeLessThanOrEqual(
      worstRank(phase, vitals({ heartRateBpm: worse })),
    );
  });

  test.prop([fc.constantFrom(...phases), pair(0, 14)])('respiratory rate falling', (phase, [worse, better]) => {
    expect(worstRank(phase, vitals({ respiratoryRatePerMin: better }))).toBeLessThanOrEqual(
      worstRank(phase, vitals({ respiratoryRatePerMin: worse })),
    );
  });

  test.prop([fc.constantFrom(...phases), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })])(
    'MOAA/S falling',
    (phase, a, b) => {
      const [worse, better] = a <= b ? [a, b] : [b, a];
      expect(worstRank(phase, sedation(better))).toBeLessThanOrEqual(worstRank(phase, sedation(worse)));
    },
  );

  test.prop([fc.array(fc.integer({ min: 100, max: 180 }), { minLength: 2, maxLength: 6 }), pair(100, 260)])(
    'with a fixed history, a higher current systolic is never less severe',
    (history, [better, worse]) => {
      const recent = history.map((systolicMmHg, index) => vitals({ takenAt: atMin(index * 2), systolicMmHg }));
      const rank = (systolicMmHg: number) =>
        worstRank('dosing', vitals({ takenAt: atMin(14), systolicMmHg, diastolicMmHg: 60 }), recent);
      expect(rank(better)).toBeLessThanOrEqual(rank(worse));
    },
  );
});

describe('every alert is a complete, storable record', () => {
  const reading = fc.record({
    systolicMmHg: fc.integer({ min: 100, max: 300 }),
    diastolicMmHg: fc.integer({ min: 15, max: 99 }),
    heartRateBpm: fc.integer({ min: 20, max: 300 }),
    spo2Pct: fc.integer({ min: 1, max: 100 }),
    respiratoryRatePerMin: fc.integer({ min: 0, max: 80 }),
  });
  test.prop([fc.constantFrom(...phases), reading])('rule@version, source, action, JSON round trip', (phase, values) => {
    const alerts = evaluateReading({
      phase,
      reading: vitals(values),
      recentReadings: [],
      ruleSet: defaultMonitoringRuleSet,
    });
    for (const alert of alerts) {
      expect(alert.rule).toMatch(/^monitoring\.[a-z0-9.-]+@\d+$/);
      expect(alert.source.citation.length).toBeGreaterThan(0);
      expect(alert.message.length).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(alert))).toEqual(alert);
    }
    expect(new Set(alerts.map((a) => a.rule)).size).toBe(alerts.length);
  });
});
