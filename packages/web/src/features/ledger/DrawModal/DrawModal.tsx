import { Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { usePatientSearch } from '../../patients/patients-api';
import { amountText, shortId, useDraw, type LedgerContainer, type SessionAccount } from '../ledger-api';

const newSession = 'new';

/**
 * Draws a dose for a treatment session, prepared by the signed-in clinician. The server refuses
 * an expired container, more than the container holds, and mg that do not match the mL drawn.
 */
export function DrawModal({
  container,
  sessions,
  patients,
  onClose,
}: {
  readonly container: LedgerContainer;
  readonly sessions: readonly SessionAccount[];
  readonly patients: Readonly<Record<string, string>>;
  readonly onClose: () => void;
}): ReactNode {
  const [search, setSearch] = useState('');
  const [patientId, setPatientId] = useState<string | null>(null);
  const [sessionChoice, setSessionChoice] = useState<string>(newSession);
  const [amountMg, setAmountMg] = useState<number | ''>('');
  const [volumeMl, setVolumeMl] = useState<number | ''>('');
  const found = usePatientSearch(search);
  const draw = useDraw();
  const errors = fieldErrorsOf(draw.error);
  const vial = container.productKind === 'ketamine-hcl-vial';
  const concentration = container.details.concentrationMgPerMl;

  const patientOptions = [
    ...(found.data?.items ?? []).map((p) => ({
      value: p.id,
      label: `${p.legalFamilyName}, ${p.legalGivenName} (${p.mrn})`,
    })),
  ];
  const openSessions = sessions.filter((s) => s.patientId === patientId && s.status !== 'reconciled');
  const sessionOptions = [
    { value: newSession, label: 'New session' },
    ...openSessions.map((s) => ({
      value: s.sessionId,
      label: `Session ${shortId(s.sessionId)} · ${s.drawnMg} mg drawn`,
    })),
  ];

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (patientId === null) {
      return;
    }
    const sessionId = sessionChoice === newSession ? crypto.randomUUID() : sessionChoice;
    draw.mutate(
      {
        containerId: container.containerId,
        sessionId,
        patientId,
        amountMg: amountMg === '' ? 0 : amountMg,
        ...(vial ? { volumeMl: volumeMl === '' ? 0 : volumeMl } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: `Drawn ${String(amountMg)} mg for session ${shortId(sessionId)}.`,
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Draw for a session">
      <form onSubmit={onSubmit} noValidate aria-label="Draw for a session">
        <Stack gap="sm">
          <Text size="sm">
            {container.substanceName}, lot {container.lot}, {container.location}: {amountText(container)} left.
          </Text>
          {draw.isError ? <ErrorAlert error={draw.error} title="Nothing was drawn" /> : null}
          <Select
            label="Patient"
            placeholder="Search by name or MRN"
            searchable
            required
            searchValue={search}
            onSearchChange={setSearch}
            data={
              patientId !== null && patients[patientId] && !patientOptions.some((o) => o.value === patientId)
                ? [{ value: patientId, label: patients[patientId] ?? '' }, ...patientOptions]
                : patientOptions
            }
            value={patientId}
            error={errors['patientId']}
            onChange={(v) => {
              setPatientId(v);
              setSessionChoice(newSession);
            }}
            nothingFoundMessage="No patient found"
          />
          <Select
            label="Session"
            data={sessionOptions}
            value={sessionChoice}
            allowDeselect={false}
            error={errors['sessionId']}
            onChange={(v) => {
              setSessionChoice(v ?? newSession);
            }}
          />
          <Group grow align="flex-start">
            <NumberInput
              label="Amount drawn (mg)"
              required
              value={amountMg}
              error={errors['amountMg'] ?? errors['containerId']}
              onChange={(v) => {
                setAmountMg(typeof v === 'number' ? v : '');
              }}
            />
            {vial ? (
              <NumberInput
                label="Volume drawn (mL)"
                required
                decimalScale={3}
                value={volumeMl}
                error={errors['volumeMl']}
                description={
                  concentration !== undefined && volumeMl !== ''
                    ? `${volumeMl} mL × ${concentration} mg/mL = ${Math.round(volumeMl * concentration * 1000) / 1000} mg`
                    : `At ${concentration ?? '?'} mg/mL`
                }
                onChange={(v) => {
                  setVolumeMl(typeof v === 'number' ? v : '');
                }}
              />
            ) : null}
          </Group>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={draw.isPending} disabled={patientId === null || amountMg === ''}>
              Record draw
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
