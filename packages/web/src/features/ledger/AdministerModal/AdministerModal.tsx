import { Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { shortId, useAdminister, type SessionAccount } from '../ledger-api';

/** Records the dose the patient received, as the session record shows it. */
export function AdministerModal({
  session,
  onClose,
}: {
  readonly session: SessionAccount;
  readonly onClose: () => void;
}): ReactNode {
  const containers = session.containers;
  const [containerId, setContainerId] = useState<string | null>(containers[0]?.containerId ?? null);
  const [amountMg, setAmountMg] = useState<number | ''>('');
  const administer = useAdminister();
  const errors = fieldErrorsOf(administer.error);

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (containerId === null) {
      return;
    }
    administer.mutate(
      {
        containerId,
        sessionId: session.sessionId,
        amountMg: amountMg === '' ? 0 : amountMg,
        administeredAt: new Date().toISOString(),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `Recorded ${String(amountMg)} mg given.` });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Dose given · session ${shortId(session.sessionId)}`}>
      <form onSubmit={onSubmit} noValidate aria-label="Record dose given">
        <Stack gap="sm">
          <Text size="sm">
            Enter the cumulative dose delivered from the session record. Drawn {session.drawnMg} mg, already recorded as
            given {session.administeredMg} mg.
          </Text>
          {administer.isError ? <ErrorAlert error={administer.error} title="The dose was not recorded" /> : null}
          {containers.length > 1 ? (
            <Select
              label="Container"
              data={containers.map((c) => ({
                value: c.containerId,
                label: `${shortId(c.containerId)} · ${c.drawnMg} mg drawn`,
              }))}
              value={containerId}
              onChange={setContainerId}
            />
          ) : null}
          <NumberInput
            label="Amount given (mg)"
            required
            value={amountMg}
            error={errors['amountMg']}
            onChange={(v) => {
              setAmountMg(typeof v === 'number' ? v : '');
            }}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={administer.isPending} disabled={amountMg === ''}>
              Record dose given
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
