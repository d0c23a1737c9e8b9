import type { FormularyEntry } from '../types.js';
import { benzodiazepines } from './benzodiazepines.js';
import { opioids, otherCnsDepressants } from './cns-depressants.js';
import { cypModulators, maois, methylxanthines, nmdaAntagonists, opioidAntagonists, stimulants } from './interacting.js';
import { antidepressants, antipsychotics, moodStabilizers, otherCommon } from './psychiatric.js';

/** Every entry of the built-in formulary. */
export const formularyEntries: readonly FormularyEntry[] = [
  ...benzodiazepines,
  ...opioids,
  ...otherCnsDepressants,
  ...opioidAntagonists,
  ...maois,
  ...stimulants,
  ...methylxanthines,
  ...nmdaAntagonists,
  ...cypModulators,
  ...antidepressants,
  ...moodStabilizers,
  ...antipsychotics,
  ...otherCommon,
];
