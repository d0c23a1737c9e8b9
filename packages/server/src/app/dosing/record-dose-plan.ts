import { InvalidInputError, MissingInputError, NotFoundError } from '@chairside/domain';
import { requireRole } from '../context.js';
import { currentSignedDecision } from '../screening/signed-eligibility.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { protocolFor, runCalculation, type DoseInputs } from './dose-inputs.js';
import { viewPlans, type DosePlanView } from './plan-status.js';

export interface RecordDosePlanInput {
  readonly inputs: DoseInputs;
  readonly softStopReason?: string;
  readonly note?: string;
}

function checkReason(status: string, reason: string | undefined): string | null {
  const trimmed = reason?.trim() ?? '';
  if (status === 'soft-stop' && trimmed === '') {
    throw MissingInputError.forField(
      'softStopReason',
      'This dose is a soft-stop: document why it is right for this patient (a physician then co-signs)',
    );
  }
  if (status !== 'soft-stop' && trimmed !== '') {
    throw InvalidInputError.forField(
      'softStopReason',
      `A reason is only recorded for a soft-stop; this dose is ${status}`,
    );
  }
  return trimmed === '' ? null : trimmed;
}

/**
 * Records a dose plan: inputs, the full result and protocol id@version, append-only. Within limits
 * it is approved at once; a soft-stop needs a reason now and a physician's co-sign before it is
 * approved; a hard-stop is stored as refused so the attempt is on record, and can never be approved.
 * A new plan supersedes the patient's current approved plan for the protocol once it is approved.
 */
export async function recordDosePlan(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  input: RecordDosePlanInput,
): Promise<DosePlanView> {
  const actor = requireRole(ctx, ['physician', 'nurse']);
  const now = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    if (!(await s.patients.findById(patientId))) {
      throw new NotFoundError('No patient with this id');
    }
    const record = await protocolFor(s, input.inputs, 'inputs/');
    const decision = currentSignedDecision(await s.screenings.list(patientId), record.protocolId);
    if (decision !== 'eligible') {
      throw InvalidInputError.forField(
        'inputs/protocolId',
        decision === null
          ? `This patient has no signed screening for ${record.protocolId}: a physician signs the screening before a dose is planned`
          : `The signed screening for ${record.protocolId} says ${decision}: no dose can be planned`,
      );
    }
    const result = runCalculation(record.protocol, input.inputs, now, 'inputs/');
    const softStopReason = checkReason(result.status, input.softStopReason);
    const existing = await s.dosePlans.listForPatient(patientId);
    const plan = {
      id: deps.ids.uuid(),
      patientId,
      protocolId: record.protocolId,
      protocolVersion: record.version,
      resultStatus: result.status,
      inputs: { ...input.inputs, protocolVersion: record.version },
      result,
      softStopReason,
      note: input.note?.trim() ? input.note.trim() : null,
      supersedesPlanId: viewPlans(existing).current[record.protocolId] ?? null,
      createdAt: now,
      createdByUserId: actor.userId,
      createdByUsername: actor.username,
      createdByRole: actor.role,
    };
    await s.dosePlans.insert(plan);
    await s.audit.append(ctx, {
      action: result.status === 'hard-stop' ? 'dose-plan.refuse' : 'dose-plan.record',
      recordType: 'dose-plan',
      recordId: plan.id,
      patientId,
      changes: {
        protocol: `${record.protocolId}@${record.version}`,
        status: result.status,
        findings: result.findings.map((f) => f.rule),
        softStopReason,
      },
    });
    const view = viewPlans([...existing, { ...plan, cosign: null }]).items.at(-1);
    if (!view) {
      throw new Error('the plan just stored is missing');
    }
    return view;
  });
}
