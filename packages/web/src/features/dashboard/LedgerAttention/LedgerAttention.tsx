import type { ClinicDashboardView } from '@chairside/contract';
import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format';

const mg = (value: number): string => `${value > 0 ? '+' : ''}${String(value)} mg`;

/** Open count discrepancies (with the DEA written-notice deadline) and unwitnessed wastes. */
export function LedgerAttention({
  ledger,
}: {
  readonly ledger: NonNullable<ClinicDashboardView['ledger']>;
}): ReactNode {
  const { openDiscrepancies: discrepancies, openWastes: wastes } = ledger;
  const clear = discrepancies.length === 0 && wastes.length === 0;
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-label="Controlled substances"
      style={clear ? undefined : { borderColor: 'var(--mantine-color-orange-6)', borderWidth: 2 }}
    >
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <IconLock size={20} />
          <Title order={2} size="h4">
            Controlled substances
          </Title>
        </Group>
        <Anchor component={Link} to="/ledger">
          Open the ledger
        </Anchor>
      </Group>
      {clear ? (
        <Text c="dimmed">No open count discrepancies and no wastes awaiting a witness.</Text>
      ) : (
        <Stack gap="md">
          {discrepancies.length === 0 ? null : (
            <div>
              <Text fw={700} mb={4}>
                Open count discrepancies ({discrepancies.length})
              </Text>
              <Table.ScrollContainer minWidth={560}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Container</Table.Th>
                      <Table.Th>Difference</Table.Th>
                      <Table.Th>Counted</Table.Th>
                      <Table.Th>DEA notice due</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {discrepancies.map((d) => (
                      <Table.Tr key={d.countEventId}>
                        <Table.Td>{d.containerLabel}</Table.Td>
                        <Table.Td fw={700} c={d.differenceMg < 0 ? 'red.8' : 'dark'}>
                          {mg(d.differenceMg)}
                        </Table.Td>
                        <Table.Td>{formatDateTime(d.discoveredAt)}</Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            {formatDateTime(d.deaNoticeDueAt)}
                            {d.noticeOverdue ? (
                              <Badge color="red" variant="filled">
                                Overdue
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </div>
          )}
          {wastes.length === 0 ? null : (
            <div>
              <Text fw={700} mb={4}>
                Wastes awaiting a witness ({wastes.length})
              </Text>
              <Table.ScrollContainer minWidth={560}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Container</Table.Th>
                      <Table.Th>Amount</Table.Th>
                      <Table.Th>Wasted by</Table.Th>
                      <Table.Th>At</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {wastes.map((w) => (
                      <Table.Tr key={w.eventId}>
                        <Table.Td>{w.containerLabel}</Table.Td>
                        <Table.Td>{`${String(w.amountMg)} mg`}</Table.Td>
                        <Table.Td>{w.wastedBy}</Table.Td>
                        <Table.Td>{formatDateTime(w.wastedAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </div>
          )}
        </Stack>
      )}
    </Card>
  );
}
