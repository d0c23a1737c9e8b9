import { pfizerLicenceNote, phqAnswerOptions } from './phq9.js';
import { ScaleId, type Scale, type ScaleItem } from './scale.js';

const gad7Texts: readonly string[] = [
  'Feeling nervous, anxious, or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid, as if something awful might happen',
];

const items: ScaleItem[] = gad7Texts.map((label, index) => ({
  id: `${ScaleId.Gad7}.item-${index + 1}`,
  number: index + 1,
  label,
  textIsVerbatim: true,
  // REFERENCE.md §9.3 gives no GAD-7 item codes: left undefined rather than guessed.
  loincCode: undefined,
  cluster: undefined,
}));

/** GAD-7: 7 items 0–3, total 0–21 (DEFAULTS.md §6; REFERENCE.md §9.1). */
export const gad7: Scale = {
  id: ScaleId.Gad7,
  version: 1,
  title: 'Generalized Anxiety Disorder-7',
  abbreviation: 'GAD-7',
  administeredBy: 'patient',
  recallPeriod: 'last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  licence: { status: 'free', note: pfizerLicenceNote, itemTextIncluded: true },
  panelLoinc: '69737-5',
  totalLoinc: '70274-6',
  loincNote:
    'Panel 69737-5 from code repositories [S] (one repository lists 69730-0: treated as an error); total 70274-6 from the HL7 PHR IG value set [G]. Item codes are not in REFERENCE.md and are left undefined. Answer codes are the PHQ set LA6568-5…LA6571-9.',
  items,
  answerOptions: phqAnswerOptions,
  totalRange: { min: 0, max: 21 },
  bands: [
    { id: 'minimal', label: 'Minimal', minTotal: 0, maxTotal: 4 },
    { id: 'mild', label: 'Mild', minTotal: 5, maxTotal: 9 },
    { id: 'moderate', label: 'Moderate', minTotal: 10, maxTotal: 14 },
    { id: 'severe', label: 'Severe', minTotal: 15, maxTotal: 21 },
  ],
  flagRules: [],
  notes: [],
  sources: [
    { tag: 'G', citation: 'Spitzer RL et al. Arch Intern Med 2006;166:1092 (bands 5/10/15)' },
    { tag: 'G', citation: 'Toussaint A et al. J Affect Disord 2020;265:395' },
  ],
};
