import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { usePatientSearch } from '../../patients/patients-api';
import {
  amountText,
  shortId,
  useActiveSessions,
  useDraw,
  type LedgerContainer,
  type SessionAccount,
} from '../ledger-api';

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
  const board = useActiveSessions();
  const active = (board.data?.items ?? []).filter(
    (e) => e.session.state !== 'discharged' && e.session.state !== 'aborted',
  );
  const [mode, setMode] = useState<'record' | 'other'>('record');
  const [recordSession, setRecordSession] = useState<string | null>(null);
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
    { value: newSession, label: 'New (no session record)' },
    ...openSessions.map((s) => ({
      value: s.sessionId,
      label: `Session ${shortId(s.sessionId)} · ${s.drawnMg} mg drawn`,
    })),
  ];

  const chosen = active.find((e) => e.session.id === recordSession)?.session;
  const target =
    mode === 'record'
      ? chosen
        ? { patientId: chosen.patientId, sessionId: chosen.id }
        : null
      : patientId === null
        ? null
        : { patientId, sessionId: sessionChoice === newSession ? null : sessionChoice };

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (target === null) {
      return;
    }
    const sessionId = target.sessionId ?? crypto.randomUUID();
    draw.mutate(
      {
        containerId: container.containerId,
        sessionId,
        patientId: target.patientId,
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
          <SegmentedControl
            value={mode}
            onChange={(v) => {
              setMode(v === 'other' ? 'other' : 'record');
            }}
            data={[
              { value: 'record', label: 'Active session' },
              { value: 'other', label: 'Not in the session record' },
            ]}
          />
          {mode === 'record' ? (
            <Select
              label="Session"
              placeholder={active.length === 0 ? 'No active session' : 'Choose the session'}
              data={active.map((e) => ({
                value: e.session.id,
                label: `${e.session.chairName ?? 'No chair'} · ${e.session.patientName} (${e.session.patientMrn}) · ${e.session.state}`,
              }))}
              value={recordSession}
              error={errors['sessionId'] ?? errors['patientId']}
              onChange={setRecordSession}
            />
          ) : (
            <Alert color="orange" variant="light" p="xs">
              A draw for a session the session record does not have is flagged for review.
            </Alert>
          )}
          {mode === 'other' ? (
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
          ) : null}
          {mode === 'other' ? (
            <Select
              label="Draw number"
              data={sessionOptions}
              value={sessionChoice}
              allowDeselect={false}
              error={errors['sessionId']}
              onChange={(v) => {
                setSessionChoice(v ?? newSession);
              }}
            />
          ) : null}
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
            <Button type="submit" loading={draw.isPending} disabled={target === null || amountMg === ''}>
              Record draw
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
