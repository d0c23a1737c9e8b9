/** Every screening rule, for listing in the UI and for checking that each one is tested. */
import { conditionRules, recentMiRule } from './condition-rules.js';
import {
  benzodiazepineDoseRule,
  benzodiazepineDoseUnknownRule,
  medicationRules,
  unrecognisedMedicationRule,
} from './medication-rules.js';
import { indicationRules, patientRules } from './patient-rules.js';
import type { ScreeningRule } from './rule-types.js';

export const screeningRuleCatalogue: readonly ScreeningRule[] = [
  ...Object.values(indicationRules),
  ...conditionRules,
  recentMiRule,
  ...Object.values(patientRules),
  ...medicationRules,
  benzodiazepineDoseRule,
  benzodiazepineDoseUnknownRule,
  unrecognisedMedicationRule,
];
