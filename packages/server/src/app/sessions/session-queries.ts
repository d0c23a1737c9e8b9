/** Reads: one session in full, the board, start readiness. Every read of patient data is audited. */
import type {
  BoardEntry,
  BoardResponse,
  PatientSessionsResponse,
  PreChecksView,
  SessionDetail,
  StartReadinessView,
} from './session-types.js';
import { evaluateStartReadiness, NotFoundError, type TreatmentProtocolId } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, RequestContext, Stores } from '../ports.js';
import { openAlerts } from './session-alerts.js';
import { cadenceOf } from './session-cadence.js';
import { doseOf } from './session-derive.js';
import { clinicianRoles, deviceReadingsOf, loadSession, type LoadedSession } from './session-record.js';
import {
  alertView,
  deviceReadingView,
  journalView,
  manualReadingView,
  summaryOf,
  thresholdLines,
} from './session-views.js';
import { gatherReadiness } from './start-readiness-input.js';

async function preChecksView(s: Stores, session: LoadedSession): Promise<PreChecksView> {
  const { preChecks, requiredHolds, baseline, input } = await gatherReadiness(s, session);
  return {
    identityConfirmed: preChecks.identityConfirmed,
    lastSolidsAt: preChecks.lastSolidsAt,
    lastLiquidsAt: preChecks.lastLiquidsAt,
    escortName: preChecks.escortName,
    escortPhone: preChecks.escortPhone,
    medicationHolds: [...input.preChecks.medicationHolds],
    requiredHolds: [...requiredHolds],
    pregnancyTest: { ...input.preChecks.pregnancyTest },
    remsPatientEnrolled: preChecks.remsPatientEnrolled,
    baselineReadingId: baseline?.id ?? null,
    baselineSoftStopAcknowledgedBy: preChecks.baselineSoftStopAcknowledgedBy,
    npoRule: {
      solidsFastingMin: input.npoRule.solidsFastingMin,
      liquidsFastingMin: input.npoRule.liquidsFastingMin,
      liquidsCovered: input.npoRule.liquidsCovered,
    },
  };
}

async function detailOf(s: Stores, session: LoadedSession, now: string, seq: number): Promise<SessionDetail> {
  const devices = await deviceReadingsOf(s, session.row, now);
  const correctedBy = new Map(
    session.readings.flatMap((r) => (r.correctsReadingId ? [[r.correctsReadingId, r.id]] : [])),
  );
  const cadence = cadenceOf(session, devices, now);
  const binding = session.row.chairName ? await s.monitors.activeBindingForChair(session.row.chairName) : undefined;
  const monitor = binding ? await s.monitors.findById(binding.monitorId) : undefined;
  return {
    session: summaryOf(session.row, session.patient, session.protocolName),
    dose: doseOf(session.row, session.journal, session.plan?.result ?? null, now),
    preChecks: await preChecksView(s, session),
    manualReadings: session.readings.map((r) => manualReadingView(session.row, r, correctedBy.get(r.id) ?? null)),
    deviceReadings: devices.map((d) => deviceReadingView(session.row, d)),
    journal: session.journal.map(journalView),
    alerts: session.alerts.map(alertView),
    thresholds: thresholdLines(),
    nextCheckDueAt: cadence?.nextCheckDueAt ?? null,
    monitorDeviceId: monitor?.deviceId ?? null,
    seq: String(seq),
  };
}

export async function getSessionDetail(deps: AppDeps, ctx: RequestContext, id: string): Promise<SessionDetail> {
  requireRole(ctx, clinicianRoles);
  const now = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    const seq = await s.treatmentSessions.latestSeq();
    const session = await loadSession(s, id);
    await s.audit.append(ctx, {
      action: 'session.read',
      recordType: 'treatment_session',
      recordId: id,
      patientId: session.row.patientId,
    });
    return detailOf(s, session, now, seq);
  });
}

