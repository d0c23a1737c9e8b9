/** Who may sign in. `patient` is the portal role; staff roles run the clinic. */
export const Role = {
  Admin: 'admin',
  Physician: 'physician',
  Nurse: 'nurse',
  FrontDesk: 'front_desk',
  Patient: 'patient',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const allRoles: readonly Role[] = Object.values(Role);
export const staffRoles: readonly Role[] = [Role.Admin, Role.Physician, Role.Nurse, Role.FrontDesk];
export const clinicalRoles: readonly Role[] = [Role.Physician, Role.Nurse];

export const roleLabel: Readonly<Record<Role, string>> = {
  admin: 'Administrator',
  physician: 'Physician',
  nurse: 'Nurse',
  front_desk: 'Front desk',
  patient: 'Patient',
};

export function isRole(value: string): value is Role {
  return (allRoles as readonly string[]).includes(value);
}
