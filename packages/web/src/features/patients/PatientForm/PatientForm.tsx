import { NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { CareTeamFields } from '../CareTeamFields/CareTeamFields';
import { sexAtBirthOptions, type PatientFormValues } from '../patient-form-values';

interface PatientFormProps {
  readonly values: PatientFormValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (values: PatientFormValues) => void;
}

type TextKey = {
  [K in keyof PatientFormValues]: PatientFormValues[K] extends string ? K : never;
}[keyof PatientFormValues];

interface FieldSpec {
  readonly key: TextKey;
  readonly label: string;
  /** The server's name for the field when it differs from the form's. */
  readonly path?: string;
  readonly required?: boolean;
  readonly type?: string;
  readonly autoComplete?: string;
  readonly description?: string;
}

const identity: readonly FieldSpec[] = [
  { key: 'legalGivenName', label: 'Legal given name', required: true, autoComplete: 'off' },
  { key: 'legalFamilyName', label: 'Legal family name', required: true, autoComplete: 'off' },
  { key: 'preferredName', label: 'Preferred name', description: 'What the patient likes to be called' },
  { key: 'dateOfBirth', label: 'Date of birth', required: true, type: 'date' },
  { key: 'genderIdentity', label: 'Gender identity' },
  { key: 'pronouns', label: 'Pronouns', description: 'For example she/her, they/them' },
];

const contact: readonly FieldSpec[] = [
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'addressLine', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'region', label: 'State or region' },
  { key: 'postalCode', label: 'Postal code' },
  { key: 'country', label: 'Country' },
];

const emergency: readonly FieldSpec[] = [
  { key: 'emergencyName', label: 'Emergency contact name', path: 'emergencyContact/name' },
  { key: 'emergencyRelationship', label: 'Relationship', path: 'emergencyContact/relationship' },
  { key: 'emergencyPhone', label: 'Emergency contact phone', path: 'emergencyContact/phone', type: 'tel' },
];

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }): ReactNode {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The patient's details, shared by registration and amendment. Field errors arrive keyed by server path. */
export function PatientForm({ values, errors, onChange }: PatientFormProps): ReactNode {
  const renderField = (spec: FieldSpec): ReactNode => (
    <TextInput
      key={spec.key}
      label={spec.label}
      description={spec.description}
      required={spec.required === true}
      type={spec.type ?? 'text'}
      autoComplete={spec.autoComplete}
      value={values[spec.key]}
      error={errors[spec.path ?? spec.key]}
      onChange={(event) => {
        onChange({ ...values, [spec.key]: event.currentTarget.value });
      }}
    />
  );
  return (
    <Stack gap="md">
      <Section title="Identity">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {identity.slice(0, 4).map(renderField)}
          <NativeSelect
            label="Sex at birth"
            required
            data={[
              { value: '', label: 'Select…' },
              ...sexAtBirthOptions.map((o) => ({ value: o.value, label: o.label })),
            ]}
            value={values.sexAtBirth}
            error={errors['sexAtBirth']}
            onChange={(event) => {
              onChange({ ...values, sexAtBirth: event.currentTarget.value as PatientFormValues['sexAtBirth'] });
            }}
          />
          {identity.slice(4).map(renderField)}
        </SimpleGrid>
      </Section>
      <Section title="Contact">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {contact.map(renderField)}
        </SimpleGrid>
      </Section>
      <Section title="Emergency contact">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {emergency.map(renderField)}
        </SimpleGrid>
      </Section>
      <Section title="Care team">
        <CareTeamFields
          rows={values.careTeam}
          errors={errors}
          onChange={(careTeam) => {
            onChange({ ...values, careTeam });
          }}
        />
      </Section>
    </Stack>
  );
}
