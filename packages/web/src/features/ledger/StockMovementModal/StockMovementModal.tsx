import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { amountText, useDestroy, useReturn, useTransfer, type LedgerContainer } from '../ledger-api';
import { emptyWitness, WitnessFields, witnessComplete } from '../WitnessFields/WitnessFields';

export type MovementKind = 'transfer' | 'return' | 'destroy';

const titles: Record<MovementKind, string> = {
  transfer: 'Move to another safe or cabinet',
  return: 'Return to the supplier',
  destroy: 'Destroy or send to a reverse distributor',
};

type Reason = 'expired' | 'damaged' | 'recalled' | 'unwanted';

/**
 * Stock leaving the container other than by a session: a move (optionally splitting whole
 * units into a new container), a return to the supplier, or destruction (reverse distributor,
 * or on site with a witness who types their own password).
 */
export function StockMovementModal({
  kind,
  container,
  onClose,
}: {
  readonly kind: MovementKind;
  readonly container: LedgerContainer;
  readonly onClose: () => void;
}): ReactNode {
  const [toLocation, setToLocation] = useState('');
  const [units, setUnits] = useState<number | ''>('');
  const [amountMg, setAmountMg] = useState<number | ''>('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [dea, setDea] = useState('');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState<Reason>('expired');
  const [onSite, setOnSite] = useState(true);
  const [manner, setManner] = useState('');
  const [witness, setWitness] = useState(emptyWitness);
  const transfer = useTransfer();
  const giveBack = useReturn();
  const destroy = useDestroy();
  const active = kind === 'transfer' ? transfer : kind === 'return' ? giveBack : destroy;
  const errors = fieldErrorsOf(active.error);
  const registrant = { name: name.trim(), address: address.trim(), deaNumber: dea.trim() };
  const mg = amountMg === '' ? 0 : amountMg;
  const done = (): void => {
    notifications.show({ color: 'green', message: `${titles[kind]}: recorded.` });
    onClose();
  };

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const { containerId } = container;
    if (kind === 'transfer') {
      transfer.mutate(
        { containerId, toLocation: toLocation.trim(), ...(units === '' ? {} : { splitUnitCount: units }) },
        { onSuccess: done },
      );
    } else if (kind === 'return') {
      giveBack.mutate(
        { destination: 'supplier', containerId, amountMg: mg, returnedTo: registrant, reference: reference.trim() },
        { onSuccess: done },
      );
    } else {
      destroy.mutate(
        onSite
          ? { kind: 'on-site', containerId, amountMg: mg, reason, manner: manner.trim(), witness }
          : { kind: 'reverse-distributor', containerId, amountMg: mg, reason, registrant },
        { onSuccess: done },
      );
    }
  };

  const text = (label: string, value: string, set: (v: string) => void, field: string): ReactNode => (
    <TextInput
      label={label}
      required
      maxLength={400}
      value={value}
      error={errors[field]}
      onChange={(e) => {
        set(e.currentTarget.value);
      }}
    />
  );
  const registrantFields = (prefix: string): ReactNode => (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {text('Name', name, setName, `${prefix}/name`)}
      {text('Address', address, setAddress, `${prefix}/address`)}
      {text('DEA number', dea, setDea, `${prefix}/deaNumber`)}
    </SimpleGrid>
  );
  const amount = (
    <NumberInput
      label="Amount (mg)"
      required
      value={amountMg}
      error={errors['amountMg']}
      onChange={(v) => {
        setAmountMg(typeof v === 'number' ? v : '');
      }}
    />
  );

  return (
    <Modal opened onClose={onClose} title={titles[kind]} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={titles[kind]}>
        <Stack gap="sm">
          <Text size="sm">
            {container.substanceName}, lot {container.lot}, in {container.location}: {amountText(container)}.
          </Text>
          {active.isError ? <ErrorAlert error={active.error} title="Nothing was recorded" /> : null}
          {kind === 'transfer' ? (
            <Group grow align="flex-start">
              {text('To (safe or cabinet)', toLocation, setToLocation, 'toLocation')}
              <NumberInput
                label="Split off units (optional)"
                description="Leave empty to move the whole container"
                min={1}
                allowDecimal={false}
                value={units}
                error={errors['split/unitCount']}
                onChange={(v) => {
                  setUnits(typeof v === 'number' ? v : '');
                }}
              />
            </Group>
          ) : null}
          {kind === 'return' ? (
            <>
              {amount}
              {registrantFields('returnedTo')}
              {text('Return authorisation or invoice number', reference, setReference, 'reference')}
            </>
          ) : null}
          {kind === 'destroy' ? (
            <>
              <Group grow align="flex-start">
                {amount}
                <Select
                  label="Reason"
                  allowDeselect={false}
                  value={reason}
                  data={['expired', 'damaged', 'recalled', 'unwanted']}
                  onChange={(v) => {
                    setReason(v ?? 'expired');
                  }}
                />
              </Group>
              <SegmentedControl
                value={onSite ? 'on-site' : 'reverse-distributor'}
                onChange={(v) => {
                  setOnSite(v === 'on-site');
                }}
                data={[
                  { value: 'on-site', label: 'Destroyed on site' },
                  { value: 'reverse-distributor', label: 'Reverse distributor' },
                ]}
              />
              {onSite ? (
                <>
                  {text('Manner of destruction', manner, setManner, 'manner')}
                  <WitnessFields
                    value={witness}
                    onChange={setWitness}
                    errors={{
                      ...errors,
                      'witness/username': errors['witness/username'] ?? errors['disposal/witnessedBy'] ?? '',
                    }}
                  />
                </>
              ) : (
                registrantFields('registrant')
              )}
            </>
          ) : null}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={active.isPending}
              disabled={kind === 'destroy' && onSite && !witnessComplete(witness)}
            >
              Record
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
