/**
 * `discharge.default@1`: DEFAULTS.md §5 as data. Discharge needs all of: modified Aldrete ≥9;
 * vitals within 20% of the pre-session baseline; the minimum observation time; an adult escort
 * and the no-driving instruction acknowledged; no unresolved alert.
 *
 * One Chairside addition [P]: the Aldrete score and the vitals that discharge relies on must be
 * taken after dosing ended and no more than 15 min before discharge (the recovery check
 * interval, [T Emory]); otherwise a stale reading could release a patient whose state changed.
 */
import type { SessionRuleSource } from '../monitoring/session-rule.js';

interface Criterion {
  readonly id: string;
  readonly version: number;
  readonly summary: string;
  readonly source: SessionRuleSource;
}

export interface DischargeCriteria {
  readonly id: string;
  readonly version: number;
  readonly aldrete: Criterion & { readonly minTotal: number };
  readonly vitals: Criterion & { readonly maxDeviationPct: number };
  readonly freshness: Criterion & { readonly maxAgeMin: number };
  readonly observation: Criterion & {
    /** IV and IM: minutes from the end of dosing. */
    readonly afterDosingEndMin: number;
    /** Esketamine: minutes from the first device. */
    readonly afterFirstDeviceMin: number;
  };
  readonly escort: Criterion;
  readonly noDriving: Criterion;
  readonly alerts: Criterion;
}

const d5 = 'DEFAULTS.md §5';

export const defaultDischargeCriteria: DischargeCriteria = {
  id: 'discharge.default',
  version: 1,
  aldrete: {
    id: 'discharge.aldrete',
    version: 1,
    summary: 'Modified Aldrete score 9 or more',
    minTotal: 9,
    source: { tag: 'G', citation: `${d5}: Aldrete 1995, ≥9 to leave phase-I recovery (REFERENCE.md §8.1)` },
  },
  vitals: {
    id: 'discharge.vitals-near-baseline',
    version: 1,
    summary: 'BP, heart rate and respiratory rate within 20% of the pre-session baseline',
    maxDeviationPct: 20,
    source: { tag: 'G', citation: `${d5}: PADSS (Chung 1995), vital signs within 20% of pre-op (REFERENCE.md §8.2)` },
  },
  freshness: {
    id: 'discharge.assessment-current',
    version: 1,
    summary: 'Aldrete and vitals taken after dosing ended and within 15 min before discharge',
    maxAgeMin: 15,
    source: {
      tag: 'P',
      citation: `${d5}; Chairside default policy, aligned with the 15-min recovery checks [T Emory]`,
    },
  },
  observation: {
    id: 'discharge.minimum-observation',
    version: 1,
    summary: 'Minimum observation: IV/IM 30 min after the end of dosing; esketamine 120 min after the first device',
    afterDosingEndMin: 30,
    afterFirstDeviceMin: 120,
    source: {
      tag: 'L',
      citation: `${d5} [C]/[L]: IV/IM 30 min, clinic practice (no guideline minimum, REFERENCE.md §8.3); esketamine ≥2 h, SPRAVATO boxed warning and REMS`,
    },
  },
  escort: {
    id: 'discharge.escort',
    version: 1,
    summary: 'An adult escort is recorded (name and phone)',
    source: {
      tag: 'L',
      citation: `${d5}: SPRAVATO PI §17, needs someone to drive them home; PADSS escort (REFERENCE.md §8.3)`,
    },
  },
  noDriving: {
    id: 'discharge.no-driving-acknowledged',
    version: 1,
    summary: 'Patient acknowledged: no driving until the next day after a restful sleep',
    source: { tag: 'L', citation: `${d5}: SPRAVATO PI §17 (REFERENCE.md §3.2, §8.3)` },
  },
  alerts: {
    id: 'discharge.no-unresolved-alert',
    version: 1,
    summary: 'No unresolved alert',
    source: { tag: 'P', citation: `${d5}; §4: an alert stays until a clinician resolves it with an action and a note` },
  },
};
