/** Checks due and missed (cadence rules), and the silent-monitor watchdog, for one session. */
import { evaluateCadence, type CadenceResult, type CheckKind } from '@chairside/domain';
import type { StoredDeviceReading } from '../monitors/monitor-ports.js';
import { effectiveManualReadings, firstDeviceAt, phaseOf, sedationChecksOf } from './session-derive.js';
import type { SessionRow } from './session-ports.js';
import type { LoadedSession } from './session-record.js';
import { ruleSet } from './session-views.js';

const latest = (times: readonly (string | null | undefined)[], now: string): string | undefined => {
  const sorted = times.filter((t): t is string => typeof t === 'string' && t !== '').sort();
  const last = sorted.at(-1);
  return last === undefined ? undefined : last > now ? now : last;
};

export const silentMonitorRule = 'monitoring.cadence.silent-monitor';

/** The latest time of each kind of check, and the first esketamine device. */
export interface CheckTimes {
  readonly manualAt: string | null;
  readonly deviceAt: string | null;
  readonly deviceBpAt: string | null;
  readonly sedationAt: string | null;
  readonly firstDeviceAt: string | null;
}

/** The cadence result from the latest check times, or null when the session is not monitored. */
export function cadenceFromTimes(row: SessionRow, times: CheckTimes, now: string): CadenceResult | null {
  const phase = phaseOf(row);
  if (phase === null) {
    return null;
  }
  const lastCheckAt: Partial<Record<CheckKind, string>> = {};
  const bp = latest([times.manualAt, times.deviceBpAt], now);
  const sedation = latest([times.sedationAt], now);
  const vitals = latest([times.manualAt, times.deviceAt], now);
  if (bp !== undefined) {
    lastCheckAt.bp = bp;
  }
  if (sedation !== undefined) {
    lastCheckAt.sedation = sedation;
  }
  if (vitals !== undefined) {
    lastCheckAt.vitals = vitals;
  }
  const started = row.route === 'intranasal' ? (times.firstDeviceAt ?? row.dosingStartedAt) : row.dosingStartedAt;
  if (phase !== 'pre-start' && started === null) {
    return null;
  }
  const result = evaluateCadence({
    phase,
    protocolRoute: row.route,
    lastCheckAt,
    ...(started !== null && started <= now ? { dosingStartedAt: started } : {}),
    now,
    ruleSet,
  });
  if (row.dosingSubState === 'paused') {
    return { ...result, alerts: result.alerts.filter((a) => !a.rule.startsWith(silentMonitorRule)) };
  }
  return result;
}

/** The cadence result for a loaded session and its device readings. */
export function cadenceOf(
  session: LoadedSession,
  devices: readonly StoredDeviceReading[],
  now: string,
): CadenceResult | null {
  const last = (times: string[]): string | null => times.sort().at(-1) ?? null;
  return cadenceFromTimes(
    session.row,
    {
      manualAt: last(effectiveManualReadings(session.readings).map((r) => r.takenAt)),
      deviceAt: last(devices.map((d) => d.reading.takenAt)),
      deviceBpAt: last(devices.filter((d) => d.reading.systolicMmHg !== undefined).map((d) => d.reading.takenAt)),
      sedationAt: last(sedationChecksOf(session.journal).map((c) => c.takenAt)),
      firstDeviceAt: firstDeviceAt(session.journal),
    },
    now,
  );
}
