import { Anchor, Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import type { SessionDetail } from '@chairside/contract';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { currentReadings } from '../readings';
import { durationText, dueText, minutesSince, phaseOf, stateColour, stateText } from '../session-format';
import { VitalTiles } from '../VitalTiles/VitalTiles';

function Figure({
  label,
  value,
  tone,
}: {
  readonly label: string;
  readonly value: string;
  readonly tone?: string;
}): ReactNode {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={800} fz={22} lh={1.2} c={tone ?? 'dark'}>
        {value}
      </Text>
    </Stack>
  );
}

/** Who is in the chair, the state, and the running figures, in type readable from the foot of the chair. */
export function SessionHeader({
  detail,
  nowMs,
}: {
  readonly detail: SessionDetail;
  readonly nowMs: number;
}): ReactNode {
  const { session, dose } = detail;
  const elapsed = minutesSince(session.dosingStartedAt, nowMs);
  const due = dueText(detail.nextCheckDueAt, nowMs);
  const delivered = dose.deliveredMg === null ? '–' : `${dose.deliveredMg.toFixed(1)} mg`;
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Stack gap={2}>
          <Group gap="sm">
            <Text fw={800} fz={28} lh={1.1}>
              {session.chairName ?? 'No chair'} · {session.patientName}
            </Text>
            <Badge size="xl" color={stateColour[session.state] ?? 'gray'}>
              {stateText(session)}
            </Badge>
          </Group>
          <Text c="dimmed">
            <Anchor component={Link} to={`/patients/${session.patientId}`}>
              MRN {session.patientMrn}
            </Anchor>{' '}
            · {session.protocolName} (v{session.protocolVersion}) · {session.route.toUpperCase()}
            {detail.monitorDeviceId === null ? ' · no monitor bound' : ` · monitor ${detail.monitorDeviceId}`}
          </Text>
        </Stack>
        <Group gap="xl" wrap="wrap" align="flex-end">
          <Box miw={320} maw={460} style={{ flex: 1 }}>
            <VitalTiles reading={currentReadings(detail).at(-1) ?? null} phase={phaseOf(session.state)} />
          </Box>
          <Figure label="Elapsed" value={elapsed === null ? '–' : durationText(elapsed)} />
          <Figure
            label="Dose delivered"
            value={dose.plannedMg === null ? delivered : `${delivered} / ${dose.plannedMg} mg`}
          />
          {session.route === 'iv' ? (
            <Figure
              label="Rate"
              value={
                session.dosingEndedAt !== null
                  ? 'stopped'
                  : session.dosingSubState === 'paused'
                    ? 'paused'
                    : dose.currentRateMlPerHour === null
                      ? '–'
                      : `${dose.currentRateMlPerHour} mL/h${dose.currentRateMgPerHour === null ? '' : ` · ${dose.currentRateMgPerHour.toFixed(1)} mg/h`}`
              }
            />
          ) : null}
          {due === null ? null : (
            <Figure label="Next check" value={due.text} {...(due.overdue ? { tone: 'red.8' } : {})} />
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
