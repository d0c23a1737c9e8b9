import { Anchor, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { PatientSessionEntry } from '@chairside/contract';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { usePatientSessions } from '../chairside-api';

const stateColor: Record<string, string> = {
  discharged: 'teal.8',
  aborted: 'gray.7',
  dosing: 'blue.8',
  recovery: 'violet.8',
};

function doseText(entry: PatientSessionEntry): string {
  const { deliveredMg, plannedMg } = entry.dose;
  if (entry.session.dosingStartedAt === null) {
    return 'Not dosed';
  }
  const delivered = deliveredMg === null ? 'unknown' : `${deliveredMg} mg`;
  return plannedMg === null ? delivered : `${delivered} of ${plannedMg} mg`;
}

/** Every session of the patient, newest first, each linking to its session view. */
export function SessionHistory({ patientId }: { readonly patientId: string }): ReactNode {
  const sessions = usePatientSessions(patientId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Session history">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Sessions
        </Title>
        {sessions.isPending ? <Loader size="sm" aria-label="Loading the sessions" /> : null}
        {sessions.isError ? <ErrorAlert error={sessions.error} title="The sessions could not be loaded" /> : null}
        {sessions.data?.items.length === 0 ? <Text c="dimmed">No treatment sessions yet.</Text> : null}
        {sessions.data === undefined || sessions.data.items.length === 0 ? null : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Date</Table.Th>
                  <Table.Th>Protocol</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th>Dose delivered</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">Open</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.data.items.map((entry) => (
                  <Table.Tr key={entry.session.id}>
                    <Table.Td>{formatDateTime(entry.session.dosingStartedAt ?? entry.session.createdAt)}</Table.Td>
                    <Table.Td>{entry.session.protocolName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={700} c={stateColor[entry.session.state] ?? 'dark'} tt="capitalize">
                        {entry.session.state.replace(/-/g, ' ')}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{doseText(entry)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/chairside/${entry.session.id}`}>
                        Open session
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
