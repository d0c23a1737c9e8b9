import { readFileSync } from 'node:fs';
import { mapDeviceObservations } from '@chairside/domain';
import { describe, expect, it } from 'vitest';
import { buildAck } from './ack.js';
import { Hl7Fault, parseHl7, unescapeHl7 } from './hl7-parser.js';
import { readOru } from './oru-reader.js';

const fixture = (name: string): string => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const mapped = (name: string) => {
  const { oru } = readOru(fixture(name));
  return { oru, mapping: mapDeviceObservations(oru.facts) };
};
const faultOf = (name: string): Hl7Fault => {
  try {
    readOru(fixture(name));
  } catch (error) {
    if (error instanceof Hl7Fault) {
      return error;
    }
    throw error;
  }
  throw new Error(`${name} was accepted`);
};

describe('golden ORU^R01 fixtures (IHE PCD-01 shaped)', () => {
  it('non-invasive BP family, device from OBX-18 not PID, mean pressure logged not charted', () => {
    const { oru, mapping } = mapped('noninv-bp-family.hl7');
    expect(oru.deviceId).toBe('MON-01');
    expect(oru.header).toMatchObject({ controlId: 'CTL-NONINV', processingId: 'P', version: '2.6' });
    expect(mapping.readings).toEqual([
      {
        kind: 'vitals',
        source: 'device',
        status: 'unverified',
        takenAt: '2026-11-22T10:15:00.000Z',
        systolicMmHg: 142,
        diastolicMmHg: 88,
        heartRateBpm: 78,
        spo2Pct: 97,
        respiratoryRatePerMin: 14,
      },
    ]);
    expect(mapping.outcomes.find((o) => o.code === '150023')?.outcome).toBe('ignored');
  });

  it('cuff BP family with final status, CARD_BEAT_RATE alias, pleth RR; pulse rate is a duplicate', () => {
    const { mapping } = mapped('cuff-bp-family-final.hl7');
    expect(mapping.readings).toEqual([
      expect.objectContaining({
        status: 'final',
        systolicMmHg: 184,
        diastolicMmHg: 104,
        heartRateBpm: 96,
        spo2Pct: 89,
        respiratoryRatePerMin: 9,
      }),
    ]);
    expect(mapping.outcomes.find((o) => o.code === '149530')?.outcome).toBe('duplicate');
  });

  it('LOINC-coded observations take the OBR-7 time with its offset', () => {
    const { oru, mapping } = mapped('loinc-coded.hl7');
    expect(oru.header.version).toBe('2.5.1');
    expect(mapping.readings).toEqual([
      expect.objectContaining({
        takenAt: '2026-11-22T15:25:00.000Z',
        systolicMmHg: 131,
        diastolicMmHg: 79,
        heartRateBpm: 70,
        spo2Pct: 98,
        respiratoryRatePerMin: 16,
        etco2MmHg: 38,
      }),
    ]);
  });

  it('kPa converts to mmHg (×7.50062); an unknown unit rejects only that observation', () => {
    const { mapping } = mapped('kpa-units.hl7');
    expect(mapping.readings).toEqual([
      expect.objectContaining({ systolicMmHg: 120, diastolicMmHg: 80.3, etco2MmHg: 38.3 }),
    ]);
    expect(mapping.readings[0]).not.toHaveProperty('spo2Pct');
    expect(mapping.outcomes[3]).toMatchObject({ outcome: 'rejected', reason: 'unknown unit "furlongs"' });
  });

  it.each(['demo-flagged.hl7', 'processing-training.hl7', 'processing-debug.hl7'])('%s is never charted', (name) => {
    const { mapping } = mapped(name);
    expect(mapping).toMatchObject({ demo: true, readings: [] });
    expect(mapping.outcomes.map((o) => o.outcome)).toEqual(['demo']);
  });

  it('status X is not charted; R and F at the same time make one unverified reading', () => {
    const { mapping } = mapped('status-x-r-f.hl7');
    expect(mapping.outcomes.map((o) => o.outcome)).toEqual(['not-charted', 'charted', 'charted']);
    expect(mapping.readings).toEqual([
      expect.objectContaining({ status: 'unverified', heartRateBpm: 71, respiratoryRatePerMin: 12 }),
    ]);
  });

  it.each([
    ['unsupported-adt.hl7', '200', 'MSH', 9],
    ['malformed-no-obr.hl7', '100', 'OBR', undefined],
    ['truncated.hl7', '101', 'OBX', 11],
    ['not-hl7.txt', '100', 'MSH', undefined],
  ])('%s is refused with code %s at %s-%s', (name, code, segment, field) => {
    const fault = faultOf(name);
    expect(fault.code).toBe(code);
    expect(fault.location.segment).toBe(segment);
    expect(fault.location.field).toBe(field);
  });

  it('builds an AE with ERR-2 location and ERR-3 from table 0357', () => {
    const fault = faultOf('truncated.hl7');
    const ack = buildAck({
      code: 'AE',
      header: {
        sendingApplication: 'MON_GW',
        sendingFacility: 'ICU',
        controlId: 'CTL-TRUNC',
        processingId: 'P',
        version: '2.6',
      },
      ackControlId: 'A1',
      at: new Date('2026-11-22T10:00:00Z'),
      fault: { code: fault.code, location: fault.location, text: fault.message },
    });
    const segments = parseHl7(ack).segments;
    expect(segments.map((s) => s.name)).toEqual(['MSH', 'MSA', 'ERR']);
    expect(segments[1]?.fields.slice(1, 3)).toEqual(['AE', 'CTL-TRUNC']);
    expect(segments[2]?.fields[2]).toBe('OBX^1^11');
    expect(segments[2]?.fields[3]).toBe('101^Required field missing^HL70357');
  });

  it('unescapes \\F\\ \\S\\ \\T\\ \\R\\ \\E\\ with the message’s own encoding characters', () => {
    const e = parseHl7('MSH|^~\\&|A\r').encoding;
    expect(unescapeHl7('a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f', e)).toBe('a|b^c&d~e\\f');
    const custom = parseHl7('MSH#$%!@#A\r').encoding;
    expect(custom).toEqual({ field: '#', component: '$', repetition: '%', escape: '!', subcomponent: '@' });
  });
});
