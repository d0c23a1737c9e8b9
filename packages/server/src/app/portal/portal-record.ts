import type { PatientRecordSnapshot } from '../records/patient-record.js';
import { loadSnapshot } from '../records/read-record.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { portalPatientId } from './portal-patient.js';

/** The signed-in patient's whole record, for them to download (the download is audited). */
export async function myRecord(deps: AppDeps, ctx: RequestContext): Promise<PatientRecordSnapshot> {
  return deps.tx.run(async (s) => {
    const { patientId } = await portalPatientId(s, ctx);
    const snapshot = await loadSnapshot(s, patientId, deps.clock.now().toISOString());
    await s.audit.append(ctx, {
      action: 'portal.record-download',
      recordType: 'patient',
      recordId: patientId,
      patientId,
    });
    return snapshot;
  });
}
