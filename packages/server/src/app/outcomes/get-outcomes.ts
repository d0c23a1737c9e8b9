import { allScaleIds, NotFoundError } from '@chairside/domain';
import type { AppDeps, RequestContext } from '../ports.js';
import { buildScaleOutcome, type ScaleOutcome } from './scale-outcome.js';

export interface PatientOutcomes {
  /** Session start times used for the baseline and the chart's session markers. */
  readonly sessionAts: readonly string[];
  readonly scales: readonly ScaleOutcome[];
}

/** A patient's outcomes over time, per scale that has any response (the read is audited). */
export async function getOutcomes(deps: AppDeps, ctx: RequestContext, patientId: string): Promise<PatientOutcomes> {
  return deps.tx.run(async (s) => {
    if (!(await s.patients.findById(patientId))) {
      throw new NotFoundError('No patient with this id');
    }
    const responses = await s.questionnaires.listResponses(patientId);
    // A completed dosing appointment is a session that took place.
    const sessionAts = (await s.appointments.listForPatient(patientId))
      .filter((a) => a.type === 'dosing_session' && a.status === 'completed')
      .map((a) => a.startsAt);
    await s.audit.append(ctx, { action: 'outcome.read', recordType: 'patient', recordId: patientId, patientId });
    const present = allScaleIds.filter((id) => responses.some((r) => r.scaleId === id));
    return { sessionAts, scales: present.map((id) => buildScaleOutcome(id, responses, sessionAts)) };
  });
}
