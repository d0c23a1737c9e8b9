/**
 * Alerts: the engine's output stored and pushed. An alert stays until resolved; while one for a
 * rule is open, the same rule does not raise a second (every reading of a hypertensive episode
 * would otherwise add one). Alerts are raised while dosing and in recovery; before the start the
 * pre-start rules act through the start-readiness check instead.
 */
import { evaluateReading, type MonitoringAlert, type MonitoringReading } from '@chairside/domain';
import type { StoredDeviceReading } from '../monitors/monitor-ports.js';
import { deviceVital, effectiveManualReadings, manualVital, phaseOf, sedationChecksOf } from './session-derive.js';
import type { AlertKind, AlertRow, AlertWithResolution } from './session-ports.js';
import { feedEvent, type LoadedSession, type SessionWrite } from './session-record.js';
import { alertView, ruleSet } from './session-views.js';

/**
 * How far back the trend rules look: the widest projected-rise window of the rule set (the
 * engine reads nothing older), so the hot path loads only that much history.
 */
export const TREND_WINDOW_MS =
  Math.max(0, ...ruleSet.rules.map((r) => (r.trigger.kind === 'projected-rise' ? r.trigger.windowMin : 0))) * 60_000;

/** What raising alerts needs of a session: its row and its alerts so far (open ones at least). */
export type AlertTarget = Pick<LoadedSession, 'row' | 'alerts'>;

export function openAlerts(session: AlertTarget): AlertWithResolution[] {
  return session.alerts.filter((a) => a.resolution === null);
}

/** Stores and pushes the alerts whose rule has no open alert in the session. */
export async function raiseAlerts(
  w: SessionWrite,
  session: AlertTarget,
  alerts: readonly MonitoringAlert[],
  kindOf: (alert: MonitoringAlert) => AlertKind,
  reading: { id: string; source: 'manual' | 'device' } | null,
): Promise<AlertRow[]> {
  const open = new Set(openAlerts(session).map((a) => a.rule));
  const rows: AlertRow[] = [];
  for (const alert of alerts) {
    if (open.has(alert.rule)) {
      continue;
    }
    open.add(alert.rule);
    rows.push({
      id: w.deps.ids.uuid(),
      sessionId: session.row.id,
      kind: kindOf(alert),
      rule: alert.rule,
      severity: alert.severity,
      phase: alert.phase,
      message: alert.message,
      action: alert.action,
      actionLabel: alert.actionLabel,
      values: alert.values,
      source: alert.source,
      observedAt: alert.observedAt,
      raisedAt: w.now,
      readingId: reading?.id ?? null,
      readingSource: reading?.source ?? null,
    });
  }
  await w.s.treatmentSessions.insertAlerts(rows);
  for (const row of rows) {
    const withResolution = { ...row, resolution: null };
    session.alerts.push(withResolution);
    w.push(feedEvent(session.row.id, 'alert', w.now, { alert: alertView(withResolution) }));
  }
  if (rows.length > 0) {
    await w.s.audit.append(w.ctx, {
      action: 'session.alert.raise',
      recordType: 'treatment_session',
      recordId: session.row.id,
      patientId: session.row.patientId,
      changes: { alerts: rows.map((r) => ({ id: r.id, rule: r.rule, severity: r.severity })) },
    });
  }
  return rows;
}

/** The session's readings (manual, device, sedation checks) in the trend window before `at`. */
export function recentReadings(
  session: Pick<LoadedSession, 'readings' | 'journal'>,
  devices: readonly StoredDeviceReading[],
  at: string,
): MonitoringReading[] {
  const from = Date.parse(at) - TREND_WINDOW_MS;
  const all: MonitoringReading[] = [
    ...effectiveManualReadings(session.readings).map(manualVital),
    ...devices.flatMap((d) => {
      const v = deviceVital(d);
      return v === null ? [] : [v];
    }),
    ...sedationChecksOf(session.journal),
  ];
  return all.filter((r) => Date.parse(r.takenAt) >= from && r.takenAt < at);
}

/** Runs the engine on a new reading and raises what it finds (nothing outside dosing/recovery). */
export async function evaluateNewReading(
  w: SessionWrite,
  session: AlertTarget,
  reading: MonitoringReading,
  ref: { id: string; source: 'manual' | 'device' } | null,
  recent: readonly MonitoringReading[],
): Promise<AlertRow[]> {
  const phase = phaseOf(session.row);
  if (phase !== 'dosing' && phase !== 'recovery') {
    return [];
  }
  const alerts = evaluateReading({ phase, reading, recentReadings: recent, ruleSet });
  return raiseAlerts(w, session, alerts, () => 'reading', ref);
}
