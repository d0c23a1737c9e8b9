/** Rules on vital signs, age, pregnancy, breastfeeding and suicide risk (DEFAULTS.md §3), as data. */
import { screeningSources as src } from './sources.js';
import type { ScreeningRule } from './rule-types.js';

/** Blood pressure thresholds; a reading fires when it is strictly above (DEFAULTS.md §3). */
export const bloodPressureThresholds = {
  severe: { systolicMmHg: 180, diastolicMmHg: 100 },
  elevated: { systolicMmHg: 140, diastolicMmHg: 90 },
} as const;

export const ageThresholds = { minimumYears: 18, warnAboveYears: 65 } as const;

export const patientRules = {
  bpSevere: {
    id: 'screening.vitals.bp-severe',
    version: 1,
    severity: 'hard-stop',
    source: src.bpSevere,
    message: 'Resting BP above 180/100 mmHg: not until controlled',
  },
  bpElevated: {
    id: 'screening.vitals.bp-elevated',
    version: 1,
    severity: 'soft-stop',
    source: src.bpElevated,
    message: 'Resting BP above 140/90 mmHg',
  },
  underAge: {
    id: 'screening.patient.age-under-18',
    version: 1,
    severity: 'hard-stop',
    source: src.age,
    message: 'Younger than 18',
  },
  olderAge: {
    id: 'screening.patient.age-over-65',
    version: 1,
    severity: 'warning',
    source: src.age,
    message: 'Older than 65',
  },
  pregnant: {
    id: 'screening.contraindication.pregnancy',
    version: 1,
    severity: 'hard-stop',
    source: src.pregnancy,
    message: 'Pregnant (reported or positive test)',
  },
  pregnancyUnknown: {
    id: 'screening.precaution.pregnancy-test-needed',
    version: 1,
    severity: 'soft-stop',
    source: src.pregnancy,
    tasks: ['pregnancy-test'],
    message: 'Can become pregnant and no current negative test: test before treatment',
  },
  breastfeeding: {
    id: 'screening.precaution.breastfeeding',
    version: 1,
    severity: 'soft-stop',
    source: src.breastfeeding,
    message: 'Breastfeeding',
  },
  suicidalIdeation: {
    id: 'screening.risk.suicidal-ideation',
    version: 1,
    severity: 'warning',
    source: src.suicidalIdeation,
    tasks: ['same-day-safety-assessment'],
    message: 'Suicidal ideation reported: same-day safety assessment',
  },
  suicideScreenNotCurrent: {
    id: 'screening.risk.suicide-screen-not-current',
    version: 1,
    severity: 'warning',
    source: src.suicideScreenPolicy,
    tasks: ['same-day-safety-assessment'],
    message: 'No suicide risk screen today: assess today',
  },
  recentSubstanceUse: {
    id: 'screening.history.recent-substance-use',
    version: 1,
    severity: 'info',
    source: src.substanceUse,
    message: 'Recent substance use reported',
  },
} as const satisfies Record<string, ScreeningRule>;

export const indicationRules = {
  none: {
    id: 'screening.indication.none',
    version: 1,
    severity: 'soft-stop',
    source: src.indicationPolicy,
    message: 'No qualifying indication',
  },
  notFirstLine: {
    id: 'screening.indication.not-first-line',
    version: 1,
    severity: 'soft-stop',
    source: src.trd,
    message: 'Depression with fewer than 2 failed adequate antidepressant trials: not first-line',
  },
  bipolarNoStabilizer: {
    id: 'screening.indication.bipolar-without-mood-stabilizer',
    version: 1,
    severity: 'soft-stop',
    source: src.bipolar,
    message: 'Bipolar depression without a mood stabilizer',
  },
  crps: {
    id: 'screening.indication.crps',
    version: 1,
    severity: 'info',
    source: src.crps,
    message: 'CRPS: the pain indication with the best evidence',
  },
  weakPain: {
    id: 'screening.indication.pain-weak-evidence',
    version: 1,
    severity: 'warning',
    source: src.weakPain,
    message: 'Chronic pain other than CRPS: weak evidence for benefit',
  },
  notIndicated: {
    id: 'screening.indication.not-indicated',
    version: 1,
    severity: 'hard-stop',
    source: src.notIndicated,
    message: 'Not indicated: mild or situational depression, or mood swings alone',
  },
  protocolMismatch: {
    id: 'screening.indication.protocol-mismatch',
    version: 1,
    severity: 'soft-stop',
    source: src.protocolIndication,
    message: 'The indication is not one this protocol treats',
  },
} as const satisfies Record<string, ScreeningRule>;
