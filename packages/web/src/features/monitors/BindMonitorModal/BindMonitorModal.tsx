import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useBindMonitor, type MonitorRow } from '../monitors-api';

/**
 * Binding says "readings from this device belong to whoever sits in this chair". The server
 * refuses (409) when the monitor or the chair is already bound; its message is shown as is.
 */
export function BindMonitorModal({
  monitor,
  onClose,
}: {
  readonly monitor: MonitorRow;
  readonly onClose: () => void;
}): ReactNode {
  const [chairLabel, setChairLabel] = useState('');
  const bind = useBindMonitor();
  const errors = fieldErrorsOf(bind.error);
  const name = monitor.label ?? monitor.deviceId;

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    bind.mutate(
      { deviceId: monitor.deviceId, chairLabel: chairLabel.trim() },
      {
        onSuccess: (binding) => {
          notifications.show({ color: 'green', message: `${name} is now bound to ${binding.chairLabel}.` });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Bind monitor ${name}`}>
      <form onSubmit={onSubmit} noValidate aria-label="Bind monitor">
        <Stack gap="sm">
          <Text size="sm">
            From now on, readings from <strong>{monitor.deviceId}</strong> go to the patient in this chair. Readings
            already held stay held.
          </Text>
          {bind.isError ? <ErrorAlert error={bind.error} title="The monitor was not bound" /> : null}
          <TextInput
            label="Chair"
            description='As the chair is labelled in the clinic, e.g. "Chair 1"'
            required
            data-autofocus
            maxLength={60}
            value={chairLabel}
            error={errors['chairLabel']}
            onChange={(e) => {
              setChairLabel(e.currentTarget.value);
            }}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={bind.isPending} disabled={chairLabel.trim() === ''}>
              Bind to chair
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
