import { itemNumbers, neutralItems, numericOptions, ScaleId, type Scale } from './scale.js';

/** Insomnia Severity Index: 7 items 0–4, total 0–28, bands 8/15/22 (DEFAULTS.md §6; REFERENCE.md §9.1). */
export const isi: Scale = {
  id: ScaleId.Isi,
  version: 1,
  title: 'Insomnia Severity Index',
  abbreviation: 'ISI',
  administeredBy: 'patient',
  recallPeriod: 'last 2 weeks',
  instructions: undefined,
  licence: {
    status: 'permission-required',
    note: '"Used with permission from C.M. Morin": a licence is required before the item text or answer anchors may be embedded. Neither is included; record answers from the licensed form.',
    itemTextIncluded: false,
  },
  panelLoinc: undefined,
  totalLoinc: undefined,
  loincNote: 'No LOINC code for the ISI in REFERENCE.md (§9.3 lists it as not retrieved): codes left undefined.',
  items: neutralItems(ScaleId.Isi, itemNumbers(7)),
  // Anchor wording differs per item on the licensed form, so only the values are carried.
  answerOptions: numericOptions(0, 4),
  totalRange: { min: 0, max: 28 },
  bands: [
    { id: 'none', label: 'No clinically significant insomnia', minTotal: 0, maxTotal: 7 },
    { id: 'subthreshold', label: 'Subthreshold insomnia', minTotal: 8, maxTotal: 14 },
    { id: 'moderate', label: 'Clinical insomnia (moderate)', minTotal: 15, maxTotal: 21 },
    { id: 'severe', label: 'Clinical insomnia (severe)', minTotal: 22, maxTotal: 28 },
  ],
  flagRules: [],
  notes: [],
  sources: [{ tag: 'G', citation: 'Morin CM et al. Sleep 2011;34:601' }],
};
