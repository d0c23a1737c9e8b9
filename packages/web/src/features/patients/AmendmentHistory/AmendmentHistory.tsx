import type { PatientAmendment } from '@chairside/contract';
import { Badge, Code, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { usePatientAmendments } from '../patients-api';
import type { ReactNode } from 'react';

/** Field names as staff know them; unknown ones are shown as sent. */
const fieldLabels: Readonly<Record<string, string>> = {
  legalGivenName: 'Legal given name',
  legalFamilyName: 'Legal family name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  sexAtBirth: 'Sex at birth',
  genderIdentity: 'Gender identity',
  pronouns: 'Pronouns',
  phone: 'Phone',
  email: 'Email',
  addressLine: 'Address',
  city: 'City',
  region: 'State or region',
  postalCode: 'Postal code',
  country: 'Country',
  emergencyContact: 'Emergency contact',
  careTeam: 'Care team',
};

function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '(empty)';
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function AmendmentHistory({ patientId }: { readonly patientId: string }): ReactNode {
  const history = usePatientAmendments(patientId);
  if (history.isPending) {
    return <Loader aria-label="Loading history" />;
  }
  if (history.isError) {
    return <ErrorAlert error={history.error} title="The history could not be loaded" />;
  }
  if (history.data.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed">No amendments. The details are as registered (version 1).</Text>
      </Paper>
    );
  }
  const newestFirst = [...history.data].sort((a, b) => b.version - a.version);
  return (
    <Stack gap="md">
      {newestFirst.map((amendment) => (
        <AmendmentCard key={amendment.id} amendment={amendment} />
      ))}
    </Stack>
  );
}

function AmendmentCard({ amendment }: { readonly amendment: PatientAmendment }): ReactNode {
  return (
    <Paper withBorder p="md" component="article" aria-label={`Version ${amendment.version}`}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Group gap="sm">
          <Badge variant="light" radius="sm">
            Version {amendment.version}
          </Badge>
          <Text size="sm" fw={600}>
            {formatDateTime(amendment.at)}
          </Text>
          <Text size="sm" c="dimmed">
            by {amendment.by}
          </Text>
        </Group>
      </Group>
      <Text size="sm" mb="sm">
        <Text span c="dimmed">
          Reason:{' '}
        </Text>
        {amendment.reason}
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table withTableBorder aria-label={`Changes in version ${amendment.version}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="25%">Field</Table.Th>
              <Table.Th>Was</Table.Th>
              <Table.Th>Now</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {amendment.changes.map((change) => (
              <Table.Tr key={change.field}>
                <Table.Td fw={500}>{fieldLabels[change.field] ?? change.field}</Table.Td>
                <Table.Td>
                  <Code bg="transparent">{showValue(change.from)}</Code>
                </Table.Td>
                <Table.Td>
                  <Code bg="transparent" fw={600}>
                    {showValue(change.to)}
                  </Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
