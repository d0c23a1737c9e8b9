import type { LedgerEvent, Role } from '@chairside/domain';
import type { AppDeps, RequestContext } from '../ports.js';
import { recordLedgerCommand } from './record-ledger-command.js';

/** Closing a discrepancy is a management decision: the administrator or a physician. */
export const discrepancyRoles: readonly Role[] = ['admin', 'physician'];

export interface CorrectionInput {
  readonly correctsEventId: string;
  readonly deltaMg: number;
  readonly reason: string;
}

/** Corrects the amount of an earlier event by a new event with a reason; nothing is edited. */
export async function recordCorrection(
  deps: AppDeps,
  ctx: RequestContext,
  input: CorrectionInput,
): Promise<LedgerEvent> {
  const { event } = await recordLedgerCommand(deps, ctx, () => ({ type: 'correction', ...input }));
  return event;
}

/** Closes an open count discrepancy with an explanation. */
export async function resolveDiscrepancy(
  deps: AppDeps,
  ctx: RequestContext,
  countEventId: string,
  explanation: string,
): Promise<LedgerEvent> {
  const { event } = await recordLedgerCommand(
    deps,
    ctx,
    () => ({ type: 'discrepancy-resolved', countEventId, explanation }),
    { roles: discrepancyRoles },
  );
  return event;
}

/** Records that an open discrepancy was reported to the DEA Field Division on a date. */
export async function reportDiscrepancy(
  deps: AppDeps,
  ctx: RequestContext,
  countEventId: string,
  input: { reportedOn: string; reference?: string | undefined },
): Promise<LedgerEvent> {
  const { event } = await recordLedgerCommand(
    deps,
    ctx,
    () => ({
      type: 'discrepancy-reported',
      countEventId,
      reportedOn: input.reportedOn,
      ...(input.reference === undefined ? {} : { reference: input.reference }),
    }),
    { roles: discrepancyRoles },
  );
  return event;
}
