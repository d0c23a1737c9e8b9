import { Button, Checkbox, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { amountText, shortId, useWaste, type LedgerContainer, type SessionAccount } from '../ledger-api';
import { emptyWitness, WitnessFields, witnessComplete } from '../WitnessFields/WitnessFields';

export type WasteTarget =
  | {
      readonly kind: 'session';
      readonly session: SessionAccount;
      readonly containerId: string;
      readonly remainderMg: number;
    }
  | { readonly kind: 'stock'; readonly container: LedgerContainer };

/**
 * Wastes drug with a second person as witness, who types their own password here. Without one
 * the waste is recorded but stays open and flagged until someone witnesses it.
 */
export function WasteModal({
  target,
  onClose,
}: {
  readonly target: WasteTarget;
  readonly onClose: () => void;
}): ReactNode {
  const [amountMg, setAmountMg] = useState<number | ''>(target.kind === 'session' ? target.remainderMg : '');
  const [method, setMethod] = useState('');
  const [reason, setReason] = useState('');
  const [witness, setWitness] = useState(emptyWitness);
  const [noWitness, setNoWitness] = useState(false);
  const waste = useWaste();
  const errors = fieldErrorsOf(waste.error);
  const containerId = target.kind === 'session' ? target.containerId : target.container.containerId;
  const ready =
    amountMg !== '' &&
    method.trim() !== '' &&
    (target.kind === 'session' || reason.trim() !== '') &&
    (noWitness || witnessComplete(witness));

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const common = {
      containerId,
      amountMg: amountMg === '' ? 0 : amountMg,
      method: method.trim(),
      ...(noWitness ? {} : { witness: { username: witness.username.trim(), password: witness.password } }),
    };
    waste.mutate(
      target.kind === 'session'
        ? { ...common, source: 'session', sessionId: target.session.sessionId }
        : { ...common, source: 'stock', reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({
            color: noWitness ? 'orange' : 'green',
            message: noWitness
              ? `Waste of ${String(amountMg)} mg recorded WITHOUT a witness: it stays open until witnessed.`
              : `Waste of ${String(amountMg)} mg recorded and witnessed.`,
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Waste">
      <form onSubmit={onSubmit} noValidate aria-label="Waste">
        <Stack gap="sm">
          <Text size="sm">
            {target.kind === 'session'
              ? `Session ${shortId(target.session.sessionId)}: ${target.remainderMg} mg drawn from ${shortId(containerId)} not given.`
              : `${target.container.substanceName}, lot ${target.container.lot}: ${amountText(target.container)} in the container.`}
          </Text>
          {waste.isError ? <ErrorAlert error={waste.error} title="The waste was not recorded" /> : null}
          <NumberInput
            label="Amount wasted (mg)"
            required
            value={amountMg}
            error={errors['amountMg']}
            onChange={(v) => {
              setAmountMg(typeof v === 'number' ? v : '');
            }}
          />
          <TextInput
            label="Method"
            placeholder="e.g. into a drug waste sequestrant"
            required
            maxLength={200}
            value={method}
            error={errors['method']}
            onChange={(e) => {
              setMethod(e.currentTarget.value);
            }}
          />
          {target.kind === 'stock' ? (
            <TextInput
              label="Reason"
              placeholder="e.g. vial dropped"
              required
              maxLength={500}
              value={reason}
              error={errors['reason']}
              onChange={(e) => {
                setReason(e.currentTarget.value);
              }}
            />
          ) : null}
          {noWitness ? null : (
            <WitnessFields
              value={witness}
              onChange={setWitness}
              errors={{ ...errors, 'witness/username': errors['witness/username'] ?? errors['witnessedBy'] ?? '' }}
            />
          )}
          <Checkbox
            label="No witness available now: record it open (it is flagged until witnessed)"
            checked={noWitness}
            onChange={(e) => {
              setNoWitness(e.currentTarget.checked);
            }}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={noWitness ? 'orange' : 'blue'} loading={waste.isPending} disabled={!ready}>
              {noWitness ? 'Record open waste' : 'Record witnessed waste'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
