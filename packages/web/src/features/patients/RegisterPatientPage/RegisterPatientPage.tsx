import { Button, Container, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { PatientForm } from '../PatientForm/PatientForm';
import { emptyPatientForm, formToBody, missingRequired } from '../patient-form-values';
import { useRegisterPatient } from '../patients-api';

export function RegisterPatientPage(): ReactNode {
  const [values, setValues] = useState(emptyPatientForm);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const register = useRegisterPatient();
  const navigate = useNavigate();
  const errors = { ...fieldErrorsOf(register.error), ...localErrors };

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const missing = missingRequired(values);
    setLocalErrors(missing);
    if (Object.keys(missing).length > 0) {
      register.reset();
      return;
    }
    register.mutate(formToBody(values), {
      onSuccess: (patient) => {
        notifications.show({
          color: 'green',
          message: `Registered ${patient.legalGivenName} ${patient.legalFamilyName} (${patient.mrn}).`,
        });
        void navigate(`/patients/${patient.id}`);
      },
    });
  };

  const problem = register.error instanceof ApiError ? register.error : null;
  return (
    <Container size="xl" py="lg">
      <form onSubmit={onSubmit} noValidate aria-label="Register patient">
        <PageHeader title="Register patient" description="A medical record number (MRN) is assigned when you save." />
        <Stack gap="md">
          {Object.keys(localErrors).length > 0 ? (
            <ErrorAlert
              error={new Error('Some required details are missing. They are marked below.')}
              title="Check the form"
            />
          ) : null}
          {register.isError ? (
            <ErrorAlert
              error={register.error}
              title="The patient was not registered"
              {...(problem !== null && problem.fieldErrors.length > 0
                ? { message: 'Some details need correcting. They are marked below.' }
                : {})}
            />
          ) : null}
          <PatientForm values={values} errors={errors} onChange={setValues} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/patients">
              Cancel
            </Button>
            <Button type="submit" loading={register.isPending}>
              Register patient
            </Button>
          </Group>
        </Stack>
      </form>
    </Container>
  );
}
