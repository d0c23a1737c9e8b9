import { Type } from 'typebox';
import { RequiredText, Strict, Text, Uuid } from './common.js';

export const RoleName = Type.Union(
  [
    Type.Literal('admin'),
    Type.Literal('physician'),
    Type.Literal('nurse'),
    Type.Literal('front_desk'),
    Type.Literal('patient'),
  ],
  { description: 'The role a user signs in with' },
);

export const SignInBody = Strict({
  username: RequiredText(100),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});
export type SignInBody = Type.Static<typeof SignInBody>;

export const Me = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  role: RoleName,
  medicalDirector: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  csrfToken: Type.String({ description: 'Send as the x-csrf-token header on every state-changing request' }),
  idleTimeoutSeconds: Type.Integer(),
  expiresAt: Type.String({ description: 'Absolute end of this sign-in session' }),
});
export type Me = Type.Static<typeof Me>;

/** A password policy a schema can check: length only. Strength beyond length is a matter for the domain. */
export const NewPassword = Type.String({ minLength: 12, maxLength: 200, description: 'At least 12 characters' });

export const ChangePasswordBody = Strict({
  currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
  newPassword: NewPassword,
});
export type ChangePasswordBody = Type.Static<typeof ChangePasswordBody>;

export const UserSummary = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  role: RoleName,
  medicalDirector: Type.Boolean(),
  active: Type.Boolean(),
  locked: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  lastSignInAt: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
});
export type UserSummary = Type.Static<typeof UserSummary>;

export const CreateUserBody = Strict({
  username: Type.String({ minLength: 3, maxLength: 100, pattern: '^[a-zA-Z0-9._@-]+$' }),
  displayName: RequiredText(200),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
  role: RoleName,
  medicalDirector: Type.Optional(Type.Boolean()),
  password: NewPassword,
});
export type CreateUserBody = Type.Static<typeof CreateUserBody>;

export const UpdateUserBody = Strict({
  version: Type.Integer({ minimum: 1 }),
  displayName: Type.Optional(RequiredText(200)),
  email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()])),
  role: Type.Optional(RoleName),
  medicalDirector: Type.Optional(Type.Boolean()),
  active: Type.Optional(Type.Boolean()),
  reason: Text(500, { minLength: 1, description: 'Why the account is changed (kept in the audit trail)' }),
});
export type UpdateUserBody = Type.Static<typeof UpdateUserBody>;

export const ResetPasswordBody = Strict({
  newPassword: NewPassword,
  reason: Text(500, { minLength: 1 }),
});
export type ResetPasswordBody = Type.Static<typeof ResetPasswordBody>;
