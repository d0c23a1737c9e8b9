import { Stack, Table, Text, TextInput } from '@mantine/core';
import type { SessionDetail } from '@chairside/contract';
import { ESKETAMINE_DEVICE_MG } from '@chairside/domain';
import { useState, type ReactNode } from 'react';
import { useRecordDevice } from '../chairside-api';
import { clockTime } from '../session-format';
import { instantOf, recorded, SubmitRow, WhenInput } from './entry-kit';

/** Esketamine: each nasal device given (28 mg, at least 5 min apart per the label), with its lot. */
export function DeviceForm({ detail }: { readonly detail: SessionDetail }): ReactNode {
  const record = useRecordDevice(detail.session.id);
  const [lot, setLot] = useState('');
  const [when, setWhen] = useState('');
  const devices = detail.journal.filter((j) => j.kind === 'esketamine-device');
  const submit = (): void => {
    record.mutate(
      { at: instantOf(when), lotNumber: lot.trim() },
      {
        onSuccess: () => {
          recorded(`Device ${devices.length + 1} recorded (${ESKETAMINE_DEVICE_MG} mg)`);
          setWhen('');
        },
      },
    );
  };
  return (
    <Stack gap="sm" aria-label="Esketamine devices">
      <Text fw={700}>
        Devices given: {devices.length} · {devices.length * ESKETAMINE_DEVICE_MG} mg
        {detail.dose.plannedMg === null ? '' : ` of ${detail.dose.plannedMg} mg planned`}
      </Text>
      {devices.length === 0 ? null : (
        <Table fz="md" aria-label="Devices given">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>Time</Table.Th>
              <Table.Th>Lot</Table.Th>
              <Table.Th>By</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {devices.map((d, i) => (
              <Table.Tr key={d.id}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{clockTime(d.at)}</Table.Td>
                <Table.Td>{typeof d.data['lotNumber'] === 'string' ? d.data['lotNumber'] : '–'}</Table.Td>
                <Table.Td>{d.by}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <TextInput
        label="Lot number"
        size="lg"
        required
        maxLength={60}
        value={lot}
        onChange={(e) => {
          setLot(e.currentTarget.value);
        }}
      />
      <WhenInput value={when} onChange={setWhen} />
      <SubmitRow
        label={`Device given (${ESKETAMINE_DEVICE_MG} mg)`}
        disabled={lot.trim() === ''}
        pending={record.isPending}
        error={record.error}
        onSubmit={submit}
      />
    </Stack>
  );
}
