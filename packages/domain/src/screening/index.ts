export * from './rule-types.js';
export * from './sources.js';
export * from './condition-rules.js';
export * from './patient-rules.js';
export * from './medication-rules.js';
export { qualifyingIndications, TRD_MIN_FAILED_TRIALS } from './indications.js';
export type { MedicationReview } from './medications.js';
export * from './evaluate.js';
export * from './catalogue.js';
