import { summariseSessionMeasures, type SessionMeasures } from '@chairside/domain';
import type { Stores } from '../ports.js';
import { doseOf, effectiveManualReadings } from '../sessions/session-derive.js';
import { deviceReadingsOf, loadSession } from '../sessions/session-record.js';

/** A treatment that took place, as the outcome views see it. */
export interface OutcomeSession {
  readonly at: string;
  readonly sessionId: string | null;
  readonly appointmentId: string | null;
  readonly courseId: string | null;
  readonly protocolId: string | null;
  /** `session` = a recorded treatment session; `appointment` = an attended dosing appointment without one. */
  readonly source: 'session' | 'appointment';
  readonly doseMg: number | null;
  readonly measures: SessionMeasures;
}

const unrecorded: SessionMeasures = {
  doseMgPerKg: null,
  preSystolicMmHg: null,
  peakSystolicMmHg: null,
  cadss6Total: null,
};

async function fromSession(s: Stores, id: string, now: string): Promise<OutcomeSession | null> {
  const session = await loadSession(s, id);
  const row = session.row;
  if (row.dosingStartedAt === null) {
    return null;
  }
  // While dosing goes on the dose is not final: no mg/kg until dosing has ended.
  const finished = row.dosingEndedAt !== null || row.endedAt !== null;
  const dose = doseOf(row, session.journal, session.plan?.result ?? null, now);
  const deliveredMg = finished ? dose.deliveredMg : null;
  const device = await deviceReadingsOf(s, row, now);
  const systolicReadings = [
    ...effectiveManualReadings(session.readings).map((r) => ({ takenAt: r.takenAt, systolicMmHg: r.systolicMmHg })),
    ...device.flatMap((d) =>
      d.reading.systolicMmHg === undefined
        ? []
        : [{ takenAt: d.reading.takenAt, systolicMmHg: d.reading.systolicMmHg }],
    ),
  ];
  const cadss6Totals = session.journal
    .filter((e) => e.kind === 'sedation-check')
    .flatMap((e) => {
      const total = (e.data as { cadss6Total?: number | null }).cadss6Total;
      return typeof total === 'number' ? [total] : [];
    });
  return {
    at: row.dosingStartedAt,
    sessionId: row.id,
    appointmentId: row.appointmentId,
    courseId: row.courseId,
    protocolId: row.protocolId,
    source: 'session',
    doseMg: deliveredMg,
    measures: summariseSessionMeasures({
      dosingStartedAt: row.dosingStartedAt,
      deliveredMg,
      dosingKg: session.plan?.result.weight?.dosingKg ?? null,
      systolicReadings,
      cadss6Totals,
    }),
  };
}

/**
 * The patient's treatments in time order: every session in which dosing began (with its dose
 * and measures), plus attended dosing appointments that have no session record.
 */
export async function outcomeSessionsOf(s: Stores, patientId: string, now: string): Promise<OutcomeSession[]> {
  const sessions: OutcomeSession[] = [];
  for (const row of await s.treatmentSessions.listDosedForPatient(patientId)) {
    const one = await fromSession(s, row.id, now);
    if (one) {
      sessions.push(one);
    }
  }
  const linked = new Set(sessions.map((x) => x.appointmentId));
  const appointments = (await s.appointments.listForPatient(patientId)).filter(
    (a) => a.type === 'dosing_session' && a.status === 'completed' && !linked.has(a.id),
  );
  for (const a of appointments) {
    const course = a.courseId === null ? undefined : await s.courses.findById(a.courseId);
    sessions.push({
      at: a.startsAt,
      sessionId: null,
      appointmentId: a.id,
      courseId: a.courseId,
      protocolId: course?.protocolId ?? null,
      source: 'appointment',
      doseMg: null,
      measures: unrecorded,
    });
  }
  return sessions.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
}
