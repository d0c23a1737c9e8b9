import { ActionIcon, Anchor, Badge, Button, Group, Menu, Paper, Table, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from '../../../lib/format';
import { amountText, shortId, type LedgerContainer } from '../ledger-api';

export type ContainerAction = 'draw' | 'waste' | 'count' | 'transfer' | 'return' | 'destroy';

/** Every container with its derived balance; clinicians act on it from here. */
export function ContainerTable({
  containers,
  canHandle,
  people,
  onAction,
}: {
  readonly containers: readonly LedgerContainer[];
  readonly canHandle: boolean;
  readonly people: Readonly<Record<string, string>>;
  readonly onAction: (action: ContainerAction, container: LedgerContainer) => void;
}): ReactNode {
  if (containers.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No containers received yet.
      </Text>
    );
  }
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={700}>
        <Table striped verticalSpacing="sm" aria-label="Containers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Container</Table.Th>
              <Table.Th>Product</Table.Th>
              <Table.Th ta="right">Balance</Table.Th>
              <Table.Th visibleFrom="lg">Last count</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {containers.map((c) => {
              const empty = c.balanceMg === 0;
              return (
                <Table.Tr key={c.containerId} data-container={c.containerId}>
                  <Table.Td>
                    <Text ff="monospace" fw={600} size="sm">
                      {shortId(c.containerId)}
                    </Text>
                    <Anchor href={`/api/ledger/containers/${c.containerId}/label.pdf`} target="_blank" size="xs">
                      Label
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{c.substanceName}</Text>
                    <Text size="xs" c="dimmed">
                      {c.finishedForm} · NDC {c.ndc}
                    </Text>
                    <Group gap={6}>
                      <Text size="xs">
                        Lot <strong>{c.lot}</strong> · {c.location}
                      </Text>
                      <Text size="xs" c={c.expired ? 'red' : 'dimmed'}>
                        exp {c.expiryDate.length === 10 ? formatDate(c.expiryDate) : c.expiryDate}
                      </Text>
                      {c.expired ? (
                        <Badge color="red" size="xs">
                          Expired
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text
                      fw={700}
                      size="lg"
                      style={{ whiteSpace: 'nowrap' }}
                      {...(empty ? { c: 'dimmed' } : {})}
                      data-testid="balance"
                    >
                      {amountText(c)}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="lg">
                    {c.lastCount === null ? (
                      <Text size="xs" c="dimmed">
                        Not counted yet
                      </Text>
                    ) : (
                      <>
                        <Text size="xs">
                          {c.lastCount.countedMg} mg · {formatDateTime(c.lastCount.at)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {people[c.lastCount.countedBy] ?? '?'} and {people[c.lastCount.witnessedBy] ?? '?'}
                        </Text>
                      </>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canHandle ? (
                      <Group gap={6} wrap="nowrap">
                        <Button
                          size="xs"
                          disabled={empty || c.expired}
                          onClick={() => {
                            onAction('draw', c);
                          }}
                        >
                          Draw
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color="orange"
                          disabled={empty}
                          onClick={() => {
                            onAction('waste', c);
                          }}
                        >
                          Waste
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => {
                            onAction('count', c);
                          }}
                        >
                          Count
                        </Button>
                        <Menu position="bottom-end">
                          <Menu.Target>
                            <ActionIcon variant="subtle" aria-label={`More for ${shortId(c.containerId)}`}>
                              <IconDots size={18} aria-hidden />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item
                              onClick={() => {
                                onAction('transfer', c);
                              }}
                            >
                              Move or split
                            </Menu.Item>
                            <Menu.Item
                              disabled={empty}
                              onClick={() => {
                                onAction('return', c);
                              }}
                            >
                              Return to supplier
                            </Menu.Item>
                            <Menu.Item
                              disabled={empty}
                              onClick={() => {
                                onAction('destroy', c);
                              }}
                            >
                              Destroy
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Group>
                    ) : (
                      <Text size="xs" c="dimmed">
                        View only
                      </Text>
                    )}
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
