/**
 * Start readiness: the list of requirements not yet met before dosing may start. An absent
 * record (no escort yet, NPO times not asked) is an unmet requirement, so the nurse sees the
 * whole checklist; a malformed one (a meal time in the future) throws.
 */
import { InvalidInputError } from '../errors.js';
import { evaluateReading, type MonitoringAlert } from '../monitoring/alert-engine.js';
import { instantMs, minutesBetween } from '../monitoring/iso-time.js';
import type { MonitoringRuleSet } from '../monitoring/monitoring-rule-set.js';
import {
  sessionRuleRef,
  type SessionRuleSource,
  type TreatmentProtocolId,
  type TreatmentRoute,
} from '../monitoring/session-rule.js';
import type { VitalReading } from '../monitoring/vital-reading.js';
import { startRequirements, type NpoRule, type StartRequirement } from './start-requirements.js';

export interface ScreeningSignOff {
  /** The protocol the signed decision covers. */
  readonly protocolId: TreatmentProtocolId;
  readonly decision: 'eligible' | 'needs-review' | 'ineligible';
  readonly signedBy: string | null;
  readonly signedAt: string | null;
}

export interface DosePlanStatus {
  /** The worst finding of the dose check (dosing module). */
  readonly limitStatus: 'within-limits' | 'soft-stop' | 'hard-stop';
  /** The physician who co-signed a soft-stop with a reason. */
  readonly coSignedBy: string | null;
}

export interface PreChecks {
  readonly identityConfirmed: boolean;
  readonly lastSolidsAt: string | null;
  /** Last drink of the kind the NPO rule covers (`liquidsCovered`: clear liquids, or any). */
  readonly lastLiquidsAt: string | null;
  readonly escort: { readonly name: string; readonly phone: string } | null;
  /** The holds the screening's medication actions asked for, each confirmed or not today. */
  readonly medicationHolds: readonly { readonly medication: string; readonly confirmed: boolean }[];
  readonly pregnancyTest: { readonly required: boolean; readonly result: 'negative' | 'positive' | null };
  /** Esketamine only: enrolled in the SPRAVATO REMS. Ignored for other routes. */
  readonly remsPatientEnrolled: boolean | null;
  readonly baselineVitals: VitalReading | null;
  /** The prescriber who acknowledged a pre-start soft-stop (BP above 140/90). */
  readonly baselineSoftStopAcknowledgedBy: string | null;
}

export interface StartReadinessInput {
  readonly protocolId: TreatmentProtocolId;
  readonly route: TreatmentRoute;
  readonly now: string;
  readonly screening: ScreeningSignOff | null;
  readonly consentValid: boolean;
  readonly dosePlan: DosePlanStatus | null;
  readonly preChecks: PreChecks;
  readonly npoRule: NpoRule;
  readonly monitoringRuleSet: MonitoringRuleSet;
}

export type RequirementValue = string | number | boolean | null;

export interface UnmetRequirement {
  /** The requirement's stable id (`session.start.npo-solids`). */
  readonly id: string;
  /** `ruleId@version` of the rule that decided (the requirement, or e.g. the NPO rule). */
  readonly rule: string;
  readonly message: string;
  readonly source: SessionRuleSource;
  readonly values: Readonly<Record<string, RequirementValue>>;
}

export interface StartReadiness {
  readonly ready: boolean;
  readonly unmet: readonly UnmetRequirement[];
  /** Alerts the pre-start rules raised on the baseline vitals (warnings included). */
  readonly baselineAlerts: readonly MonitoringAlert[];
}

type Push = (
  requirement: StartRequirement,
  message: string,
  values?: Record<string, RequirementValue>,
  decidedBy?: { readonly id: string; readonly version: number; readonly source: SessionRuleSource },
) => void;

function checkAuthorisations(input: StartReadinessInput, push: Push): void {
  const s = input.screening;
  const signed = s !== null && [s.signedAt, s.signedBy].every((value) => value !== null);
  if (!signed || s.decision !== 'eligible' || s.protocolId !== input.protocolId) {
    push(startRequirements.screening, `No physician-signed "eligible" screening for ${input.protocolId}`, {
      decision: s?.decision ?? null,
      signed,
      screenedProtocolId: s?.protocolId ?? null,
    });
  }
  if (!input.consentValid) {
    push(startRequirements.consent, 'Informed consent is missing or no longer valid');
  }
  const plan = input.dosePlan;
  if (plan === null) {
    push(startRequirements.dosePlan, 'No checked dose plan');
  } else if (plan.limitStatus === 'hard-stop') {
    push(startRequirements.dosePlan, 'The dose plan is over a hard limit: it cannot be given', {
      limitStatus: plan.limitStatus,
    });
  } else if (plan.limitStatus === 'soft-stop' && plan.coSignedBy === null) {
    push(startRequirements.dosePlan, 'The dose plan is over a soft limit: a physician must co-sign with a reason', {
      limitStatus: plan.limitStatus,
    });
  }
}

