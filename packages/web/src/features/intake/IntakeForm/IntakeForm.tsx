import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { FormSection } from '../FormSection/FormSection';
import { HistorySection } from '../HistorySection/HistorySection';
import { useCreateIntake } from '../intake-api';
import { emptyIntake, toIntakeBody, type IntakeFormValues } from '../intake-form-values';
import { MeasurementsSection } from '../MeasurementsSection/MeasurementsSection';
import { MedicationRows } from '../MedicationRows/MedicationRows';
import { PregnancySection } from '../PregnancySection/PregnancySection';
import { ReferralSection } from '../ReferralSection/ReferralSection';
import { optionsOf } from '../section-props';

interface IntakeFormProps {
  readonly patientId: string;
  readonly patient: { readonly dateOfBirth: string; readonly sexAtBirth: string };
  readonly onSaved: (version: number) => void;
  readonly onCancel: () => void;
}

/** A new intake version: every section of the shared intake form; errors shown at the field. */
export function IntakeForm({ patientId, patient, onSaved, onCancel }: IntakeFormProps): ReactNode {
  const [values, setValues] = useState<IntakeFormValues>(() => emptyIntake(patient));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const create = useCreateIntake(patientId);
  const errors = { ...fieldErrorsOf(create.error), ...localErrors };
  const onChange = (patch: Partial<IntakeFormValues>): void => {
    setValues((v) => ({ ...v, ...patch }));
  };
  const submit = (): void => {
    const { body, errors: missing } = toIntakeBody(values);
    setLocalErrors(missing);
    if (body) {
      create.mutate(body, {
        onSuccess: (saved) => {
          onSaved(saved.version);
        },
      });
    }
  };
  const count = Object.keys(errors).length;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <FormSection title="About the patient">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="Date of birth"
              type="date"
              required
              value={values.dateOfBirth}
              error={errors['dateOfBirth']}
              onChange={(e) => {
                onChange({ dateOfBirth: e.currentTarget.value });
              }}
            />
            <NativeSelect
              label="Sex at birth"
              required
              data={optionsOf('sexAtBirth')}
              value={values.sexAtBirth}
              error={errors['sexAtBirth']}
              onChange={(e) => {
                onChange({ sexAtBirth: e.currentTarget.value });
              }}
            />
          </SimpleGrid>
        </FormSection>
        <ReferralSection values={values} errors={errors} onChange={onChange} />
        <HistorySection values={values} errors={errors} onChange={onChange} />
        <MedicationRows values={values} errors={errors} onChange={onChange} />
        <PregnancySection values={values} errors={errors} onChange={onChange} />
        <MeasurementsSection values={values} errors={errors} onChange={onChange} />
        {count > 0 ? (
          <Alert color="red" role="alert" title="The intake was not saved">
            {count === 1 ? 'One field needs attention' : `${String(count)} fields need attention`}; see the messages at
            the fields.
          </Alert>
        ) : create.isError ? (
          <ErrorAlert error={create.error} title="The intake was not saved" />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Save intake version
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
