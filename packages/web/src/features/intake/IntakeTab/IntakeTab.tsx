import { Badge, Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { roleLabel, isRole } from '@chairside/domain';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { IntakeForm } from '../IntakeForm/IntakeForm';
import { useIntakeVersions } from '../intake-api';
import { IntakeVersionView } from '../IntakeVersionView/IntakeVersionView';

interface IntakeTabProps {
  readonly patientId: string;
  readonly patient: { readonly dateOfBirth: string; readonly sexAtBirth: string };
}

/** Intake versions (who, when) with a read-only view, and the form for a new version. */
export function IntakeTab({ patientId, patient }: IntakeTabProps): ReactNode {
  const versions = useIntakeVersions(patientId);
  const [editing, setEditing] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  if (editing) {
    return (
      <Stack>
        <Title order={2} size="h3">
          New intake version
        </Title>
        <IntakeForm
          patientId={patientId}
          patient={patient}
          onCancel={() => {
            setEditing(false);
          }}
          onSaved={(v) => {
            setEditing(false);
            setViewing(v);
          }}
        />
      </Stack>
    );
  }
  if (versions.isPending) {
    return (
      <Center py="md">
        <Loader aria-label="Loading intake versions" />
      </Center>
    );
  }
  if (versions.isError) {
    return <ErrorAlert error={versions.error} title="Intake versions could not be loaded" />;
  }
  const shown = viewing ?? versions.data[0]?.version ?? null;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Intake
        </Title>
        <Button
          onClick={() => {
            setEditing(true);
          }}
        >
          {versions.data.length === 0 ? 'Start intake' : 'New intake version'}
        </Button>
      </Group>
      {versions.data.length === 0 ? (
        <Text c="dimmed">No intake yet. Earlier versions are always kept; a new version never overwrites one.</Text>
      ) : (
        <Table withTableBorder highlightOnHover aria-label="Intake versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Recorded</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>Medications to review</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.data.map((v) => (
              <Table.Tr key={v.id} {...(v.version === shown ? { bg: 'var(--mantine-color-blue-light)' } : {})}>
                <Table.Td>v{v.version}</Table.Td>
                <Table.Td>{formatDateTime(v.at)}</Table.Td>
                <Table.Td>
                  {v.by} ({isRole(v.byRole) ? roleLabel[v.byRole] : v.byRole})
                </Table.Td>
                <Table.Td>
                  {v.unrecognisedMedications.length === 0 ? (
                    '—'
                  ) : (
                    <Badge color="orange">{v.unrecognisedMedications.join(', ')}: not recognised — review</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => {
                      setViewing(v.version);
                    }}
                    aria-label={`View intake version ${String(v.version)}`}
                  >
                    View
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {shown === null ? null : <IntakeVersionView patientId={patientId} version={shown} />}
    </Stack>
  );
}
