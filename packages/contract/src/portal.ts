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

export const InstructionSectionView = Type.Object({
  heading: Type.String(),
  items: Type.Array(
    Type.Object({
      text: Type.String(),
      source: Type.Object({ tags: Type.Array(Type.String()), citation: Type.String() }),
    }),
  ),
});
export type InstructionSectionView = Type.Static<typeof InstructionSectionView>;

export const PortalAppointmentView = Type.Object({
  id: Uuid,
  type: Type.String(),
  typeLabel: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  location: Type.String(),
  therapistName: Type.Union([Type.String(), Type.Null()]),
  /** What to do before a dosing session; null for other visits. */
  instructions: Type.Union([Type.Array(InstructionSectionView), Type.Null()]),
});
export type PortalAppointmentView = Type.Static<typeof PortalAppointmentView>;

export const PortalVisitsView = Type.Object({
  timeZone: Type.Union([Type.String(), Type.Null()], { description: "The clinic's time zone for showing times" }),
  upcoming: Type.Array(PortalAppointmentView),
  lastSession: Type.Union([
    Type.Object({
      at: Type.String(),
      title: Type.String(),
      sections: Type.Array(InstructionSectionView),
      crisisLine: Type.String(),
    }),
    Type.Null(),
  ]),
});
export type PortalVisitsView = Type.Static<typeof PortalVisitsView>;
