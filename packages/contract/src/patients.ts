import { Type } from 'typebox';
import { Email, IsoDate, Phone, RequiredText, Strict, Text, Uuid } from './common.js';

export const SexAtBirth = Type.Union([
  Type.Literal('female'),
  Type.Literal('male'),
  Type.Literal('intersex'),
  Type.Literal('unknown'),
]);

export const CareTeamRole = Type.Union([
  Type.Literal('referring_clinician'),
  Type.Literal('primary_care'),
  Type.Literal('therapist'),
  Type.Literal('psychiatrist'),
  Type.Literal('other'),
]);

export const CareTeamMember = Strict({
  role: CareTeamRole,
  name: RequiredText(200),
  organisation: Type.Optional(Text(200)),
  phone: Type.Optional(Phone),
  fax: Type.Optional(Phone),
  email: Type.Optional(Email),
});

export const EmergencyContact = Strict({
  name: RequiredText(200),
  relationship: Type.Optional(Text(100)),
  phone: Phone,
});

const detailFields = {
  legalGivenName: RequiredText(100, 'Given name as on legal documents'),
  legalFamilyName: RequiredText(100),
  preferredName: Type.Optional(Text(100)),
  dateOfBirth: IsoDate,
  sexAtBirth: SexAtBirth,
  genderIdentity: Type.Optional(Text(100)),
  pronouns: Type.Optional(Text(50)),
  phone: Type.Optional(Phone),
  email: Type.Optional(Email),
  addressLine: Type.Optional(Text(300)),
  city: Type.Optional(Text(100)),
  region: Type.Optional(Text(100)),
  postalCode: Type.Optional(Text(20)),
  country: Type.Optional(Text(100)),
  emergencyContact: Type.Optional(EmergencyContact),
  careTeam: Type.Array(CareTeamMember, { maxItems: 20 }),
};

export const RegisterPatientBody = Strict(detailFields, { description: 'A new patient; the MRN is generated' });
export type RegisterPatientBody = Type.Static<typeof RegisterPatientBody>;

export const AmendPatientBody = Strict({
  ...detailFields,
  version: Type.Integer({
    minimum: 1,
    description: 'The version you read; if someone changed it since, the answer is 409',
  }),
  reason: RequiredText(500, 'Why the record is amended'),
});
export type AmendPatientBody = Type.Static<typeof AmendPatientBody>;

export const PatientResponse = Type.Object({
  id: Uuid,
  mrn: Type.String(),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  demo: Type.Boolean(),
  ...detailFields,
});
export type PatientResponse = Type.Static<typeof PatientResponse>;

export const PatientSummary = Type.Object({
  id: Uuid,
  mrn: Type.String(),
  legalGivenName: Type.String(),
  legalFamilyName: Type.String(),
  preferredName: Type.Union([Type.String(), Type.Null()]),
  dateOfBirth: Type.String(),
  sexAtBirth: SexAtBirth,
  demo: Type.Boolean(),
});
export type PatientSummary = Type.Static<typeof PatientSummary>;

export const PatientSearchQuery = Strict({
  q: Type.Optional(Text(100, { description: 'Part of a name, an MRN, or a date of birth (YYYY-MM-DD or MM/DD/YYYY)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
});
export type PatientSearchQuery = Type.Static<typeof PatientSearchQuery>;

export const PatientSearchResponse = Type.Object({
  items: Type.Array(PatientSummary),
  total: Type.Integer({ description: 'How many patients match in all' }),
});
export type PatientSearchResponse = Type.Static<typeof PatientSearchResponse>;

export const PatientAmendment = Type.Object({
  id: Uuid,
  version: Type.Integer({ description: 'The version this amendment produced' }),
  at: Type.String(),
  by: Type.String(),
  reason: Type.String(),
  changes: Type.Array(Type.Object({ field: Type.String(), from: Type.Unknown(), to: Type.Unknown() })),
});
export type PatientAmendment = Type.Static<typeof PatientAmendment>;
