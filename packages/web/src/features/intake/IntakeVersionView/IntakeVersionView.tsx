import { Badge, Center, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { conditionLabels, indicationLabels, matchMedication } from '@chairside/domain';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useIntakeVersion } from '../intake-api';

function Fact({ label, children }: { readonly label: string; readonly children: ReactNode }): ReactNode {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** One stored intake version, read-only. */
export function IntakeVersionView({
  patientId,
  version,
}: {
  readonly patientId: string;
  readonly version: number;
}): ReactNode {
  const query = useIntakeVersion(patientId, version);
  if (query.isPending) {
    return (
      <Center py="md">
        <Loader aria-label="Loading intake" />
      </Center>
    );
  }
  if (query.isError) {
    return <ErrorAlert error={query.error} title="The intake could not be loaded" />;
  }
  const { data: d, derived } = query.data;
  const labelOf = (labels: Readonly<Record<string, string>>, code: string): string => labels[code] ?? code;
  return (
    <Paper withBorder p="md" aria-label={`Intake version ${String(version)}`}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          Intake version {version} · {query.data.by} · {formatDateTime(query.data.at)}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Fact label="Indications">
            {d.indications.map((i) => labelOf(indicationLabels, i.code)).join(', ') || 'None'}
          </Fact>
          <Fact label="Failed antidepressant trials">{d.failedAdequateAntidepressantTrials}</Fact>
          <Fact label="Resting BP / HR / SpO2">
            {d.vitals.systolicMmHg}/{d.vitals.diastolicMmHg} mmHg · {d.vitals.heartRateBpm}/min · {d.vitals.spo2Pct}%
          </Fact>
          <Fact label="Weight / height">
            {derived.weightKg} kg ({derived.weightLb} lb)
            {derived.heightCm === null ? '' : ` · ${String(derived.heightCm)} cm`}
          </Fact>
          <Fact label="Conditions">
            {d.conditions
              .map((c) => labelOf(conditionLabels, c.code) + (c.onsetDate ? ` (${c.onsetDate})` : ''))
              .join(', ') || 'None'}
          </Fact>
          <Fact label="Allergies">{d.allergies.map((a) => a.substance).join(', ') || 'None known'}</Fact>
          <Fact label="Pregnancy">{`${d.pregnancy.status}${d.pregnancy.testResult ? `, test ${d.pregnancy.testResult}` : ''}${d.breastfeeding ? ', breastfeeding' : ''}`}</Fact>
          <Fact label="Recent substance use">{d.recentSubstanceUse.map((s) => s.substance).join(', ') || 'None'}</Fact>
        </SimpleGrid>
        <Table striped withTableBorder aria-label="Medications">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Medication</Table.Th>
              <Table.Th>Dose</Table.Th>
              <Table.Th>How often</Table.Th>
              <Table.Th>Formulary</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.medications.map((m, i) => {
              const match = matchMedication(m.name);
              return (
                <Table.Tr key={i}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.dose === undefined ? '—' : `${String(m.dose)} ${m.unit ?? ''}`}</Table.Td>
                  <Table.Td>{m.frequency ?? '—'}</Table.Td>
                  <Table.Td>
                    {match.status === 'recognised' ? (
                      <Text size="sm">{match.entry.generic}</Text>
                    ) : (
                      <Badge color="orange">Not recognised — review</Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group>{d.medications.length === 0 ? <Text c="dimmed">No medications.</Text> : null}</Group>
      </Stack>
    </Paper>
  );
}
