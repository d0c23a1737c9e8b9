import { numericOptions, ScaleId, type Scale } from './scale.js';

/** Pain numeric rating scale: one item 0–10 (DEFAULTS.md §6; REFERENCE.md §9.1). */
export const painNrs: Scale = {
  id: ScaleId.PainNrs,
  version: 1,
  title: 'Pain Numeric Rating Scale',
  abbreviation: 'Pain NRS',
  administeredBy: 'patient',
  recallPeriod: 'as set by the clinic form (e.g. average pain in the last 24 h); keep it the same across a course',
  instructions: undefined,
  licence: { status: 'free', note: 'Free to use (generic 11-point numeric rating scale).', itemTextIncluded: false },
  panelLoinc: undefined,
  totalLoinc: undefined,
  loincNote: 'REFERENCE.md gives no LOINC code for the pain NRS: left undefined.',
  items: [
    {
      id: `${ScaleId.PainNrs}.item-1`,
      number: 1,
      label: 'Pain intensity',
      textIsVerbatim: false,
      loincCode: undefined,
      cluster: undefined,
    },
  ],
  answerOptions: numericOptions(0, 10, { 0: 'No pain', 10: 'Worst pain imaginable' }),
  totalRange: { min: 0, max: 10 },
  // DEFAULTS.md §6: no bands for the pain NRS.
  bands: [],
  flagRules: [],
  notes: [],
  sources: [{ tag: 'G', citation: 'Farrar JT et al. Pain 2001;94:149 (≈30% or 2 points clinically important)' }],
};
