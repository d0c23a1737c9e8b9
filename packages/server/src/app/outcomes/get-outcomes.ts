import { allScaleIds, NotFoundError } from '@chairside/domain';
import type { AppDeps, RequestContext } from '../ports.js';
import { outcomeSessionsOf, type OutcomeSession } from './outcome-sessions.js';
import { buildScaleOutcome, type ScaleOutcome } from './scale-outcome.js';

export interface PatientOutcomes {
  /** Session start times used for the baseline and the chart's session markers. */
  readonly sessionAts: readonly string[];
  /** The sessions themselves, with the dose (mg/kg) each gave when recorded. */
  readonly sessions: readonly OutcomeSession[];
  readonly scales: readonly ScaleOutcome[];
}

/** A patient's outcomes over time, per scale that has any response (the read is audited). */
export async function getOutcomes(deps: AppDeps, ctx: RequestContext, patientId: string): Promise<PatientOutcomes> {
  return deps.tx.run(async (s) => {
    if (!(await s.patients.findById(patientId))) {
      throw new NotFoundError('No patient with this id');
    }
    const responses = await s.questionnaires.listResponses(patientId);
    const sessions = await outcomeSessionsOf(s, patientId, deps.clock.now().toISOString());
    const sessionAts = sessions.map((x) => x.at);
    await s.audit.append(ctx, { action: 'outcome.read', recordType: 'patient', recordId: patientId, patientId });
    const present = allScaleIds.filter((id) => responses.some((r) => r.scaleId === id));
    return { sessionAts, sessions, scales: present.map((id) => buildScaleOutcome(id, responses, sessionAts)) };
  });
}
