import { ScaleId, type Scale, type ScaleFlagRule } from './scale.js';

const items = [
  'I feel unwell today',
  'Side effects since the session (nausea, dizziness, headache, pain passing urine)',
  'My mood is low today',
  'Something about the treatment is worrying me',
].map((label, index) => ({
  id: `${ScaleId.CheckIn}.item-${String(index + 1)}`,
  number: index + 1,
  label,
  textIsVerbatim: true,
  loincCode: undefined,
  cluster: undefined,
}));

const policy = {
  tag: 'P',
  citation:
    'Chairside next-day check-in after each session; any answer "A lot" is a worrying answer for the care team (issue: check-in after each session)',
} as const;

/** "A lot" to any item is a worrying answer: the care team calls the patient [P]. */
const concernRules: ScaleFlagRule[] = items.map((item) => ({
  id: `scale.check-in.flag.concern-item-${String(item.number)}`,
  version: 1,
  flag: 'check-in-concern',
  severity: 'warning',
  trigger: { kind: 'item-above', itemId: item.id, above: 1 },
  action: 'Call the patient today to ask how they are, and record what was done.',
  source: policy,
}));

/**
 * The short check-in the patient gets the day after each session (Chairside's own wording,
 * free to use): how they feel, side effects, mood and anything worrying, each 0–2.
 */
export const checkIn: Scale = {
  id: ScaleId.CheckIn,
  version: 1,
  title: 'Next-day check-in after a session',
  abbreviation: 'Check-in',
  administeredBy: 'patient',
  recallPeriod: 'since the session',
  instructions: 'How are you since your session? Choose one answer for each line.',
  licence: { status: 'free', note: 'Chairside wording, free to use.', itemTextIncluded: true },
  panelLoinc: undefined,
  totalLoinc: undefined,
  loincNote: 'A Chairside form: no LOINC code.',
  items,
  answerOptions: [
    { value: 0, label: 'Not at all', loincAnswerCode: undefined },
    { value: 1, label: 'A little', loincAnswerCode: undefined },
    { value: 2, label: 'A lot', loincAnswerCode: undefined },
  ],
  totalRange: { min: 0, max: 8 },
  bands: [],
  flagRules: concernRules,
  notes: ['Not an outcome measure: no response or remission rule.'],
  sources: [policy],
};
