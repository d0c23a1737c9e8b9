import { evaluateScreening, isoDate, NotFoundError, type ProtocolId, type ScreeningResult } from '@chairside/domain';
import { requireActor } from '../context.js';
import type { ScreeningRecord } from '../intake-ports.js';
import type { AppDeps, RequestContext, Stores } from '../ports.js';
import { requirePatient } from '../intake/require-patient.js';

export interface EvaluateInput {
  readonly intakeVersion: number;
  readonly protocolId: ProtocolId;
}

async function evaluate(
  deps: AppDeps,
  s: Stores,
  patientId: string,
  input: EvaluateInput,
): Promise<{ result: ScreeningResult; intakeId: string }> {
  await requirePatient(s, patientId);
  const intake = await s.intakes.find(patientId, input.intakeVersion);
  if (!intake) {
    throw new NotFoundError(`This patient has no intake version ${input.intakeVersion}`);
  }
  // The clinic's current published version: a medical director's revision applies from now on,
  // and the saved screening keeps the id@version it was evaluated against.
  const protocol = await s.protocols.findLatest(input.protocolId);
  if (!protocol) {
    throw new NotFoundError(`No published protocol ${input.protocolId}`);
  }
  return { result: evaluateScreening(intake.data, protocol.protocol, isoDate(deps.clock.now())), intakeId: intake.id };
}

/** Screens an intake version for a protocol without saving anything but the audit of the read. */
export async function previewScreening(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  input: EvaluateInput,
): Promise<ScreeningResult> {
  requireActor(ctx);
  return deps.tx.run(async (s) => {
    const { result } = await evaluate(deps, s, patientId, input);
    await s.audit.append(ctx, {
      action: 'screening.preview',
      recordType: 'screening',
      patientId,
      changes: {
        intakeVersion: input.intakeVersion,
        protocol: `${result.protocol.id}@${result.protocol.version}`,
        decision: result.decision,
      },
    });
    return result;
  });
}

/** Screens and saves a draft screening record that a physician then signs. */
export async function saveScreening(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  input: EvaluateInput,
): Promise<ScreeningRecord> {
  const actor = requireActor(ctx);
  return deps.tx.run(async (s) => {
    const { result, intakeId } = await evaluate(deps, s, patientId, input);
    const record: ScreeningRecord = {
      id: deps.ids.uuid(),
      patientId,
      intakeId,
      intakeVersion: input.intakeVersion,
      protocolId: result.protocol.id,
      protocolVersion: result.protocol.version,
      result,
      createdAt: deps.clock.now().toISOString(),
      createdByUserId: actor.userId,
      createdByUsername: actor.username,
      signature: null,
    };
    const { signature: _none, ...row } = record;
    await s.screenings.insert(row);
    await s.audit.append(ctx, {
      action: 'screening.create',
      recordType: 'screening',
      recordId: record.id,
      patientId,
      changes: {
        intakeVersion: input.intakeVersion,
        protocol: `${result.protocol.id}@${result.protocol.version}`,
        decision: result.decision,
      },
    });
    return record;
  });
}
