import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidTransitionError, MissingInputError, RuleViolationError } from '../errors.js';
import { atMin, vitals } from '../monitoring/test-readings.js';
import { defaultDischargeCriteria } from '../recovery/discharge-criteria.js';
import {
  newSession,
  positionKey,
  sessionTransitionTable,
  transition,
  type PositionKey,
  type SessionEvent,
  type TreatmentSession,
} from './session-lifecycle.js';
import { readyPreChecks, readyReadiness } from './test-session-fixtures.js';

const { protocolId: _p, route: _r, now: _n, ...readiness } = readyReadiness;
const startDosing: SessionEvent = { type: 'start-dosing', readiness };
const dischargeData = {
  baselineVitals: vitals({ takenAt: atMin(-5) }),
  latestVitals: vitals({ takenAt: atMin(75) }),
  aldrete: { total: 10, takenAt: atMin(75) },
  escort: { name: 'Sam Carter', phone: '+1 555 0100' },
  noDrivingAcknowledgedAt: atMin(70),
  unresolvedAlerts: [],
  criteria: defaultDischargeCriteria,
};
const discharge: SessionEvent = { type: 'discharge', discharge: dischargeData };

const by = 'nurse-kim';

/** Runs events at the given minutes from a fresh IV session. */
function run(
  steps: readonly [SessionEvent, number, string?][],
  start = newSession({ id: 's-1', protocolId: 'iv-depression', route: 'iv' }),
) {
  let session: TreatmentSession = start;
  const records = [];
  for (const [event, minute, reason] of steps) {
    const result = transition(
      session,
      event,
      reason === undefined ? { at: atMin(minute), by } : { at: atMin(minute), by, reason },
    );
    session = result.session;
    records.push(result.record);
  }
  return { session, records };
}

const toDosing: [SessionEvent, number][] = [
  [{ type: 'check-in' }, -30],
  [{ type: 'begin-pre-checks' }, -20],
  [startDosing, 0],
];

describe('session lifecycle: the happy path', () => {
  it('goes scheduled → checked-in → pre-checks → dosing → paused → dosing → recovery → discharged', () => {
    const { session, records } = run([
      ...toDosing,
      [{ type: 'pause' }, 15, 'SBP 185: paused per protocol'],
      [{ type: 'resume' }, 22],
      [{ type: 'end-dosing' }, 47],
      [discharge, 80],
    ]);
    expect(records.map((r) => `${r.from}→${r.to}`)).toEqual([
      'scheduled→checked-in',
      'checked-in→pre-checks',
      'pre-checks→dosing:infusing',
      'dosing:infusing→dosing:paused',
      'dosing:paused→dosing:infusing',
      'dosing:infusing→recovery',
      'recovery→discharged',
    ]);
    expect(records[3]).toEqual({
      sessionId: 's-1',
      event: 'pause',
      from: 'dosing:infusing',
      to: 'dosing:paused',
      at: atMin(15),
      by,
      reason: 'SBP 185: paused per protocol',
    });
    expect(session).toMatchObject({
      state: 'discharged',
      dosingSubState: null,
      dosingStartedAt: atMin(0),
      dosingEndedAt: atMin(47),
    });
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });
});

describe('session lifecycle: illegal transitions', () => {
  const positions: Record<PositionKey, readonly [SessionEvent, number, string?][]> = {
    scheduled: [],
    'checked-in': [[{ type: 'check-in' }, -30]],
    'pre-checks': toDosing.slice(0, 2),
    'dosing:infusing': toDosing,
    'dosing:paused': [...toDosing, [{ type: 'pause' }, 5, 'nausea']],
    recovery: [...toDosing, [{ type: 'end-dosing' }, 40]],
    discharged: [...toDosing, [{ type: 'end-dosing' }, 40], [discharge, 80]],
    aborted: [[{ type: 'abort' }, -30, 'patient unwell, rescheduled']],
  };
  const events: Record<SessionEvent['type'], SessionEvent> = {
    'check-in': { type: 'check-in' },
    'begin-pre-checks': { type: 'begin-pre-checks' },
    'start-dosing': startDosing,
    pause: { type: 'pause' },
    resume: { type: 'resume' },
    'end-dosing': { type: 'end-dosing' },
    discharge,
    abort: { type: 'abort' },
  };
  const cases = Object.entries(positions).flatMap(([position, path]) =>
    Object.values(events).map((event) => [position as PositionKey, event.type, path, event] as const),
  );

  it.each(cases)('from %s, %s is allowed only if the table says so', (position, type, path, event) => {
    const { session } = run(path);
    expect(positionKey(session)).toBe(position);
    const attempt = () => transition(session, event, { at: atMin(100), by, reason: 'a reason' });
    if (sessionTransitionTable[type].from.includes(position)) {
      expect(attempt).not.toThrow(InvalidTransitionError);
    } else {
      expect(attempt).toThrow(InvalidTransitionError);
    }
  });
});

