import { Modal, Stack, Text } from '@mantine/core';
import type { AlertView, ResolveAlertBody } from '@chairside/contract';
import { useState, type ReactNode } from 'react';
import { AlertCard } from '../AlertCard/AlertCard';
import { useResolveAlert } from '../chairside-api';
import { ChoiceButtons } from '../ChoiceButtons/ChoiceButtons';
import { recorded, SubmitRow } from '../QuickEntry/entry-kit';
import { ReasonInput } from '../QuickEntry/ReasonInput';

type Action = ResolveAlertBody['action'];

const actions: readonly { value: Action; label: string }[] = [
  { value: 'paused-infusion', label: 'Paused infusion' },
  { value: 'slowed-infusion', label: 'Slowed infusion' },
  { value: 'stopped-infusion', label: 'Stopped infusion' },
  { value: 'rechecked', label: 'Rechecked' },
  { value: 'physician-reviewed', label: 'Physician reviewed' },
  { value: 'medication-given', label: 'Medication given' },
  { value: 'oxygen-airway', label: 'Oxygen / airway' },
  { value: 'artefact', label: 'Artefact' },
  { value: 'escalated', label: 'Escalated' },
  { value: 'other', label: 'Other' },
];

/** Resolving an alert: what was done and a note; the time to resolution is recorded by the server. */
export function ResolveAlertModal({
  sessionId,
  alert,
  onClose,
}: {
  readonly sessionId: string;
  readonly alert: AlertView;
  readonly onClose: () => void;
}): ReactNode {
  const resolve = useResolveAlert(sessionId);
  const [action, setAction] = useState<Action | null>(null);
  const [note, setNote] = useState('');
  const submit = (): void => {
    if (action === null) {
      return;
    }
    resolve.mutate(
      { alertId: alert.id, action, note: note.trim() },
      {
        onSuccess: () => {
          recorded('Alert resolved');
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title="Resolve alert" size="xl">
      <Stack gap="sm">
        <AlertCard alert={alert} />
        <ChoiceButtons label="Action taken" choices={actions} value={action} onChange={setAction} columns={2} />
        <ReasonInput
          label="Note"
          value={note}
          onChange={setNote}
          suggestions={['Recheck within limits', 'Physician informed', 'Patient comfortable']}
        />
        <Text size="sm" c="dimmed">
          The alert stays on every screen until it is resolved here.
        </Text>
        <SubmitRow
          label="Resolve alert"
          disabled={action === null || note.trim() === ''}
          pending={resolve.isPending}
          error={resolve.error}
          onSubmit={submit}
        />
      </Stack>
    </Modal>
  );
}
