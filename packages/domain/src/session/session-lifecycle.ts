/**
 * The treatment session as an explicit state machine:
 *
 *   scheduled → checked-in → pre-checks → dosing (infusing ⇄ paused) → recovery → discharged
 *
 * plus `aborted`, with a required reason, from any state before discharge. Every transition
 * returns a record of who, when and why. Starting dosing evaluates the start-readiness check and
 * discharge evaluates the discharge criteria inside the transition, so neither can be skipped.
 *
 * Abort from dosing or recovery ends the session record (e.g. transfer to emergency care); a
 * dose stopped early for a clinical reason should use `end-dosing` with a reason, so the patient
 * still passes through recovery and the discharge criteria.
 */
import { InvalidInputError, InvalidTransitionError, MissingInputError, RuleViolationError } from '../errors.js';
import { instantMs } from '../monitoring/iso-time.js';
import type { TreatmentProtocolId, TreatmentRoute } from '../monitoring/session-rule.js';
import { evaluateDischarge, type EvaluateDischargeInput } from '../recovery/discharge.js';
import { evaluateStartReadiness, type StartReadinessInput } from './start-readiness.js';

export const SessionState = {
  Scheduled: 'scheduled',
  CheckedIn: 'checked-in',
  PreChecks: 'pre-checks',
  Dosing: 'dosing',
  Recovery: 'recovery',
  Discharged: 'discharged',
  Aborted: 'aborted',
} as const;
export type SessionState = (typeof SessionState)[keyof typeof SessionState];

export const DosingSubState = { Infusing: 'infusing', Paused: 'paused' } as const;
export type DosingSubState = (typeof DosingSubState)[keyof typeof DosingSubState];

/** A position in the machine: a state, with the sub-state while dosing. */
export type SessionPosition =
  | { readonly state: Exclude<SessionState, 'dosing'>; readonly dosingSubState: null }
  | { readonly state: 'dosing'; readonly dosingSubState: DosingSubState };

export type TreatmentSession = SessionPosition & {
  readonly id: string;
  readonly protocolId: TreatmentProtocolId;
  readonly route: TreatmentRoute;
  /** First administration (esketamine: first device). */
  readonly dosingStartedAt: string | null;
  readonly dosingEndedAt: string | null;
  readonly abortReason: string | null;
  readonly lastTransitionAt: string | null;
};

export type SessionEvent =
  | { readonly type: 'check-in' }
  | { readonly type: 'begin-pre-checks' }
  | { readonly type: 'start-dosing'; readonly readiness: Omit<StartReadinessInput, 'protocolId' | 'route' | 'now'> }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'end-dosing' }
  | {
      readonly type: 'discharge';
      readonly discharge: Omit<EvaluateDischargeInput, 'route' | 'now' | 'dosingStartedAt' | 'dosingEndedAt'>;
      /** Esketamine: the first device's time, the anchor of the 120-min observation (required). */
      readonly firstDeviceAt?: string;
    }
  | { readonly type: 'abort' };
export type SessionEventType = SessionEvent['type'];

/** Position keys used by the transition table: the state, or `dosing:<sub-state>`. */
export type PositionKey = Exclude<SessionState, 'dosing'> | `dosing:${DosingSubState}`;

/** The legal transitions, as data: event → the positions it may leave from → where it goes. */
export const sessionTransitionTable: Readonly<
  Record<
    SessionEventType,
    { readonly from: readonly PositionKey[]; readonly to: PositionKey; readonly reasonRequired: boolean }
  >
> = {
  'check-in': { from: ['scheduled'], to: 'checked-in', reasonRequired: false },
  'begin-pre-checks': { from: ['checked-in'], to: 'pre-checks', reasonRequired: false },
  'start-dosing': { from: ['pre-checks'], to: 'dosing:infusing', reasonRequired: false },
  pause: { from: ['dosing:infusing'], to: 'dosing:paused', reasonRequired: true },
  resume: { from: ['dosing:paused'], to: 'dosing:infusing', reasonRequired: false },
  'end-dosing': { from: ['dosing:infusing', 'dosing:paused'], to: 'recovery', reasonRequired: false },
  discharge: { from: ['recovery'], to: 'discharged', reasonRequired: false },
  abort: {
    from: ['scheduled', 'checked-in', 'pre-checks', 'dosing:infusing', 'dosing:paused', 'recovery'],
    to: 'aborted',
    reasonRequired: true,
  },
};

export interface TransitionContext {
  readonly at: string;
  /** User id of the clinician recording the transition. */
  readonly by: string;
  readonly reason?: string;
}

export interface SessionTransitionRecord {
  readonly sessionId: string;
  readonly event: SessionEventType;
  readonly from: PositionKey;
  readonly to: PositionKey;
  readonly at: string;
  readonly by: string;
  readonly reason: string | null;
}

export interface TransitionResult {
  readonly session: TreatmentSession;
  readonly record: SessionTransitionRecord;
}

const routeOfProtocol: Readonly<Record<TreatmentProtocolId, TreatmentRoute>> = {
  'iv-depression': 'iv',
  'iv-pain': 'iv',
  'im-depression': 'im',
  'in-esketamine-trd': 'intranasal',
};

/** The position key of a session (`dosing:paused`, `recovery`). */
export function positionKey(position: SessionPosition): PositionKey {
  return position.state === 'dosing' ? `dosing:${position.dosingSubState}` : position.state;
}

