/** Checks due and missed (cadence rules), and the silent-monitor watchdog, for one session. */
import { evaluateCadence, type CadenceResult, type CheckKind } from '@chairside/domain';
import type { StoredDeviceReading } from '../monitors/monitor-ports.js';
import { effectiveManualReadings, firstDeviceAt, phaseOf, sedationChecksOf } from './session-derive.js';
import type { LoadedSession } from './session-record.js';
import { ruleSet } from './session-views.js';

const latest = (times: readonly string[], now: string): string | undefined => {
  const sorted = times.filter((t) => t !== '').sort();
  const last = sorted.at(-1);
  return last === undefined ? undefined : last > now ? now : last;
};

export const silentMonitorRule = 'monitoring.cadence.silent-monitor';

/** The cadence result for a session as it stands, or null when it is not being monitored. */
export function cadenceOf(
  session: LoadedSession,
  devices: readonly StoredDeviceReading[],
  now: string,
): CadenceResult | null {
  const phase = phaseOf(session.row);
  if (phase === null) {
    return null;
  }
  const manual = effectiveManualReadings(session.readings).map((r) => r.takenAt);
  const device = devices.map((d) => d.reading.takenAt);
  const deviceBp = devices.filter((d) => d.reading.systolicMmHg !== undefined).map((d) => d.reading.takenAt);
  const lastCheckAt: Partial<Record<CheckKind, string>> = {};
  const bp = latest([...manual, ...deviceBp], now);
  const sedation = latest(
    sedationChecksOf(session.journal).map((c) => c.takenAt),
    now,
  );
  const vitals = latest([...manual, ...device], now);
  if (bp !== undefined) {
    lastCheckAt.bp = bp;
  }
  if (sedation !== undefined) {
    lastCheckAt.sedation = sedation;
  }
  if (vitals !== undefined) {
    lastCheckAt.vitals = vitals;
  }
  const started =
    session.row.route === 'intranasal'
      ? (firstDeviceAt(session.journal) ?? session.row.dosingStartedAt)
      : session.row.dosingStartedAt;
  if (phase !== 'pre-start' && started === null) {
    return null;
  }
  const result = evaluateCadence({
    phase,
    protocolRoute: session.row.route,
    lastCheckAt,
    ...(started !== null && started <= now ? { dosingStartedAt: started } : {}),
    now,
    ruleSet,
  });
  if (session.row.dosingSubState === 'paused') {
    return { ...result, alerts: result.alerts.filter((a) => !a.rule.startsWith(silentMonitorRule)) };
  }
  return result;
}
