import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { shortId, type SessionAccount } from '../ledger-api';

const statusBadge: Record<SessionAccount['status'], { color: string; label: string }> = {
  reconciled: { color: 'green', label: 'Reconciled' },
  'awaiting-witness': { color: 'orange', label: 'Waste needs witness' },
  unaccounted: { color: 'red', label: 'Not accounted for' },
  'over-accounted': { color: 'red', label: 'More accounted than drawn' },
  'no-activity': { color: 'gray', label: 'Nothing drawn' },
};

/** Each session's drawn − given − wasted, which must come to 0. */
export function SessionAccounts({
  sessions,
  patients,
  canHandle,
  onGiven,
  onWaste,
}: {
  readonly sessions: readonly SessionAccount[];
  readonly patients: Readonly<Record<string, string>>;
  readonly canHandle: boolean;
  readonly onGiven: (s: SessionAccount) => void;
  readonly onWaste: (s: SessionAccount) => void;
}): ReactNode {
  if (sessions.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No draws for sessions yet.
      </Text>
    );
  }
  const ordered = [...sessions].sort((a, b) => Number(a.status === 'reconciled') - Number(b.status === 'reconciled'));
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-label="Sessions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Session</Table.Th>
              <Table.Th>Patient</Table.Th>
              <Table.Th ta="right">Drawn</Table.Th>
              <Table.Th ta="right">Given</Table.Th>
              <Table.Th ta="right">Wasted</Table.Th>
              <Table.Th ta="right">Left to account</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ordered.map((s) => {
              const badge = statusBadge[s.status];
              return (
                <Table.Tr key={s.sessionId} data-session={s.sessionId}>
                  <Table.Td ff="monospace">{shortId(s.sessionId)}</Table.Td>
                  <Table.Td>{s.patientId === null ? '—' : (patients[s.patientId] ?? shortId(s.patientId))}</Table.Td>
                  <Table.Td ta="right">{s.drawnMg} mg</Table.Td>
                  <Table.Td ta="right">{s.administeredMg} mg</Table.Td>
                  <Table.Td ta="right">{s.wastedMg} mg</Table.Td>
                  <Table.Td ta="right" {...(s.discrepancyMg === 0 ? {} : { fw: 700 })}>
                    {s.discrepancyMg} mg
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge color={badge.color}>{badge.label}</Badge>
                      {s.sessionOnRecord ? null : (
                        <Badge color="gray" variant="outline" title="The session record does not have this session">
                          No session record
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {canHandle && s.discrepancyMg > 0 ? (
                      <Group gap={6} wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => {
                            onGiven(s);
                          }}
                        >
                          Dose given
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color="orange"
                          onClick={() => {
                            onWaste(s);
                          }}
                        >
                          Waste remainder
                        </Button>
                      </Group>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
