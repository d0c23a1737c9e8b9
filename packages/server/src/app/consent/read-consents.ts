import {
  consentValidity,
  currentConsentForm,
  NotFoundError,
  protocolLibraryV1,
  type ConsentValidity,
  type ProtocolId,
  type Route,
} from '@chairside/domain';
import type { ConsentRecordRow } from '../intake-ports.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { requirePatient } from '../intake/require-patient.js';

/** A patient's consents, newest first, with any withdrawal (the read is audited). */
export async function listConsents(deps: AppDeps, ctx: RequestContext, patientId: string): Promise<ConsentRecordRow[]> {
  return deps.tx.run(async (s) => {
    await requirePatient(s, patientId);
    const items = await s.consents.list(patientId);
    await s.audit.append(ctx, { action: 'consent.list', recordType: 'consent', patientId });
    return items;
  });
}

/** One consent (the read is audited), e.g. for its printable copy. */
export async function getConsent(deps: AppDeps, ctx: RequestContext, consentId: string): Promise<ConsentRecordRow> {
  return deps.tx.run(async (s) => {
    const item = await s.consents.find(consentId);
    if (!item) {
      throw new NotFoundError('No consent with this id');
    }
    await s.audit.append(ctx, {
      action: 'consent.read',
      recordType: 'consent',
      recordId: item.id,
      patientId: item.patientId,
    });
    return item;
  });
}

/** Whether the patient has a valid consent for the protocol's route on the current form. */
export async function checkConsent(
  deps: AppDeps,
  ctx: RequestContext,
  patientId: string,
  protocolId: ProtocolId,
): Promise<{ route: Route; formVersion: number; validity: ConsentValidity }> {
  const route = protocolLibraryV1[protocolId].route;
  const form = currentConsentForm(route);
  return deps.tx.run(async (s) => {
    await requirePatient(s, patientId);
    const consents = await s.consents.list(patientId);
    const validity = consentValidity(
      consents.map((c) => ({
        id: c.id,
        route: c.route as Route,
        formId: c.formId,
        formVersion: c.formVersion,
        signedAt: c.patientSignedAt,
        withdrawnAt: c.withdrawal?.at ?? null,
      })),
      form,
    );
    await s.audit.append(ctx, {
      action: 'consent.check',
      recordType: 'consent',
      patientId,
      changes: { protocolId, valid: validity.valid },
    });
    return { route, formVersion: form.version, validity };
  });
}
