/** Rows → the contract's views (what the API returns and the feed pushes). */
import type { AlertView, JournalEntry, SessionSummary, ThresholdLine, VitalReadingView } from './session-types.js';
import {
  defaultMonitoringRuleSet,
  evaluateReading,
  worstSessionSeverity,
  type MonitoringPhase,
  type VitalReading,
} from '@chairside/domain';
import type { PatientRow } from '../ports.js';
import type { StoredDeviceReading } from '../monitors/monitor-ports.js';
import { deviceVital, manualVital, phaseAt } from './session-derive.js';
import type { AlertWithResolution, JournalRow, ManualReadingRow, SessionRow } from './session-ports.js';

export const ruleSet = defaultMonitoringRuleSet;

export function patientNameOf(p: Pick<PatientRow, 'preferredName' | 'legalGivenName' | 'legalFamilyName'>): string {
  return `${p.preferredName ?? p.legalGivenName} ${p.legalFamilyName}`;
}

export function summaryOf(row: SessionRow, patient: PatientRow, protocolName: string): SessionSummary {
  return {
    id: row.id,
    patientId: row.patientId,
    patientName: patientNameOf(patient),
    patientMrn: patient.mrn,
    appointmentId: row.appointmentId,
    courseId: row.courseId,
    protocolId: row.protocolId as SessionSummary['protocolId'],
    protocolVersion: row.protocolVersion,
    protocolName,
    dosePlanId: row.dosePlanId,
    chairName: row.chairName,
    route: row.route,
    state: row.state,
    dosingSubState: row.dosingSubState,
    createdAt: row.createdAt,
    checkedInAt: row.checkedInAt,
    dosingStartedAt: row.dosingStartedAt,
    dosingEndedAt: row.dosingEndedAt,
    endedAt: row.endedAt,
    abortReason: row.abortReason,
  };
}

export function journalView(row: JournalRow): JournalEntry {
  return {
    id: row.id,
    sessionId: row.sessionId,
    kind: row.kind,
    at: row.at,
    recordedAt: row.recordedAt,
    by: row.byUsername,
    summary: row.summary,
    data: row.data,
  };
}

/** Bands by phase and values: a session's chart repeats the same values many times. */
const bandCache = new Map<string, VitalReadingView['band']>();
const BAND_CACHE_MAX = 20_000;

/** The worst band a reading falls in under the threshold rules of its phase (no trend). */
export function bandOf(reading: VitalReading | null, phase: MonitoringPhase): VitalReadingView['band'] {
  if (reading === null) {
    return 'normal';
  }
  const key = `${phase}|${reading.systolicMmHg}|${reading.diastolicMmHg}|${reading.heartRateBpm}|${reading.spo2Pct}|${reading.respiratoryRatePerMin}`;
  const cached = bandCache.get(key);
  if (cached !== undefined) {
    return cached;
  }
  let band: VitalReadingView['band'];
  try {
    const alerts = evaluateReading({ phase, reading, recentReadings: [], ruleSet });
    const worst = worstSessionSeverity(alerts.map((a) => a.severity));
    band = worst === null || worst === 'info' ? 'normal' : worst;
  } catch {
    band = 'normal';
  }
  if (bandCache.size >= BAND_CACHE_MAX) {
    bandCache.clear();
  }
  bandCache.set(key, band);
  return band;
}

export function manualReadingView(
  session: SessionRow,
  r: ManualReadingRow,
  correctedBy: string | null = null,
): VitalReadingView {
  return {
    id: r.id,
    sessionId: session.id,
    source: 'manual',
    takenAt: r.takenAt,
    systolicMmHg: r.systolicMmHg,
    diastolicMmHg: r.diastolicMmHg,
    heartRateBpm: r.heartRateBpm,
    spo2Pct: r.spo2Pct,
    respiratoryRatePerMin: r.respiratoryRatePerMin,
    etco2MmHg: r.etco2MmHg,
    correctsReadingId: r.correctsReadingId,
    correctedByReadingId: correctedBy,
    recordedBy: r.recordedByUsername,
    band: bandOf(manualVital(r), phaseAt(session, r.takenAt)),
  };
}

export function deviceReadingView(session: SessionRow, r: StoredDeviceReading): VitalReadingView {
  const x = r.reading;
  return {
    id: r.id,
    sessionId: session.id,
    source: 'device',
    takenAt: x.takenAt,
    systolicMmHg: x.systolicMmHg ?? null,
    diastolicMmHg: x.diastolicMmHg ?? null,
    heartRateBpm: x.heartRateBpm ?? null,
    spo2Pct: x.spo2Pct ?? null,
    respiratoryRatePerMin: x.respiratoryRatePerMin ?? null,
    etco2MmHg: x.etco2MmHg ?? null,
    correctsReadingId: null,
    correctedByReadingId: null,
    recordedBy: r.deviceId,
    band: bandOf(deviceVital(r), phaseAt(session, x.takenAt)),
  };
}

export function alertView(a: AlertWithResolution): AlertView {
  return {
    id: a.id,
    sessionId: a.sessionId,
    kind: a.kind,
    rule: a.rule,
    severity: a.severity,
    phase: a.phase,
    message: a.message,
    action: a.action,
    actionLabel: a.actionLabel,
    values: { ...a.values },
    observedAt: a.observedAt,
    raisedAt: a.raisedAt,
    readingId: a.readingId,
    resolution: a.resolution
      ? {
          action: a.resolution.action,
          note: a.resolution.note,
          by: a.resolution.byUsername,
          at: a.resolution.at,
          secondsToResolve: a.resolution.secondsToResolve,
        }
      : null,
  };
}

const chartMeasures = new Set(['systolicMmHg', 'diastolicMmHg', 'heartRateBpm', 'respiratoryRatePerMin', 'spo2Pct']);

/** The threshold lines of the rule set for the chart (dosing and recovery phases). */
export function thresholdLines(): ThresholdLine[] {
  const lines: ThresholdLine[] = [];
  for (const rule of ruleSet.rules) {
    if (rule.trigger.kind === 'projected-rise') {
      continue;
    }
    for (const phase of ['dosing', 'recovery'] as const) {
      if (rule.actions[phase] === undefined) {
        continue;
      }
      for (const c of rule.trigger.conditions) {
        if (chartMeasures.has(c.measure)) {
          lines.push({
            measure: c.measure as ThresholdLine['measure'],
            comparator: c.comparator,
            value: c.value,
            severity: rule.severity,
            phase,
            rule: `${rule.id}@${rule.version}`,
          });
        }
      }
    }
  }
  return lines;
}
