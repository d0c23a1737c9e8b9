import { NotFoundError, staffRoles } from '@chairside/domain';
import { addMinutes, requireRole } from '../context.js';
import type { AppDeps, RequestContext } from '../ports.js';

/** An invitation is good for 7 days, then staff issue a new one. */
export const invitationValidDays = 7;

export interface IssuedInvitation {
  readonly invitationId: string;
  /** Shown to staff once; only its digest is stored. */
  readonly code: string;
  readonly expiresAt: string;
}

/** A code easy to read aloud or type on a phone: 12 characters without look-alikes (0/O, 1/I/L). */
export function invitationCodeFrom(token: string): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = Buffer.from(token, 'base64url');
  const chars = Array.from(bytes.subarray(0, 12), (b) => alphabet[b % alphabet.length] ?? 'A').join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Normalises what the patient typed: case, spaces and dashes do not matter. */
export function normaliseInvitationCode(typed: string): string {
  const chars = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/**
 * Staff invite a patient to the portal. No self-registration: the portal account exists only
 * after the patient redeems this code and sets their own username and password.
 */
export async function invitePatient(deps: AppDeps, ctx: RequestContext, patientId: string): Promise<IssuedInvitation> {
  const actor = requireRole(ctx, staffRoles);
  return deps.tx.run(async (s) => {
    if (!(await s.patients.findById(patientId))) {
      throw new NotFoundError('No patient with this id');
    }
    const now = deps.clock.now();
    const code = invitationCodeFrom(deps.tokens.token());
    const invitation = {
      id: deps.ids.uuid(),
      patientId,
      codeHash: deps.tokens.digest(code),
      createdAt: now.toISOString(),
      createdByUserId: actor.userId,
      expiresAt: addMinutes(now, invitationValidDays * 24 * 60).toISOString(),
      redeemedAt: null,
      userId: null,
    };
    await s.portalInvitations.insert(invitation);
    await s.audit.append(ctx, {
      action: 'portal.invite',
      recordType: 'portal_invitation',
      recordId: invitation.id,
      patientId,
      changes: { expiresAt: invitation.expiresAt },
    });
    return { invitationId: invitation.id, code, expiresAt: invitation.expiresAt };
  });
}
