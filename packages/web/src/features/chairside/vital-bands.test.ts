import { defaultMonitoringRuleSet as rules } from '@chairside/domain';
import { describe, expect, it } from 'vitest';
import { thresholdMarks, vitalBand } from './vital-bands';

describe('vitalBand reads the bands from the monitoring rules', () => {
  it.each([
    ['systolicMmHg', 159, 'normal'],
    ['systolicMmHg', 160, 'warning'],
    ['systolicMmHg', 180, 'warning'],
    ['systolicMmHg', 181, 'soft-stop'],
    ['diastolicMmHg', 110, 'normal'],
    ['diastolicMmHg', 111, 'soft-stop'],
    ['heartRateBpm', 50, 'normal'],
    ['heartRateBpm', 49, 'warning'],
    ['heartRateBpm', 121, 'warning'],
    ['heartRateBpm', 151, 'soft-stop'],
    ['spo2Pct', 95, 'normal'],
    ['spo2Pct', 94, 'warning'],
    ['spo2Pct', 92, 'warning'],
    ['spo2Pct', 91, 'hard-stop'],
    ['respiratoryRatePerMin', 10, 'normal'],
    ['respiratoryRatePerMin', 9, 'soft-stop'],
    ['moaasScore', 4, 'normal'],
    ['moaasScore', 3, 'soft-stop'],
    ['moaasScore', 0, 'hard-stop'],
  ] as const)('during dosing %s %d is %s', (measure, value, band) => {
    expect(vitalBand(rules, 'dosing', measure, value)).toBe(band);
  });

  it('uses the pre-start rules before start', () => {
    expect(vitalBand(rules, 'pre-start', 'systolicMmHg', 141)).toBe('soft-stop');
    expect(vitalBand(rules, 'pre-start', 'systolicMmHg', 181)).toBe('hard-stop');
    expect(vitalBand(rules, 'pre-start', 'diastolicMmHg', 101)).toBe('hard-stop');
  });

  it('is normal for a missing value', () => {
    expect(vitalBand(rules, 'dosing', 'spo2Pct', null)).toBe('normal');
  });

  it('gives one line per measure and value, the worst severity winning', () => {
    const marks = thresholdMarks(rules, 'dosing');
    const sbp180 = marks.filter((m) => m.measure === 'systolicMmHg' && m.value === 180);
    expect(sbp180).toHaveLength(1);
    expect(sbp180[0]?.severity).toBe('soft-stop');
    expect(marks.find((m) => m.measure === 'spo2Pct' && m.value === 92)?.severity).toBe('hard-stop');
  });
});
