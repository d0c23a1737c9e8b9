import type { PatientResponse, RegisterPatientBody } from '@chairside/contract';

export type SexAtBirth = RegisterPatientBody['sexAtBirth'];
export type CareTeamRole = RegisterPatientBody['careTeam'][number]['role'];

export const sexAtBirthOptions: readonly { value: SexAtBirth; label: string }[] = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'intersex', label: 'Intersex' },
  { value: 'unknown', label: 'Unknown' },
];

export const careTeamRoleOptions: readonly { value: CareTeamRole; label: string }[] = [
  { value: 'referring_clinician', label: 'Referring clinician' },
  { value: 'primary_care', label: 'Primary care' },
  { value: 'therapist', label: 'Therapist' },
  { value: 'psychiatrist', label: 'Psychiatrist' },
  { value: 'other', label: 'Other' },
];

export function sexAtBirthLabel(value: SexAtBirth): string {
  return sexAtBirthOptions.find((option) => option.value === value)?.label ?? value;
}

export function careTeamRoleLabel(value: CareTeamRole): string {
  return careTeamRoleOptions.find((option) => option.value === value)?.label ?? value;
}

export interface CareTeamRowValues {
  /** Stable React key for add/remove; never sent. */
  readonly key: string;
  role: CareTeamRole;
  name: string;
  organisation: string;
  phone: string;
  fax: string;
  email: string;
}

/** Everything the form edits, as the strings the inputs hold. */
export interface PatientFormValues {
  legalGivenName: string;
  legalFamilyName: string;
  preferredName: string;
  dateOfBirth: string;
  sexAtBirth: SexAtBirth | '';
  genderIdentity: string;
  pronouns: string;
  phone: string;
  email: string;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  emergencyName: string;
  emergencyRelationship: string;
  emergencyPhone: string;
  careTeam: CareTeamRowValues[];
}

let rowCounter = 0;
export function newCareTeamRow(role: CareTeamRole = 'referring_clinician'): CareTeamRowValues {
  rowCounter += 1;
  return { key: `row-${rowCounter}`, role, name: '', organisation: '', phone: '', fax: '', email: '' };
}

export function emptyPatientForm(): PatientFormValues {
  return {
    legalGivenName: '',
    legalFamilyName: '',
    preferredName: '',
    dateOfBirth: '',
    sexAtBirth: '',
    genderIdentity: '',
    pronouns: '',
    phone: '',
    email: '',
    addressLine: '',
    city: '',
    region: '',
    postalCode: '',
    country: '',
    emergencyName: '',
    emergencyRelationship: '',
    emergencyPhone: '',
    careTeam: [],
  };
}

export function patientToForm(patient: PatientResponse): PatientFormValues {
  return {
    legalGivenName: patient.legalGivenName,
    legalFamilyName: patient.legalFamilyName,
    preferredName: patient.preferredName ?? '',
    dateOfBirth: patient.dateOfBirth,
    sexAtBirth: patient.sexAtBirth,
    genderIdentity: patient.genderIdentity ?? '',
    pronouns: patient.pronouns ?? '',
    phone: patient.phone ?? '',
    email: patient.email ?? '',
    addressLine: patient.addressLine ?? '',
    city: patient.city ?? '',
    region: patient.region ?? '',
    postalCode: patient.postalCode ?? '',
    country: patient.country ?? '',
    emergencyName: patient.emergencyContact?.name ?? '',
    emergencyRelationship: patient.emergencyContact?.relationship ?? '',
    emergencyPhone: patient.emergencyContact?.phone ?? '',
    careTeam: patient.careTeam.map((member) => ({
      ...newCareTeamRow(member.role),
      name: member.name,
      organisation: member.organisation ?? '',
      phone: member.phone ?? '',
      fax: member.fax ?? '',
      email: member.email ?? '',
    })),
  };
}

/** Only the non-blank values: an optional field left empty is simply absent. */
function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const trimmed = value.trim();
  return trimmed === '' ? {} : ({ [key]: trimmed } as Record<K, string>);
}

/**
 * The request body. Required fields go as typed (even blank), so the server
 * names each missing one at its field; the sex select's blank becomes an
 * invalid value for the same reason.
 */
export function formToBody(values: PatientFormValues): RegisterPatientBody {
  const hasEmergency = [values.emergencyName, values.emergencyRelationship, values.emergencyPhone].some(
    (v) => v.trim() !== '',
  );
  return {
    legalGivenName: values.legalGivenName.trim(),
    legalFamilyName: values.legalFamilyName.trim(),
    dateOfBirth: values.dateOfBirth,
    sexAtBirth: values.sexAtBirth as SexAtBirth,
    ...optional('preferredName', values.preferredName),
    ...optional('genderIdentity', values.genderIdentity),
    ...optional('pronouns', values.pronouns),
    ...optional('phone', values.phone),
    ...optional('email', values.email),
    ...optional('addressLine', values.addressLine),
    ...optional('city', values.city),
    ...optional('region', values.region),
    ...optional('postalCode', values.postalCode),
    ...optional('country', values.country),
    ...(hasEmergency
      ? {
          emergencyContact: {
            name: values.emergencyName.trim(),
            phone: values.emergencyPhone.trim(),
            ...optional('relationship', values.emergencyRelationship),
          },
        }
      : {}),
    careTeam: values.careTeam.map((row) => ({
      role: row.role,
      name: row.name.trim(),
      ...optional('organisation', row.organisation),
      ...optional('phone', row.phone),
      ...optional('fax', row.fax),
      ...optional('email', row.email),
    })),
  };
}

/** The checks a person should not need a round trip for; the server checks everything again. */
export function missingRequired(values: PatientFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const required: [keyof PatientFormValues, string][] = [
    ['legalGivenName', values.legalGivenName],
    ['legalFamilyName', values.legalFamilyName],
    ['dateOfBirth', values.dateOfBirth],
    ['sexAtBirth', values.sexAtBirth],
  ];
  for (const [field, value] of required) {
    if (value.trim() === '') {
      errors[field] = 'Required';
    }
  }
  const hasEmergency = [values.emergencyName, values.emergencyRelationship, values.emergencyPhone].some(
    (v) => v.trim() !== '',
  );
  if (hasEmergency && values.emergencyName.trim() === '') {
    errors['emergencyContact/name'] = 'Required for an emergency contact';
  }
  if (hasEmergency && values.emergencyPhone.trim() === '') {
    errors['emergencyContact/phone'] = 'Required for an emergency contact';
  }
  values.careTeam.forEach((row, index) => {
    if (row.name.trim() === '') {
      errors[`careTeam/${index}/name`] = 'Required';
    }
  });
  return errors;
}
