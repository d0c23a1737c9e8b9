import { Badge, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useDiversion } from '../ledger-api';

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A finding's message with user ids replaced by names. */
function named(text: string, people: Readonly<Record<string, string>>): string {
  return text.replace(uuidPattern, (id) => people[id] ?? id);
}

/** Per-staff waste with outliers highlighted, and the other diversion signals, for the range. */
export function DiversionPanel({ range }: { readonly range: { from: string; to: string } | null }): ReactNode {
  const report = useDiversion(range);
  if (range === null) {
    return <Text size="sm">Choose a date range above.</Text>;
  }
  if (report.isPending) {
    return <Loader size="sm" aria-label="Loading diversion signals" />;
  }
  if (report.isError) {
    return <ErrorAlert error={report.error} title="The diversion signals could not be loaded" />;
  }
  const { staff, findings, people, medianWastedMg, shiftsKnown } = report.data;
  return (
    <Stack gap="sm">
      <Paper withBorder>
        <Table aria-label="Waste per staff member">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Staff member</Table.Th>
              <Table.Th ta="right">Wastes</Table.Th>
              <Table.Th ta="right">Wasted</Table.Th>
              <Table.Th>Signal</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {staff.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed">
                    No waste in this period.
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {staff.map((s) => {
              const outlier = s.outlierByAmount || s.outlierByCount;
              return (
                <Table.Tr key={s.userId} {...(outlier ? { bg: 'red.0' } : {})}>
                  <Table.Td {...(outlier ? { fw: 700 } : {})}>{people[s.userId] ?? s.userId}</Table.Td>
                  <Table.Td ta="right">{s.wasteCount}</Table.Td>
                  <Table.Td ta="right">{s.wastedMg} mg</Table.Td>
                  <Table.Td>
                    {outlier ? (
                      <Badge color="red">Outlier: over 2 × the staff median</Badge>
                    ) : (
                      <Text size="xs" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      <Text size="xs" c="dimmed">
        {medianWastedMg === null
          ? 'Outliers are compared once at least 3 people wasted in the period.'
          : `Staff median: ${medianWastedMg} mg.`}{' '}
        {shiftsKnown ? 'Shifts end at the clinic’s closing time.' : 'Set opening hours to flag end-of-shift wastes.'}
      </Text>
      {findings.length === 0 ? (
        <Text size="sm">No signals in this period.</Text>
      ) : (
        <Stack gap={4} aria-label="Signals">
          {findings.map((f, i) => (
            <Text key={`${f.ruleId}-${String(i)}`} size="sm">
              <Badge color={f.severity === 'warning' ? 'orange' : 'gray'} size="xs" mr={6}>
                {f.ruleId.replace('ledger.', '')}
              </Badge>
              {named(f.message, people)}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
