import { Box, Button, Group, Stack, Text } from '@mantine/core';
import type { AlertView } from '@chairside/contract';
import { IconAlertTriangle, IconAlertOctagon, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { bandColour, bandLabel } from '../vital-bands';
import { clockTime } from '../session-format';

function severityIcon(severity: string): ReactNode {
  if (severity === 'hard-stop') {
    return <IconAlertOctagon size={28} />;
  }
  return severity === 'info' ? <IconInfoCircle size={28} /> : <IconAlertTriangle size={28} />;
}

const asBand = (severity: string): keyof typeof bandColour =>
  severity === 'hard-stop' || severity === 'soft-stop' || severity === 'warning' || severity === 'info'
    ? severity
    : 'warning';

/**
 * One active alert: the severity in words and colour, what was seen, and the protocol's
 * recommended action in large type, because that is what the nurse acts on.
 */
export function AlertCard({
  alert,
  compact = false,
  onResolve,
}: {
  readonly alert: AlertView;
  readonly compact?: boolean;
  readonly onResolve?: (alert: AlertView) => void;
}): ReactNode {
  const band = asBand(alert.severity);
  // The message may end with the recommended action; it is shown once, large, below.
  const seen = alert.message.replace(`${alert.actionLabel}.`, '').replace(alert.actionLabel, '').trim();
  const colour = bandColour[band];
  const loud = band === 'hard-stop' || band === 'soft-stop';
  return (
    <Box
      role="alert"
      data-severity={alert.severity}
      p={compact ? 8 : 'sm'}
      style={{
        borderRadius: 8,
        background: loud ? `var(--mantine-color-${colour}-filled)` : `var(--mantine-color-${colour}-1)`,
        color: loud ? 'white' : 'var(--mantine-color-dark-9)',
        borderLeft: `8px solid var(--mantine-color-${colour}-9)`,
      }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        {severityIcon(alert.severity)}
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={8} wrap="wrap">
            <Text fw={800} tt="uppercase" size={compact ? 'sm' : 'md'}>
              {bandLabel[band]}
            </Text>
            <Text size="sm" fw={600}>
              {seen}
            </Text>
          </Group>
          <Text fw={800} fz={compact ? 17 : 22} lh={1.2} data-testid="recommended-action">
            → {alert.actionLabel}
          </Text>
          <Text size="xs" opacity={0.9}>
            Raised {clockTime(alert.raisedAt)} · {alert.rule}
          </Text>
        </Stack>
        {onResolve === undefined ? null : (
          <Button
            size="lg"
            color={loud ? 'white' : 'dark'}
            variant={loud ? 'white' : 'filled'}
            {...(loud ? { c: `${colour}.9` } : {})}
            onClick={() => {
              onResolve(alert);
            }}
          >
            Resolve
          </Button>
        )}
      </Group>
    </Box>
  );
}
