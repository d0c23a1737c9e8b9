/**
 * Which observation result statuses (OBX-11, HL7 table 0085) are charted.
 * IHE PCD-01 [G] (PCD TF Vol. 2, OBX-11): device data is normally sent as `R` (results entered,
 * not verified) because no clinician has validated it yet; the chart shows it as device data.
 */
export interface StatusRule {
  readonly charted: boolean;
  readonly correction: boolean;
  readonly meaning: string;
}

export const resultStatusRules: Readonly<Record<string, StatusRule>> = {
  R: { charted: true, correction: false, meaning: 'Results entered, not verified (normal for monitors per PCD-01)' },
  F: { charted: true, correction: false, meaning: 'Final results' },
  C: { charted: true, correction: true, meaning: 'Correction of a previously sent final result' },
  X: { charted: false, correction: false, meaning: 'Results cannot be obtained for this observation' },
  D: { charted: false, correction: false, meaning: 'Deletes the OBX record' },
  W: { charted: false, correction: false, meaning: 'Post original as wrong (sent to the wrong patient)' },
  P: { charted: false, correction: false, meaning: 'Preliminary results' },
  I: { charted: false, correction: false, meaning: 'Specimen in lab; results pending' },
  S: { charted: false, correction: false, meaning: 'Partial results' },
  U: { charted: false, correction: false, meaning: 'Results status change to final without retransmitting' },
  N: { charted: false, correction: false, meaning: 'Not asked' },
};

/** Unknown or empty statuses are not charted: a status we cannot interpret is never assumed valid. */
export function statusRule(status: string): StatusRule {
  return (
    resultStatusRules[status.trim().toUpperCase()] ?? {
      charted: false,
      correction: false,
      meaning: `Unknown result status "${status}"`,
    }
  );
}
