/**
 * Chairside entries: pre-checks, sedation checks, titration, observations, adverse events,
 * rescue/adjunct medications and esketamine devices. Each is one journal entry (append-only).
 */
import type {
  PreChecksBody,
  RecordAdverseEventBody,
  RecordDeviceBody,
  RecordMedicationBody,
  RecordObservationBody,
  RecordSedationCheckBody,
  RecordTitrationBody,
} from './session-types.js';
import {
  ESKETAMINE_DEVICE_MG,
  evaluateDeviceAdministrations,
  ForbiddenError,
  InvalidInputError,
  InvalidTransitionError,
  MissingInputError,
  RuleViolationError,
  scoreCadss6,
  validateSedationCheck,
  type SedationCheck,
} from '@chairside/domain';
import type { AppDeps, RequestContext } from '../ports.js';
import { evaluateNewReading, recentReadings } from './session-alerts.js';
import {
  addJournal,
  auditSession,
  deviceReadingsOf,
  loadSession,
  runSessionWrite,
  type LoadedSession,
  type SessionWrite,
} from './session-record.js';
import { applyTransition } from './transition-session.js';

const CLOCK_SKEW_MS = 2 * 60_000;

/** A clinical time may not be in the future (a small clock skew allowed) nor before the session. */
export function checkAt(w: SessionWrite, session: LoadedSession, at: string, field = 'at'): void {
  const ms = Date.parse(at);
  if (ms > Date.parse(w.now) + CLOCK_SKEW_MS) {
    throw InvalidInputError.forField(field, 'This time is in the future');
  }
  if (ms < Date.parse(session.row.createdAt) - 24 * 3_600_000) {
    throw InvalidInputError.forField(field, 'This time is before the session');
  }
}

export function requireStates(session: LoadedSession, states: readonly string[], what: string): void {
  if (!states.includes(session.row.state)) {
    throw new InvalidTransitionError(`Cannot record ${what} in a session that is ${session.row.state}`, {
      expected: states,
      actual: session.row.state,
    });
  }
}

const active = ['checked-in', 'pre-checks', 'dosing', 'recovery'];

/** Runs one entry write on a locked, loaded session. */
export function withSession<T>(
  deps: AppDeps,
  ctx: RequestContext,
  sessionId: string,
  work: (w: SessionWrite, session: LoadedSession) => Promise<T>,
): Promise<T> {
  return runSessionWrite(deps, ctx, async (w) => work(w, await loadSession(w.s, sessionId, true)));
}

/** How each pre-check item reads on the session's timeline. */
const preCheckLabels: Readonly<Record<keyof PreChecksBody, string>> = {
  identityConfirmed: 'identity confirmed',
  lastSolidsAt: 'last solids',
  lastLiquidsAt: 'last clear liquids',
  escortName: 'escort name',
  escortPhone: 'escort phone',
  medicationHolds: 'medication holds',
  pregnancyTest: 'pregnancy test',
  remsPatientEnrolled: 'REMS enrolment',
  baselineSoftStopAcknowledged: 'baseline soft-stop acknowledged by the physician',
};

export function recordPreChecks(deps: AppDeps, ctx: RequestContext, id: string, body: PreChecksBody): Promise<void> {
  return withSession(deps, ctx, id, async (w, session) => {
    requireStates(session, ['checked-in', 'pre-checks'], 'pre-checks');
    if (body.baselineSoftStopAcknowledged && w.actor?.role !== 'physician') {
      throw new ForbiddenError('Only a physician (the prescriber) acknowledges a pre-start soft-stop');
    }
    for (const [field, at] of [
      ['lastSolidsAt', body.lastSolidsAt],
      ['lastLiquidsAt', body.lastLiquidsAt],
    ] as const) {
      if (at !== undefined && Date.parse(at) > Date.parse(w.now) + CLOCK_SKEW_MS) {
        throw InvalidInputError.forField(field, 'This time is in the future');
      }
    }
    const items = (Object.keys(body) as (keyof PreChecksBody)[]).filter((item) => body[item] !== undefined);
    if (items.length === 0) {
      throw new MissingInputError('Record at least one pre-check item');
    }
    await addJournal(w, session, {
      kind: 'pre-check',
      at: w.now,
      summary: `Pre-checks: ${items.map((item) => preCheckLabels[item]).join(', ')}`,
      data: { ...body },
    });
    await auditSession(w, session, 'session.pre-checks', { items });
  });
}

