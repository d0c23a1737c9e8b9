/**
 * Contraindications and precautions from the medical history (DEFAULTS.md §3 table), as data.
 * A recent myocardial infarction is decided by date in `history.ts`; its rule is here.
 */
import { screeningSources as src } from './sources.js';
import type { ConditionRule, ScreeningRule } from './rule-types.js';

export const conditionRules: readonly ConditionRule[] = [
  {
    id: 'screening.contraindication.hypersensitivity',
    version: 1,
    severity: 'hard-stop',
    codes: ['ketamine-hypersensitivity'],
    source: src.hypersensitivity,
    message: 'Hypersensitivity to ketamine or esketamine',
  },
  {
    id: 'screening.contraindication.psychosis',
    version: 1,
    severity: 'hard-stop',
    codes: ['schizophrenia', 'other-primary-psychotic-disorder', 'current-psychosis'],
    source: src.psychosis,
    message: 'Schizophrenia, another primary psychotic disorder, or current psychosis',
  },
  {
    id: 'screening.contraindication.vascular',
    version: 1,
    severity: 'hard-stop',
    codes: ['aneurysmal-vascular-disease', 'arteriovenous-malformation', 'intracerebral-haemorrhage-history'],
    source: src.vascularKetalar,
    byRoute: { intranasal: { source: src.vascularSpravato } },
    message: 'Aneurysmal vascular disease, arteriovenous malformation or history of intracerebral haemorrhage',
  },
  {
    id: 'screening.contraindication.unstable-cardiovascular',
    version: 1,
    severity: 'hard-stop',
    codes: ['unstable-angina', 'decompensated-heart-failure', 'unstable-arrhythmia'],
    source: src.unstableCardiac,
    message: 'Unstable angina, decompensated heart failure or unstable arrhythmia',
  },
  {
    id: 'screening.precaution.stable-cardiovascular',
    version: 1,
    severity: 'soft-stop',
    codes: ['stable-coronary-disease', 'controlled-cardiovascular-disease'],
    source: src.stableCardiac,
    tasks: ['ecg'],
    message: 'Stable coronary or other controlled cardiovascular disease: ECG required',
  },
  {
    id: 'screening.contraindication.intracranial',
    version: 1,
    severity: 'hard-stop',
    codes: ['raised-intracranial-pressure', 'intracranial-mass'],
    source: src.intracranial,
    message: 'Raised intracranial pressure or intracranial mass',
  },
  {
    id: 'screening.precaution.intraocular',
    version: 1,
    severity: 'soft-stop',
    codes: ['raised-intraocular-pressure', 'glaucoma'],
    source: src.intraocular,
    message: 'Raised intraocular pressure or glaucoma',
  },
  {
    id: 'screening.contraindication.severe-hepatic-impairment',
    version: 1,
    severity: 'hard-stop',
    codes: ['hepatic-impairment-severe'],
    source: src.hepatic,
    message: 'Severe hepatic impairment',
  },
  {
    id: 'screening.precaution.moderate-hepatic-impairment',
    version: 1,
    severity: 'soft-stop',
    codes: ['hepatic-impairment-moderate'],
    source: src.hepatic,
    tasks: ['liver-function-tests'],
    message: 'Moderate hepatic impairment: liver function tests required',
  },
  {
    id: 'screening.contraindication.untreated-hyperthyroidism',
    version: 1,
    severity: 'hard-stop',
    codes: ['hyperthyroidism-untreated'],
    source: src.hyperthyroid,
    message: 'Untreated hyperthyroidism',
  },
  {
    id: 'screening.precaution.active-substance-use-disorder',
    version: 1,
    severity: 'soft-stop',
    codes: ['substance-use-disorder-active'],
    source: src.sudActive,
    message: 'Active substance use disorder: no serial infusions without review',
  },
  {
    id: 'screening.precaution.past-substance-use-disorder',
    version: 1,
    severity: 'warning',
    codes: ['substance-use-disorder-past', 'ketamine-misuse-history'],
    source: src.sudPast,
    message: 'Past substance use disorder or ketamine misuse',
  },
  {
    id: 'screening.precaution.cystitis',
    version: 1,
    severity: 'warning',
    codes: ['interstitial-cystitis', 'ulcerative-cystitis', 'urinary-symptoms'],
    source: src.cystitis,
    message: 'Interstitial or ulcerative cystitis, or urinary symptoms: monitor',
  },
  {
    id: 'screening.precaution.acute-porphyria',
    version: 1,
    severity: 'soft-stop',
    codes: ['acute-porphyria'],
    source: src.porphyria,
    message: 'Acute porphyria',
  },
  {
    id: 'screening.history.other-condition',
    version: 1,
    severity: 'info',
    codes: ['other'],
    source: src.otherCondition,
    message: 'Other condition recorded: review the note',
  },
];

/** Myocardial infarction less than 6 months before screening (decided by date). */
export const recentMiRule: ScreeningRule = {
  id: 'screening.contraindication.recent-myocardial-infarction',
  version: 1,
  severity: 'hard-stop',
  source: src.unstableCardiac,
  message: 'Myocardial infarction less than 6 months ago',
};

/** An older MI counts as stable coronary disease (same rule, ECG required). */
export const RECENT_MI_MONTHS = 6;
