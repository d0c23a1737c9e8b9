/** Builders shared by the session tests (not exported from the package). */
import { defaultMonitoringRuleSet } from '../monitoring/default-monitoring-rules.js';
import { atMin, vitals } from '../monitoring/test-readings.js';
import type { PreChecks, StartReadinessInput } from './start-readiness.js';
import { npoRuleAsa2017 } from './start-requirements.js';

/** With `now` at 10:00: everything recorded and in order for IV depression. */
export const readyPreChecks: PreChecks = {
  identityConfirmed: true,
  lastSolidsAt: atMin(-8 * 60),
  lastLiquidsAt: atMin(-3 * 60),
  escort: { name: 'Sam Carter', phone: '+1 555 0100' },
  medicationHolds: [{ medication: 'lorazepam', confirmed: true }],
  pregnancyTest: { required: true, result: 'negative' },
  remsPatientEnrolled: null,
  baselineVitals: vitals({ takenAt: atMin(-5) }),
  baselineSoftStopAcknowledgedBy: null,
};

/** A start-readiness input for IV depression at 10:00 that is ready. */
export const readyReadiness: StartReadinessInput = {
  protocolId: 'iv-depression',
  route: 'iv',
  now: atMin(0),
  screening: { protocolId: 'iv-depression', decision: 'eligible', signedBy: 'dr-lee', signedAt: atMin(-60 * 24 * 3) },
  consentValid: true,
  dosePlan: { limitStatus: 'within-limits', coSignedBy: null },
  preChecks: readyPreChecks,
  npoRule: npoRuleAsa2017,
  monitoringRuleSet: defaultMonitoringRuleSet,
};
