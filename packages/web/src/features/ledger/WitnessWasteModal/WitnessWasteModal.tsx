import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { shortId, useWitnessWaste, type OpenWaste } from '../ledger-api';
import { emptyWitness, WitnessFields, witnessComplete } from '../WitnessFields/WitnessFields';

/** A second person witnesses an open waste afterwards, with their own password. */
export function WitnessWasteModal({
  waste,
  wastedBy,
  onClose,
}: {
  readonly waste: OpenWaste;
  readonly wastedBy: string;
  readonly onClose: () => void;
}): ReactNode {
  const [witness, setWitness] = useState(emptyWitness);
  const confirm = useWitnessWaste();
  const errors = fieldErrorsOf(confirm.error);
  const fieldErrors = {
    'witness/username': errors['username'] ?? errors['witnessedBy'] ?? '',
    'witness/password': errors['password'] ?? '',
  };

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    confirm.mutate(
      { wasteEventId: waste.eventId, witness: { ...witness, username: witness.username.trim() } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: 'The waste is witnessed and closed.' });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Witness a waste">
      <form onSubmit={onSubmit} noValidate aria-label="Witness a waste">
        <Stack gap="sm">
          <Text size="sm">
            {waste.amountMg} mg from container {shortId(waste.containerId)} wasted by {wastedBy} ({waste.method}).
          </Text>
          {confirm.isError ? <ErrorAlert error={confirm.error} title="The waste was not witnessed" /> : null}
          <WitnessFields value={witness} onChange={setWitness} errors={fieldErrors} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={confirm.isPending} disabled={!witnessComplete(witness)}>
              Sign as witness
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
