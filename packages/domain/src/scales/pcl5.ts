import { itemNumbers, neutralItems, ScaleId, type Scale } from './scale.js';

/** DSM-5 symptom clusters of the PCL-5 items (REFERENCE.md §9.1: B 1–5, C 6–7, D 8–14, E 15–20). */
export function pcl5Cluster(itemNumber: number): string {
  if (itemNumber <= 5) {
    return 'B';
  }
  if (itemNumber <= 7) {
    return 'C';
  }
  return itemNumber <= 14 ? 'D' : 'E';
}

/** PCL-5: 20 items 0–4, total 0–80, ≥33 probable PTSD (DEFAULTS.md §6; REFERENCE.md §9.1). */
export const pcl5: Scale = {
  id: ScaleId.Pcl5,
  version: 1,
  title: 'PTSD Checklist for DSM-5',
  abbreviation: 'PCL-5',
  administeredBy: 'patient',
  recallPeriod: 'past month',
  instructions: undefined,
  licence: {
    status: 'public-domain',
    note: 'Public domain: produced by the US Department of Veterans Affairs National Center for PTSD, not copyrighted (stated by NCPTSD-derived sources; REFERENCE.md §9.1 says "verify"). Item text is not carried until the clinic confirms the current NCPTSD terms; use the NCPTSD form.',
    itemTextIncluded: false,
  },
  panelLoinc: undefined,
  totalLoinc: undefined,
  loincNote: 'No LOINC code for the PCL-5 in REFERENCE.md (§9.3 lists it as not retrieved): codes left undefined.',
  items: neutralItems(ScaleId.Pcl5, itemNumbers(20), pcl5Cluster),
  answerOptions: [
    { value: 0, label: 'Not at all', loincAnswerCode: undefined },
    { value: 1, label: 'A little bit', loincAnswerCode: undefined },
    { value: 2, label: 'Moderately', loincAnswerCode: undefined },
    { value: 3, label: 'Quite a bit', loincAnswerCode: undefined },
    { value: 4, label: 'Extremely', loincAnswerCode: undefined },
  ],
  totalRange: { min: 0, max: 80 },
  // REFERENCE.md §9.1: "no empirically derived severity bands". The cut-point is a flag instead.
  bands: [],
  flagRules: [
    {
      id: 'scale.pcl-5.flag.probable-ptsd',
      version: 1,
      flag: 'probable-ptsd',
      severity: 'info',
      trigger: { kind: 'total-at-least', minTotal: 33 },
      action: 'Provisional only: confirm PTSD with a structured clinical interview (e.g. CAPS-5).',
      source: {
        tag: 'G',
        citation: 'DEFAULTS.md §6; NCPTSD PCL-5 scoring: provisional cut-point 31–33 (REFERENCE.md §9.1)',
      },
    },
  ],
  notes: [
    'Clusters: B intrusion (items 1–5), C avoidance (6–7), D negative cognition and mood (8–14), E arousal and reactivity (15–20).',
  ],
  sources: [{ tag: 'G', citation: 'Weathers FW et al. PCL-5, National Center for PTSD (2013)' }],
};
