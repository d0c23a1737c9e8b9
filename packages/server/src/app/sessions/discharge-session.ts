/**
 * The discharge gate (DEFAULTS.md §5): every criterion met, or a physician's documented
 * override, never over an unresolved hard-stop alert.
 */
import type { DischargeBody, DischargeReadinessView } from './session-types.js';
import {
  defaultDischargeCriteria,
  evaluateDischarge,
  ForbiddenError,
  MissingInputError,
  RuleViolationError,
  sessionTransitionTable,
  transition,
  type DischargeEvaluation,
  type EvaluateDischargeInput,
  type VitalReading,
} from '@chairside/domain';
import type { AppDeps, RequestContext, Stores } from '../ports.js';
import { requireStates, withSession } from './record-entries.js';
import { openAlerts } from './session-alerts.js';
import { deviceVital, effectiveManualReadings, firstDeviceAt, manualVital, preChecksOf } from './session-derive.js';
import {
  addJournal,
  auditSession,
  deviceReadingsOf,
  loadSession,
  pushSession,
  type LoadedSession,
} from './session-record.js';
import { baselineReadingOf } from './start-readiness-input.js';
import { domainSession, saveRow } from './transition-session.js';
import { requireRole } from '../context.js';
import { clinicianRoles } from './session-record.js';

type GateInput = Omit<EvaluateDischargeInput, 'route' | 'now' | 'dosingStartedAt' | 'dosingEndedAt'>;

async function gateInput(
  s: Stores,
  session: LoadedSession,
  now: string,
  acknowledgedAt: string | null,
): Promise<GateInput> {
  const baseline = baselineReadingOf(session);
  if (baseline === null) {
    throw new MissingInputError('The session has no baseline vitals');
  }
  const devices = await deviceReadingsOf(s, session.row, now);
  const vitals: VitalReading[] = [
    ...effectiveManualReadings(session.readings).map(manualVital),
    ...devices.flatMap((d) => {
      const v = deviceVital(d);
      return v === null ? [] : [v];
    }),
  ].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const aldrete = session.journal.filter((e) => e.kind === 'recovery-check').at(-1);
  const pre = preChecksOf(session.journal);
  return {
    baselineVitals: manualVital(baseline),
    latestVitals: vitals.at(-1) ?? null,
    aldrete: aldrete ? { total: Number(aldrete.data['total']), takenAt: aldrete.at } : null,
    escort:
      pre.escortName !== null && pre.escortPhone !== null ? { name: pre.escortName, phone: pre.escortPhone } : null,
    noDrivingAcknowledgedAt: acknowledgedAt,
    unresolvedAlerts: openAlerts(session).map((a) => ({
      rule: a.rule,
      severity: a.severity,
      message: a.message,
      observedAt: a.observedAt,
    })),
    criteria: defaultDischargeCriteria,
  };
}

function evaluate(session: LoadedSession, input: GateInput, now: string): DischargeEvaluation {
  const r = session.row;
  const started = r.route === 'intranasal' ? (firstDeviceAt(session.journal) ?? r.dosingStartedAt) : r.dosingStartedAt;
  if (started === null || r.dosingEndedAt === null) {
    throw new MissingInputError('Dosing has not started and ended');
  }
  return evaluateDischarge({ ...input, route: r.route, now, dosingStartedAt: started, dosingEndedAt: r.dosingEndedAt });
}

const criterionKeys = ['aldrete', 'vitals', 'freshness', 'observation', 'escort', 'noDriving', 'alerts'] as const;

function criteriaView(
  evaluation: DischargeEvaluation,
  acknowledgementPending: boolean,
): DischargeReadinessView['criteria'] {
  return criterionKeys.map((key) => {
    const c = defaultDischargeCriteria[key];
    const ref = `${c.id}@${c.version}`;
    const unmet = evaluation.unmet.find((u) => u.criterion === ref);
    const pending = key === 'noDriving' && acknowledgementPending;
    return {
      criterion: ref,
      summary: c.summary,
      met: unmet === undefined && !pending,
      message: pending ? 'The patient acknowledges at discharge: no driving until tomorrow' : (unmet?.message ?? null),
    };
  });
}

