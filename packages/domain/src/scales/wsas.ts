import { numericOptions, ScaleId, type Scale, type ScaleItem } from './scale.js';

const domains: readonly string[] = [
  'Work',
  'Home management',
  'Social leisure activities',
  'Private leisure activities',
  'Close relationships',
];

const items: ScaleItem[] = domains.map((domain, index) => ({
  id: `${ScaleId.Wsas}.item-${index + 1}`,
  number: index + 1,
  label: `Item ${index + 1} (${domain})`,
  textIsVerbatim: false,
  loincCode: undefined,
  cluster: undefined,
}));

/** Work and Social Adjustment Scale: 5 items 0–8, total 0–40 (Mundt et al. 2002). */
export const wsas: Scale = {
  id: ScaleId.Wsas,
  version: 1,
  title: 'Work and Social Adjustment Scale',
  abbreviation: 'WSAS',
  administeredBy: 'patient',
  recallPeriod: 'current',
  instructions: undefined,
  licence: {
    status: 'free',
    note: 'Free to use. Items carry the domain names only; use the published form for the wording.',
    itemTextIncluded: false,
  },
  panelLoinc: undefined,
  totalLoinc: undefined,
  loincNote: 'REFERENCE.md gives no LOINC code for the WSAS: left undefined.',
  items,
  answerOptions: numericOptions(0, 8, {
    0: 'Not at all impaired',
    2: 'Slightly',
    4: 'Definitely',
    6: 'Markedly',
    8: 'Very severely impaired',
  }),
  totalRange: { min: 0, max: 40 },
  bands: [
    { id: 'subclinical', label: 'Subclinical', minTotal: 0, maxTotal: 9 },
    { id: 'significant-impairment', label: 'Significant functional impairment', minTotal: 10, maxTotal: 20 },
    { id: 'moderately-severe-or-worse', label: 'Moderately severe or worse', minTotal: 21, maxTotal: 40 },
  ],
  flagRules: [],
  notes: [
    'A patient who is retired or not working for reasons unrelated to the problem leaves item 1 unanswered; the scale is then incomplete and not scored (never imputed).',
  ],
  sources: [
    {
      tag: 'T',
      citation:
        'Mundt JC, Marks IM, Shear MK, Greist JM. The Work and Social Adjustment Scale. Br J Psychiatry 2002;180:461–464 (<10 subclinical, 10–20 significant impairment, >20 moderately severe or worse)',
    },
  ],
};
