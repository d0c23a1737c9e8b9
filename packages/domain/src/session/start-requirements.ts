/**
 * What must be true before dosing starts, as data: each requirement has a stable id, a version
 * and a source; the NPO (fasting) rules are passed in as data so a protocol can choose one.
 */
import type { SessionRuleSource } from '../monitoring/session-rule.js';

export interface StartRequirement {
  readonly id: string;
  readonly version: number;
  readonly summary: string;
  readonly source: SessionRuleSource;
}

const req = (id: string, summary: string, source: SessionRuleSource): StartRequirement => ({
  id: `session.start.${id}`,
  version: 1,
  summary,
  source,
});

/** The start-readiness requirements (DEFAULTS.md §1, §3, §4; REFERENCE.md §3.4, §11). */
export const startRequirements = {
  screening: req('screening-signed-eligible', 'Screening signed by a physician as eligible for this protocol', {
    tag: 'P',
    citation: 'DEFAULTS.md §3: a physician signs every screening decision',
  }),
  consent: req('consent-valid', 'Valid informed consent on file', {
    tag: 'S',
    citation: 'REFERENCE.md §11 informed consent (off-label status, risks, no driving; Parikh 2021 primer)',
  }),
  dosePlan: req('dose-plan-within-limits', 'Dose plan within limits, or a soft-stop co-signed by a physician', {
    tag: 'P',
    citation:
      'DEFAULTS.md §1 limits and severity words (soft-stop: physician reason and co-sign; hard-stop: no override)',
  }),
  identity: req('identity-confirmed', 'Patient identity confirmed', {
    tag: 'P',
    citation: 'Chairside default policy: identity confirmed before a controlled drug is given',
  }),
  npoSolids: req('npo-solids', 'Fasting from food long enough', {
    tag: 'L',
    citation: 'Ketalar §2.1: not recommended if NPO guidelines were not followed (REFERENCE.md §5, §11)',
  }),
  npoLiquids: req('npo-liquids', 'Fasting from liquids long enough', {
    tag: 'L',
    citation: 'Ketalar §2.1; SPRAVATO: liquids ≥30 min before (REFERENCE.md §3.1, §11)',
  }),
  escort: req('escort', 'Adult escort name and phone recorded', {
    tag: 'L',
    citation: 'SPRAVATO PI §17: someone to drive them home; PADSS escort (REFERENCE.md §8.3)',
  }),
  medicationHolds: req('medication-holds-confirmed', 'Medication holds asked for by the screening confirmed', {
    tag: 'C',
    citation: 'DEFAULTS.md §3 medication actions; REFERENCE.md §6.1 (clinic practice, no consensus)',
  }),
  pregnancyTest: req('pregnancy-test-negative', 'Negative pregnancy test where required', {
    tag: 'L',
    citation:
      'DEFAULTS.md §3 pregnancy hard-stop [L]; trial practice: negative β-hCG before each infusion (REFERENCE.md §11)',
  }),
  remsEnrolment: req('rems-patient-enrolled', 'Esketamine: patient enrolled in the SPRAVATO REMS', {
    tag: 'L',
    citation: 'SPRAVATO REMS: outpatients enrolled before the first treatment (REFERENCE.md §3.4)',
  }),
  baselineVitals: req('baseline-vitals', 'Baseline vitals recorded and not stopped by the pre-start rules', {
    tag: 'P',
    citation: 'DEFAULTS.md §4 pre-start rows (soft-stop: prescriber acknowledges; hard-stop: do not start today)',
  }),
} as const satisfies Record<string, StartRequirement>;

/** Fasting before dosing, in minutes since the last food and the last drink. */
export interface NpoRule {
  readonly id: string;
  readonly version: number;
  readonly solidsFastingMin: number;
  readonly liquidsFastingMin: number;
  /** Which drinks the liquids time covers: the question the nurse asks. */
  readonly liquidsCovered: 'clear liquids' | 'any liquids';
  readonly source: SessionRuleSource;
}

/** IV and IM: ASA 2017, 6 h solids (light meal), 2 h clear liquids [G]. */
export const npoRuleAsa2017: NpoRule = {
  id: 'session.npo.asa-2017',
  version: 1,
  solidsFastingMin: 360,
  liquidsFastingMin: 120,
  liquidsCovered: 'clear liquids',
  source: {
    tag: 'G',
    citation:
      'ASA Practice Guidelines for Preoperative Fasting, Anesthesiology 2017: light meal 6 h, clear liquids 2 h (REFERENCE.md §11)',
  },
};

/** Esketamine: no food for 2 h and no liquids for 30 min before dosing [L]. */
export const npoRuleEsketamine: NpoRule = {
  id: 'session.npo.esketamine-label',
  version: 1,
  solidsFastingMin: 120,
  liquidsFastingMin: 30,
  liquidsCovered: 'any liquids',
  source: { tag: 'L', citation: 'SPRAVATO: avoid food ≥2 h and liquids ≥30 min before (REFERENCE.md §3.1)' },
};
