import { Badge, Paper, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../lib/format';
import type { MessageRow } from '../monitors-api';

/** HL7 v2 acknowledgment codes (table 0008), each as a colour AND a word. */
const ackLook: Record<string, { color: string; text: string }> = {
  AA: { color: 'green', text: 'Accepted' },
  AE: { color: 'orange', text: 'Error' },
  AR: { color: 'red', text: 'Rejected' },
};

function AckBadge({ code }: { readonly code: string }): ReactNode {
  const look = ackLook[code] ?? { color: 'gray', text: 'Unknown' };
  return (
    <Badge color={look.color} variant="filled" radius="sm" styles={{ label: { textTransform: 'none' } }}>
      {code} · {look.text}
    </Badge>
  );
}

export function MessageLogTable({ messages }: { readonly messages: readonly MessageRow[] }): ReactNode {
  if (messages.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No HL7 message has been received.
      </Text>
    );
  }
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label="Message log" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Received</Table.Th>
              <Table.Th>Control id</Table.Th>
              <Table.Th>ACK</Table.Th>
              <Table.Th>Error</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {messages.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.receivedAt)}</Table.Td>
                <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {m.controlId ?? '—'}
                  {m.demo ? (
                    <Badge ml="xs" size="xs" color="grape" variant="light">
                      Demo
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <AckBadge code={m.ackCode} />
                </Table.Td>
                <Table.Td>
                  {m.error === null ? (
                    <Text span c="dimmed" size="sm">
                      —
                    </Text>
                  ) : (
                    <Text size="sm">{m.error}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
