import { ScaleId, type Scale, type ScaleAnswerOption, type ScaleItem, type ScaleSource } from './scale.js';

/**
 * PHQ-9 and GAD-7 answer options with their LOINC answer codes (REFERENCE.md §9.3:
 * LA6568-5 … LA6571-9, taken from FHIR Questionnaires re-verified against LOINC 2.82).
 */
export const phqAnswerOptions: readonly ScaleAnswerOption[] = [
  { value: 0, label: 'Not at all', loincAnswerCode: 'LA6568-5' },
  { value: 1, label: 'Several days', loincAnswerCode: 'LA6569-3' },
  { value: 2, label: 'More than half the days', loincAnswerCode: 'LA6570-1' },
  { value: 3, label: 'Nearly every day', loincAnswerCode: 'LA6571-9' },
];

/** Pfizer released the PHQ and GAD-7 without copyright restriction (REFERENCE.md §9.1). */
export const pfizerLicenceNote =
  'Free to use: developed by Drs R.L. Spitzer, J.B.W. Williams, K. Kroenke and colleagues with an educational grant from Pfizer Inc.; no permission required to reproduce, translate, display or distribute (Pfizer, 2010).';

const phq9Items: readonly (readonly [string, string])[] = [
  ['44250-9', 'Little interest or pleasure in doing things'],
  ['44255-8', 'Feeling down, depressed, or hopeless'],
  ['44259-0', 'Trouble falling or staying asleep, or sleeping too much'],
  ['44254-1', 'Feeling tired or having little energy'],
  ['44251-7', 'Poor appetite or overeating'],
  ['44258-2', 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down'],
  ['44252-5', 'Trouble concentrating on things, such as reading the newspaper or watching television'],
  [
    '44253-3',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  ],
  ['44260-8', 'Thoughts that you would be better off dead or of hurting yourself in some way'],
];

const items: ScaleItem[] = phq9Items.map(([loincCode, label], index) => ({
  id: `${ScaleId.Phq9}.item-${index + 1}`,
  number: index + 1,
  label,
  textIsVerbatim: true,
  loincCode,
  cluster: undefined,
}));

const kroenke: ScaleSource = {
  tag: 'G',
  citation: 'Kroenke K, Spitzer RL, Williams JB. The PHQ-9. J Gen Intern Med 2001;16:606–613 (bands 5/10/15/20)',
};

/** PHQ-9: 9 items 0–3, total 0–27 (DEFAULTS.md §6; REFERENCE.md §9.1, §9.3). */
export const phq9: Scale = {
  id: ScaleId.Phq9,
  version: 1,
  title: 'Patient Health Questionnaire-9',
  abbreviation: 'PHQ-9',
  administeredBy: 'patient',
  recallPeriod: 'last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  licence: { status: 'free', note: pfizerLicenceNote, itemTextIncluded: true },
  panelLoinc: '44249-1',
  totalLoinc: '44261-6',
  loincNote:
    'Panel 44249-1, total 44261-6 and item codes from code repositories (REFERENCE.md §9.3 [S]); verify at loinc.org. The unscored difficulty item (69722-7) is not part of the total and is not carried here.',
  items,
  answerOptions: phqAnswerOptions,
  totalRange: { min: 0, max: 27 },
  bands: [
    { id: 'none-minimal', label: 'None–minimal', minTotal: 0, maxTotal: 4 },
    { id: 'mild', label: 'Mild', minTotal: 5, maxTotal: 9 },
    { id: 'moderate', label: 'Moderate', minTotal: 10, maxTotal: 14 },
    { id: 'moderately-severe', label: 'Moderately severe', minTotal: 15, maxTotal: 19 },
    { id: 'severe', label: 'Severe', minTotal: 20, maxTotal: 27 },
  ],
  flagRules: [
    {
      id: 'scale.phq-9.flag.suicide-risk',
      version: 1,
      flag: 'suicide-risk',
      // DEFAULTS.md §3: suicidal ideation today (PHQ-9 item 9 >0) → warning + same-day safety assessment [G].
      severity: 'warning',
      trigger: { kind: 'item-above', itemId: `${ScaleId.Phq9}.item-9`, above: 0 },
      action: 'Complete a structured suicide risk assessment today, before treatment.',
      source: {
        tag: 'G',
        citation:
          'DEFAULTS.md §3/§6; any PHQ-9 item 9 answer other than "not at all" needs a structured suicide risk assessment (AACN CCN 2020; Simon GE et al. Psychiatr Serv 2013)',
      },
    },
  ],
  notes: [
    'Item 9 is checked even when other items are unanswered, so a suicide-risk flag is never lost to an incomplete form.',
  ],
  sources: [kroenke, { tag: 'G', citation: 'Löwe B et al. Med Care 2004;42:1194' }],
};
