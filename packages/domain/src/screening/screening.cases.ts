/**
 * Screening cases: facts → the rule expected to fire (with severity) or not to fire. Each rule has
 * at least one case of each kind, at its boundary values where it has one.
 */
import type { ScreeningCase } from './case-builders.js';
import { historyCases } from './history.cases.js';
import { patientCases } from './patient.cases.js';

export type { ScreeningCase } from './case-builders.js';

export const screeningCases: readonly ScreeningCase[] = [...historyCases, ...patientCases];
