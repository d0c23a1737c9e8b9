import type { LedgerProductKind, ReceiveStockBody } from '@chairside/contract';
import { Button, Group, Modal, NumberInput, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { shortId, useReceiveStock } from '../ledger-api';

interface Form {
  productKind: LedgerProductKind;
  ndc: string;
  lot: string;
  expiryDate: string;
  concentrationMgPerMl: number | '';
  volumeMl: number | '';
  quantity: number | '';
  location: string;
  supplierName: string;
  supplierAddress: string;
  supplierDea: string;
  invoiceNumber: string;
  invoiceDate: string;
}

const empty: Form = {
  productKind: 'ketamine-hcl-vial',
  ndc: '',
  lot: '',
  expiryDate: '',
  concentrationMgPerMl: '',
  volumeMl: '',
  quantity: '',
  location: '',
  supplierName: '',
  supplierAddress: '',
  supplierDea: '',
  invoiceNumber: '',
  invoiceDate: '',
};

const num = (v: number | ''): number | undefined => (v === '' ? undefined : v);

function bodyOf(f: Form): ReceiveStockBody {
  const vial = f.productKind === 'ketamine-hcl-vial';
  const concentration = num(f.concentrationMgPerMl);
  const volume = num(f.volumeMl);
  return {
    productKind: f.productKind,
    ndc: f.ndc.trim(),
    lot: f.lot.trim(),
    expiryDate: f.expiryDate.trim(),
    ...(vial && concentration !== undefined ? { concentrationMgPerMl: concentration } : {}),
    ...(vial && volume !== undefined ? { volumeMl: volume } : {}),
    // SPRAVATO is supplied only as a 28 mg device (REFERENCE.md §3.1).
    ...(vial ? {} : { mgPerDevice: 28 }),
    quantity: f.quantity === '' ? 0 : f.quantity,
    location: f.location.trim(),
    supplier: { name: f.supplierName.trim(), address: f.supplierAddress.trim(), deaNumber: f.supplierDea.trim() },
    invoiceNumber: f.invoiceNumber.trim(),
    invoiceDate: f.invoiceDate,
  };
}

/** Registers containers received by invoice; each gets an id and a printable label. */
export function ReceiveModal({ onClose }: { readonly onClose: () => void }): ReactNode {
  const [form, setForm] = useState<Form>(empty);
  const receive = useReceiveStock();
  const errors = fieldErrorsOf(receive.error);
  const set = <K extends keyof Form>(key: K, value: Form[K]): void => {
    setForm((f) => ({ ...f, [key]: value }));
  };
  const text = (key: keyof Form, label: string, field: string, extra: Record<string, unknown> = {}): ReactNode => (
    <TextInput
      label={label}
      required
      maxLength={400}
      value={String(form[key])}
      error={errors[field]}
      onChange={(e) => {
        set(key, e.currentTarget.value as never);
      }}
      {...extra}
    />
  );
  const vial = form.productKind === 'ketamine-hcl-vial';

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    receive.mutate(bodyOf(form), {
      onSuccess: (recorded) => {
        notifications.show({
          color: 'green',
          message: `Received: container ${shortId(String(recorded['containerId']))}. Print its label from the list.`,
        });
        onClose();
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title="Receive stock" size="lg">
      <form onSubmit={onSubmit} noValidate aria-label="Receive stock">
        <Stack gap="sm">
          {receive.isError ? <ErrorAlert error={receive.error} title="The receipt was not recorded" /> : null}
          <SegmentedControl
            value={form.productKind}
            onChange={(v) => {
              set('productKind', v);
            }}
            data={[
              { value: 'ketamine-hcl-vial', label: 'Ketamine HCl vial' },
              { value: 'esketamine-device', label: 'Esketamine device (28 mg)' },
            ]}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {text('ndc', 'NDC', 'ndc', { placeholder: '0409-2051-05' })}
            {text('lot', 'Lot', 'lot')}
            {text('expiryDate', 'Expiry', 'expiryDate', { placeholder: 'YYYY-MM-DD or YYYY-MM' })}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {vial ? (
              <NumberInput
                label="Concentration (mg/mL)"
                required
                min={0}
                value={form.concentrationMgPerMl}
                error={errors['concentrationMgPerMl']}
                onChange={(v) => {
                  set('concentrationMgPerMl', typeof v === 'number' ? v : '');
                }}
              />
            ) : null}
            {vial ? (
              <NumberInput
                label="Volume per vial (mL)"
                required
                min={0}
                value={form.volumeMl}
                error={errors['volumeMl']}
                onChange={(v) => {
                  set('volumeMl', typeof v === 'number' ? v : '');
                }}
              />
            ) : null}
            <NumberInput
              label={vial ? 'Number of vials' : 'Number of devices'}
              required
              min={1}
              allowDecimal={false}
              value={form.quantity}
              error={errors['quantity']}
              onChange={(v) => {
                set('quantity', typeof v === 'number' ? v : '');
              }}
            />
          </SimpleGrid>
          {text('location', 'Stored in (safe or cabinet)', 'location')}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {text('supplierName', 'Supplier', 'supplier/name')}
            {text('supplierAddress', 'Supplier address', 'supplier/address')}
            {text('supplierDea', 'Supplier DEA number', 'supplier/deaNumber')}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('invoiceNumber', 'Invoice number', 'invoiceNumber')}
            {text('invoiceDate', 'Invoice date', 'invoiceDate', { type: 'date' })}
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={receive.isPending}>
              Record receipt
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
