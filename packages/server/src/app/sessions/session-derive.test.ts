import { describe, expect, it } from 'vitest';
import { doseOf, effectiveManualReadings, preChecksOf, rateHistoryOf } from './session-derive.js';
import type { JournalRow, ManualReadingRow, SessionRow } from './session-ports.js';

const entry = (kind: JournalRow['kind'], at: string, data: Record<string, unknown>, by = 'nurse'): JournalRow => ({
  id: `${kind}-${at}`,
  sessionId: 's',
  kind,
  at,
  recordedAt: at,
  byUserId: null,
  byUsername: by,
  summary: '',
  data,
});

const session = (over: Partial<SessionRow> = {}): SessionRow => ({
  id: 's',
  patientId: 'p',
  appointmentId: null,
  courseId: null,
  protocolId: 'iv-depression',
  protocolVersion: 1,
  dosePlanId: null,
  chairName: 'Chair 1',
  route: 'iv',
  state: 'dosing',
  dosingSubState: 'infusing',
  createdAt: '2026-11-22T08:00:00.000Z',
  createdBy: 'u',
  checkedInAt: null,
  dosingStartedAt: '2026-11-22T09:00:00.000Z',
  dosingEndedAt: null,
  endedAt: null,
  abortReason: null,
  lastTransitionAt: null,
  baselineReadingId: null,
  version: 1,
  ...over,
});

describe('session record derivations', () => {
  it('folds pre-check entries: the latest value of an item wins, holds merge by name', () => {
    const state = preChecksOf([
      entry('pre-check', '2026-11-22T08:10:00Z', {
        escortName: 'A',
        medicationHolds: [{ medication: 'Ritalin', confirmed: false }],
      }),
      entry('pre-check', '2026-11-22T08:20:00Z', { escortName: 'B', identityConfirmed: true }),
      entry('pre-check', '2026-11-22T08:30:00Z', { medicationHolds: [{ medication: 'ritalin', confirmed: true }] }),
      entry('pre-check', '2026-11-22T08:40:00Z', { baselineSoftStopAcknowledged: true }, 'dr.okafor'),
    ]);
    expect(state.escortName).toBe('B');
    expect(state.identityConfirmed).toBe(true);
    expect(state.medicationHolds).toEqual([{ medication: 'ritalin', confirmed: true }]);
    expect(state.baselineSoftStopAcknowledgedBy).toBe('dr.okafor');
  });

  it('replaces a corrected reading by its correction', () => {
    const reading = (id: string, corrects: string | null): ManualReadingRow => ({
      id,
      sessionId: 's',
      takenAt: '2026-11-22T09:00:00.000Z',
      systolicMmHg: 120,
      diastolicMmHg: 80,
      heartRateBpm: 70,
      spo2Pct: 98,
      respiratoryRatePerMin: 14,
      etco2MmHg: null,
      correctsReadingId: corrects,
      correctionReason: corrects ? 'typo' : null,
      recordedAt: '2026-11-22T09:00:00.000Z',
      recordedBy: 'u',
      recordedByUsername: 'nurse',
    });
    expect(
      effectiveManualReadings([reading('a', null), reading('b', 'a'), reading('c', null)]).map((r) => r.id),
    ).toEqual(['b', 'c']);
  });

  it('computes the IV dose from the pump history (10 mg/mL): 6 mL/h 10 min, paused 5 min, 12 mL/h 5 min = 20 mg', () => {
    const journal = [
      entry('titration', '2026-11-22T09:00:00.000Z', { kind: 'rate', rateMlPerHour: 6 }),
      entry('titration', '2026-11-22T09:10:00.000Z', { kind: 'pause' }),
      entry('titration', '2026-11-22T09:15:00.000Z', { kind: 'resume' }),
      entry('titration', '2026-11-22T09:15:00.000Z', { kind: 'rate', rateMlPerHour: 12 }),
    ];
    expect(rateHistoryOf(journal).map((e) => e.kind)).toEqual(['rate', 'pause', 'resume', 'rate']);
    const plan = { amounts: { mode: 'mg-per-kg-over-duration', doseMg: 40, concentrationMgPerMl: 10 } } as never;
    const dose = doseOf(session(), journal, plan, '2026-11-22T09:20:00.000Z');
    expect(dose).toMatchObject({ deliveredMg: 20, plannedMg: 40, currentRateMlPerHour: 12, currentRateMgPerHour: 120 });
    const paused = doseOf(session({ dosingSubState: 'paused' }), journal.slice(0, 2), plan, '2026-11-22T09:30:00.000Z');
    expect(paused).toMatchObject({ deliveredMg: 10, currentRateMlPerHour: 0 });
  });

  it('gives no number when the concentration is unknown (never a guess)', () => {
    const journal = [entry('titration', '2026-11-22T09:00:00.000Z', { kind: 'rate', rateMlPerHour: 6 })];
    expect(doseOf(session(), journal, null, '2026-11-22T09:10:00.000Z').deliveredMg).toBeNull();
  });
});
