/** Citations used by the shipped protocol library (REFERENCE.md keys; DEFAULTS.md §1 tags). */
import type { RuleSource } from './rule-types.js';

export const protocolSources = {
  fava2018: {
    tags: ['T'],
    citation: 'Fava M et al. 2018/2020, Mol Psychiatry 25:1592 (0.1–1.0 mg/kg over 40 min; 1.0 = top tested dose)',
  },
  andrade2017Range: {
    tags: ['T', 'S'],
    citation:
      'Fava 2018 (lowest tested 0.1 mg/kg); Andrade C 2017, J Clin Psychiatry 78:e852 ("as low as 0.1 … up to 0.75 mg/kg")',
  },
  ivDuration: {
    tags: ['T'],
    citation:
      'DEFAULTS.md §1: 40 min standard (Fava 2018), allowed 40–100 min (Andrade 2017: durations up to 100 min reported)',
  },
  cohenInfusion: {
    tags: ['G'],
    citation: 'Cohen SP et al. 2018, Reg Anesth Pain Med 43:521 (infusion 0.5–2 mg/kg/h; bolus up to 0.35 mg/kg)',
  },
  cohenDuration: {
    tags: ['G'],
    citation: 'DEFAULTS.md §1 iv-pain 2–4 h; Cohen 2018 (trial infusion over > 2 h; CRPS regimen over 4 h)',
  },
  chilukuri2014: {
    tags: ['T'],
    citation: 'Chilukuri H et al. 2014, Indian J Psychol Med 36:71 (IM 0.5 and 0.25 mg/kg)',
  },
  imLimits: {
    tags: ['P'],
    citation: 'Chairside default policy, DEFAULTS.md §1 im-depression (>0.5 soft-stop, >0.75 hard-stop)',
  },
  ketalarDilution: {
    tags: ['L'],
    citation: 'KETALAR USPI §2.1/2.3: 100 mg/mL must not be given IV undiluted; dilute with an equal volume',
  },
  staleWeight: {
    tags: ['P'],
    citation: 'Chairside default policy, DEFAULTS.md §1: dosing weight no older than 30 days',
  },
  spravatoDose: {
    tags: ['L'],
    citation: 'SPRAVATO USPI §2 (28 mg devices; day 1 56 mg, then 56 or 84 mg; 5 min between devices)',
  },
  spravato84After56: {
    tags: ['L'],
    citation: 'SPRAVATO USPI §2 / spravatohcp.com: "an 84-mg dose, taken only after an initial starting dose of 56 mg"',
  },
  spravatoIndications: {
    tags: ['L'],
    citation: 'SPRAVATO USPI §1: TRD; MDD with acute suicidal ideation or behaviour',
  },
  asaFasting: {
    tags: ['G', 'L'],
    citation:
      'ASA Practice Guidelines for Preoperative Fasting 2017 (solids 6 h, clear liquids 2 h); KETALAR USPI §2.1 (follow NPO guidelines)',
  },
  spravatoFasting: {
    tags: ['L'],
    citation: 'SPRAVATO USPI / patient instructions: no food for 2 h and no liquids for 30 min before',
  },
  pregnancyTest: {
    tags: ['L', 'T', 'P'],
    citation:
      'KETALAR/SPRAVATO: not recommended in pregnancy [L]; trials: negative β-hCG at screening and pre-infusion [T]; 7-day validity is Chairside policy [P]',
  },
  defaultsV1: { tags: ['P'], citation: 'Chairside protocol library v1 (DEFAULTS.md §1)' },
} as const satisfies Record<string, RuleSource>;
