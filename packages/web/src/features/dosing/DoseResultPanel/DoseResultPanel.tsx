import type { DoseAmounts, DoseResult, Protocol, RuleFinding } from '@chairside/domain';
import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { SourceTags } from '../../protocols/SourceTags/SourceTags';
import { LimitBand } from '../LimitBand/LimitBand';

const statusColor = { within: 'green', 'soft-stop': 'orange', 'hard-stop': 'red' } as const;
const statusWords = {
  within: 'Within protocol limits',
  'soft-stop': 'Soft-stop: needs a documented reason and a physician co-sign',
  'hard-stop': 'Hard-stop: this dose cannot be given',
} as const;

function Figure({
  label,
  value,
  unit,
  testId,
}: {
  label: string;
  value: string;
  unit: string;
  testId: string;
}): ReactNode {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={34} fw={700} lh={1.1} data-testid={testId}>
        {value}{' '}
        <Text span fz={18} fw={600}>
          {unit}
        </Text>
      </Text>
    </Paper>
  );
}

function figuresOf(amounts: DoseAmounts): { label: string; value: string; unit: string; testId: string }[] {
  switch (amounts.mode) {
    case 'fixed-mg-devices':
      return [
        { label: 'Dose', value: String(amounts.doseMg), unit: 'mg', testId: 'dose-mg' },
        { label: 'Devices (28 mg)', value: String(amounts.deviceCount ?? '—'), unit: '', testId: 'devices' },
        { label: 'Device interval', value: String(amounts.deviceIntervalMin), unit: 'min', testId: 'interval' },
      ];
    case 'mg-per-kg-per-hour-infusion':
      return [
        { label: 'Pump rate', value: String(amounts.rateMlPerHour), unit: 'mL/h', testId: 'rate-ml-h' },
        { label: 'Infusion dose', value: String(amounts.infusionDoseMg), unit: 'mg', testId: 'dose-mg' },
        { label: 'Infusion volume', value: String(amounts.infusionVolumeMl), unit: 'mL', testId: 'volume-ml' },
        ...(amounts.bolus
          ? [
              {
                label: 'Bolus',
                value: `${amounts.bolus.doseMg} mg / ${amounts.bolus.volumeMl}`,
                unit: 'mL',
                testId: 'bolus',
              },
            ]
          : []),
      ];
    case 'mg-per-kg-over-duration':
    case 'mg-per-kg-single-injection':
      return [
        { label: 'Dose', value: String(amounts.doseMg), unit: 'mg', testId: 'dose-mg' },
        { label: 'Volume', value: String(amounts.volumeMl), unit: 'mL', testId: 'volume-ml' },
        ...(amounts.rateMlPerHour === null
          ? []
          : [
              {
                label: `Pump rate (${amounts.durationMin ?? ''} min)`,
                value: String(amounts.rateMlPerHour),
                unit: 'mL/h',
                testId: 'rate-ml-h',
              },
            ]),
      ];
  }
}

/** The quantity and value the band draws: the rounded per-kg dose the limits were checked on. */
function bandOf(amounts: DoseAmounts): { quantity: string; value: number; unit: string } | null {
  switch (amounts.mode) {
    case 'fixed-mg-devices':
      return null;
    case 'mg-per-kg-per-hour-infusion':
      return { quantity: 'infusionMgPerKgPerHour', value: amounts.checkedMgPerKgPerHour, unit: 'mg/kg/h' };
    case 'mg-per-kg-over-duration':
    case 'mg-per-kg-single-injection':
      return { quantity: 'doseMgPerKg', value: Math.round(amounts.checkedMgPerKg * 1000) / 1000, unit: 'mg/kg' };
  }
}

function FindingRow({ finding }: { readonly finding: RuleFinding }): ReactNode {
  const color =
    finding.severity === 'hard-stop'
      ? 'red'
      : finding.severity === 'soft-stop'
        ? 'orange'
        : finding.severity === 'warning'
          ? 'yellow'
          : 'gray';
  return (
    <Alert
      color={color}
      variant="light"
      p="xs"
      title={
        <Group gap="xs">
          <Badge color={color}>{finding.severity}</Badge>
          <Text size="sm" fw={600}>
            {finding.message}
          </Text>
        </Group>
      }
    >
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          Rule {finding.rule}
        </Text>
        <SourceTags source={finding.source} />
      </Stack>
    </Alert>
  );
}

/** The calculation at a glance: status, the figures in large type, the limits band, weights, findings. */
export function DoseResultPanel({
  result,
  protocol,
}: {
  readonly result: DoseResult;
  readonly protocol: Protocol | undefined;
}): ReactNode {
  const band = bandOf(result.amounts);
  const weight = result.weight;
  return (
    <Stack gap="sm" aria-live="polite">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Result: {result.protocol.id} v{result.protocol.version}
        </Title>
        <Badge size="lg" color={statusColor[result.status]} data-testid="dose-status">
          {statusWords[result.status]}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        {figuresOf(result.amounts).map((figure) => (
          <Figure key={figure.testId} {...figure} />
        ))}
      </SimpleGrid>
      {band && protocol ? (
        <LimitBand limits={protocol.limits} quantity={band.quantity} value={band.value} unit={band.unit} />
      ) : null}
      {weight ? (
        <Text size="sm">
          Dosing weight <b>{Math.round(weight.dosingKg * 10) / 10} kg</b> ({weight.basis}); actual{' '}
          {Math.round(weight.actualKg * 10) / 10} kg = {Math.round(weight.actualLb * 10) / 10} lb
          {weight.idealKg === null ? '' : `; ideal ${Math.round(weight.idealKg * 10) / 10} kg`}
          {weight.adjustedKg === null ? '' : `; adjusted ${Math.round(weight.adjustedKg * 10) / 10} kg`}; measured{' '}
          {new Date(weight.measuredAt).toLocaleString()} ({Math.floor(weight.ageDays)} days ago)
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        Rounding: {result.rounding.statement}
      </Text>
      {result.findings.length === 0 ? (
        <Text size="sm" c="green.8">
          No limit was reached.
        </Text>
      ) : (
        result.findings.map((finding) => <FindingRow key={finding.rule + finding.message} finding={finding} />)
      )}
    </Stack>
  );
}
