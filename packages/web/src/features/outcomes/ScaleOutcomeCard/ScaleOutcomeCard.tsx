import type { PatientOutcomesView } from '@chairside/contract';
import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../lib/format';
import { OutcomeChart } from '../OutcomeChart/OutcomeChart';
import type { ThresholdLine } from '../OutcomeChart/chart-options';
import { bandColour, type ScaleOutcome } from '../outcome-types';
import { BoosterPanel, ResponseStatus } from './ResponseStatus';

interface ScaleOutcomeCardProps {
  readonly outcome: ScaleOutcome;
  readonly sessions: PatientOutcomesView['sessions'];
}

function thresholdLines(outcome: ScaleOutcome): ThresholdLine[] {
  const lines: ThresholdLine[] = [];
  const baseline = outcome.timeline?.baseline;
  if (baseline) {
    lines.push({ value: baseline.total, label: `Baseline ${baseline.total}`, colour: '#495057', dash: [] });
  }
  if (outcome.responseAtMost !== null) {
    lines.push({
      value: outcome.responseAtMost,
      label: `Response ≤ ${outcome.responseAtMost}`,
      colour: '#1971c2',
      dash: [8, 4],
    });
  }
  if (outcome.remissionAtMost !== null) {
    lines.push({
      value: outcome.remissionAtMost,
      label: `Remission ≤ ${outcome.remissionAtMost}`,
      colour: '#2b8a3e',
      dash: [2, 3],
    });
  }
  return lines;
}

function bandIndex(outcome: ScaleOutcome, total: number): number {
  return outcome.bands.findIndex((b) => total >= b.minTotal && total <= b.maxTotal);
}

/** One scale: chart, legend, status, booster suggestion and the table of scores. */
export function ScaleOutcomeCard({ outcome, sessions }: ScaleOutcomeCardProps): ReactNode {
  const latest = outcome.scores.at(-1);
  const summary = `${outcome.abbreviation} totals over time: ${outcome.scores.map((s) => `${s.total} on ${s.takenAt.slice(0, 10)}`).join(', ')}`;
  return (
    <Paper withBorder p="md" component="section" aria-label={outcome.title}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4">
            {outcome.abbreviation}{' '}
            <Text span c="dimmed" size="sm">
              {outcome.title}
            </Text>
          </Title>
          {latest ? (
            <Badge size="lg" variant="outline" color="dark">
              Latest {latest.total}
              {latest.bandLabel ? ` · ${latest.bandLabel}` : ''}
            </Badge>
          ) : null}
        </Group>
        {outcome.ruleText ? <Text size="sm">{outcome.ruleText}</Text> : null}
        <OutcomeChart
          points={outcome.scores}
          summary={summary}
          label={outcome.abbreviation}
          range={outcome.totalRange}
          bands={outcome.bands}
          lines={thresholdLines(outcome)}
          sessions={sessions.map((x) => ({
            seconds: Date.parse(x.at) / 1000,
            label: x.doseMgPerKg === null ? null : String(x.doseMgPerKg),
          }))}
        />
        {outcome.bands.length > 0 ? (
          <Group gap="xs" aria-label="Severity bands">
            {outcome.bands.map((band, index) => (
              <Badge key={band.id} color="dark" variant="outline" radius="sm" style={{ background: bandColour(index) }}>
                {band.label} {band.minTotal}–{band.maxTotal}
              </Badge>
            ))}
          </Group>
        ) : null}
        {outcome.note ? (
          <Alert icon={<IconInfoCircle />} color="blue" variant="light">
            {outcome.note}
          </Alert>
        ) : null}
        <ResponseStatus outcome={outcome} />
        <BoosterPanel outcome={outcome} />
        <ScoreTable outcome={outcome} />
      </Stack>
    </Paper>
  );
}

function ScoreTable({ outcome }: { readonly outcome: ScaleOutcome }): ReactNode {
  return (
    <Table striped withTableBorder aria-label={`${outcome.abbreviation} scores`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Date</Table.Th>
          <Table.Th>Total</Table.Th>
          <Table.Th>Band</Table.Th>
          <Table.Th>Entered by</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...outcome.scores].reverse().map((score) => (
          <Table.Tr key={score.responseId}>
            <Table.Td>{formatDateTime(score.takenAt)}</Table.Td>
            <Table.Td fw={700}>{score.total}</Table.Td>
            <Table.Td>
              <Badge
                variant="outline"
                color="dark"
                radius="sm"
                style={{ background: bandColour(bandIndex(outcome, score.total)) }}
              >
                {score.bandLabel ?? '—'}
              </Badge>
            </Table.Td>
            <Table.Td>
              {score.enteredByRole === 'patient'
                ? 'Patient (portal)'
                : `Staff (${score.enteredByRole.replace('_', ' ')})`}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      {outcome.incompleteCount > 0 ? (
        <Table.Caption>
          {outcome.incompleteCount} incomplete form{outcome.incompleteCount === 1 ? '' : 's'} kept but not scored (never
          imputed).
        </Table.Caption>
      ) : null}
    </Table>
  );
}
