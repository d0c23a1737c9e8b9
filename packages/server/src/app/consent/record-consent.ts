import { currentConsentForm, InvalidInputError, type FieldFault, type Route } from '@chairside/domain';
import { requireActor } from '../context.js';
import type { ConsentRecordRow } from '../intake-ports.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { requirePatient } from '../intake/require-patient.js';

export interface RecordConsentInput {
  readonly route: Route;
  readonly formVersion: number;
  readonly acknowledgedElements: readonly string[];
  readonly patientTypedName: string;
  readonly signatureMethod: 'drawn' | 'checkbox';
  readonly signaturePng?: string;
  readonly patientSignedAt: string;
}

/** A tablet's clock may run a little ahead of the server's; more than this is a wrong time. */
const clockSkewMs = 5 * 60_000;

function faultsOf(input: RecordConsentInput, now: Date): FieldFault[] {
  const form = currentConsentForm(input.route);
  const faults: FieldFault[] = [];
  if (input.formVersion !== form.version) {
    faults.push({
      field: 'formVersion',
      message: `The current ${input.route} consent form is version ${form.version}; reload it`,
    });
  }
  const missing = form.elements.filter((e) => !input.acknowledgedElements.includes(e.id));
  if (missing.length > 0) {
    faults.push({
      field: 'acknowledgedElements',
      message: `Not yet explained: ${missing.map((e) => e.title).join(', ')}`,
    });
  }
  if (input.signatureMethod === 'drawn' && !input.signaturePng) {
    faults.push({ field: 'signaturePng', message: 'Draw the signature, or use the checkbox instead' });
  }
  if (input.patientTypedName.trim().length < 2) {
    faults.push({ field: 'patientTypedName', message: 'Type the patient’s full name' });
  }
  if (new Date(input.patientSignedAt).getTime() > now.getTime() + clockSkewMs) {
    faults.push({ field: 'patientSignedAt', message: 'cannot be in the future' });
  }
  return faults;
}

/**
 * Records a patient's informed consent for a route, witnessed by the signed-in staff member.
 * Every element of the current form must have been explained (REFERENCE.md §11).
 */
export async function recordConsent(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  input: RecordConsentInput,
): Promise<ConsentRecordRow> {
  const actor = requireActor(ctx);
  const nowDate = deps.clock.now();
  const now = nowDate.toISOString();
  const faults = faultsOf(input, nowDate);
  if (faults.length > 0) {
    throw new InvalidInputError('The consent is incomplete', { fields: faults });
  }
  const form = currentConsentForm(input.route);
  return deps.tx.run(async (s) => {
    await requirePatient(s, patientId);
    const row: ConsentRecordRow = {
      id: deps.ids.uuid(),
      patientId,
      route: input.route,
      formId: form.id,
      formVersion: form.version,
      form,
      acknowledgedElements: [...input.acknowledgedElements],
      patientTypedName: input.patientTypedName.trim(),
      signatureMethod: input.signatureMethod,
      signaturePng: input.signatureMethod === 'drawn' ? (input.signaturePng ?? null) : null,
      patientSignedAt: new Date(input.patientSignedAt).toISOString(),
      witnessUserId: actor.userId,
      witnessUsername: actor.username,
      recordedAt: now,
      withdrawal: null,
    };
    const { withdrawal: _none, ...insert } = row;
    await s.consents.insert(insert);
    await s.audit.append(ctx, {
      action: 'consent.sign',
      recordType: 'consent',
      recordId: row.id,
      patientId,
      changes: { route: row.route, form: `${form.id}@${form.version}`, signatureMethod: row.signatureMethod },
    });
    return row;
  });
}
