import { staffRoles } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { recordResponseIn, type RecordedResponse, type RecordResponseInput } from './record-response.js';

/** Staff (front desk, nurse, physician, admin) enter a questionnaire on the patient's behalf. */
export async function enterResponse(
  deps: AppDeps,
  ctx: RequestContext,
  input: RecordResponseInput,
): Promise<RecordedResponse> {
  const actor = requireRole(ctx, staffRoles);
  return deps.tx.run((s) => recordResponseIn(s, deps, ctx, actor, input));
}