export async function getStartReadiness(deps: AppDeps, ctx: RequestContext, id: string): Promise<StartReadinessView> {
  requireRole(ctx, clinicianRoles);
  const now = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    const session = await loadSession(s, id);
    const { input } = await gatherReadiness(s, session);
    const readiness = evaluateStartReadiness({
      ...input,
      protocolId: session.row.protocolId as TreatmentProtocolId,
      route: session.row.route,
      now,
    });
    await s.audit.append(ctx, {
      action: 'session.start-readiness',
      recordType: 'treatment_session',
      recordId: id,
      patientId: session.row.patientId,
    });
    return {
      ready: readiness.ready,
      unmet: readiness.unmet.map((u) => ({ id: u.id, rule: u.rule, message: u.message, values: { ...u.values } })),
    };
  });
}

async function boardEntry(s: Stores, session: LoadedSession, now: string): Promise<BoardEntry> {
  const since = new Date(Date.parse(now) - 30 * 60_000).toISOString();
  const recentDevices = await deviceReadingsOf(s, session.row, now, since);
  const allDevices =
    session.row.state === 'dosing' || session.row.state === 'recovery'
      ? await deviceReadingsOf(s, session.row, now)
      : recentDevices;
  const lastManual = session.readings.filter((r) => !session.readings.some((c) => c.correctsReadingId === r.id)).at(-1);
  const lastDevice = recentDevices.at(-1);
  const last =
    lastDevice && (!lastManual || lastDevice.reading.takenAt > lastManual.takenAt)
      ? deviceReadingView(session.row, lastDevice)
      : lastManual
        ? manualReadingView(session.row, lastManual)
        : null;
  const started = session.row.dosingStartedAt;
  const binding = session.row.chairName ? await s.monitors.activeBindingForChair(session.row.chairName) : undefined;
  return {
    session: summaryOf(session.row, session.patient, session.protocolName),
    elapsedMin: started === null ? null : Math.floor((Date.parse(now) - Date.parse(started)) / 60_000),
    dose: doseOf(session.row, session.journal, session.plan?.result ?? null, now),
    lastVitals: last,
    activeAlerts: openAlerts(session).map(alertView),
    nextCheckDueAt: cadenceOf(session, allDevices, now)?.nextCheckDueAt ?? null,
    monitorBound: binding !== undefined,
  };
}

export async function getBoard(deps: AppDeps, ctx: RequestContext): Promise<BoardResponse> {
  requireRole(ctx, clinicianRoles);
  const now = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    const seq = await s.treatmentSessions.latestSeq();
    const active = await s.treatmentSessions.listActive();
    const items: BoardEntry[] = [];
    for (const row of active) {
      items.push(await boardEntry(s, await loadSession(s, row.id), now));
    }
    for (const row of active) {
      await s.audit.append(ctx, {
        action: 'session.board.read',
        recordType: 'treatment_session',
        recordId: row.id,
        patientId: row.patientId,
      });
    }
    return { items, seq: String(seq), now };
  });
}

/** The patient's sessions, newest first, with the dose delivered; one audited read of the list. */
export async function getPatientSessions(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
): Promise<PatientSessionsResponse> {
  requireRole(ctx, clinicianRoles);
  const now = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    const patient = await s.patients.findById(patientId);
    if (!patient) {
      throw new NotFoundError('No patient with this id');
    }
    const items: PatientSessionsResponse['items'] = [];
    for (const row of await s.treatmentSessions.listForPatient(patientId)) {
      const session = await loadSession(s, row.id);
      items.push({
        session: summaryOf(session.row, session.patient, session.protocolName),
        dose: doseOf(session.row, session.journal, session.plan?.result ?? null, now),
      });
    }
    await s.audit.append(ctx, {
      action: 'session.patient-list.read',
      recordType: 'patient',
      recordId: patientId,
      patientId,
      changes: { sessions: items.length },
    });
    return { items };
  });
}
