import { Loader, Stack, Text } from '@mantine/core';
import type { FormularyItem } from '@chairside/contract';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useFormulary, useRecordMedication } from '../chairside-api';
import { ChoiceButtons } from '../ChoiceButtons/ChoiceButtons';
import { BigNumber, instantOf, recorded, SubmitRow, WhenInput } from './entry-kit';
import { ReasonInput } from './ReasonInput';

type Route = FormularyItem['routes'][number];

/** A rescue or adjunct medication from the clinic's formulary: drug, dose, route, time. */
export function MedicationForm({ sessionId }: { readonly sessionId: string }): ReactNode {
  const formulary = useFormulary();
  const record = useRecordMedication(sessionId);
  const [itemId, setItemId] = useState<string | null>(null);
  const [dose, setDose] = useState<number | ''>('');
  const [route, setRoute] = useState<Route | null>(null);
  const [reason, setReason] = useState('');
  const [when, setWhen] = useState('');
  if (formulary.isPending) {
    return <Loader aria-label="Loading the formulary" />;
  }
  if (formulary.isError) {
    return <ErrorAlert error={formulary.error} title="The formulary could not be loaded" />;
  }
  const items = formulary.data.items.filter((i) => i.active);
  const item = items.find((i) => i.id === itemId) ?? null;
  const overMax = item?.maxDose !== null && item?.maxDose !== undefined && dose !== '' && dose > item.maxDose;
  const ready = item !== null && dose !== '' && route !== null && !overMax;
  const submit = (): void => {
    if (item === null || dose === '' || route === null) {
      return;
    }
    record.mutate(
      {
        formularyItemId: item.id,
        at: instantOf(when),
        dose,
        route,
        ...(reason.trim() === '' ? {} : { reason: reason.trim() }),
      },
      {
        onSuccess: () => {
          recorded(`${item.drug} ${dose} ${item.doseUnit} ${route} recorded`);
          setItemId(null);
          setDose('');
          setRoute(null);
          setReason('');
          setWhen('');
        },
      },
    );
  };
  if (items.length === 0) {
    return (
      <Text>The formulary has no active medications. A physician or administrator can add them under Formulary.</Text>
    );
  }
  return (
    <Stack gap="sm" aria-label="Medication">
      <ChoiceButtons
        label="Medication"
        columns={2}
        choices={items.map((i) => ({ value: i.id, label: i.drug, hint: i.indication }))}
        value={itemId}
        onChange={(id) => {
          const chosen = items.find((i) => i.id === id);
          setItemId(id);
          setDose(chosen?.defaultDose ?? '');
          setRoute(chosen?.routes.length === 1 ? (chosen.routes[0] ?? null) : null);
        }}
      />
      {item === null ? null : (
        <>
          <BigNumber label="Dose" unit={item.doseUnit} value={dose} onChange={setDose} min={0} max={100_000} decimals />
          {item.maxDose === null ? null : (
            <Text size="sm" c={overMax ? 'red.8' : 'dimmed'} fw={overMax ? 700 : 400}>
              Formulary maximum {item.maxDose} {item.doseUnit}
            </Text>
          )}
          <ChoiceButtons
            label="Route"
            choices={item.routes.map((r) => ({ value: r, label: r.toUpperCase() }))}
            value={route}
            onChange={setRoute}
          />
          <ReasonInput
            label="Reason (optional)"
            required={false}
            value={reason}
            onChange={setReason}
            suggestions={['Nausea', 'Anxiety', 'Hypertension', 'Headache']}
          />
          <WhenInput value={when} onChange={setWhen} />
        </>
      )}
      <SubmitRow
        label="Record medication"
        disabled={!ready}
        pending={record.isPending}
        error={record.error}
        onSubmit={submit}
      />
    </Stack>
  );
}
