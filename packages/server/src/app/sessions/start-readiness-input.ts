/**
 * Gathers what the start-readiness check reads: the physician's signed screening, consent for
 * the route on the current form, the session's dose plan, the pre-checks and baseline vitals.
 */
import {
  consentValidity,
  currentConsentForm,
  npoRuleAsa2017,
  npoRuleEsketamine,
  type Route,
  type StartReadinessInput,
  type TreatmentProtocolId,
} from '@chairside/domain';
import type { ManualReadingRow } from './session-ports.js';
import type { Stores } from '../ports.js';
import { effectiveManualReadings, manualVital, preChecksOf, type PreCheckState } from './session-derive.js';
import type { LoadedSession } from './session-record.js';
import { ruleSet } from './session-views.js';

export type ReadinessData = Omit<StartReadinessInput, 'protocolId' | 'route' | 'now'>;

export interface ReadinessGathered {
  readonly input: ReadinessData;
  readonly preChecks: PreCheckState;
  readonly requiredHolds: readonly string[];
  readonly baseline: ManualReadingRow | null;
}

/** The latest manual reading in force taken before dosing started (or so far). */
export function baselineReadingOf(session: LoadedSession): ManualReadingRow | null {
  if (session.row.baselineReadingId !== null) {
    return session.readings.find((r) => r.id === session.row.baselineReadingId) ?? null;
  }
  const before = effectiveManualReadings(session.readings).filter(
    (r) => session.row.dosingStartedAt === null || r.takenAt < session.row.dosingStartedAt,
  );
  return before.at(-1) ?? null;
}

export async function gatherReadiness(s: Stores, session: LoadedSession): Promise<ReadinessGathered> {
  const { row } = session;
  const [screenings, consents] = await Promise.all([s.screenings.list(row.patientId), s.consents.list(row.patientId)]);
  const signed = screenings
    .filter((x) => x.protocolId === row.protocolId && x.signature !== null)
    .sort((a, b) => (b.signature?.signedAt ?? '').localeCompare(a.signature?.signedAt ?? ''))[0];
  const form = currentConsentForm(row.route);
  const validity = consentValidity(
    consents.map((c) => ({
      id: c.id,
      route: c.route as Route,
      formId: c.formId,
      formVersion: c.formVersion,
      signedAt: c.patientSignedAt,
      withdrawnAt: c.withdrawal?.at ?? null,
    })),
    form,
  );
  const preChecks = preChecksOf(session.journal);
  const requiredHolds = (signed?.result.medications ?? [])
    .filter((m) => m.action === 'hold' || m.action === 'stop')
    .map((m) => m.name);
  const confirmed = new Map(preChecks.medicationHolds.map((h) => [h.medication.toLowerCase(), h.confirmed]));
  const pregnancyRequired =
    preChecks.pregnancyTest.required || (signed?.result.tasks ?? []).some((t) => t === 'pregnancy-test');
  const baseline = baselineReadingOf(session);
  const plan = session.plan;
  const input: ReadinessData = {
    screening: signed?.signature
      ? {
          protocolId: signed.protocolId as TreatmentProtocolId,
          decision: signed.signature.decision as 'eligible' | 'needs-review' | 'ineligible',
          signedBy: signed.signature.signedByUsername,
          signedAt: signed.signature.signedAt,
        }
      : null,
    consentValid: validity.valid,
    dosePlan:
      plan === null
        ? null
        : {
            limitStatus: plan.resultStatus === 'within' ? 'within-limits' : plan.resultStatus,
            coSignedBy: plan.cosign?.byUsername ?? null,
          },
    preChecks: {
      identityConfirmed: preChecks.identityConfirmed,
      lastSolidsAt: preChecks.lastSolidsAt,
      lastLiquidsAt: preChecks.lastLiquidsAt,
      escort:
        preChecks.escortName !== null && preChecks.escortPhone !== null
          ? { name: preChecks.escortName, phone: preChecks.escortPhone }
          : null,
      medicationHolds: requiredHolds.map((medication) => ({
        medication,
        confirmed: confirmed.get(medication.toLowerCase()) ?? false,
      })),
      pregnancyTest: { required: pregnancyRequired, result: preChecks.pregnancyTest.result },
      remsPatientEnrolled: preChecks.remsPatientEnrolled,
      baselineVitals: baseline === null ? null : manualVital(baseline),
      baselineSoftStopAcknowledgedBy: preChecks.baselineSoftStopAcknowledgedBy,
    },
    npoRule: row.route === 'intranasal' ? npoRuleEsketamine : npoRuleAsa2017,
    monitoringRuleSet: ruleSet,
  };
  return { input, preChecks, requiredHolds, baseline };
}
