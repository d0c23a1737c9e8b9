import type { DoseLimit, DoseSpec, Protocol } from '@chairside/domain';
import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { SourceTags } from '../SourceTags/SourceTags';

const quantityWords: Readonly<Record<string, string>> = {
  doseMgPerKg: 'Dose, mg/kg',
  infusionMgPerKgPerHour: 'Infusion, mg/kg/h',
  bolusMgPerKg: 'Bolus, mg/kg',
  durationMin: 'Duration, min',
  concentrationMgPerMl: 'Concentration, mg/mL',
  doseMg: 'Dose, mg',
  weightAgeDays: 'Weight age, days',
};

/** A limit's check in words: "above 0.75", "not one of 56, 84". */
export function checkText(limit: DoseLimit): string {
  const { check } = limit;
  switch (check.kind) {
    case 'above':
      return `above ${check.threshold}`;
    case 'below':
      return `below ${check.threshold}`;
    case 'not-one-of':
      return `not one of ${check.allowed.join(', ')}`;
    case 'requires-prior-dose':
      return `${check.doseMg} mg before any ${check.priorDoseMg} mg session`;
  }
}

function doseRows(dose: DoseSpec): [string, string][] {
  switch (dose.mode) {
    case 'mg-per-kg-over-duration':
      return [
        ['Default dose', `${dose.defaultDoseMgPerKg} mg/kg`],
        ['Default duration', `${dose.defaultDurationMin} min`],
      ];
    case 'mg-per-kg-per-hour-infusion':
      return [
        ['Default infusion', `${dose.defaultInfusionMgPerKgPerHour} mg/kg/h`],
        ['Default duration', `${dose.defaultDurationMin} min`],
        ['Default bolus', dose.defaultBolusMgPerKg === null ? 'none' : `${dose.defaultBolusMgPerKg} mg/kg`],
      ];
    case 'mg-per-kg-single-injection':
      return [['Default dose', `${dose.defaultDoseMgPerKg} mg/kg (single injection)`]];
    case 'fixed-mg-devices':
      return [
        ['First session', `${dose.firstSessionDoseMg} mg`],
        ['Device', `${dose.deviceMg} mg, ${dose.deviceIntervalMin} min apart`],
      ];
  }
}

function Fact({ label, children }: { readonly label: string; readonly children: ReactNode }): ReactNode {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** One protocol version: route, drug, dose and defaults, limits with severity and sources, fasting, pregnancy test. */
export function ProtocolViewer({ protocol }: { readonly protocol: Protocol }): ReactNode {
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Fact label="Route">{protocol.route.toUpperCase()}</Fact>
            <Fact label="Drug">{protocol.drug}</Fact>
            <Fact label="Dose mode">{protocol.dose.mode}</Fact>
            <Fact label="Version">v{protocol.version}</Fact>
            {doseRows(protocol.dose).map(([label, value]) => (
              <Fact key={label} label={label}>
                <b>{value}</b>
              </Fact>
            ))}
          </SimpleGrid>
          <SourceTags source={protocol.source} />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          Limits
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Quantity</Table.Th>
                <Table.Th>Fires when</Table.Th>
                <Table.Th>Severity</Table.Th>
                <Table.Th>Message</Table.Th>
                <Table.Th>Source</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {protocol.limits.map((limit) => (
                <Table.Tr key={limit.id}>
                  <Table.Td>{quantityWords[limit.quantity] ?? limit.quantity}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {checkText(limit)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {limit.id}@{limit.version}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge color={limit.severity === 'hard-stop' ? 'red' : 'orange'}>{limit.severity}</Badge>
                      {limit.labelLimit ? (
                        <Badge color="dark" variant="outline" title="A label limit: may be tightened, never loosened">
                          label limit
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{limit.message}</Text>
                  </Table.Td>
                  <Table.Td maw={300}>
                    <SourceTags source={limit.source} compact />
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {limit.source.citation}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            Fasting{' '}
            {protocol.fasting.labelLimit ? (
              <Badge color="dark" variant="outline">
                label limit
              </Badge>
            ) : null}
          </Title>
          <Text size="sm">
            Solid food: {protocol.fasting.solidFoodMin / 60} h before. Clear liquids:{' '}
            {protocol.fasting.clearLiquidsMin / 60} h before.
          </Text>
          <SourceTags source={protocol.fasting.source} />
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            Pregnancy test
          </Title>
          <Text size="sm">
            {protocol.pregnancyTest.requiredIfCanBecomePregnant
              ? `Required for anyone who can become pregnant; a negative result is valid ${protocol.pregnancyTest.maxAgeDays} days.`
              : 'Not required.'}
          </Text>
          <SourceTags source={protocol.pregnancyTest.source} />
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
