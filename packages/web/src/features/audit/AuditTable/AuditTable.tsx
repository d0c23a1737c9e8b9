import type { AuditEvent } from '@chairside/contract';
import { roleLabel, isRole } from '@chairside/domain';
import { ActionIcon, Anchor, Code, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format';

const columnCount = 9;

function shortId(id: string | null): string {
  return id === null ? '—' : id.slice(0, 8);
}

function hasChanges(changes: unknown): boolean {
  return (
    changes !== null && changes !== undefined && !(typeof changes === 'object' && Object.keys(changes).length === 0)
  );
}

export function AuditTable({ events }: { readonly events: readonly AuditEvent[] }): ReactNode {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (seq: number): void => {
    const next = new Set(expanded);
    if (next.has(seq)) {
      next.delete(seq);
    } else {
      next.add(seq);
    }
    setExpanded(next);
  };
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped aria-label="Audit events" fz="sm" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Text span size="sm" fw={700} className="visually-hidden">
                Details
              </Text>
            </Table.Th>
            <Table.Th>Time</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Record</Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>Request</Table.Th>
            <Table.Th>Client</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const open = expanded.has(event.seq);
            const expandable = hasChanges(event.changes);
            return (
              <Fragment key={event.seq}>
                <Table.Tr>
                  <Table.Td>
                    {expandable ? (
                      <ActionIcon
                        variant="subtle"
                        size="sm"
                        aria-expanded={open}
                        aria-label={`${open ? 'Hide' : 'Show'} changes of event ${event.seq}`}
                        onClick={() => {
                          toggle(event.seq);
                        }}
                      >
                        {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                      </ActionIcon>
                    ) : null}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at)}</Table.Td>
                  <Table.Td>
                    {event.actorUsername ?? (
                      <Text span c="dimmed" size="sm">
                        system
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {event.actorRole !== null && isRole(event.actorRole)
                      ? roleLabel[event.actorRole]
                      : (event.actorRole ?? '—')}
                  </Table.Td>
                  <Table.Td ff="monospace">{event.action}</Table.Td>
                  <Table.Td>
                    {event.recordType}
                    {event.recordId === null ? null : (
                      <Text span c="dimmed" ff="monospace" size="xs" ml={4} title={event.recordId}>
                        {shortId(event.recordId)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace">
                    {event.patientId === null ? (
                      '—'
                    ) : (
                      <Anchor component={Link} to={`/patients/${event.patientId}`} title={event.patientId} size="sm">
                        {shortId(event.patientId)}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace" title={event.requestId ?? undefined}>
                    {shortId(event.requestId)}
                  </Table.Td>
                  <Table.Td ff="monospace">{event.clientAddress ?? '—'}</Table.Td>
                </Table.Tr>
                {open ? (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={columnCount - 1}>
                      <Code block>{JSON.stringify(event.changes, null, 2)}</Code>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
