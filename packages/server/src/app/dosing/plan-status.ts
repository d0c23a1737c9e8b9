import type { DosePlanRecord } from '../ports.js';

export type DosePlanStatus = 'approved' | 'awaiting-cosign' | 'refused' | 'superseded';

export interface DosePlanView extends DosePlanRecord {
  readonly status: DosePlanStatus;
  readonly approvedAt: string | null;
}

/**
 * When a plan became approved: at once when within limits; at the co-sign for a soft-stop
 * (DEFAULTS.md top: "soft-stop — blocks until a physician records a reason and co-signs"); never
 * for a hard-stop ("no override in the product").
 */
export function approvedAtOf(plan: DosePlanRecord): string | null {
  switch (plan.resultStatus) {
    case 'within':
      return plan.createdAt;
    case 'soft-stop':
      return plan.cosign?.at ?? null;
    case 'hard-stop':
      return null;
  }
}

/**
 * Statuses of a patient's plans (given oldest first) and the approved plan in force per protocol:
 * the latest to become approved. An approved plan a later approval replaced is superseded.
 */
export function viewPlans(plans: readonly DosePlanRecord[]): {
  items: DosePlanView[];
  current: Record<string, string>;
} {
  const current: Record<string, { id: string; at: string }> = {};
  for (const plan of plans) {
    const at = approvedAtOf(plan);
    const held = current[plan.protocolId];
    if (at !== null && (held === undefined || at >= held.at)) {
      current[plan.protocolId] = { id: plan.id, at };
    }
  }
  const items = plans.map((plan): DosePlanView => {
    const approvedAt = approvedAtOf(plan);
    const status: DosePlanStatus =
      plan.resultStatus === 'hard-stop'
        ? 'refused'
        : approvedAt === null
          ? 'awaiting-cosign'
          : current[plan.protocolId]?.id === plan.id
            ? 'approved'
            : 'superseded';
    return { ...plan, status, approvedAt };
  });
  return { items, current: Object.fromEntries(Object.entries(current).map(([key, value]) => [key, value.id])) };
}
