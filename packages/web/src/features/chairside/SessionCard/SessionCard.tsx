import { Badge, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { BoardEntry } from '@chairside/contract';
import { IconHeartRateMonitor } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { AlertCard } from '../AlertCard/AlertCard';
import { durationText, dueText, minutesSince, phaseOf, severityOrder, stateColour, stateText } from '../session-format';
import { bandColour } from '../vital-bands';
import { VitalTiles } from '../VitalTiles/VitalTiles';

function doseText(entry: BoardEntry): string {
  const { dose } = entry;
  const delivered = dose.deliveredMg === null ? '–' : `${dose.deliveredMg.toFixed(1)} mg`;
  return dose.plannedMg === null ? delivered : `${delivered} of ${dose.plannedMg} mg`;
}

function rateText(entry: BoardEntry): string | null {
  const { dose, session } = entry;
  if (session.route !== 'iv' || dose.currentRateMlPerHour === null) {
    return null;
  }
  const mg = dose.currentRateMgPerHour === null ? '' : ` (${dose.currentRateMgPerHour.toFixed(1)} mg/h)`;
  return `${dose.currentRateMlPerHour} mL/h${mg}`;
}

/** One chair on the board: who, what, how long, how much, the last vitals, and what needs doing. */
export function SessionCard({ entry, nowMs }: { readonly entry: BoardEntry; readonly nowMs: number }): ReactNode {
  const { session } = entry;
  const alerts = [...entry.activeAlerts].sort(
    (a, b) => (severityOrder[b.severity] ?? 0) - (severityOrder[a.severity] ?? 0),
  );
  const worst = alerts[0];
  const border =
    worst === undefined
      ? 'var(--mantine-color-gray-3)'
      : `var(--mantine-color-${bandColour[worst.severity as keyof typeof bandColour]}-filled)`;
  const elapsed = minutesSince(session.dosingStartedAt, nowMs);
  const due = dueText(entry.nextCheckDueAt, nowMs);
  const rate = rateText(entry);
  const vitalsAge = entry.lastVitals === null ? null : minutesSince(entry.lastVitals.takenAt, nowMs);
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      style={{ borderWidth: worst === undefined ? 1 : 4, borderColor: border }}
      aria-label={`${session.chairName ?? 'No chair'}: ${session.patientName}`}
      data-session-id={session.id}
    >
      <UnstyledButton
        component={Link}
        to={`/chairside/${session.id}`}
        aria-label={`Open session of ${session.patientName}`}
      >
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap" align="center">
            <Text fw={800} fz={26} lh={1.1}>
              {session.chairName ?? 'No chair'}
            </Text>
            <Badge
              size="xl"
              color={stateColour[session.state] ?? 'gray'}
              style={{ flexShrink: 0, overflow: 'visible' }}
            >
              {stateText(session)}
            </Badge>
          </Group>
          <Stack gap={0}>
            <Text fw={700} fz={20} lh={1.2}>
              {session.patientName}
            </Text>
            <Group gap={6}>
              <Text size="sm" c="dimmed">
                MRN {session.patientMrn} · {session.protocolName}
              </Text>
              {entry.monitorBound ? (
                <Group gap={2}>
                  <IconHeartRateMonitor size={16} />
                  <Text size="xs">monitor</Text>
                </Group>
              ) : null}
            </Group>
          </Stack>
          {alerts.length === 0 ? null : (
            <Stack gap={6}>
              {alerts.map((alert) => (
                <AlertCard key={alert.id} alert={alert} compact />
              ))}
            </Stack>
          )}
          <VitalTiles reading={entry.lastVitals} phase={phaseOf(session.state)} />
          <Group justify="space-between" gap="xs">
            <Text size="sm" c={vitalsAge !== null && vitalsAge >= 5 ? 'orange.8' : 'dimmed'} fw={500}>
              {vitalsAge === null
                ? ''
                : `Vitals ${vitalsAge === 0 ? 'just now' : `${vitalsAge} min ago`} · ${entry.lastVitals?.source ?? ''}`}
            </Text>
            {due === null ? null : (
              <Text size="md" fw={700} c={due.overdue ? 'red.8' : 'dark'}>
                Next check {due.text}
              </Text>
            )}
          </Group>
          <Group gap="lg">
            <Stack gap={0}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                Elapsed
              </Text>
              <Text fw={700} fz={20}>
                {elapsed === null ? '–' : durationText(elapsed)}
              </Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                Dose delivered
              </Text>
              <Text fw={700} fz={20}>
                {doseText(entry)}
              </Text>
            </Stack>
            {rate === null ? null : (
              <Stack gap={0}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                  Rate
                </Text>
                <Text fw={700} fz={20}>
                  {rate}
                </Text>
              </Stack>
            )}
          </Group>
        </Stack>
      </UnstyledButton>
    </Card>
  );
}
