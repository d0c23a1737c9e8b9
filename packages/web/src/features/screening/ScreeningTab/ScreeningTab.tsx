import { Badge, Button, Center, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { protocolLibraryV1, type ProtocolId } from '@chairside/domain';
import { useState, type ReactNode } from 'react';
import { useMe } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useIntakeVersions } from '../../intake/intake-api';
import { ScreeningResultView } from '../ScreeningResultView/ScreeningResultView';
import { usePreviewScreening, useSaveScreening, useScreenings, type ScreeningRecord } from '../screening-api';
import { SignPanel } from '../SignPanel/SignPanel';

const protocolOptions = Object.values(protocolLibraryV1).map((p) => ({
  value: p.id,
  label: `${p.title} (v${String(p.version)})`,
}));
const decisionColor = { eligible: 'teal', 'needs-review': 'yellow', ineligible: 'red' } as const;

function ScreeningList({
  items,
  selected,
  onSelect,
}: {
  readonly items: readonly ScreeningRecord[];
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
}): ReactNode {
  return (
    <Table withTableBorder highlightOnHover aria-label="Screenings">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Evaluated</Table.Th>
          <Table.Th>Protocol</Table.Th>
          <Table.Th>Intake</Table.Th>
          <Table.Th>Evaluation</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s) => (
          <Table.Tr key={s.id} {...(s.id === selected ? { bg: 'var(--mantine-color-blue-light)' } : {})}>
            <Table.Td>{formatDateTime(s.createdAt)}</Table.Td>
            <Table.Td>{s.protocolRef}</Table.Td>
            <Table.Td>v{s.intakeVersion}</Table.Td>
            <Table.Td>
              <Badge color={decisionColor[s.result.decision]}>{s.result.decision}</Badge>
            </Table.Td>
            <Table.Td>
              {s.signature ? `Signed ${s.signature.decision} by ${s.signature.signedBy}` : 'Draft — awaiting physician'}
            </Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  onSelect(s.id);
                }}
              >
                Open
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Choose a protocol and intake version, evaluate, save for sign-off, and sign. */
export function ScreeningTab({ patientId }: { readonly patientId: string }): ReactNode {
  const me = useMe();
  const intakes = useIntakeVersions(patientId);
  const screenings = useScreenings(patientId);
  const preview = usePreviewScreening(patientId);
  const save = useSaveScreening(patientId);
  const [protocolId, setProtocolId] = useState<ProtocolId>('iv-depression');
  const [intakeVersion, setIntakeVersion] = useState<number | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  if (intakes.isPending || screenings.isPending) {
    return (
      <Center py="md">
        <Loader aria-label="Loading screening" />
      </Center>
    );
  }
  if (intakes.isError || screenings.isError) {
    return <ErrorAlert error={intakes.error ?? screenings.error} title="Screening could not be loaded" />;
  }
  const version = intakeVersion ?? intakes.data[0]?.version ?? null;
  const body = version === null ? null : { intakeVersion: version, protocolId };
  const open = screenings.data.find((s) => s.id === selected) ?? null;
  const canSave = me.role === 'physician' || me.role === 'nurse';
  return (
    <Stack>
      <Title order={2} size="h3">
        Screening
      </Title>
      {version === null ? <Text c="dimmed">Record an intake first; screening evaluates an intake version.</Text> : null}
      <Group align="flex-end">
        <NativeSelect
          label="Protocol"
          data={protocolOptions}
          value={protocolId}
          onChange={(e) => {
            setProtocolId(e.currentTarget.value as ProtocolId);
            preview.reset();
          }}
        />
        <NativeSelect
          label="Intake version"
          data={intakes.data.map((v) => ({
            value: String(v.version),
            label: `v${String(v.version)} · ${formatDateTime(v.at)}`,
          }))}
          value={version === null ? '' : String(version)}
          onChange={(e) => {
            setIntakeVersion(Number(e.currentTarget.value));
            preview.reset();
          }}
        />
        <Button
          variant="light"
          disabled={body === null}
          loading={preview.isPending}
          onClick={() => {
            if (body) {
              setSelected(null);
              preview.mutate(body);
            }
          }}
        >
          Evaluate
        </Button>
        {canSave ? (
          <Button
            disabled={body === null}
            loading={save.isPending}
            onClick={() => {
              if (body) {
                save.mutate(body, {
                  onSuccess: (s) => {
                    preview.reset();
                    setSelected(s.id);
                  },
                });
              }
            }}
          >
            Save for physician sign-off
          </Button>
        ) : null}
      </Group>
      {preview.isError ? <ErrorAlert error={preview.error} title="Could not evaluate" /> : null}
      {save.isError ? <ErrorAlert error={save.error} title="Could not save" /> : null}
      {preview.data && !open ? (
        <Stack>
          <Text size="sm" c="dimmed">
            Preview only — not saved.
          </Text>
          <ScreeningResultView result={preview.data} />
        </Stack>
      ) : null}
      {open ? (
        <Stack>
          <ScreeningResultView result={open.result} />
          <SignPanel key={open.id} patientId={patientId} screening={open} canSign={me.role === 'physician'} />
        </Stack>
      ) : null}
      {screenings.data.length > 0 ? (
        <ScreeningList
          items={screenings.data}
          selected={selected}
          onSelect={(id) => {
            preview.reset();
            setSelected(id);
          }}
        />
      ) : null}
    </Stack>
  );
}
