/** Medication rows of DEFAULTS.md §3, as data: which drugs, what severity, what to do. */
import { medicationSources as src } from './sources.js';
import type { MedicationRule, ScreeningRule } from './rule-types.js';

/** "> 8 mg diazepam-equivalent/day" (Andrashko 2020; Feeney 2023). */
export const BENZODIAZEPINE_DIAZEPAM_EQ_THRESHOLD_MG_PER_DAY = 8;

export const medicationRules: readonly MedicationRule[] = [
  {
    id: 'screening.medication.benzodiazepine',
    version: 1,
    severity: 'info',
    action: 'monitor',
    match: { classes: ['benzodiazepine'] },
    source: src.benzoSedation,
    message: 'Benzodiazepine: additive sedation, monitor',
  },
  {
    id: 'screening.medication.lamotrigine',
    version: 1,
    severity: 'warning',
    action: 'review',
    match: { ingredients: ['lamotrigine'] },
    source: src.lamotrigine,
    message: 'Lamotrigine may reduce the effect: review holding the dose on session day',
  },
  {
    id: 'screening.medication.naltrexone',
    version: 1,
    severity: 'warning',
    action: 'review',
    match: { ingredients: ['naltrexone'] },
    source: src.naltrexone,
    message: 'Naltrexone may block the antidepressant effect',
  },
  {
    id: 'screening.medication.maoi',
    version: 1,
    severity: 'warning',
    action: 'monitor',
    match: { classes: ['maoi'] },
    source: src.maoi,
    message: 'MAOI: larger BP rise, monitor BP closely',
  },
  {
    id: 'screening.medication.stimulant',
    version: 1,
    severity: 'warning',
    action: 'hold',
    match: { classes: ['stimulant'] },
    source: src.stimulant,
    message: 'Stimulant: hold on session day',
  },
  {
    id: 'screening.medication.cns-depressant',
    version: 1,
    severity: 'warning',
    action: 'monitor',
    match: { classes: ['opioid', 'cns-depressant'], unlessClasses: ['benzodiazepine'] },
    source: src.cnsDepressant,
    message: 'Opioid or other CNS depressant: sedation and respiratory depression, monitor SpO2',
  },
  {
    id: 'screening.medication.theophylline',
    version: 1,
    severity: 'hard-stop',
    action: 'stop',
    match: { ingredients: ['theophylline', 'aminophylline'] },
    source: src.theophylline,
    message: 'Theophylline or aminophylline: do not co-administer',
  },
  {
    id: 'screening.medication.nmda-antagonist',
    version: 1,
    severity: 'warning',
    action: 'monitor',
    match: { classes: ['nmda-antagonist'] },
    source: src.nmda,
    message: 'Memantine, amantadine or another NMDA antagonist: additive NMDA effects',
  },
  {
    id: 'screening.medication.cyp-modulator',
    version: 1,
    severity: 'info',
    action: 'continue',
    match: { classes: ['strong-cyp3a4-inhibitor', 'strong-cyp3a4-inducer', 'cyp2b6-inhibitor', 'cyp2b6-inducer'] },
    // Parenteral ketamine bypasses first-pass metabolism (rifampicin: AUC −14% IV vs −86% oral).
    byRoute: { intranasal: { severity: 'warning', action: 'review' } },
    source: src.cyp,
    message: 'Strong CYP3A4/CYP2B6 inhibitor or inducer: ketamine exposure may change',
  },
];

export const benzodiazepineDoseRule: ScreeningRule = {
  id: 'screening.medication.benzodiazepine-dose',
  version: 1,
  severity: 'warning',
  source: src.benzoDose,
  message:
    'Benzodiazepines above 8 mg diazepam-equivalent/day may blunt response: review a taper or holding the dose before sessions',
};

export const benzodiazepineDoseUnknownRule: ScreeningRule = {
  id: 'screening.medication.benzodiazepine-dose-unknown',
  version: 1,
  severity: 'warning',
  source: src.benzoDose,
  message: 'The diazepam-equivalent dose could not be computed: review the benzodiazepine doses',
};

export const unrecognisedMedicationRule: ScreeningRule = {
  id: 'screening.medication.unrecognised',
  version: 1,
  severity: 'warning',
  source: src.unrecognised,
  message: 'Medication not recognised: review',
};
