import { Role } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, PatientRow, RequestContext } from '../ports.js';
import { doseOf, effectiveManualReadings } from '../sessions/session-derive.js';
import { loadSession } from '../sessions/session-record.js';
import type { SessionFacts } from './patient-record.js';

export interface SessionSummary {
  readonly patient: PatientRow;
  readonly session: SessionFacts;
  readonly alerts: readonly {
    readonly observedAt: string;
    readonly severity: string;
    readonly message: string;
    readonly resolvedBy: string | null;
  }[];
}

/** One session for its printed summary (and, for esketamine, the REMS monitoring form); the read is audited. */
export async function sessionSummary(
  deps: AppDeps,
  ctx: RequestContext,
  sessionId: string,
  action = 'session.summary-read',
): Promise<SessionSummary> {
  requireRole(ctx, [Role.Physician, Role.Nurse]);
  const now = deps.clock.now().toISOString();
  return deps.tx.run(async (s) => {
    const loaded = await loadSession(s, sessionId);
    await s.audit.append(ctx, {
      action,
      recordType: 'treatment_session',
      recordId: sessionId,
      patientId: loaded.patient.id,
    });
    return {
      patient: loaded.patient,
      session: {
        row: loaded.row,
        protocolName: loaded.protocolName,
        journal: loaded.journal,
        readings: effectiveManualReadings(loaded.readings),
        dose: doseOf(loaded.row, loaded.journal, loaded.plan?.result ?? null, now),
      },
      alerts: loaded.alerts.map((a) => ({
        observedAt: a.observedAt,
        severity: a.severity,
        message: a.message,
        resolvedBy: a.resolution ? `${a.resolution.byUsername}: ${a.resolution.action}` : null,
      })),
    };
  });
}