function positionOf(key: PositionKey): SessionPosition {
  if (key === 'dosing:infusing') {
    return { state: 'dosing', dosingSubState: 'infusing' };
  }
  if (key === 'dosing:paused') {
    return { state: 'dosing', dosingSubState: 'paused' };
  }
  return { state: key, dosingSubState: null };
}

/**
 * A new session in `scheduled`. The route must be the protocol's route.
 * @param input - session id, protocol id and route
 */
export function newSession(input: {
  id: string;
  protocolId: TreatmentProtocolId;
  route: TreatmentRoute;
}): TreatmentSession {
  if (input.id.trim() === '') {
    throw MissingInputError.forField('id', 'A session needs an id');
  }
  if (routeOfProtocol[input.protocolId] !== input.route) {
    throw InvalidInputError.forField(
      'route',
      `Protocol ${input.protocolId} is given by ${routeOfProtocol[input.protocolId]}, not ${input.route}`,
    );
  }
  return {
    id: input.id,
    protocolId: input.protocolId,
    route: input.route,
    state: 'scheduled',
    dosingSubState: null,
    dosingStartedAt: null,
    dosingEndedAt: null,
    abortReason: null,
    lastTransitionAt: null,
  };
}

function checkContext(session: TreatmentSession, event: SessionEventType, ctx: TransitionContext): string | null {
  const atMs = instantMs(ctx.at, 'at');
  if (session.lastTransitionAt !== null && atMs < instantMs(session.lastTransitionAt, 'lastTransitionAt')) {
    throw InvalidInputError.forField(
      'at',
      `A transition cannot be recorded before the previous one (${session.lastTransitionAt})`,
    );
  }
  if (ctx.by.trim() === '') {
    throw MissingInputError.forField('by', 'Record who made the transition');
  }
  const reason = ctx.reason?.trim() ?? '';
  if (sessionTransitionTable[event].reasonRequired && reason === '') {
    throw MissingInputError.forField('reason', `A reason is required to ${event}`);
  }
  return reason === '' ? null : reason;
}

function requireTime(value: string | null | undefined, field: string): string {
  if (value === null || value === undefined) {
    throw MissingInputError.forField(field, `${field} is needed to evaluate discharge`);
  }
  return value;
}

/** The clinical gates inside a transition: readiness to start, readiness for discharge. */
function checkGates(session: TreatmentSession, event: SessionEvent, at: string): void {
  if (event.type === 'start-dosing') {
    const readiness = evaluateStartReadiness({
      ...event.readiness,
      protocolId: session.protocolId,
      route: session.route,
      now: at,
    });
    if (!readiness.ready) {
      throw new RuleViolationError(`Dosing cannot start: ${readiness.unmet.length} requirement(s) not met`, {
        findings: readiness.unmet,
      });
    }
  }
  if (event.type === 'discharge') {
    const started = requireTime(session.dosingStartedAt, 'dosingStartedAt');
    const firstDeviceAt = session.route === 'intranasal' ? requireTime(event.firstDeviceAt, 'firstDeviceAt') : started;
    if (instantMs(firstDeviceAt, 'firstDeviceAt') < instantMs(started, 'dosingStartedAt')) {
      throw InvalidInputError.forField('firstDeviceAt', 'The first device cannot precede the start of dosing');
    }
    const evaluation = evaluateDischarge({
      ...event.discharge,
      route: session.route,
      now: at,
      dosingStartedAt: firstDeviceAt,
      dosingEndedAt: requireTime(session.dosingEndedAt, 'dosingEndedAt'),
    });
    if (!evaluation.ready) {
      throw new RuleViolationError(`Discharge criteria not met: ${evaluation.unmet.length} open`, {
        findings: evaluation.unmet,
      });
    }
  }
}

/**
 * Applies an event to a session. Returns the new session and the transition record; throws
 * InvalidTransitionError for a move the table does not allow, MissingInputError for a missing
 * reason or author, and RuleViolationError (with the unmet requirements as findings) when the
 * start-readiness or discharge check fails.
 * @param session - the session as it is
 * @param event - what happened (start-dosing and discharge carry the data their gate needs)
 * @param ctx - when, by whom, and why
 */
export function transition(session: TreatmentSession, event: SessionEvent, ctx: TransitionContext): TransitionResult {
  const rule = sessionTransitionTable[event.type];
  const from = positionKey(session);
  if (!rule.from.includes(from)) {
    throw new InvalidTransitionError(`Cannot ${event.type} a session that is ${from}`, {
      expected: rule.from,
      actual: from,
    });
  }
  const reason = checkContext(session, event.type, ctx);
  checkGates(session, event, ctx.at);
  const next: TreatmentSession = {
    id: session.id,
    protocolId: session.protocolId,
    route: session.route,
    ...positionOf(rule.to),
    dosingStartedAt: event.type === 'start-dosing' ? ctx.at : session.dosingStartedAt,
    dosingEndedAt: event.type === 'end-dosing' ? ctx.at : session.dosingEndedAt,
    abortReason: event.type === 'abort' ? reason : null,
    lastTransitionAt: ctx.at,
  };
  return {
    session: next,
    record: { sessionId: session.id, event: event.type, from, to: rule.to, at: ctx.at, by: ctx.by.trim(), reason },
  };
}