export function recordSedationCheck(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  body: RecordSedationCheckBody,
): Promise<void> {
  return withSession(deps, ctx, id, async (w, session) => {
    requireStates(session, active, 'a sedation check');
    checkAt(w, session, body.takenAt, 'takenAt');
    const check: SedationCheck = {
      kind: 'sedation',
      takenAt: body.takenAt,
      moaasScore: body.moaasScore,
      ...(body.cadss6 ? { cadss6: body.cadss6 } : {}),
    };
    validateSedationCheck(check);
    const cadss6Total = body.cadss6 ? scoreCadss6(body.cadss6) : null;
    const devices = await deviceReadingsOf(
      w.s,
      session.row,
      w.now,
      new Date(Date.parse(body.takenAt) - 30 * 60_000).toISOString(),
    );
    const recent = recentReadings(session, devices, body.takenAt);
    const entry = await addJournal(w, session, {
      kind: 'sedation-check',
      at: body.takenAt,
      summary: `MOAA/S ${body.moaasScore}${cadss6Total === null ? '' : `, CADSS-6 ${cadss6Total}`}`,
      data: { moaasScore: body.moaasScore, cadss6: body.cadss6 ?? null, cadss6Total },
    });
    await evaluateNewReading(w, session, check, { id: entry.id, source: 'manual' }, recent);
    await auditSession(w, session, 'session.sedation-check', { moaasScore: body.moaasScore, cadss6Total });
  });
}

const titrationTransition = { pause: 'pause', resume: 'resume', stop: 'end-dosing' } as const;

export function recordTitration(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  body: RecordTitrationBody,
): Promise<void> {
  return withSession(deps, ctx, id, async (w, session) => {
    requireStates(session, ['dosing'], 'titration');
    checkAt(w, session, body.at);
    if (body.kind === 'pause' || body.kind === 'resume' || body.kind === 'stop') {
      if (body.kind !== 'resume' && body.reason === undefined) {
        throw MissingInputError.forField('reason', `A reason is required to ${body.kind}`);
      }
      await applyTransition(w, session, { event: titrationTransition[body.kind], reason: body.reason });
      return;
    }
    if (session.row.route !== 'iv') {
      throw InvalidInputError.forField('kind', 'Rate changes and boluses are for IV sessions');
    }
    if (body.kind === 'rate' && (body.rateMlPerHour === undefined || body.reason === undefined)) {
      throw new MissingInputError('A rate change needs the new rate and a reason', {
        fields: [
          ...(body.rateMlPerHour === undefined
            ? [{ field: 'rateMlPerHour', message: 'Give the new rate (mL/h)' }]
            : []),
          ...(body.reason === undefined ? [{ field: 'reason', message: 'Say why the rate changes' }] : []),
        ],
      });
    }
    if (body.kind === 'bolus' && body.volumeMl === undefined) {
      throw MissingInputError.forField('volumeMl', 'Give the bolus volume (mL)');
    }
    const last = session.journal.filter((e) => e.kind === 'titration').at(-1);
    if (last && body.at < last.at) {
      throw InvalidInputError.forField('at', 'A pump event cannot precede the previous one');
    }
    await addJournal(w, session, {
      kind: 'titration',
      at: body.at,
      summary:
        body.kind === 'rate'
          ? `Rate ${body.rateMlPerHour} mL/h: ${body.reason}`
          : `Bolus ${body.volumeMl} mL${body.reason ? `: ${body.reason}` : ''}`,
      data: {
        kind: body.kind,
        rateMlPerHour: body.rateMlPerHour ?? null,
        volumeMl: body.volumeMl ?? null,
        reason: body.reason ?? null,
      },
    });
    await auditSession(w, session, 'session.titration', { ...body });
  });
}

export function recordObservation(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  body: RecordObservationBody,
): Promise<void> {
  return withSession(deps, ctx, id, async (w, session) => {
    requireStates(session, active, 'an observation');
    checkAt(w, session, body.at);
    await addJournal(w, session, { kind: 'observation', at: body.at, summary: body.note, data: { note: body.note } });
    await auditSession(w, session, 'session.observation', {});
  });
}