describe('session lifecycle: who, when, why', () => {
  it('requires a reason to abort and to pause', () => {
    const { session } = run(toDosing);
    expect(() => transition(session, { type: 'pause' }, { at: atMin(5), by })).toThrow(MissingInputError);
    expect(() => transition(session, { type: 'abort' }, { at: atMin(5), by, reason: '  ' })).toThrow(MissingInputError);
    const aborted = transition(session, { type: 'abort' }, { at: atMin(5), by, reason: 'transferred to ED' });
    expect(aborted.session).toMatchObject({ state: 'aborted', abortReason: 'transferred to ED' });
    expect(aborted.record.reason).toBe('transferred to ED');
  });

  it('requires who recorded it', () => {
    const session = newSession({ id: 's-2', protocolId: 'iv-pain', route: 'iv' });
    expect(() => transition(session, { type: 'check-in' }, { at: atMin(0), by: '' })).toThrow(MissingInputError);
  });

  it('refuses a transition recorded before the previous one', () => {
    const { session } = run([[{ type: 'check-in' }, 0]]);
    expect(() => transition(session, { type: 'begin-pre-checks' }, { at: atMin(-1), by })).toThrow(InvalidInputError);
    expect(() => transition(session, { type: 'begin-pre-checks' }, { at: atMin(0), by })).not.toThrow();
  });

  it('refuses a protocol on the wrong route', () => {
    expect(() => newSession({ id: 's-3', protocolId: 'in-esketamine-trd', route: 'iv' })).toThrow(InvalidInputError);
    expect(newSession({ id: 's-3', protocolId: 'in-esketamine-trd', route: 'intranasal' }).state).toBe('scheduled');
  });
});

describe('session lifecycle: clinical gates', () => {
  it('will not start dosing until the start-readiness check passes, and says why', () => {
    const { session } = run(toDosing.slice(0, 2));
    const notReady: SessionEvent = {
      type: 'start-dosing',
      readiness: { ...readiness, preChecks: { ...readyPreChecks, escort: null, identityConfirmed: false } },
    };
    try {
      transition(session, notReady, { at: atMin(0), by });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleViolationError);
      const findings = (error as RuleViolationError).details.findings as { id: string }[];
      expect(findings.map((f) => f.id)).toEqual(['session.start.identity-confirmed', 'session.start.escort']);
    }
  });

  it('evaluates fasting at the time of the transition', () => {
    const { session } = run(toDosing.slice(0, 2));
    const fasting = { ...readiness, preChecks: { ...readyPreChecks, lastSolidsAt: atMin(-350) } };
    expect(() => transition(session, { type: 'start-dosing', readiness: fasting }, { at: atMin(0), by })).toThrow(
      RuleViolationError,
    );
    expect(transition(session, { type: 'start-dosing', readiness: fasting }, { at: atMin(10), by }).session.state).toBe(
      'dosing',
    );
  });

  it('will not discharge before the criteria are met', () => {
    const { session } = run([...toDosing, [{ type: 'end-dosing' }, 40]]);
    const early: SessionEvent = {
      type: 'discharge',
      discharge: {
        ...dischargeData,
        latestVitals: vitals({ takenAt: atMin(65) }),
        aldrete: { total: 10, takenAt: atMin(65) },
        noDrivingAcknowledgedAt: atMin(60),
      },
    };
    expect(() => transition(session, early, { at: atMin(69), by })).toThrow(RuleViolationError);
    expect(transition(session, early, { at: atMin(70), by }).session.state).toBe('discharged');
    expect(transition(session, discharge, { at: atMin(80), by }).session.state).toBe('discharged');
  });

  it('esketamine: discharge counts 120 min from the first device, which it requires', () => {
    const start = newSession({ id: 's-4', protocolId: 'in-esketamine-trd', route: 'intranasal' });
    const eskReadiness = {
      ...readiness,
      screening: { ...readiness.screening!, protocolId: 'in-esketamine-trd' as const },
      preChecks: { ...readyPreChecks, remsPatientEnrolled: true },
    };
    const { session } = run(
      [
        [{ type: 'check-in' }, -30],
        [{ type: 'begin-pre-checks' }, -20],
        [{ type: 'start-dosing', readiness: eskReadiness }, 0],
        [{ type: 'end-dosing' }, 12],
      ],
      start,
    );
    const late = {
      ...dischargeData,
      latestVitals: vitals({ takenAt: atMin(118) }),
      aldrete: { total: 10, takenAt: atMin(118) },
    };
    expect(() => transition(session, { type: 'discharge', discharge: late }, { at: atMin(121), by })).toThrow(
      MissingInputError,
    );
    expect(() =>
      transition(session, { type: 'discharge', discharge: late, firstDeviceAt: atMin(2) }, { at: atMin(121), by }),
    ).toThrow(RuleViolationError);
    expect(
      transition(session, { type: 'discharge', discharge: late, firstDeviceAt: atMin(2) }, { at: atMin(122), by })
        .session.state,
    ).toBe('discharged');
    expect(() =>
      transition(session, { type: 'discharge', discharge: late, firstDeviceAt: atMin(-1) }, { at: atMin(122), by }),
    ).toThrow(InvalidInputError);
  });
});
