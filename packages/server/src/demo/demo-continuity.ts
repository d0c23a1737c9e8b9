import { enterResponse } from '../app/questionnaires/enter-response.js';
import type { LetterRecipient } from '../app/continuity-ports.js';
import { draftLetter, recordDispatch, signLetter } from '../app/letters/letters.js';
import type { AppDeps, PatientRow, RequestContext } from '../app/ports.js';
import { renderLetterPdf } from '../documents/letter-pdf.js';

/**
 * PHQ-9 answers of a patient improving over an induction course (totals 19 → 6). Item 9 stays 0:
 * a positive item 9 raises an urgent task, which a demo should not leave open for weeks.
 */
const phq9Course: readonly (readonly number[])[] = [
  [2, 3, 2, 3, 3, 2, 2, 2, 0],
  [2, 2, 2, 2, 2, 2, 1, 1, 0],
  [1, 2, 1, 2, 2, 1, 1, 1, 0],
  [1, 1, 1, 1, 1, 1, 1, 1, 0],
  [1, 1, 1, 1, 0, 1, 1, 0, 0],
];
const gad7Course: readonly (readonly number[])[] = [
  [2, 2, 2, 2, 1, 2, 2],
  [1, 1, 1, 1, 1, 1, 1],
  [1, 1, 0, 1, 0, 1, 1],
];

/**
 * Outcome history for the demo patient on the IV course: PHQ-9 twice a week from three weeks
 * ago and GAD-7 weekly, entered by a nurse, so the outcomes chart, progress letters and the
 * FHIR Observations have something to show.
 */
export async function loadDemoOutcomes(deps: AppDeps, nurse: RequestContext, patient: PatientRow): Promise<void> {
  const now = deps.clock.now().getTime();
  const daysAgo = (days: number): string => new Date(now - days * 86_400_000).toISOString();
  for (const [index, values] of phq9Course.entries()) {
    await enterResponse(deps, nurse, {
      patientId: patient.id,
      scaleId: 'phq-9',
      answers: values.map((value, item) => ({ itemId: `phq-9.item-${item + 1}`, value })),
      takenAt: daysAgo(21 - index * 4),
    });
  }
  for (const [index, values] of gad7Course.entries()) {
    await enterResponse(deps, nurse, {
      patientId: patient.id,
      scaleId: 'gad-7',
      answers: values.map((value, item) => ({ itemId: `gad-7.item-${item + 1}`, value })),
      takenAt: daysAgo(21 - index * 7),
    });
  }
}

/**
 * A signed progress letter to the demo patient's therapist, recorded as sent by secure email,
 * so the Letters tab shows a finished letter on first start.
 */
export async function loadDemoLetter(
  deps: AppDeps,
  physician: RequestContext,
  patient: PatientRow,
  clinicName: string,
): Promise<void> {
  const member = patient.careTeam.find((m) => m.role === 'therapist');
  if (!member) {
    return;
  }
  const recipient: LetterRecipient = {
    role: 'therapist',
    name: member.name,
    ...(member.organisation ? { organisation: member.organisation } : {}),
    ...(member.email ? { email: member.email } : {}),
  };
  const draft = await draftLetter(deps, physician, patient.id, recipient);
  const letter = await signLetter(
    deps,
    physician,
    patient.id,
    { recipient, subject: draft.subject, sections: draft.sections, clinicName },
    renderLetterPdf,
  );
  if (member.email) {
    await recordDispatch(deps, physician, letter.id, {
      method: 'secure-email',
      destination: member.email,
      sentAt: deps.clock.now().toISOString(),
    });
  }
}
