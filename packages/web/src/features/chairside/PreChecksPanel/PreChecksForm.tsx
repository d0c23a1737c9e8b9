import { Checkbox, Group, Paper, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import type { PreChecksBody, PreChecksView, SessionDetail } from '@chairside/contract';
import { useState, type ReactNode } from 'react';
import { useAuth } from '../../../app/auth/auth-context';
import { useSavePreChecks } from '../chairside-api';
import { ChoiceButtons } from '../ChoiceButtons/ChoiceButtons';
import { recorded, SubmitRow } from '../QuickEntry/entry-kit';
import { clockTime, localInputValue } from '../session-format';

type Pregnancy = 'negative' | 'positive';

const inputOf = (iso: string | null): string => (iso === null ? '' : localInputValue(new Date(iso)));
const isoOf = (local: string): string | undefined => (local === '' ? undefined : new Date(local).toISOString());

function hours(min: number): string {
  return min % 60 === 0 ? `${min / 60} h` : `${min} min`;
}

/** The pre-start checklist; saved as it is filled (the latest value of each item counts). */
export function PreChecksForm({ detail }: { readonly detail: SessionDetail }): ReactNode {
  const { me } = useAuth();
  const save = useSavePreChecks(detail.session.id);
  const p: PreChecksView = detail.preChecks;
  const [identity, setIdentity] = useState(p.identityConfirmed);
  const [solids, setSolids] = useState(inputOf(p.lastSolidsAt));
  const [liquids, setLiquids] = useState(inputOf(p.lastLiquidsAt));
  const [escortName, setEscortName] = useState(p.escortName ?? '');
  const [escortPhone, setEscortPhone] = useState(p.escortPhone ?? '');
  const [holds, setHolds] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(
      p.requiredHolds.map((m) => [m, p.medicationHolds.find((h) => h.medication === m)?.confirmed ?? false]),
    ),
  );
  const [pregnancy, setPregnancy] = useState<Pregnancy | null>(p.pregnancyTest.result);
  const [rems, setRems] = useState(p.remsPatientEnrolled ?? false);
  const [acknowledge, setAcknowledge] = useState(false);
  const esketamine = detail.session.route === 'intranasal';

  const submit = (): void => {
    const solidsAt = isoOf(solids);
    const liquidsAt = isoOf(liquids);
    const body: PreChecksBody = {
      identityConfirmed: identity,
      ...(solidsAt === undefined ? {} : { lastSolidsAt: solidsAt }),
      ...(liquidsAt === undefined ? {} : { lastLiquidsAt: liquidsAt }),
      ...(escortName.trim() === '' ? {} : { escortName: escortName.trim() }),
      ...(escortPhone.trim() === '' ? {} : { escortPhone: escortPhone.trim() }),
      medicationHolds: p.requiredHolds.map((medication) => ({ medication, confirmed: holds[medication] ?? false })),
      ...(p.pregnancyTest.required ? { pregnancyTest: { required: true, result: pregnancy } } : {}),
      ...(esketamine ? { remsPatientEnrolled: rems } : {}),
      ...(acknowledge ? { baselineSoftStopAcknowledged: true as const } : {}),
    };
    save.mutate(body, {
      onSuccess: () => {
        recorded('Pre-checks saved');
      },
    });
  };

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="Pre-checks">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Pre-checks
        </Title>
        <Switch
          size="xl"
          label="Identity confirmed (two identifiers, wristband)"
          checked={identity}
          onChange={(e) => {
            setIdentity(e.currentTarget.checked);
          }}
        />
        <Text size="sm" c="dimmed">
          NPO rule: no solids for {hours(p.npoRule.solidsFastingMin)}, no {p.npoRule.liquidsCovered} for{' '}
          {hours(p.npoRule.liquidsFastingMin)} before dosing.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            size="lg"
            label="Last solids"
            value={solids}
            onChange={(e) => {
              setSolids(e.currentTarget.value);
            }}
          />
          <TextInput
            type="datetime-local"
            size="lg"
            label="Last clear liquids"
            value={liquids}
            onChange={(e) => {
              setLiquids(e.currentTarget.value);
            }}
          />
          <TextInput
            size="lg"
            label="Escort name"
            maxLength={200}
            value={escortName}
            onChange={(e) => {
              setEscortName(e.currentTarget.value);
            }}
          />
          <TextInput
            size="lg"
            type="tel"
            label="Escort phone"
            maxLength={40}
            value={escortPhone}
            onChange={(e) => {
              setEscortPhone(e.currentTarget.value);
            }}
          />
        </SimpleGrid>
        {p.requiredHolds.length === 0 ? (
          <Text size="sm">No medication holds were asked for by the screening.</Text>
        ) : (
          <Stack gap={6}>
            <Text fw={600} size="sm">
              Medication holds (from the screening): confirm each was held
            </Text>
            {p.requiredHolds.map((m) => (
              <Checkbox
                key={m}
                size="lg"
                label={m}
                checked={holds[m] ?? false}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setHolds((h) => ({ ...h, [m]: checked }));
                }}
              />
            ))}
          </Stack>
        )}
        {p.pregnancyTest.required ? (
          <ChoiceButtons
            label="Pregnancy test (required)"
            choices={[
              { value: 'negative', label: 'Negative' },
              { value: 'positive', label: 'Positive' },
            ]}
            value={pregnancy}
            onChange={setPregnancy}
          />
        ) : null}
        {esketamine ? (
          <Switch
            size="lg"
            label="Patient enrolled in the SPRAVATO REMS"
            checked={rems}
            onChange={(e) => {
              setRems(e.currentTarget.checked);
            }}
          />
        ) : null}
        <Group gap="xs">
          <Text size="sm" fw={600}>
            Baseline vitals:
          </Text>
          <Text size="sm">
            {p.baselineReadingId === null
              ? 'not yet recorded: record vitals below'
              : `recorded${detail.manualReadings[0] === undefined ? '' : ` at ${clockTime(detail.manualReadings[0].takenAt)}`}`}
          </Text>
        </Group>
        {p.baselineSoftStopAcknowledgedBy !== null ? (
          <Text size="sm">Baseline soft-stop acknowledged by {p.baselineSoftStopAcknowledgedBy}.</Text>
        ) : me?.role === 'physician' ? (
          <Checkbox
            size="lg"
            label="As prescriber, I acknowledge the baseline blood-pressure soft-stop and approve the start"
            checked={acknowledge}
            onChange={(e) => {
              setAcknowledge(e.currentTarget.checked);
            }}
          />
        ) : null}
        <SubmitRow
          label="Save pre-checks"
          disabled={false}
          pending={save.isPending}
          error={save.error}
          onSubmit={submit}
        />
      </Stack>
    </Paper>
  );
}
