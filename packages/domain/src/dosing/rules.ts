/** Dosing rules that are not protocol limits: pump resolution and the weight basis (DEFAULTS.md §1). */
import type { ClinicalRule, RuleSource } from '../protocols/rule-types.js';

const sources = {
  devine: {
    tags: ['P', 'S'],
    citation:
      'Devine BJ 1974, Drug Intell Clin Pharm 8:650 (IBW 50/45.5 kg + 2.3 kg per inch over 5 ft); Pai MP & Paloucek FP 2000, Ann Pharmacother 34:1066 (adjusted = IBW + 0.4 × (actual − IBW))',
  },
  pump: {
    tags: ['P'],
    citation: 'Chairside policy: a pump rate must be at least one 0.1 mL/h step and a volume at least 0.01 mL',
  },
} as const satisfies Record<string, RuleSource>;

export const dosingRules = {
  rateBelowResolution: {
    id: 'dosing.rate-below-resolution',
    version: 1,
    severity: 'hard-stop',
    source: sources.pump,
    message: 'The volume or pump rate rounds to zero at this concentration: use a lower concentration',
  },
  devineShortStature: {
    id: 'dosing.weight.devine-below-152-cm',
    version: 1,
    severity: 'warning',
    source: sources.devine,
    message: 'The Devine formula is defined from 5 ft (152.4 cm): the ideal body weight is extrapolated below it',
  },
  idealExceedsActual: {
    id: 'dosing.weight.basis-exceeds-actual',
    version: 1,
    severity: 'warning',
    source: sources.devine,
    message: 'The chosen dosing weight is above the actual weight: the dose is higher than on actual body weight',
  },
} as const satisfies Record<string, ClinicalRule>;
