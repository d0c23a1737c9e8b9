import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useCount, type LedgerContainer } from '../ledger-api';
import { emptyWitness, WitnessFields, witnessComplete } from '../WitnessFields/WitnessFields';

/**
 * A physical count by two people. The ledger's balance is not shown here, so the count is
 * independent; a difference opens a discrepancy with the DEA notice clock.
 */
export function CountModal({
  container,
  onClose,
}: {
  readonly container: LedgerContainer;
  readonly onClose: () => void;
}): ReactNode {
  const vial = container.productKind === 'ketamine-hcl-vial';
  const concentration = container.details.concentrationMgPerMl;
  const unitMg = container.details.mgPerDevice;
  const [counted, setCounted] = useState<number | ''>('');
  const [witness, setWitness] = useState(emptyWitness);
  const count = useCount();
  const errors = fieldErrorsOf(count.error);
  const countedMg =
    counted === '' ? null : vial ? Math.round(counted * (concentration ?? 0) * 1000) / 1000 : counted * (unitMg ?? 0);

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (countedMg === null) {
      return;
    }
    count.mutate(
      { containerId: container.containerId, countedMg, witness: { ...witness, username: witness.username.trim() } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `Count of ${countedMg} mg recorded.` });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Count">
      <form onSubmit={onSubmit} noValidate aria-label="Count">
        <Stack gap="sm">
          <Text size="sm">
            {container.substanceName}, lot {container.lot}, in {container.location}. Count what is physically there.
          </Text>
          {count.isError ? <ErrorAlert error={count.error} title="The count was not recorded" /> : null}
          <NumberInput
            label={vial ? 'Volume counted (mL)' : 'Devices counted'}
            required
            min={0}
            allowDecimal={vial}
            decimalScale={3}
            value={counted}
            error={errors['countedMg']}
            description={countedMg === null ? undefined : `= ${countedMg} mg`}
            onChange={(v) => {
              setCounted(typeof v === 'number' ? v : '');
            }}
          />
          <WitnessFields
            value={witness}
            onChange={setWitness}
            errors={{ ...errors, 'witness/username': errors['witness/username'] ?? errors['witnessedBy'] ?? '' }}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={count.isPending} disabled={countedMg === null || !witnessComplete(witness)}>
              Record count
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
