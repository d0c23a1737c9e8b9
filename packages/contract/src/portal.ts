import { Type } from 'typebox';
import { RequiredText, Strict, Uuid } from './common.js';
import { AssignmentView, ScaleView } from './questionnaires.js';

export const InvitationView = Type.Object({
  invitationId: Uuid,
  code: Type.String({ description: 'Shown once: only its digest is stored' }),
  expiresAt: Type.String(),
});
export type InvitationView = Type.Static<typeof InvitationView>;

export const RedeemInvitationBody = Strict({
  code: RequiredText(40, 'The code the clinic gave you, e.g. ABCD-EFGH-JKMN'),
  username: Type.String({ minLength: 3, maxLength: 60, pattern: '^[A-Za-z0-9._@-]+$' }),
  password: Type.String({ minLength: 12, maxLength: 200 }),
});
export type RedeemInvitationBody = Type.Static<typeof RedeemInvitationBody>;

export const PortalAssignmentView = Type.Object({ ...AssignmentView.properties, scale: ScaleView });
export type PortalAssignmentView = Type.Static<typeof PortalAssignmentView>;

/** What the patient sees of their own scores: the numbers and bands, not clinical flags. */
export const PortalScoreView = Type.Object({
  id: Uuid,
  scaleId: Type.String(),
  scaleName: Type.String(),
  complete: Type.Boolean(),
  total: Type.Union([Type.Integer(), Type.Null()]),
  bandLabel: Type.Union([Type.String(), Type.Null()]),
  takenAt: Type.String(),
});
export type PortalScoreView = Type.Static<typeof PortalScoreView>;

export const CrisisResources = Type.Object({
  heading: Type.String(),
  lines: Type.Array(Type.Object({ label: Type.String(), detail: Type.String(), href: Type.String() })),
});
export type CrisisResources = Type.Static<typeof CrisisResources>;

export const PortalSubmitResult = Type.Object({
  score: PortalScoreView,
  /** Present when an answer suggests thoughts of self-harm: shown at once on submission. */
  crisisResources: Type.Union([CrisisResources, Type.Null()]),
});
export type PortalSubmitResult = Type.Static<typeof PortalSubmitResult>;

export const PortalMe = Type.Object({
  displayName: Type.String(),
  clinicPhone: Type.Union([Type.String(), Type.Null()]),
});
export type PortalMe = Type.Static<typeof PortalMe>;
