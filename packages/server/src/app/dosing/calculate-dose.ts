import type { DoseResult } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { protocolFor, runCalculation, type DoseInputs } from './dose-inputs.js';

/**
 * The calculator without a patient: nothing is stored and no patient data is read, so nothing is
 * audited. Any clinician may use it.
 */
export async function calculateDoseForInputs(
  deps: AppDeps,
  ctx: RequestContext,
  inputs: DoseInputs,
): Promise<DoseResult> {
  requireRole(ctx, ['physician', 'nurse']);
  const record = await deps.tx.run((s) => protocolFor(s, inputs));
  return runCalculation(record.protocol, inputs, deps.clock.now().toISOString());
}
