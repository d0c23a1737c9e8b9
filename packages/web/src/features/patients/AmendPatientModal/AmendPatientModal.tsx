import type { PatientResponse } from '@chairside/contract';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useState, type SubmitEvent, type ReactNode } from 'react';
import { ApiError, fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PatientForm } from '../PatientForm/PatientForm';
import { formToBody, missingRequired, patientToForm } from '../patient-form-values';
import { useAmendPatient } from '../patients-api';

interface AmendPatientModalProps {
  readonly patient: PatientResponse;
  readonly onClose: () => void;
  /** Fetches the record again after someone else changed it. */
  readonly onReload: () => Promise<unknown>;
}

/**
 * Corrects a patient's details. The record is never overwritten silently: the
 * version we read goes with the change, and the server refuses it (409) when
 * someone saved in between.
 */
export function AmendPatientModal({ patient, onClose, onReload }: AmendPatientModalProps): ReactNode {
  const [values, setValues] = useState(() => patientToForm(patient));
  const [reason, setReason] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const amend = useAmendPatient(patient.id);
  const compact = useMediaQuery('(max-width: 900px)');
  const stale = amend.error instanceof ApiError && amend.error.status === 409;
  const errors = { ...fieldErrorsOf(amend.error), ...localErrors };

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const missing = missingRequired(values);
    if (reason.trim() === '') {
      missing['reason'] = 'Say why the details are changed; it is kept in the record’s history';
    }
    setLocalErrors(missing);
    if (Object.keys(missing).length > 0) {
      return;
    }
    amend.mutate(
      { ...formToBody(values), version: patient.version, reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: 'The details were amended.' });
          onClose();
        },
      },
    );
  };

  const reload = async (): Promise<void> => {
    await onReload();
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Amend details: ${patient.legalGivenName} ${patient.legalFamilyName} (${patient.mrn})`}
      size="80rem"
      fullScreen={compact}
    >
      <form onSubmit={onSubmit} noValidate aria-label="Amend patient details form">
        <Stack gap="md">
          {stale ? (
            <Alert color="orange" variant="light" title="Someone else changed this record" role="alert">
              Someone else changed this record after you opened it, so your changes were not saved. Reload to see the
              current details, then make your change again.
              <Group mt="sm">
                <Button size="xs" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void reload()}>
                  Reload
                </Button>
              </Group>
            </Alert>
          ) : null}
          {amend.isError && !stale ? (
            <ErrorAlert
              error={amend.error}
              title="The details were not amended"
              {...(Object.keys(fieldErrorsOf(amend.error)).length > 0
                ? { message: 'Some details need correcting. They are marked below.' }
                : {})}
            />
          ) : null}
          <PatientForm values={values} errors={errors} onChange={setValues} />
          <Textarea
            label="Reason for amendment"
            description="Kept with the change in the record’s history and the audit log."
            required
            autosize
            minRows={2}
            value={reason}
            error={errors['reason']}
            onChange={(event) => {
              setReason(event.currentTarget.value);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={amend.isPending}>
              Save amendment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