function checkFasting(input: StartReadinessInput, nowMs: number, push: Push): void {
  const rule = input.npoRule;
  const items = [
    [startRequirements.npoSolids, 'lastSolidsAt', input.preChecks.lastSolidsAt, rule.solidsFastingMin, 'food'],
    [
      startRequirements.npoLiquids,
      'lastLiquidsAt',
      input.preChecks.lastLiquidsAt,
      rule.liquidsFastingMin,
      rule.liquidsCovered,
    ],
  ] as const;
  for (const [requirement, field, at, requiredMin, what] of items) {
    if (at === null) {
      push(requirement, `Ask and record the time of the last ${what}`, { [field]: null }, rule);
      continue;
    }
    const ms = instantMs(at, `preChecks/${field}`);
    if (ms > nowMs) {
      throw InvalidInputError.forField(`preChecks/${field}`, `The last ${what} cannot be after now`);
    }
    const fastedMin = Math.floor(minutesBetween(ms, nowMs));
    if (fastedMin < requiredMin) {
      push(
        requirement,
        `Last ${what} ${fastedMin} min ago; ${requiredMin} min required`,
        { [field]: at, fastedMin, requiredMin },
        rule,
      );
    }
  }
}

function checkPatient(input: StartReadinessInput, push: Push): void {
  const checks = input.preChecks;
  if (!checks.identityConfirmed) {
    push(startRequirements.identity, 'Confirm the patient’s identity');
  }
  if (checks.escort === null || checks.escort.name.trim() === '' || checks.escort.phone.trim() === '') {
    push(startRequirements.escort, 'Record the adult escort’s name and phone', {
      escortName: checks.escort?.name ?? null,
    });
  }
  for (const hold of checks.medicationHolds.filter((h) => !h.confirmed)) {
    push(startRequirements.medicationHolds, `Confirm that ${hold.medication} was held as the screening asked`, {
      medication: hold.medication,
    });
  }
  const test = checks.pregnancyTest;
  if (test.required && test.result !== 'negative') {
    const message =
      test.result === 'positive' ? 'Positive pregnancy test: do not start' : 'Pregnancy test result not recorded';
    push(startRequirements.pregnancyTest, message, { result: test.result });
  }
  if (input.route === 'intranasal' && checks.remsPatientEnrolled !== true) {
    push(startRequirements.remsEnrolment, 'Enroll the patient in the SPRAVATO REMS before treatment', {
      remsPatientEnrolled: checks.remsPatientEnrolled,
    });
  }
}

function checkBaseline(input: StartReadinessInput, nowMs: number, push: Push): MonitoringAlert[] {
  const reading = input.preChecks.baselineVitals;
  const requirement = startRequirements.baselineVitals;
  if (reading === null) {
    push(requirement, 'Record baseline vital signs');
    return [];
  }
  if (instantMs(reading.takenAt, 'preChecks/baselineVitals/takenAt') > nowMs) {
    throw InvalidInputError.forField('preChecks/baselineVitals/takenAt', 'Baseline vitals cannot be taken after now');
  }
  const alerts = evaluateReading({ phase: 'pre-start', reading, recentReadings: [], ruleSet: input.monitoringRuleSet });
  for (const alert of alerts) {
    if (alert.severity === 'hard-stop') {
      push(requirement, `${alert.message} Hard-stop: do not start today.`, { alert: alert.rule });
    } else if (alert.severity === 'soft-stop' && input.preChecks.baselineSoftStopAcknowledgedBy === null) {
      push(requirement, `${alert.message} The prescriber must acknowledge before start.`, { alert: alert.rule });
    }
  }
  return alerts;
}

/**
 * Lists what stops dosing from starting: screening, consent, dose plan, and the pre-checks
 * (identity, fasting, escort, medication holds, pregnancy test, REMS enrolment for esketamine,
 * baseline vitals under the pre-start rules).
 * @param input - session protocol and route, now, the records, the NPO rule and the monitoring rule set
 */
export function evaluateStartReadiness(input: StartReadinessInput): StartReadiness {
  const nowMs = instantMs(input.now, 'now');
  const unmet: UnmetRequirement[] = [];
  const push: Push = (requirement, message, values = {}, decidedBy = requirement) =>
    unmet.push({ id: requirement.id, rule: sessionRuleRef(decidedBy), message, source: decidedBy.source, values });
  checkAuthorisations(input, push);
  checkFasting(input, nowMs, push);
  checkPatient(input, push);
  const baselineAlerts = checkBaseline(input, nowMs, push);
  return { ready: unmet.length === 0, unmet, baselineAlerts };
}
