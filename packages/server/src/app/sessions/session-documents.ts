/** The discharge sheet's data, from the session's record. */
import { buildDischargeInstructions, MissingInputError, type DischargeInstructions } from '@chairside/domain';
import { requireRole } from '../context.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { preChecksOf } from './session-derive.js';
import { clinicianRoles, loadSession } from './session-record.js';
import { patientNameOf } from './session-views.js';

export interface DischargeSheetData {
  readonly instructions: DischargeInstructions;
  readonly patientName: string;
  readonly mrn: string;
  readonly sessionDate: string;
  readonly escortName: string | null;
  readonly holdsToResume: readonly string[];
}

export async function dischargeSheetData(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  clinic: { name: string; phone: string | null },
): Promise<DischargeSheetData> {
  requireRole(ctx, clinicianRoles);
  if (clinic.phone === null) {
    throw MissingInputError.forField('clinicPhone', 'Set CHAIRSIDE_CLINIC_PHONE: the sheet must say whom to call');
  }
  const phone = clinic.phone;
  return deps.tx.run(async (s) => {
    const session = await loadSession(s, id);
    await s.audit.append(ctx, {
      action: 'session.discharge-instructions',
      recordType: 'treatment_session',
      recordId: id,
      patientId: session.row.patientId,
    });
    const pre = preChecksOf(session.journal);
    return {
      instructions: buildDischargeInstructions({
        route: session.row.route,
        clinicName: clinic.name,
        clinicPhone: phone,
      }),
      patientName: patientNameOf(session.patient),
      mrn: session.patient.mrn,
      sessionDate: session.row.dosingStartedAt ?? session.row.createdAt,
      escortName: pre.escortName,
      holdsToResume: pre.medicationHolds.filter((h) => h.confirmed).map((h) => h.medication),
    };
  });
}
