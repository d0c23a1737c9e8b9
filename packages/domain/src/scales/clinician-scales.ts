import { neutralItems, numericOptions, ScaleId, type Scale } from './scale.js';

/** CADSS items kept in the CADSS-6 (Rodrigues 2021; REFERENCE.md §7.4). */
export const cadss6ItemNumbers: readonly number[] = [1, 2, 6, 7, 15, 22];

/** CADSS-6: six CADSS items 0–4, total 0–24, scored at session checks (DEFAULTS.md §4). */
export const cadss6: Scale = {
  id: ScaleId.Cadss6,
  version: 1,
  title: 'Clinician-Administered Dissociative States Scale, 6-item',
  abbreviation: 'CADSS-6',
  administeredBy: 'clinician',
  recallPeriod: 'now (during or after dosing)',
  instructions: undefined,
  licence: {
    status: 'clinician-instrument',
    note: 'Clinician-administered instrument (Bremner JD et al. 1998). Terms of use not confirmed: only item numbers and scoring are carried; use the instrument for the wording.',
    itemTextIncluded: false,
  },
  panelLoinc: undefined,
  totalLoinc: undefined,
  loincNote: 'REFERENCE.md gives no LOINC code for the CADSS: left undefined.',
  items: neutralItems(ScaleId.Cadss6, cadss6ItemNumbers),
  answerOptions: numericOptions(0, 4),
  totalRange: { min: 0, max: 24 },
  bands: [],
  flagRules: [],
  notes: [
    'Item numbers are those of the 23-item CADSS. Item scoring 0–4 is commonly stated but marked [UNVERIFIED] in REFERENCE.md §7.4; confirm with the instrument owner.',
    'CADSS-6 is not yet validated against the full scale (r_s 0.91–0.95, Rodrigues 2021).',
  ],
  sources: [
    { tag: 'T', citation: 'Rodrigues NB et al. A simplified 6-item CADSS. J Affect Disord 2021' },
    { tag: 'G', citation: 'Bremner JD et al. J Trauma Stress 1998' },
  ],
};

/** MOAA/S: one observer rating 0–5 (Chernik 1990; REFERENCE.md §7.4). Session rules act on it (DEFAULTS.md §4). */
export const moaas: Scale = {
  id: ScaleId.Moaas,
  version: 1,
  title: "Modified Observer's Assessment of Alertness/Sedation",
  abbreviation: 'MOAA/S',
  administeredBy: 'clinician',
  recallPeriod: 'now',
  instructions: undefined,
  licence: {
    status: 'clinician-instrument',
    note: 'Clinician observer rating; level descriptions as published (Chernik 1990, with level 0 from the modified scale).',
    itemTextIncluded: true,
  },
  panelLoinc: undefined,
  totalLoinc: undefined,
  loincNote: 'REFERENCE.md gives no LOINC code for the MOAA/S: left undefined.',
  items: [
    {
      id: `${ScaleId.Moaas}.item-1`,
      number: 1,
      label: 'Responsiveness',
      textIsVerbatim: false,
      loincCode: undefined,
      cluster: undefined,
    },
  ],
  answerOptions: [
    { value: 0, label: 'No response to painful stimulus', loincAnswerCode: undefined },
    { value: 1, label: 'Responds only after painful trapezius squeeze', loincAnswerCode: undefined },
    { value: 2, label: 'Responds only after mild prodding or shaking', loincAnswerCode: undefined },
    { value: 3, label: 'Responds only after name is called loudly and/or repeatedly', loincAnswerCode: undefined },
    { value: 4, label: 'Lethargic response to name spoken in normal tone', loincAnswerCode: undefined },
    { value: 5, label: 'Responds readily to name spoken in normal tone', loincAnswerCode: undefined },
  ],
  totalRange: { min: 0, max: 5 },
  // Lower is deeper sedation; the thresholds (≤3 soft-stop, 0 hard-stop) are session rules, DEFAULTS.md §4.
  bands: [],
  flagRules: [],
  notes: ['Lower is deeper sedation. Session monitoring (DEFAULTS.md §4) acts on MOAA/S ≤3 and 0.'],
  sources: [{ tag: 'G', citation: 'Chernik DA et al. J Clin Psychopharmacol 1990;10:244' }],
};
