import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useWithdrawConsent, type ConsentRecord } from '../consent-api';

/** Signed consents with their status; withdrawal appends an event with a reason. */
export function ConsentList({
  patientId,
  items,
  currentVersions,
}: {
  readonly patientId: string;
  readonly items: readonly ConsentRecord[];
  readonly currentVersions: Readonly<Record<string, number>>;
}): ReactNode {
  const withdraw = useWithdrawConsent(patientId);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  if (items.length === 0) {
    return <Text c="dimmed">No consent recorded yet.</Text>;
  }
  return (
    <Stack>
      <Table withTableBorder aria-label="Consents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Route</Table.Th>
            <Table.Th>Form</Table.Th>
            <Table.Th>Signed by patient</Table.Th>
            <Table.Th>Witness</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => {
            const outdated = currentVersions[c.route] !== undefined && currentVersions[c.route] !== c.formVersion;
            return (
              <Table.Tr key={c.id}>
                <Table.Td>{c.route}</Table.Td>
                <Table.Td>
                  {c.formId} v{c.formVersion}
                </Table.Td>
                <Table.Td>
                  {c.patientTypedName} ({c.signatureMethod}) · {formatDateTime(c.patientSignedAt)}
                </Table.Td>
                <Table.Td>{c.witnessedBy}</Table.Td>
                <Table.Td>
                  {c.withdrawal ? (
                    <Badge color="red" title={`${c.withdrawal.reason} — ${c.withdrawal.by}`}>
                      Withdrawn {formatDateTime(c.withdrawal.at)}
                    </Badge>
                  ) : outdated ? (
                    <Badge color="yellow">Earlier form version</Badge>
                  ) : (
                    <Badge color="teal">Valid</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    component="a"
                    href={`/api/consents/${c.id}/pdf`}
                    target="_blank"
                    rel="noopener"
                    aria-label={`Printable copy (PDF) of the consent signed ${formatDateTime(c.patientSignedAt)}`}
                  >
                    PDF
                  </Button>
                  {c.withdrawal ? null : (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        setWithdrawing(c.id);
                      }}
                    >
                      Withdraw
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {withdrawing ? (
        <Group align="flex-end">
          <TextInput
            label="Reason for withdrawal"
            required
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
            }}
            style={{ flex: 1 }}
          />
          <Button
            color="red"
            disabled={reason.trim() === ''}
            loading={withdraw.isPending}
            onClick={() => {
              withdraw.mutate(
                { id: withdrawing, reason },
                {
                  onSuccess: () => {
                    setWithdrawing(null);
                    setReason('');
                  },
                },
              );
            }}
          >
            Withdraw consent
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setWithdrawing(null);
            }}
          >
            Cancel
          </Button>
        </Group>
      ) : null}
      {withdraw.isError ? <ErrorAlert error={withdraw.error} title="Not withdrawn" /> : null}
    </Stack>
  );
}
