/**
 * What a session's record adds up to: the pre-check list, the effective readings (corrections
 * applied), the pump history and dose, the phase of a reading. Plain functions of the rows.
 */
import {
  cumulativeDoseMg,
  ESKETAMINE_DEVICE_MG,
  type DoseResult,
  type MonitoringPhase,
  type RateEvent,
  type SedationCheck,
  type VitalReading,
} from '@chairside/domain';
import type { JournalRow, ManualReadingRow, SessionRow } from './session-ports.js';
import type { StoredDeviceReading } from '../monitors/monitor-ports.js';

export interface PreCheckState {
  readonly identityConfirmed: boolean;
  readonly lastSolidsAt: string | null;
  readonly lastLiquidsAt: string | null;
  readonly escortName: string | null;
  readonly escortPhone: string | null;
  readonly medicationHolds: readonly { readonly medication: string; readonly confirmed: boolean }[];
  readonly pregnancyTest: { readonly required: boolean; readonly result: 'negative' | 'positive' | null };
  readonly remsPatientEnrolled: boolean | null;
  readonly baselineSoftStopAcknowledgedBy: string | null;
}

/** The pre-check list: each pre-check entry sets the items it names; the latest value wins. */
export function preChecksOf(journal: readonly JournalRow[]): PreCheckState {
  let state: PreCheckState = {
    identityConfirmed: false,
    lastSolidsAt: null,
    lastLiquidsAt: null,
    escortName: null,
    escortPhone: null,
    medicationHolds: [],
    pregnancyTest: { required: false, result: null },
    remsPatientEnrolled: null,
    baselineSoftStopAcknowledgedBy: null,
  };
  for (const entry of journal.filter((e) => e.kind === 'pre-check')) {
    const d = entry.data as Partial<PreCheckState> & { baselineSoftStopAcknowledged?: boolean };
    const holds = new Map(state.medicationHolds.map((h) => [h.medication.toLowerCase(), h]));
    for (const hold of d.medicationHolds ?? []) {
      holds.set(hold.medication.toLowerCase(), hold);
    }
    state = {
      identityConfirmed: d.identityConfirmed ?? state.identityConfirmed,
      lastSolidsAt: d.lastSolidsAt ?? state.lastSolidsAt,
      lastLiquidsAt: d.lastLiquidsAt ?? state.lastLiquidsAt,
      escortName: d.escortName ?? state.escortName,
      escortPhone: d.escortPhone ?? state.escortPhone,
      medicationHolds: [...holds.values()],
      pregnancyTest: d.pregnancyTest ?? state.pregnancyTest,
      remsPatientEnrolled: d.remsPatientEnrolled ?? state.remsPatientEnrolled,
      baselineSoftStopAcknowledgedBy: d.baselineSoftStopAcknowledged
        ? entry.byUsername
        : state.baselineSoftStopAcknowledgedBy,
    };
  }
  return state;
}

/** Manual readings still in force: a corrected reading is replaced by its correction. */
export function effectiveManualReadings(readings: readonly ManualReadingRow[]): ManualReadingRow[] {
  const corrected = new Set(readings.flatMap((r) => (r.correctsReadingId ? [r.correctsReadingId] : [])));
  return readings.filter((r) => !corrected.has(r.id));
}

export function manualVital(r: ManualReadingRow): VitalReading {
  return {
    kind: 'vitals',
    source: 'manual',
    takenAt: r.takenAt,
    systolicMmHg: r.systolicMmHg,
    diastolicMmHg: r.diastolicMmHg,
    heartRateBpm: r.heartRateBpm,
    spo2Pct: r.spo2Pct,
    respiratoryRatePerMin: r.respiratoryRatePerMin,
    ...(r.etco2MmHg === null ? {} : { etco2MmHg: r.etco2MmHg }),
  };
}

/** A device reading as a full VitalReading, or null when a measure is missing (never filled in). */
export function deviceVital(r: StoredDeviceReading): VitalReading | null {
  const x = r.reading;
  if (
    x.systolicMmHg === undefined ||
    x.diastolicMmHg === undefined ||
    x.heartRateBpm === undefined ||
    x.spo2Pct === undefined ||
    x.respiratoryRatePerMin === undefined
  ) {
    return null;
  }
  return {
    kind: 'vitals',
    source: 'device',
    takenAt: x.takenAt,
    systolicMmHg: x.systolicMmHg,
    diastolicMmHg: x.diastolicMmHg,
    heartRateBpm: x.heartRateBpm,
    spo2Pct: x.spo2Pct,
    respiratoryRatePerMin: x.respiratoryRatePerMin,
    ...(x.etco2MmHg === undefined ? {} : { etco2MmHg: x.etco2MmHg }),
  };
}

