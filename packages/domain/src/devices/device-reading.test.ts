import { describe, expect, it } from 'vitest';
import { mapDeviceObservations, type DeviceObservation } from './device-reading.js';
import { hl7TimeToIso } from './hl7-time.js';
import { convertUnit } from './units.js';

const obx = (
  code: string,
  value: string,
  unitCode: string,
  extra: Partial<DeviceObservation> = {},
): DeviceObservation => ({
  setId: '1',
  valueType: 'NM',
  code,
  codeSystem: 'MDC',
  codeName: '',
  value,
  unitCode,
  abnormalFlags: [],
  status: 'R',
  observedAt: '20261122101500+0100',
  ...extra,
});

describe('device observations → readings', () => {
  it('groups one full set at one observation time, in charted units, by code number', () => {
    const mapping = mapDeviceObservations({
      processingId: 'P',
      requestObservedAt: '',
      observations: [
        obx('150301', '142', '266016', { codeName: 'MDC_PRESS_CUFF_SYS' }),
        obx('150302', '88', 'mm[Hg]'),
        obx('147842', '80', '264864', { codeName: 'MDC_ECG_CARD_BEAT_RATE' }),
        obx('150456', '97', '262688'),
        obx('151562', '14', '264928'),
        obx('151708', '5.0', 'kPa'),
      ],
    });
    expect(mapping.demo).toBe(false);
    expect(mapping.readings).toEqual([
      {
        kind: 'vitals',
        source: 'device',
        takenAt: '2026-11-22T09:15:00.000Z',
        status: 'unverified',
        systolicMmHg: 142,
        diastolicMmHg: 88,
        heartRateBpm: 80,
        spo2Pct: 97,
        respiratoryRatePerMin: 14,
        etco2MmHg: 37.5,
      },
    ]);
  });

  it('rejects an unknown unit and a unit of the wrong dimension, never guessing', () => {
    expect(convertUnit('systolicMmHg', 120, 'cmH2O')).toEqual({ ok: false, reason: 'unknown unit "cmH2O"' });
    expect(convertUnit('spo2Pct', 97, 'mm[Hg]').ok).toBe(false);
    const mapping = mapDeviceObservations({
      processingId: 'P',
      requestObservedAt: '',
      observations: [obx('150456', '97', '')],
    });
    expect(mapping.readings).toEqual([]);
    expect(mapping.outcomes[0]?.outcome).toBe('rejected');
  });

  it('charts R, F and C (C as a correction) but not X, D, W, P, I or unknown statuses', () => {
    const statuses = ['R', 'F', 'C', 'X', 'D', 'W', 'P', 'I', 'Q', ''];
    const results = statuses.map((status) =>
      mapDeviceObservations({
        processingId: 'P',
        requestObservedAt: '',
        observations: [obx('150456', '95', '%', { status })],
      }),
    );
    expect(results.map((r) => r.readings.length)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(results.map((r) => r.readings[0]?.status)).toEqual([
      'unverified',
      'final',
      'corrected',
      ...Array<undefined>(7).fill(undefined),
    ]);
  });

  it('never charts demo or test data: MSH-11 T/D or a DEMO abnormal flag', () => {
    for (const processingId of ['T', 'D']) {
      const mapping = mapDeviceObservations({
        processingId,
        requestObservedAt: '',
        observations: [obx('150456', '95', '%')],
      });
      expect(mapping).toMatchObject({ demo: true, readings: [] });
    }
    const flagged = mapDeviceObservations({
      processingId: 'P',
      requestObservedAt: '',
      observations: [obx('150456', '95', '%', { abnormalFlags: ['DEMO'] }), obx('147842', '70', '/min')],
    });
    expect(flagged.demo).toBe(true);
    expect(flagged.readings).toEqual([expect.objectContaining({ heartRateBpm: 70 })]);
    expect(flagged.readings[0]).not.toHaveProperty('spo2Pct');
  });

  it('uses OBX-14, else OBR-7, and refuses a time without a UTC offset', () => {
    const fallback = mapDeviceObservations({
      processingId: 'P',
      requestObservedAt: '20261122101000-0500',
      observations: [
        obx('150456', '95', '%', { observedAt: '' }),
        obx('147842', '60', '/min', { observedAt: '20261122101000' }),
      ],
    });
    expect(fallback.readings.map((r) => r.takenAt)).toEqual(['2026-11-22T15:10:00.000Z']);
    expect(fallback.readings[0]).toMatchObject({ spo2Pct: 95, heartRateBpm: 60 });
    expect(hl7TimeToIso('20261122101000')).toBeNull();
    expect(hl7TimeToIso('20260231101000+0000')).toBeNull();
    expect(hl7TimeToIso('20261122101000.25+0000')).toBe('2026-11-22T10:10:00.250Z');
  });

  it('prefers ECG heart rate over pulse rate at the same time and reports the duplicate', () => {
    const mapping = mapDeviceObservations({
      processingId: 'P',
      requestObservedAt: '',
      observations: [obx('149530', '77', '/min', { setId: '1' }), obx('147842', '75', '/min', { setId: '2' })],
    });
    expect(mapping.readings[0]?.heartRateBpm).toBe(75);
    expect(mapping.outcomes.map((o) => o.outcome)).toEqual(['duplicate', 'charted']);
  });

  it('accepts LOINC codes and rejects implausible or non-numeric values', () => {
    const mapping = mapDeviceObservations({
      processingId: 'P',
      requestObservedAt: '',
      observations: [
        obx('8480-6', '150', 'mm[Hg]', { codeSystem: 'LN' }),
        obx('8462-4', '95', 'mm[Hg]', { codeSystem: 'LN' }),
        obx('59408-5', '101', '%', { codeSystem: 'LN' }),
        obx('8867-4', 'abc', '/min', { codeSystem: 'LN' }),
      ],
    });
    expect(mapping.readings).toEqual([expect.objectContaining({ systolicMmHg: 150, diastolicMmHg: 95 })]);
    expect(mapping.outcomes.map((o) => o.outcome)).toEqual(['charted', 'charted', 'rejected', 'rejected']);
  });
});
