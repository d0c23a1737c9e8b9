/**
 * Check cadence: which checks are due, which were missed (a warning, DEFAULTS.md §4), and when
 * the next one is due, for the session board. Pure: "now" is an argument.
 */
import { InvalidInputError, MissingInputError } from '../errors.js';
import type { MonitoringAlert } from './alert-engine.js';
import { instantMs, isoFromMs, minutesBetween, MS_PER_MINUTE } from './iso-time.js';
import {
  recommendedActionLabel,
  type CadenceRule,
  type CheckKind,
  type MonitoringPhase,
  type MonitoringRuleSet,
} from './monitoring-rule-set.js';
import { validateMonitoringRuleSet } from './rule-set-check.js';
import { sessionRuleRef, type TreatmentRoute } from './session-rule.js';

export interface EvaluateCadenceInput {
  readonly phase: MonitoringPhase;
  readonly protocolRoute: TreatmentRoute;
  /** When each kind of check was last recorded in this session (absent: never). */
  readonly lastCheckAt: Readonly<Partial<Record<CheckKind, string>>>;
  /** Start of dosing (for esketamine: the first device). Required in dosing and recovery. */
  readonly dosingStartedAt?: string;
  readonly now: string;
  readonly ruleSet: MonitoringRuleSet;
}

export interface DueCheck {
  /** `ruleId@version` of the cadence rule. */
  readonly rule: string;
  readonly check: CheckKind;
  readonly dueAt: string;
  /** After this instant the check counts as missed; null when it cannot be missed here. */
  readonly missedAfter: string | null;
  readonly status: 'due' | 'missed';
  readonly onBoard: boolean;
}

export interface CadenceResult {
  readonly dueChecks: readonly DueCheck[];
  /** One warning per missed check, in the same shape as reading alerts. */
  readonly alerts: readonly MonitoringAlert[];
  /** The earliest due time among the nurse's checks (board), or null when none is pending. */
  readonly nextCheckDueAt: string | null;
}

const checkLabel: Readonly<Record<CheckKind, string>> = {
  bp: 'blood pressure',
  sedation: 'sedation (MOAA/S) and dissociation (CADSS-6)',
  vitals: 'vital-sign reading',
};

interface Times {
  readonly nowMs: number;
  readonly startMs: number | null;
  readonly lastMs: Readonly<Partial<Record<CheckKind, number>>>;
}

interface Slot {
  readonly dueMs: number;
  readonly missedAfterMs: number | null;
}

function parseTimes(input: EvaluateCadenceInput): Times {
  const nowMs = instantMs(input.now, 'now');
  const lastMs: Partial<Record<CheckKind, number>> = {};
  for (const [kind, at] of Object.entries(input.lastCheckAt)) {
    const ms = instantMs(at, `lastCheckAt/${kind}`);
    if (ms > nowMs) {
      throw InvalidInputError.forField(`lastCheckAt/${kind}`, 'A check cannot be recorded after "now"');
    }
    if (kind === 'bp' || kind === 'sedation' || kind === 'vitals') {
      lastMs[kind] = ms;
    }
  }
  if (input.dosingStartedAt === undefined) {
    if (input.phase !== 'pre-start') {
      throw MissingInputError.forField(
        'dosingStartedAt',
        `The start of dosing is needed to time checks in ${input.phase}`,
      );
    }
    return { nowMs, startMs: null, lastMs };
  }
  const startMs = instantMs(input.dosingStartedAt, 'dosingStartedAt');
  if (startMs > nowMs) {
    throw InvalidInputError.forField('dosingStartedAt', 'Dosing cannot start after "now"');
  }
  return { nowMs, startMs, lastMs };
}

/** The due slot of one check under one rule, or null when the check is satisfied. */
function slotFor(rule: CadenceRule, check: CheckKind, times: Times): Slot | null {
  const last = times.lastMs[check];
  const start = times.startMs ?? times.nowMs;
  const schedule = rule.schedule;
  switch (schedule.kind) {
    case 'before-start':
      return last === undefined ? { dueMs: times.nowMs, missedAfterMs: null } : null;
    case 'every': {
      const dueMs = Math.max(last ?? start, start) + schedule.intervalMin * MS_PER_MINUTE;
      return { dueMs, missedAfterMs: dueMs };
    }
    case 'at-offset': {
      const dueMs = start + schedule.offsetMin * MS_PER_MINUTE;
      const windowStart = dueMs - schedule.toleranceMin * MS_PER_MINUTE;
      return last !== undefined && last >= windowStart
        ? null
        : { dueMs, missedAfterMs: dueMs + schedule.toleranceMin * MS_PER_MINUTE };
    }
    case 'before-discharge': {
      const dueMs = start + schedule.offsetMin * MS_PER_MINUTE;
      const windowStart = dueMs - schedule.windowMin * MS_PER_MINUTE;
      return last !== undefined && last >= windowStart ? null : { dueMs, missedAfterMs: null };
    }
  }
}

function missedAlert(
  rule: CadenceRule,
  check: CheckKind,
  slot: Slot,
  input: EvaluateCadenceInput,
  nowMs: number,
): MonitoringAlert {
  const overdueFromMs = slot.missedAfterMs ?? slot.dueMs;
  const overdueMin = Math.round(minutesBetween(overdueFromMs, nowMs) * 10) / 10;
  const last = input.lastCheckAt[check];
  return {
    rule: sessionRuleRef(rule),
    ruleSet: sessionRuleRef(input.ruleSet),
    severity: rule.severity,
    phase: input.phase,
    message:
      `${rule.summary}: ${checkLabel[check]} was due at ${isoFromMs(slot.dueMs)} and is missed ` +
      `(${overdueMin} min overdue; last ${last ?? 'never'}). ${recommendedActionLabel['check-now']}.`,
    action: 'check-now',
    actionLabel: recommendedActionLabel['check-now'],
    values: { overdueMin },
    source: rule.source,
    observedAt: input.now,
  };
}

/**
 * The checks due under the rule set for this phase and route, the missed ones as warnings, and
 * the next due time for the board. A check is missed once `now` is strictly after its
 * `missedAfter` instant (at exactly that instant it is due, not missed).
 * @param input - phase, route, last check times per kind, start of dosing, now, rule set
 */
export function evaluateCadence(input: EvaluateCadenceInput): CadenceResult {
  validateMonitoringRuleSet(input.ruleSet);
  const times = parseTimes(input);
  const dueChecks: DueCheck[] = [];
  const alerts: MonitoringAlert[] = [];
  const rules = input.ruleSet.cadence.filter(
    (rule) => rule.phases.includes(input.phase) && rule.routes.includes(input.protocolRoute),
  );
  for (const rule of rules) {
    for (const check of rule.checks) {
      const slot = slotFor(rule, check, times);
      if (slot === null) {
        continue;
      }
      const missed = slot.missedAfterMs !== null && times.nowMs > slot.missedAfterMs;
      dueChecks.push({
        rule: sessionRuleRef(rule),
        check,
        dueAt: isoFromMs(slot.dueMs),
        missedAfter: slot.missedAfterMs === null ? null : isoFromMs(slot.missedAfterMs),
        status: missed ? 'missed' : 'due',
        onBoard: rule.onBoard,
      });
      if (missed) {
        alerts.push(missedAlert(rule, check, slot, input, times.nowMs));
      }
    }
  }
  const boardDue = dueChecks.filter((due) => due.onBoard).map((due) => instantMs(due.dueAt, 'dueAt'));
  const nextCheckDueAt = boardDue.length === 0 ? null : isoFromMs(Math.min(...boardDue));
  return { dueChecks, alerts, nextCheckDueAt };
}