export function sedationChecksOf(journal: readonly JournalRow[]): SedationCheck[] {
  return journal
    .filter((e) => e.kind === 'sedation-check')
    .map((e) => {
      const d = e.data as { moaasScore: number; cadss6?: SedationCheck['cadss6'] };
      return { kind: 'sedation', takenAt: e.at, moaasScore: d.moaasScore, ...(d.cadss6 ? { cadss6: d.cadss6 } : {}) };
    });
}

/** The monitoring phase of the session as it stands. */
export function phaseOf(session: SessionRow): MonitoringPhase | null {
  if (session.state === 'dosing') {
    return 'dosing';
  }
  if (session.state === 'recovery') {
    return 'recovery';
  }
  return ['discharged', 'aborted'].includes(session.state) ? null : 'pre-start';
}

/** The phase a reading taken at `takenAt` belongs to. */
export function phaseAt(session: SessionRow, takenAt: string): MonitoringPhase {
  if (session.dosingStartedAt === null || takenAt < session.dosingStartedAt) {
    return 'pre-start';
  }
  return session.dosingEndedAt !== null && takenAt >= session.dosingEndedAt ? 'recovery' : 'dosing';
}

/** The pump history, from the titration entries (the start-dosing rate is one of them). */
export function rateHistoryOf(journal: readonly JournalRow[]): RateEvent[] {
  return journal
    .filter((e) => e.kind === 'titration')
    .map((e): RateEvent => {
      const d = e.data as { kind: RateEvent['kind']; rateMlPerHour?: number; volumeMl?: number };
      switch (d.kind) {
        case 'rate':
          return { kind: 'rate', at: e.at, rateMlPerHour: d.rateMlPerHour ?? 0 };
        case 'bolus':
          return { kind: 'bolus', at: e.at, volumeMl: d.volumeMl ?? 0 };
        case 'pause':
        case 'resume':
        case 'stop':
          return { kind: d.kind, at: e.at };
      }
    });
}

export interface DoseState {
  readonly deliveredMg: number | null;
  readonly plannedMg: number | null;
  readonly currentRateMlPerHour: number | null;
  readonly currentRateMgPerHour: number | null;
  readonly concentrationMgPerMl: number | null;
  readonly asOf: string;
}

function plannedOf(result: DoseResult | null): { plannedMg: number | null; concentration: number | null } {
  const a = result?.amounts;
  if (!a) {
    return { plannedMg: null, concentration: null };
  }
  if (a.mode === 'mg-per-kg-per-hour-infusion') {
    return { plannedMg: a.totalDoseMg, concentration: a.concentrationMgPerMl };
  }
  if (a.mode === 'fixed-mg-devices') {
    return { plannedMg: a.doseMg, concentration: null };
  }
  return { plannedMg: a.doseMg, concentration: a.concentrationMgPerMl };
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Dose delivered so far: IV from the pump history, IM once given, esketamine by devices. */
export function doseOf(
  session: SessionRow,
  journal: readonly JournalRow[],
  plan: DoseResult | null,
  now: string,
): DoseState {
  const { plannedMg, concentration } = plannedOf(plan);
  const until = session.dosingEndedAt ?? session.endedAt ?? now;
  const base = { plannedMg, concentrationMgPerMl: concentration, asOf: until };
  if (session.route === 'intranasal') {
    const devices = journal.filter((e) => e.kind === 'esketamine-device').length;
    return {
      ...base,
      deliveredMg: devices * ESKETAMINE_DEVICE_MG,
      currentRateMlPerHour: null,
      currentRateMgPerHour: null,
    };
  }
  if (session.route === 'im') {
    const given = session.dosingStartedAt !== null ? plannedMg : 0;
    return { ...base, deliveredMg: given, currentRateMlPerHour: null, currentRateMgPerHour: null };
  }
  const history = rateHistoryOf(journal);
  let rate: number | null = null;
  let flowing = false;
  for (const event of history) {
    if (event.kind === 'rate') {
      rate = event.rateMlPerHour;
      flowing = session.state === 'dosing';
    } else if (event.kind === 'pause' || event.kind === 'stop') {
      flowing = false;
    } else if (event.kind === 'resume') {
      flowing = true;
    }
  }
  const currentRate = rate === null ? null : flowing && session.state === 'dosing' ? rate : 0;
  const delivered =
    concentration === null || history.length === 0
      ? history.length === 0
        ? 0
        : null
      : cumulativeDoseMg(history, concentration, until);
  return {
    ...base,
    deliveredMg: delivered === null ? null : round1(delivered),
    currentRateMlPerHour: currentRate,
    currentRateMgPerHour: currentRate === null || concentration === null ? null : round1(currentRate * concentration),
  };
}

/** Esketamine: the first device's time (the anchor of the observation time). */
export function firstDeviceAt(journal: readonly JournalRow[]): string | null {
  return journal.find((e) => e.kind === 'esketamine-device')?.at ?? null;
}
