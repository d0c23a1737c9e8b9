import { Paper, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../lib/format';
import type { HeldReading } from '../monitors-api';

/** A value with its unit, or a dash when the message did not carry it (never a guessed value). */
function value(v: number | undefined, unit = ''): ReactNode {
  return v === undefined ? (
    <Text span c="dimmed" aria-label="not sent">
      —
    </Text>
  ) : (
    `${v}${unit}`
  );
}

function bp(r: HeldReading): ReactNode {
  if (r.systolicMmHg === undefined && r.diastolicMmHg === undefined) {
    return value(undefined);
  }
  return `${r.systolicMmHg ?? '—'}/${r.diastolicMmHg ?? '—'}`;
}

/**
 * Readings from monitors bound to no chair. They are attached to no patient, and binding a
 * monitor later does not move them: nobody can tell afterwards who was in the chair.
 */
export function HeldReadingsTable({ readings }: { readonly readings: readonly HeldReading[] }): ReactNode {
  if (readings.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No readings are held: every monitor that sent readings is bound to a chair.
      </Text>
    );
  }
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-label="Held readings" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Device</Table.Th>
              <Table.Th>Observed</Table.Th>
              <Table.Th>BP (mmHg)</Table.Th>
              <Table.Th>HR (/min)</Table.Th>
              <Table.Th>SpO2 (%)</Table.Th>
              <Table.Th>RR (/min)</Table.Th>
              <Table.Th>EtCO2 (mmHg)</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {readings.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {r.deviceId}
                </Table.Td>
                <Table.Td>{formatDateTime(r.takenAt)}</Table.Td>
                <Table.Td>{bp(r)}</Table.Td>
                <Table.Td>{value(r.heartRateBpm)}</Table.Td>
                <Table.Td>{value(r.spo2Pct)}</Table.Td>
                <Table.Td>{value(r.respiratoryRatePerMin)}</Table.Td>
                <Table.Td>{value(r.etco2MmHg)}</Table.Td>
                <Table.Td>
                  <Text
                    span
                    size="sm"
                    fw={r.status === 'unverified' ? 700 : 400}
                    c={r.status === 'unverified' ? 'orange.8' : 'dark'}
                  >
                    {r.status === 'unverified' ? 'Unverified' : r.status === 'final' ? 'Final' : 'Corrected'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
