import { Badge, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useAuth } from '../../../app/auth/auth-context';
import { useCosignDosePlan, useDosePlans, type DosePlan } from '../dosing-api';

const statusColor = { approved: 'green', 'awaiting-cosign': 'orange', refused: 'red', superseded: 'gray' } as const;

function doseText(plan: DosePlan): string {
  const a = plan.result.amounts;
  switch (a.mode) {
    case 'fixed-mg-devices':
      return `${a.doseMg} mg (${a.deviceCount ?? '?'} devices)`;
    case 'mg-per-kg-per-hour-infusion':
      return `${a.requestedMgPerKgPerHour} mg/kg/h → ${a.rateMlPerHour} mL/h for ${a.durationMin} min`;
    case 'mg-per-kg-over-duration':
    case 'mg-per-kg-single-injection':
      return `${a.requestedMgPerKg} mg/kg → ${a.doseMg} mg, ${a.volumeMl} mL${a.rateMlPerHour === null ? '' : `, ${a.rateMlPerHour} mL/h`}`;
  }
}

function Cosign({ plan }: { readonly plan: DosePlan }): ReactNode {
  const cosign = useCosignDosePlan(plan.patientId);
  const [reason, setReason] = useState('');
  const errors = cosign.error instanceof ApiError ? cosign.error.fieldErrorMap() : {};
  return (
    <Stack gap={4}>
      <Textarea
        label="Co-sign reason"
        size="xs"
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
        }}
        error={errors['reason']}
        autosize
      />
      {cosign.isError && !errors['reason'] ? <ErrorAlert error={cosign.error} /> : null}
      <Button
        size="xs"
        color="orange"
        loading={cosign.isPending}
        onClick={() => {
          cosign.mutate({ id: plan.id, reason });
        }}
      >
        Co-sign and approve
      </Button>
    </Stack>
  );
}

/** The patient's dose plans, newest first, with who, when, why and the co-sign. */
export function DosePlanList({ patientId }: { readonly patientId: string }): ReactNode {
  const plans = useDosePlans(patientId);
  const { me } = useAuth();
  if (plans.isPending) {
    return <Text c="dimmed">Loading dose plans…</Text>;
  }
  if (plans.isError) {
    return <ErrorAlert error={plans.error} title="The dose plans could not be loaded" />;
  }
  const items = [...plans.data.items].reverse();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Dose plans
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">No dose plan yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Status</Table.Th>
                <Table.Th>Protocol</Table.Th>
                <Table.Th>Dose</Table.Th>
                <Table.Th>Written</Table.Th>
                <Table.Th>Reason / co-sign</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td>
                    <Badge color={statusColor[plan.status]}>{plan.status.replace('-', ' ')}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {plan.protocolId} v{plan.protocolVersion}
                  </Table.Td>
                  <Table.Td>{doseText(plan)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{plan.createdBy}</Text>
                    <Text size="xs" c="dimmed">
                      {new Date(plan.createdAt).toLocaleString()}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={320}>
                    {plan.softStopReason ? <Text size="sm">Reason: {plan.softStopReason}</Text> : null}
                    {plan.cosign ? (
                      <Text size="xs" c="dimmed">
                        Co-signed by {plan.cosign.by}, {new Date(plan.cosign.at).toLocaleString()}: {plan.cosign.reason}
                      </Text>
                    ) : null}
                    {plan.status === 'awaiting-cosign' && me?.role === 'physician' ? <Cosign plan={plan} /> : null}
                    {plan.status === 'awaiting-cosign' && me?.role !== 'physician' ? (
                      <Group gap={4}>
                        <Text size="xs" c="orange.8">
                          Waiting for a physician’s co-sign
                        </Text>
                      </Group>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
