import { intakeForm, isoDate, validateIntake, type IntakeInput } from '@chairside/domain';
import { requireActor } from '../context.js';
import type { IntakeVersionRecord } from '../intake-ports.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { requirePatient } from './require-patient.js';

/**
 * Records a new intake version. Intake is versioned, never overwritten: the next version number
 * is taken inside the transaction and a unique key (patient, version) refuses a racing duplicate.
 * The whole intake is validated first (every field at fault named); nothing is stored if any is.
 */
export async function createIntakeVersion(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  input: IntakeInput,
): Promise<IntakeVersionRecord> {
  const actor = requireActor(ctx);
  const now = deps.clock.now();
  const valid = validateIntake(input, isoDate(now));
  return deps.tx.run(async (s) => {
    await requirePatient(s, patientId);
    const record: IntakeVersionRecord = {
      id: deps.ids.uuid(),
      patientId,
      version: (await s.intakes.latestVersion(patientId)) + 1,
      formVersion: intakeForm.version,
      at: now.toISOString(),
      byUserId: actor.userId,
      byUsername: actor.username,
      byRole: actor.role,
      data: input,
      derived: valid.derived,
    };
    await s.intakes.insert(record);
    const unrecognised = valid.derived.medicationMatches.filter((m) => m.status === 'unrecognised');
    await s.audit.append(ctx, {
      action: 'intake.create',
      recordType: 'intake_version',
      recordId: record.id,
      patientId,
      changes: { version: record.version, unrecognisedMedications: unrecognised.map((m) => m.input) },
    });
    return record;
  });
}
