import { describe, expect, it } from 'vitest';
import type { JournalRow, ManualReadingRow } from '../sessions/session-ports.js';
import { remsFormOf } from './session-rems-form.js';
import type { SessionSummary } from './session-summary.js';

const entry = (kind: string, at: string, summary: string, data: Record<string, unknown> = {}): JournalRow =>
  ({
    id: at,
    sessionId: 's1',
    kind,
    at,
    recordedAt: at,
    byUserId: null,
    byUsername: 'nurse.patel',
    summary,
    data,
  }) as JournalRow;
const reading = (takenAt: string, sys: number, dia: number): ManualReadingRow => ({
  id: takenAt,
  sessionId: 's1',
  takenAt,
  systolicMmHg: sys,
  diastolicMmHg: dia,
  heartRateBpm: 80,
  spo2Pct: 98,
  respiratoryRatePerMin: 14,
  etco2MmHg: null,
  correctsReadingId: null,
  correctionReason: null,
  recordedAt: takenAt,
  recordedBy: 'u1',
  recordedByUsername: 'nurse.patel',
});

function summary(journal: JournalRow[], readings: ManualReadingRow[], deliveredMg: number | null): SessionSummary {
  return {
    patient: { legalGivenName: 'Ada', legalFamilyName: 'Stone', dateOfBirth: '1979-02-03', sexAtBirth: 'female' },
    session: {
      row: { id: '00000000-0000-4000-8000-000000000001', route: 'intranasal' },
      protocolName: 'Esketamine',
      journal,
      readings,
      dose: { deliveredMg },
    },
    alerts: [],
  } as unknown as SessionSummary;
}

const value = (form: ReturnType<typeof remsFormOf>, key: string): string | null | undefined =>
  form.fields.find((f) => f.key === key)?.value;

describe('REMS form items from the session record', () => {
  const journal = [
    entry('pre-check', '2026-11-22T09:00:00Z', 'Pre-checks', { remsPatientEnrolled: true }),
    entry('esketamine-device', '2026-11-22T09:10:00Z', 'Device 1 of 2 (28 mg), lot L1', { lotNumber: 'L1' }),
    entry('esketamine-device', '2026-11-22T09:15:00Z', 'Device 2 of 2 (28 mg), lot L2', { lotNumber: 'L2' }),
    entry('discharge', '2026-11-22T11:15:00Z', 'Discharged'),
  ];
  const readings = [
    reading('2026-11-22T09:05:00Z', 128, 80),
    reading('2026-11-22T09:48:00Z', 150, 92),
    reading('2026-11-22T09:52:00Z', 146, 90),
    reading('2026-11-22T11:05:00Z', 130, 82),
  ];

  it('fills the items the record holds', () => {
    const form = remsFormOf(summary(journal, readings, 56));
    expect(value(form, 'patient.enrolledInRems')).toBe('Yes');
    expect(value(form, 'dose')).toBe('56 mg (2 devices)');
    expect(value(form, 'lotNumbers')).toBe('L1, L2');
    expect(value(form, 'treatmentDate')).toBe('2026-11-22');
    expect(value(form, 'totalMonitoringMin')).toBe('125 min');
    expect(value(form, 'bloodPressure.preDose')).toContain('128/80 mmHg');
    // 38 and 42 min from the first device are both in 35–45; the nearer to 40 wins (the first found on a tie).
    expect(value(form, 'bloodPressure.at40Min')).toContain('150/92 mmHg');
    expect(value(form, 'bloodPressure.beforeCompletion')).toContain('130/82 mmHg');
    expect(value(form, 'adverseEvents')).toBe('None recorded');
  });

  it('shows what the system does not hold as not recorded, never a guess', () => {
    const form = remsFormOf(summary(journal.slice(1, 2), [reading('2026-11-22T09:30:00Z', 130, 80)], null));
    for (const key of [
      'concomitantMedications',
      'monitoringHcp.contact',
      'setting.address',
      'readyToLeaveMin',
      'patient.enrolledInRems',
      'monitoringEndedAt',
      'totalMonitoringMin',
      'bloodPressure.preDose',
      'bloodPressure.at40Min',
      'dose',
    ]) {
      expect(value(form, key), key).toBeNull();
    }
  });
});
