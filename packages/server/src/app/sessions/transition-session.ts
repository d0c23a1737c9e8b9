/**
 * Moves a session through its state machine (the domain's `transition`): every move is a
 * journal entry with who, when and why; starting runs the start-readiness check. For IV, pause,
 * resume and end of dosing are also pump events, so the dose delivered follows the state.
 */
import type { TransitionBody } from './session-types.js';
import {
  MissingInputError,
  StaleVersionError,
  transition,
  type SessionEvent,
  type TreatmentProtocolId,
  type TreatmentSession,
} from '@chairside/domain';
import type { AppDeps, RequestContext } from '../ports.js';
import type { SessionChanges } from './session-ports.js';
import {
  addJournal,
  auditSession,
  loadSession,
  pushSession,
  runSessionWrite,
  type LoadedSession,
  type SessionWrite,
} from './session-record.js';
import { gatherReadiness } from './start-readiness-input.js';

export type TransitionEvent = TransitionBody['event'];

export function domainSession(session: LoadedSession): TreatmentSession {
  const r = session.row;
  const base = {
    id: r.id,
    protocolId: r.protocolId as TreatmentProtocolId,
    route: r.route,
    dosingStartedAt: r.dosingStartedAt,
    dosingEndedAt: r.dosingEndedAt,
    abortReason: r.abortReason,
    lastTransitionAt: r.lastTransitionAt,
  };
  return r.state === 'dosing'
    ? { ...base, state: 'dosing', dosingSubState: r.dosingSubState ?? 'infusing' }
    : { ...base, state: r.state, dosingSubState: null };
}

/** Saves the new position on the row, with the version check. */
export async function saveRow(w: SessionWrite, session: LoadedSession, changes: SessionChanges): Promise<void> {
  if (!(await w.s.treatmentSessions.update(session.row.id, session.row.version, changes))) {
    throw new StaleVersionError('The session was changed meanwhile; reload it');
  }
  session.row = { ...session.row, ...changes, version: session.row.version + 1 };
}

const pumpEvent: Partial<Record<TransitionEvent, 'pause' | 'resume' | 'stop'>> = {
  pause: 'pause',
  resume: 'resume',
  'end-dosing': 'stop',
};

/**
 * Applies one transition inside a session write.
 * @param input - the event, its reason, and for an IV start the first pump rate
 */
export async function applyTransition(
  w: SessionWrite,
  session: LoadedSession,
  input: { event: TransitionEvent; reason?: string | undefined; initialRateMlPerHour?: number | undefined },
): Promise<void> {
  const at = w.now;
  let event: SessionEvent;
  let baselineId: string | null = null;
  if (input.event === 'start-dosing') {
    if (session.row.route === 'iv' && input.initialRateMlPerHour === undefined) {
      throw MissingInputError.forField('initialRateMlPerHour', 'An IV start needs the pump’s first rate (mL/h)');
    }
    const gathered = await gatherReadiness(w.s, session);
    baselineId = gathered.baseline?.id ?? null;
    event = { type: 'start-dosing', readiness: gathered.input };
  } else {
    event = { type: input.event };
  }
  const result = transition(domainSession(session), event, {
    at,
    by: w.actor?.username ?? 'system',
    ...(input.reason === undefined ? {} : { reason: input.reason }),
  });
  const next = result.session;
  const ended = next.state === 'aborted' || next.state === 'discharged';
  await saveRow(w, session, {
    state: next.state,
    dosingSubState: next.dosingSubState,
    dosingStartedAt: next.dosingStartedAt,
    dosingEndedAt: next.dosingEndedAt,
    abortReason: next.abortReason,
    lastTransitionAt: at,
    ...(input.event === 'check-in' ? { checkedInAt: at } : {}),
    ...(ended ? { endedAt: at } : {}),
    ...(baselineId !== null ? { baselineReadingId: baselineId } : {}),
  });
  const record = result.record;
  await addJournal(w, session, {
    kind: 'transition',
    at,
    summary: `${record.from} → ${record.to}${record.reason ? `: ${record.reason}` : ''}`,
    data: { event: record.event, from: record.from, to: record.to, reason: record.reason },
  });
  if (session.row.route === 'iv') {
    const pump = pumpEvent[input.event];
    if (input.event === 'start-dosing' && input.initialRateMlPerHour !== undefined) {
      await addJournal(w, session, {
        kind: 'titration',
        at,
        summary: `Pump started at ${input.initialRateMlPerHour} mL/h`,
        data: { kind: 'rate', rateMlPerHour: input.initialRateMlPerHour, reason: 'start of dosing' },
      });
    } else if (pump !== undefined) {
      await addJournal(w, session, {
        kind: 'titration',
        at,
        summary: `Pump ${pump === 'stop' ? 'stopped' : pump === 'pause' ? 'paused' : 'resumed'}`,
        data: { kind: pump, reason: input.reason ?? null },
      });
    }
  }
  pushSession(w, session);
  await auditSession(w, session, `session.${input.event}`, { from: record.from, to: record.to, reason: record.reason });
}

export async function transitionSession(
  deps: AppDeps,
  ctx: RequestContext,
  sessionId: string,
  body: TransitionBody,
): Promise<void> {
  await runSessionWrite(deps, ctx, async (w) => {
    const session = await loadSession(w.s, sessionId, true);
    await applyTransition(w, session, body);
  });
}