/** Where the session stands against the gate; the no-driving acknowledgement is given with the discharge. */
export async function dischargeReadiness(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
): Promise<DischargeReadinessView> {
  requireRole(ctx, clinicianRoles);
  const now = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    const session = await loadSession(s, id);
    await s.audit.append(ctx, {
      action: 'session.discharge-readiness',
      recordType: 'treatment_session',
      recordId: id,
      patientId: session.row.patientId,
    });
    if (session.row.state !== 'recovery') {
      return { ready: false, criteria: [], earliestAt: null, blockedByHardStop: false };
    }
    const evaluation = evaluate(session, await gateInput(s, session, now, now), now);
    const criteria = criteriaView(evaluation, true);
    return {
      ready: criteria.every((c) => c.met || c.criterion.startsWith(defaultDischargeCriteria.noDriving.id)),
      criteria,
      earliestAt: evaluation.earliestAt,
      blockedByHardStop: openAlerts(session).some((a) => a.severity === 'hard-stop'),
    };
  });
}

export function dischargeSession(deps: AppDeps, ctx: RequestContext, id: string, body: DischargeBody): Promise<void> {
  return withSession(deps, ctx, id, async (w, session) => {
    requireStates(session, ['recovery'], 'a discharge');
    const input = await gateInput(w.s, session, w.now, body.noDrivingAcknowledged ? w.now : null);
    const evaluation = evaluate(session, input, w.now);
    const by = w.actor?.username ?? 'system';
    let override: string | null = null;
    if (evaluation.ready) {
      const started = session.row.route === 'intranasal' ? firstDeviceAt(session.journal) : null;
      transition(
        domainSession(session),
        { type: 'discharge', discharge: input, ...(started ? { firstDeviceAt: started } : {}) },
        { at: w.now, by },
      );
    } else {
      if (body.overrideReason === undefined) {
        throw new RuleViolationError(`Discharge criteria not met: ${evaluation.unmet.length} open`, {
          findings: evaluation.unmet,
        });
      }
      if (w.actor?.role !== 'physician') {
        throw new ForbiddenError('Only a physician may discharge against a criterion');
      }
      const hardStops = openAlerts(session).filter((a) => a.severity === 'hard-stop');
      if (hardStops.length > 0) {
        throw new RuleViolationError('An unresolved hard-stop alert blocks discharge; resolve it first', {
          findings: hardStops.map((a) => ({ rule: a.rule, message: a.message })),
        });
      }
      if (!sessionTransitionTable.discharge.from.includes('recovery')) {
        throw new RuleViolationError('Discharge is not possible from recovery');
      }
      override = body.overrideReason;
    }
    await saveRow(w, session, { state: 'discharged', dosingSubState: null, endedAt: w.now, lastTransitionAt: w.now });
    const criteria = criteriaView(evaluation, false);
    await addJournal(w, session, {
      kind: 'discharge',
      at: w.now,
      summary: override === null ? 'Discharged: all criteria met' : `Discharged by physician override: ${override}`,
      data: {
        criteria,
        unmet: evaluation.unmet,
        overrideReason: override,
        noDrivingAcknowledged: body.noDrivingAcknowledged,
        note: body.note ?? null,
      },
    });
    await addJournal(w, session, {
      kind: 'transition',
      at: w.now,
      summary: `recovery → discharged${override === null ? '' : ' (override)'}`,
      data: { event: 'discharge', from: 'recovery', to: 'discharged', reason: override },
    });
    pushSession(w, session);
    await auditSession(w, session, 'session.discharge', { override, unmet: evaluation.unmet.map((u) => u.criterion) });
  });
}
