import { Badge, Button, Paper, Table, Text } from '@mantine/core';
import { IconLink, IconLinkOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../lib/format';
import type { MonitorRow } from '../monitors-api';
import { timeAgo } from '../time-ago';

interface MonitorTableProps {
  readonly monitors: readonly MonitorRow[];
  readonly unbinding: string | null;
  readonly onBind: (monitor: MonitorRow) => void;
  readonly onUnbind: (monitor: MonitorRow) => void;
}

export function MonitorTable({ monitors, unbinding, onBind, onUnbind }: MonitorTableProps): ReactNode {
  if (monitors.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No monitor has sent a message yet. A monitor appears here after its first message over the HL7 feed.
      </Text>
    );
  }
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label="Monitors" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Device</Table.Th>
              <Table.Th>Last seen</Table.Th>
              <Table.Th>Chair</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {monitors.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Text size="sm" ff="monospace" fw={600}>
                    {m.deviceId}
                  </Text>
                  {m.label === null ? null : (
                    <Text size="xs" c="dimmed">
                      {m.label}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <LastSeen iso={m.lastSeenAt} />
                </Table.Td>
                <Table.Td>
                  {m.binding === null ? (
                    <Badge color="gray" variant="outline" radius="sm">
                      Not bound
                    </Badge>
                  ) : (
                    <Badge color="blue" variant="light" radius="sm" size="lg" tt="none">
                      {m.binding.chairLabel}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {m.binding === null ? (
                    <Button
                      size="xs"
                      leftSection={<IconLink size={14} aria-hidden />}
                      aria-label={`Bind ${m.deviceId} to a chair`}
                      onClick={() => {
                        onBind(m);
                      }}
                    >
                      Bind
                    </Button>
                  ) : (
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconLinkOff size={14} aria-hidden />}
                      aria-label={`Unbind ${m.deviceId} from ${m.binding.chairLabel}`}
                      loading={unbinding === m.binding.id}
                      onClick={() => {
                        onUnbind(m);
                      }}
                    >
                      Unbind
                    </Button>
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

function LastSeen({ iso }: { readonly iso: string | null }): ReactNode {
  if (iso === null) {
    return (
      <Text span size="sm" c="dimmed">
        Never
      </Text>
    );
  }
  return (
    <>
      <Text size="sm" fw={500}>
        {timeAgo(iso)}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDateTime(iso)}
      </Text>
    </>
  );
}
