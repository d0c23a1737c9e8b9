import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/format';
import type { ScaleOutcome } from '../outcome-types';

/** Response / remission now, and each response episode with its durability (DEFAULTS.md §6). */
export function ResponseStatus({ outcome }: { readonly outcome: ScaleOutcome }): ReactNode {
  const timeline = outcome.timeline;
  if (!timeline?.baseline) {
    return null;
  }
  const last = timeline.points.at(-1);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text fw={600}>Status:</Text>
        <Badge color={timeline.currentlyResponding ? 'green' : 'gray'}>
          {timeline.currentlyResponding ? 'Responding' : 'Not responding'}
        </Badge>
        {last?.classification.remission ? <Badge color="teal">In remission</Badge> : null}
        <Text size="sm" c="dimmed">
          Baseline {timeline.baseline.total} on {formatDate(timeline.baseline.takenAt.slice(0, 10))}
        </Text>
      </Group>
      {timeline.episodes.length > 0 ? (
        <List size="sm">
          {timeline.episodes.map((episode) => (
            <List.Item key={episode.respondedAt}>
              Response from {formatDate(episode.respondedAt.slice(0, 10))}
              {episode.lostAt
                ? `, lost ${formatDate(episode.lostAt.slice(0, 10))}: benefit lasted ${String(episode.durabilityDays)} days`
                : ', continuing'}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}

/** The booster suggestion, with its reasoning: a suggestion for the physician, never applied. */
export function BoosterPanel({ outcome }: { readonly outcome: ScaleOutcome }): ReactNode {
  const booster = outcome.booster;
  if (!booster) {
    return null;
  }
  return (
    <Alert
      icon={<IconCalendarEvent />}
      color={booster.suggested ? 'violet' : 'gray'}
      variant="light"
      title="Booster suggestion"
    >
      {booster.suggested ? (
        <Text size="sm">
          Suggested around <b>{formatDate(booster.suggestedAt.slice(0, 10))}</b>. {booster.reasoning} Nothing is booked
          automatically.
        </Text>
      ) : (
        <Text size="sm">{booster.message}</Text>
      )}
    </Alert>
  );
}