export function recordAdverseEvent(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  body: RecordAdverseEventBody,
): Promise<void> {
  return withSession(deps, ctx, id, async (w, session) => {
    requireStates(session, active, 'an adverse event');
    checkAt(w, session, body.at);
    if (body.kind === 'other' && body.description === undefined) {
      throw MissingInputError.forField('description', 'Describe the adverse event');
    }
    await addJournal(w, session, {
      kind: 'adverse-event',
      at: body.at,
      summary: `Adverse event: ${body.kind} (${body.severity})${body.description ? ` — ${body.description}` : ''}`,
      data: { kind: body.kind, severity: body.severity, description: body.description ?? null },
    });
    await auditSession(w, session, 'session.adverse-event', { kind: body.kind, severity: body.severity });
  });
}

export function recordMedication(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  body: RecordMedicationBody,
): Promise<void> {
  return withSession(deps, ctx, id, async (w, session) => {
    requireStates(session, active, 'a medication');
    checkAt(w, session, body.at);
    const item = await w.s.treatmentSessions.findFormularyItem(body.formularyItemId);
    if (!item?.active) {
      throw InvalidInputError.forField('formularyItemId', 'Not an active item of the formulary');
    }
    if (!item.routes.includes(body.route)) {
      throw InvalidInputError.forField('route', `${item.drug} is given by ${item.routes.join(', ')}`);
    }
    if (item.maxDose !== null && body.dose > item.maxDose) {
      throw InvalidInputError.forField('dose', `Above the formulary's maximum of ${item.maxDose} ${item.doseUnit}`);
    }
    await addJournal(w, session, {
      kind: 'medication',
      at: body.at,
      summary: `${item.drug} ${body.dose} ${item.doseUnit} ${body.route}${body.reason ? ` — ${body.reason}` : ''}`,
      data: {
        formularyItemId: item.id,
        drug: item.drug,
        dose: body.dose,
        doseUnit: item.doseUnit,
        route: body.route,
        reason: body.reason ?? null,
      },
    });
    await auditSession(w, session, 'session.medication', { drug: item.drug, dose: body.dose, route: body.route });
  });
}

export function recordDevice(deps: AppDeps, ctx: RequestContext, id: string, body: RecordDeviceBody): Promise<void> {
  return withSession(deps, ctx, id, async (w, session) => {
    if (session.row.route !== 'intranasal') {
      throw InvalidInputError.forField('lotNumber', 'Devices are recorded for esketamine sessions only');
    }
    requireStates(session, ['dosing'], 'a device');
    checkAt(w, session, body.at);
    const planned = session.plan?.result.amounts;
    if (planned?.mode !== 'fixed-mg-devices') {
      throw new RuleViolationError('The session has no esketamine dose plan');
    }
    const previous = session.journal
      .filter((e) => e.kind === 'esketamine-device')
      .map((e) => ({ administeredAt: e.at, doseMg: ESKETAMINE_DEVICE_MG, lotNumber: String(e.data['lotNumber']) }));
    const evaluation = evaluateDeviceAdministrations({
      plannedDoseMg: planned.doseMg,
      administrations: [
        ...previous,
        { administeredAt: body.at, doseMg: ESKETAMINE_DEVICE_MG, lotNumber: body.lotNumber },
      ],
      complete: false,
    });
    const hard = evaluation.findings.filter((f) => f.severity === 'hard-stop');
    if (hard.length > 0) {
      throw new RuleViolationError(hard.map((f) => f.message).join('; '), { findings: hard });
    }
    await addJournal(w, session, {
      kind: 'esketamine-device',
      at: body.at,
      summary: `Device ${evaluation.devicesGiven} of ${evaluation.devicesPlanned} (${ESKETAMINE_DEVICE_MG} mg), lot ${body.lotNumber}`,
      data: {
        lotNumber: body.lotNumber,
        doseMg: ESKETAMINE_DEVICE_MG,
        findings: evaluation.findings,
        nextDeviceNotBefore: evaluation.nextDeviceNotBefore,
      },
    });
    await auditSession(w, session, 'session.esketamine-device', { lotNumber: body.lotNumber });
  });
}
