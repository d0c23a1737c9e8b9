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
  const onRecord = session.sessionOnRecord;
  const fromRecordMg =
    session.recordDeliveredMg === null
      ? null
      : Math.round((session.recordDeliveredMg - session.administeredMg) * 1000) / 1000;
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
        ...(onRecord ? {} : { amountMg: amountMg === '' ? 0 : amountMg }),
      },
      {
        onSuccess: (recorded) => {
          notifications.show({ color: 'green', message: `Recorded ${String(recorded['amountMg'])} mg given.` });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Dose given · session ${shortId(session.sessionId)}`}>
      <form onSubmit={onSubmit} noValidate aria-label="Record dose given">
        <Stack gap="sm">
          {onRecord ? (
            <Text size="sm">
              The session record shows <strong>{session.recordDeliveredMg ?? '?'} mg delivered</strong> (session{' '}
              {session.sessionState}); {session.administeredMg} mg of it is already in the ledger. Drawn{' '}
              {session.drawnMg} mg.
            </Text>
          ) : (
            <Text size="sm">
              This session is not in the session record: enter the dose given from the paper record. Drawn{' '}
              {session.drawnMg} mg, already recorded as given {session.administeredMg} mg. The session stays flagged.
            </Text>
          )}
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
          {onRecord ? null : (
            <NumberInput
              label="Amount given (mg)"
              required
              value={amountMg}
              error={errors['amountMg']}
              onChange={(v) => {
                setAmountMg(typeof v === 'number' ? v : '');
              }}
            />
          )}
          {onRecord && errors['amountMg'] ? (
            <Text size="sm" c="red">
              {errors['amountMg']}
            </Text>
          ) : null}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={administer.isPending}
              disabled={onRecord ? fromRecordMg === null || fromRecordMg <= 0 : amountMg === ''}
            >
              {onRecord ? `Record ${String(fromRecordMg ?? 0)} mg from the session record` : 'Record dose given'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
