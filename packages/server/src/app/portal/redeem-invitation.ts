import { ConflictError, InvalidInputError } from '@chairside/domain';
import { checkPasswordPolicy } from '../auth/password-policy.js';
import type { AppDeps, RequestContext } from '../ports.js';
import { normaliseInvitationCode } from './invite-patient.js';

export interface RedeemInvitationInput {
  readonly code: string;
  readonly username: string;
  readonly password: string;
}

const invalidCode = 'This invitation code is not valid or has expired. Ask the clinic for a new one.';

/**
 * The patient redeems a one-time code and chooses their own username and password; this
 * creates their portal account, linked to their patient record. Then they sign in as usual.
 */
export async function redeemInvitation(
  deps: AppDeps,
  ctx: RequestContext,
  input: RedeemInvitationInput,
): Promise<{ readonly username: string }> {
  const username = input.username.trim();
  checkPasswordPolicy(input.password, username, 'password');
  const codeHash = deps.tokens.digest(normaliseInvitationCode(input.code));
  const passwordHash = await deps.hasher.hash(input.password);
  return deps.tx.run(async (s) => {
    const invitation = await s.portalInvitations.findByCodeHash(codeHash);
    const now = deps.clock.now();
    if (invitation?.redeemedAt !== null || new Date(invitation.expiresAt) <= now) {
      throw InvalidInputError.forField('code', invalidCode);
    }
    if (await s.users.findByUsername(username)) {
      throw new ConflictError(`The username "${username}" is taken`, {
        fields: [{ field: 'username', message: 'This username is taken; choose another' }],
      });
    }
    const patient = await s.patients.findById(invitation.patientId);
    const at = now.toISOString();
    const userId = deps.ids.uuid();
    await s.users.insert({
      id: userId,
      username,
      displayName: patient ? (patient.preferredName ?? patient.legalGivenName) : username,
      email: null,
      role: 'patient',
      medicalDirector: false,
      patientId: invitation.patientId,
      active: true,
      passwordHash,
      mustChangePassword: false,
      demo: false,
      createdAt: at,
      updatedAt: at,
    });
    if (!(await s.portalInvitations.redeem(invitation.id, userId, at))) {
      throw InvalidInputError.forField('code', invalidCode);
    }
    const patientCtx: RequestContext = {
      ...ctx,
      actor: { userId, username, role: 'patient', medicalDirector: false },
    };
    await s.audit.append(patientCtx, {
      action: 'portal.redeem',
      recordType: 'portal_invitation',
      recordId: invitation.id,
      patientId: invitation.patientId,
      changes: { userId, username },
    });
    return { username };
  });
}
